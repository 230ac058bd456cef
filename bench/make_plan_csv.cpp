// Writes a random plan as a CSV file the CLI reads: make_plan_csv N OUT.csv [PEOPLE]
// With PEOPLE, an Owner and a Load column (see add_owners).
#include "plan_generator.hpp"

#include "retroplan/csv.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4) {
        std::cerr << "usage: make_plan_csv N OUT.csv [PEOPLE]\n";
        return 2;
    }
    auto plan = retroplan::bench::random_plan(std::strtoull(argv[1], nullptr, 10));
    const bool owners = argc == 4;
    if (owners) retroplan::bench::add_owners(plan, std::strtoull(argv[3], nullptr, 10));
    std::string out = owners ? "ID,Name,Duration,Predecessors,Buffer,Owner,Load\n"
                             : "ID,Name,Duration,Predecessors,Buffer\n";
    for (const auto& t : plan.tasks) {
        out += t.id + ',' + t.name + ',' + t.duration.text + ',' + t.predecessors + ',' +
               t.buffer.text;
        if (owners) {
            out += ',';
            retroplan::append_csv_field(out, t.owner);
            out += ',' + t.optional[0].text;
        }
        out += '\n';
    }
    std::ofstream(argv[2], std::ios::binary) << out;
}
