# cmake -DARCHIVE=libical.a -DSHIMS=noicu_shims.o -DOUTPUT=libical_noicu.a -DNM=… -DOBJCOPY=… -DAR=…
#   -P noicu.cmake
# Makes Debian's libical.a linkable into the add-in's shared library without ICU: renames its
# references to versioned ICU functions (ucal_open_72 -> retroplan_noicu_ucal_open, whatever the
# ICU version) and to libc's `stderr` (-> retroplan_libical_stderr), and adds the object that
# defines them (noicu_shims.cpp, which says why). An ICU function the shims lack fails the link.
foreach(var ARCHIVE SHIMS OUTPUT NM OBJCOPY AR)
  if(NOT ${var})
    message(FATAL_ERROR "noicu.cmake: -D${var}=… is required")
  endif()
endforeach()

execute_process(COMMAND ${NM} -u ${ARCHIVE} OUTPUT_VARIABLE undefined COMMAND_ERROR_IS_FATAL ANY)
string(REGEX MATCHALL "U [A-Za-z0-9_]+" undefined "${undefined}")
list(TRANSFORM undefined REPLACE "^U " "")
list(REMOVE_DUPLICATES undefined)
set(map "stderr retroplan_libical_stderr\n")
set(icu "")
foreach(symbol IN LISTS undefined)
  # ICU's C functions carry its major version: u_strFromUTF8Lenient_72, ucal_open_72, uenum_next_72.
  if(symbol MATCHES "^(u[a-z]*_[A-Za-z0-9_]+)_[0-9]+$")
    string(APPEND map "${symbol} retroplan_noicu_${CMAKE_MATCH_1}\n")
    list(APPEND icu ${CMAKE_MATCH_1})
  endif()
endforeach()
set(map_file ${OUTPUT}.symbols)
file(WRITE ${map_file} "${map}")

set(work ${OUTPUT}.tmp)
file(REMOVE ${work})
execute_process(COMMAND ${OBJCOPY} --redefine-syms=${map_file} ${ARCHIVE} ${work}
  COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${AR} rs ${work} ${SHIMS} COMMAND_ERROR_IS_FATAL ANY)
file(RENAME ${work} ${OUTPUT})
list(LENGTH icu count)
message(STATUS "libical without ICU: ${count} ICU functions stubbed (${map_file})")
