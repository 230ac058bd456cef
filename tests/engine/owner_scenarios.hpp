// Owners' scenarios (model §12): a scenario file with a capacity table, `level: yes`, overloads or
// loads runs through workload(), what `retroplan load` and `schedule --level` use. The format is in
// tests/scenarios/README.md; scenario_test.cpp hands such files here.
#pragma once

#include <map>
#include <string>

namespace retroplan::test {

struct OwnerScenario {
    const std::map<std::string, std::string>& settings;
    const std::string& plan;     // CSV
    const std::string& expect;   // CSV: id, then any of start end early_start … critical
    const std::string& problems; // lines "code row"
    const std::map<std::string, std::string>& sections; // capacity, overloads, load, levelled …
};

bool is_owner_scenario(const std::map<std::string, std::string>& settings,
                       const std::map<std::string, std::string>& sections);

void run_owner_scenario(const OwnerScenario& sc);

} // namespace retroplan::test
