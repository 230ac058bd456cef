// Linked into every executable of a RETROPLAN_SANITIZE or RETROPLAN_FUZZ build: the sanitizers
// stop at the first report and exit with 86, a code no Retroplan command uses, so a CLI test
// expecting 1 ("invalid plan") cannot pass on ASan's default exit code, 1. Environment
// variables (ASAN_OPTIONS, UBSAN_OPTIONS) still override these.
extern "C" const char* __asan_default_options() {
    return "halt_on_error=1:exitcode=86:detect_leaks=1:strict_string_checks=1";
}
extern "C" const char* __ubsan_default_options() {
    return "halt_on_error=1:exitcode=86:print_stacktrace=1";
}
