# Runs the compiler on one snippet and checks the outcome (used by tests/compile_fail).
#   -DCOMPILER=... -DSOURCE=... -DINCLUDES="a;b" -DSYSTEM_INCLUDES="c;d" -DMODE=fail|pass [-DEXPECT=regex]
#   [-DIN_NOTES=ON]
# MODE=fail: the compile must fail, and the first error line of its diagnostics must match EXPECT: the sentence that
# says what went wrong comes first, not somewhere in pages of notes. With IN_NOTES, any line may match: for a value
# that fails in constant evaluation, whose first error line is the compiler's own ("must be initialized by a
# constant expression") and only a note can name the mistake.
# MODE=pass: the twin must compile.
set(args -std=c++20 -fsyntax-only)
foreach(dir IN LISTS INCLUDES)
  list(APPEND args -I${dir})
endforeach()
foreach(dir IN LISTS SYSTEM_INCLUDES)
  list(APPEND args -isystem ${dir})
endforeach()
if(MODE STREQUAL "fail")
  list(APPEND args -DAMIP_MUST_FAIL)
endif()
execute_process(COMMAND ${COMPILER} ${args} ${SOURCE} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(MODE STREQUAL "fail")
  if(rc EQUAL 0)
    message(FATAL_ERROR "${SOURCE} compiled with AMIP_MUST_FAIL defined, but it must not compile.")
  endif()
  string(REGEX MATCH "[^\n]*error:[^\n]*" first_error "${out}")
  if(IN_NOTES)
    set(first_error "${out}")
  endif()
  string(REGEX MATCH "${EXPECT}" found "${first_error}")
  if(NOT found)
    message(FATAL_ERROR "${SOURCE} failed to compile, but its first error line does not say the expected reason "
                        "\"${EXPECT}\":\n${first_error}\n\nAll diagnostics:\n${out}")
  endif()
  message(STATUS "failed to compile, as expected; first error line: ${first_error}")
else()
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${SOURCE} (the twin that must compile) does not compile:\n${out}")
  endif()
endif()
