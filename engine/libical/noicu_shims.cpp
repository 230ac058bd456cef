// What Debian's static libical.a needs from outside libc, supplied inside Retroplan so that a
// program or the add-in's shared library carries libical without depending on ICU or on the
// libical package. engine/libical/noicu.cmake renames the archive's references to these names.
//
// ICU: libical calls it only to expand recurrence rules (icalrecur_iterator_new, RFC 7529
// RSCALE calendars), which Retroplan never does. Every function here fails the way ICU fails
// (U_UNSUPPORTED_ERROR, null results), so such an expansion would end with libical's own error
// (ICAL_INTERNAL_ERROR, a null iterator) instead of linking a versioned ICU (libicuuc.so.72 on
// Debian 12, another version on Debian 13): the one add-in file must load on both.
//
// stderr: the archive is compiled as position-independent *executable* code, which reads libc's
// `stderr` through a PC-relative relocation that a shared library cannot have; the renamed
// reference lands on this pointer, a copy of libc's stderr made when the library loads.
#include <cstdint>
#include <cstdio>

#define RETROPLAN_HIDDEN __attribute__((visibility("hidden")))

namespace {

constexpr int kUnsupported = 16; // U_UNSUPPORTED_ERROR in ICU's utypes.h

// ICU's convention: a function does nothing when the status already holds an error (> 0).
void fail(int* status) {
    if (status && *status <= 0) *status = kUnsupported;
}

} // namespace

extern "C" {

RETROPLAN_HIDDEN FILE* retroplan_libical_stderr = stderr;

// UCalendar*, UEnumeration* are opaque; enums are ints; UDate is a double; UChar is char16_t.
RETROPLAN_HIDDEN void* retroplan_noicu_ucal_open(const char16_t*, std::int32_t, const char*, int,
                                                 int* status) {
    fail(status);
    return nullptr;
}
RETROPLAN_HIDDEN void retroplan_noicu_ucal_close(void*) {}
RETROPLAN_HIDDEN void* retroplan_noicu_ucal_getKeywordValuesForLocale(const char*, const char*,
                                                                      std::int8_t, int* status) {
    fail(status);
    return nullptr;
}
RETROPLAN_HIDDEN const char* retroplan_noicu_uenum_next(void*, std::int32_t* length, int* status) {
    if (length) *length = 0;
    fail(status);
    return nullptr;
}
RETROPLAN_HIDDEN void retroplan_noicu_uenum_close(void*) {}
RETROPLAN_HIDDEN std::int32_t retroplan_noicu_uloc_setKeywordValue(const char*, const char*, char*,
                                                                   std::int32_t, int* status) {
    fail(status);
    return 0;
}
RETROPLAN_HIDDEN char16_t* retroplan_noicu_u_strFromUTF8Lenient(char16_t*, std::int32_t,
                                                                std::int32_t* length, const char*,
                                                                std::int32_t, int* status) {
    if (length) *length = 0;
    fail(status);
    return nullptr;
}
RETROPLAN_HIDDEN void retroplan_noicu_ucal_add(void*, int, std::int32_t, int* status) {
    fail(status);
}
RETROPLAN_HIDDEN std::int32_t retroplan_noicu_ucal_get(const void*, int, int* status) {
    fail(status);
    return 0;
}
RETROPLAN_HIDDEN std::int32_t retroplan_noicu_ucal_getLimit(const void*, int, int, int* status) {
    fail(status);
    return 0;
}
RETROPLAN_HIDDEN double retroplan_noicu_ucal_getMillis(const void*, int* status) {
    fail(status);
    return 0;
}
RETROPLAN_HIDDEN void retroplan_noicu_ucal_set(void*, int, std::int32_t) {}
RETROPLAN_HIDDEN void retroplan_noicu_ucal_setAttribute(void*, int, std::int32_t) {}
RETROPLAN_HIDDEN void retroplan_noicu_ucal_setDate(void*, std::int32_t, std::int32_t, std::int32_t,
                                                   int* status) {
    fail(status);
}
RETROPLAN_HIDDEN void retroplan_noicu_ucal_setDateTime(void*, std::int32_t, std::int32_t,
                                                       std::int32_t, std::int32_t, std::int32_t,
                                                       std::int32_t, int* status) {
    fail(status);
}
RETROPLAN_HIDDEN void retroplan_noicu_ucal_setMillis(void*, double, int* status) {
    fail(status);
}

} // extern "C"
