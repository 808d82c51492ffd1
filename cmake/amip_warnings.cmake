# Warning flags for amip's own targets (tests, examples, benchmarks); never imposed on consumers.
add_library(amip_warnings INTERFACE)
target_compile_options(amip_warnings INTERFACE -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
                                               $<$<BOOL:${AMIP_WARNINGS_AS_ERRORS}>:-Werror>)
# g++ 12 at -O3 reports a false -Wrestrict inside libstdc++'s string concatenation (GCC bug 105329: a memcpy of
# "9223372036854775810 or more bytes" in char_traits.h, reached from amip's to_string functions). It stays a
# warning, printed, but does not fail a build with warnings as errors.
if(AMIP_WARNINGS_AS_ERRORS AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(amip_warnings INTERFACE -Wno-error=restrict)
endif()
