# cmake -DEXE=cas-console -DSHELL_NAME=bash|zsh|fish -DOUT=file -P GenerateCompletion.cmake
# Runs `cas-console completion SHELL` (headless: no display needed). Leak checking is off here:
# an ASan build must not fail its build over what it reports at exit; the tests check leaks.
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
set(ENV{LANG} "C")
set(ENV{LC_ALL} "C")
execute_process(COMMAND ${EXE} completion ${SHELL_NAME}
    OUTPUT_FILE ${OUT}.tmp
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUT}.tmp)
    message(FATAL_ERROR "cas-console completion ${SHELL_NAME} failed: ${result}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
