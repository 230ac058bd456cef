// Running the CLI in tests: a real process, files in a temporary directory, stdout, stderr
// and the exit code back.
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace retroplan::test {

struct CliResult {
    int code;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

inline std::filesystem::path cli_temp_dir() {
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() /
                 ("retroplan-cli-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

inline CliResult run_cli(const std::string& args) {
    const auto err = cli_temp_dir() / "stderr.txt";
    const std::string cmd = std::string(RETROPLAN_CLI) + " " + args + " 2>" + err.string();
    FILE* pipe = ::popen(cmd.c_str(), "r");
    std::string out;
    std::array<char, 4096> buf{};
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe))
        out.append(buf.data(), n);
    const int status = ::pclose(pipe);
    return {WEXITSTATUS(status), out, slurp(err)};
}

inline std::filesystem::path write_file(const std::string& name, const std::string& content) {
    const auto p = cli_temp_dir() / name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
}

} // namespace retroplan::test
