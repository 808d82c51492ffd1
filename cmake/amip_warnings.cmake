# Warning flags for amip's own targets (tests, examples, benchmarks); never imposed on consumers.
add_library(amip_warnings INTERFACE)
target_compile_options(amip_warnings INTERFACE -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
                                               $<$<BOOL:${AMIP_WARNINGS_AS_ERRORS}>:-Werror>)
