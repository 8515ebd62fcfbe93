# Runs at install time (cmake --install, cpack) after the bundle is installed.
# Set by packaging/CMakeLists.txt: CASCONSOLE_MACDEPLOYQT.
set(bundle "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/cas-console.app")
if(NOT EXISTS "${bundle}")
    # install(TARGETS) without a BUNDLE DESTINATION puts the bundle under bin/.
    set(bundle "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/bin/cas-console.app")
endif()
if(NOT EXISTS "${bundle}")
    message(FATAL_ERROR "macdeployqt: no cas-console.app under ${CMAKE_INSTALL_PREFIX}")
endif()

# Copies Qt's frameworks and plugins and every other non-system library (QtKeychain, OpenSSL,
# libqrencode) into the bundle and rewrites their install names.
message(STATUS "Running macdeployqt on ${bundle}")
execute_process(COMMAND "${CASCONSOLE_MACDEPLOYQT}" "${bundle}" -always-overwrite
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "macdeployqt failed (${result})")
endif()
