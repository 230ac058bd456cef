// Writes a random plan as a CSV file the CLI reads: make_plan_csv N OUT.csv
#include "plan_generator.hpp"

#include "retroplan/csv.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: make_plan_csv N OUT.csv\n";
        return 2;
    }
    const auto plan = retroplan::bench::random_plan(std::strtoull(argv[1], nullptr, 10));
    std::string out = "ID,Name,Duration,Predecessors,Buffer\n";
    for (const auto& t : plan.tasks) {
        out += t.id + ',' + t.name + ',' + t.duration.text + ',' + t.predecessors + ',' +
               t.buffer.text + '\n';
    }
    std::ofstream(argv[2], std::ios::binary) << out;
}
