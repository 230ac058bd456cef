// Running the CLI in tests: a real process, files in a temporary directory, stdout, stderr
// and the exit code back. Shared by every CLI test file.
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace retroplan::test {

struct Result {
    int code;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

inline std::filesystem::path temp_dir() {
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() /
                 ("retroplan-cli-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

// `retroplan ARGS` through the shell (ARGS may redirect or pipe).
inline Result run(const std::string& args) {
    const auto err = temp_dir() / "stderr.txt";
    const std::string cmd = std::string(RETROPLAN_CLI) + " " + args + " 2>" + err.string();
    FILE* pipe = ::popen(cmd.c_str(), "r");
    std::string out;
    std::array<char, 4096> buf{};
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe))
        out.append(buf.data(), n);
    const int status = ::pclose(pipe);
    // A signal (an abort) is not an exit code a test could expect.
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return {code, out, slurp(err)};
}

// A file of that name and content in the temporary directory.
inline std::filesystem::path write(const std::string& name, const std::string& content) {
    const auto p = temp_dir() / name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
}

} // namespace retroplan::test
