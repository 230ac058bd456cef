// The subcommands of the retroplan CLI, one file each; main.cpp lists them.
#pragma once

#include <string>
#include <vector>

namespace retroplan::cli {

int run_schedule(const std::vector<std::string>& args);
int run_check(const std::vector<std::string>& args);
int run_ics(const std::vector<std::string>& args);
int run_load(const std::vector<std::string>& args);
int run_status(const std::vector<std::string>& args);
int run_risk(const std::vector<std::string>& args);

} // namespace retroplan::cli
