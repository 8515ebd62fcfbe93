# Runs at install time (cmake --install, cpack) after cas-console.exe is installed.
# Set by packaging/CMakeLists.txt: CASCONSOLE_WINDEPLOYQT, CASCONSOLE_WINDEPLOYQT_MODE,
# CASCONSOLE_EXE, CASCONSOLE_DLL_DIRS.
if(NOT EXISTS "${CASCONSOLE_EXE}")
    message(FATAL_ERROR "windeployqt: ${CASCONSOLE_EXE} was not installed")
endif()

message(STATUS "Running windeployqt on ${CASCONSOLE_EXE}")
execute_process(
    COMMAND "${CASCONSOLE_WINDEPLOYQT}" ${CASCONSOLE_WINDEPLOYQT_MODE}
            --no-compiler-runtime --no-opengl-sw --no-system-d3d-compiler --no-translations
            "${CASCONSOLE_EXE}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "windeployqt failed (${result})")
endif()

# The DLLs windeployqt does not know about: QtKeychain, OpenSSL, libqrencode.
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${CASCONSOLE_EXE}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    DIRECTORIES ${CASCONSOLE_DLL_DIRS}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES ".*[Ss][Yy][Ss][Tt][Ee][Mm]32/.*")
get_filename_component(bin_dir "${CASCONSOLE_EXE}" DIRECTORY)
foreach(dll ${resolved})
    get_filename_component(name "${dll}" NAME)
    if(NOT EXISTS "${bin_dir}/${name}")
        file(INSTALL "${dll}" DESTINATION "${bin_dir}")
    endif()
endforeach()
if(unresolved)
    message(WARNING "DLLs not found (add their folders to CASCONSOLE_DLL_DIRS): ${unresolved}")
endif()
