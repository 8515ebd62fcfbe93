# tst_secretstore again, in the keychain states the default run (an unlocked gnome-keyring) cannot
# show. CAS_SECRETSTORE_MODE tells the test which state it is in; each mode asserts its own cases.

# No D-Bus session at all: every operation must fail with NoKeychain, and nothing falls back to a file.
add_test(NAME tst_secretstore_nokeychain
         COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
                 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus
                 CAS_SECRETSTORE_MODE=nokeychain
                 QT_QPA_PLATFORM=offscreen
                 $<TARGET_FILE:tst_secretstore>)
set_tests_properties(tst_secretstore_nokeychain PROPERTIES TIMEOUT 300)

# The next two need their own Secret Service: a private D-Bus session and a throwaway HOME, so the
# keyring they create or lock is nobody else's.
find_program(CAS_DBUS_RUN_SESSION dbus-run-session)
find_program(CAS_GNOME_KEYRING gnome-keyring-daemon)
if(CAS_DBUS_RUN_SESSION AND CAS_GNOME_KEYRING)
    set(cas_keyring_session [=[
set -e
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/runtime"
chmod 700 "$home/runtime"
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
"$1" -- sh -c "$2" sh "$3"
]=])

    # gnome-keyring running, but no keyring was ever created or unlocked: writes are refused.
    add_test(NAME tst_secretstore_nocollection
             COMMAND sh -c "${cas_keyring_session}" sh ${CAS_DBUS_RUN_SESSION}
                     [=[gnome-keyring-daemon --start --components=secrets >/dev/null; CAS_SECRETSTORE_MODE=nocollection exec "$1"]=]
                     $<TARGET_FILE:tst_secretstore>)
    # An unlocked keyring that the test locks: entries hide behind NotFoundOrLocked.
    add_test(NAME tst_secretstore_locked
             COMMAND sh -c "${cas_keyring_session}" sh ${CAS_DBUS_RUN_SESSION}
                     [=[printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; CAS_SECRETSTORE_MODE=locked exec "$1"]=]
                     $<TARGET_FILE:tst_secretstore>)
    set_tests_properties(tst_secretstore_nocollection tst_secretstore_locked PROPERTIES TIMEOUT 300)
endif()

# tst_historystore with no D-Bus session: tokens stay in memory for the session, none reaches a file.
add_test(NAME tst_historystore_nokeychain
         COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
                 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus
                 CAS_HISTORY_MODE=nokeychain
                 QT_QPA_PLATFORM=offscreen
                 $<TARGET_FILE:tst_historystore>)
set_tests_properties(tst_historystore_nokeychain PROPERTIES TIMEOUT 300)

# tst_sessionsecrets with no D-Bus session: a saved secret stays in memory, the keychain unreachable.
add_test(NAME tst_sessionsecrets_nokeychain
         COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
                 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus
                 CAS_SESSIONSECRETS_MODE=nokeychain
                 QT_QPA_PLATFORM=offscreen
                 $<TARGET_FILE:tst_sessionsecrets>)
set_tests_properties(tst_sessionsecrets_nokeychain PROPERTIES TIMEOUT 300)
