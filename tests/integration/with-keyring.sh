#!/usr/bin/env bash
# Runs a command against a private Secret Service keyring (gnome-keyring) on a private D-Bus session, so that
# integration tests use the real keychain without touching the user's home, session bus or keyring.
#
#   with-keyring.sh [--unlocked | --locked | --no-collection | --no-keyring | --no-dbus] [--] command [args...]
#
#   --unlocked       (default) a "login" keyring, created and unlocked with a random password
#   --locked         the same keyring, then locked over D-Bus: reads and writes need an unlock nobody can give
#   --no-collection  a keyring daemon that has no "login" collection (never unlocked)
#   --no-keyring     a D-Bus session without any Secret Service (nothing can be activated)
#   --no-dbus        no D-Bus session at all (DBUS_SESSION_BUS_ADDRESS and DISPLAY unset)
#
# The mode can also come from the environment: MAILSETUP_KEYRING_LOCKED=1, MAILSETUP_KEYRING_NONE=1 (no keyring),
# MAILSETUP_KEYRING_MODE=<mode>. The command sees:
#   HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_RUNTIME_DIR  inside a scratch folder (mktemp -d)
#   MAILSETUP_KEYRING_HOME  the scratch folder, so a test can scan it for secrets written in clear
#   MAILSETUP_KEYRING_MODE  unlocked, locked, no-collection, no-keyring or no-dbus
#
# The command's exit code is passed through. Afterwards every process that was started here (found by the scratch
# path in its environment) is stopped, and the scratch folder is removed unless KEEP_KEYRING_HOME is set.
# Exit codes of its own: 2 usage, 125 the keyring could not be prepared, 126 a process started here outlived the
# cleanup.
# shellcheck disable=SC2317  # the cleanup functions run from a trap
set -euo pipefail

usage() {
    awk 'NR > 1 && /^# shellcheck/ { exit } NR > 1 && /^#/ { sub(/^# ?/, ""); print }' "$0" >&2
    exit 2
}

mode=${MAILSETUP_KEYRING_MODE:-}
if [[ -z $mode ]]; then
    if [[ ${MAILSETUP_KEYRING_NONE:-0} == 1 ]]; then
        mode=no-keyring
    elif [[ ${MAILSETUP_KEYRING_LOCKED:-0} == 1 ]]; then
        mode=locked
    else
        mode=unlocked
    fi
fi
while [[ $# -gt 0 ]]; do
    case $1 in
        --unlocked) mode=unlocked ;;
        --locked) mode=locked ;;
        --no-collection) mode=no-collection ;;
        --no-keyring) mode=no-keyring ;;
        --no-dbus) mode=no-dbus ;;
        --help|-h) usage ;;
        --) shift; break ;;
        -*) echo "with-keyring.sh: unknown option $1" >&2; usage ;;
        *) break ;;
    esac
    shift
done
case $mode in
    unlocked|locked|no-collection|no-keyring|no-dbus) ;;
    *) echo "with-keyring.sh: unknown mode '$mode'" >&2; usage ;;
esac
[[ $# -gt 0 ]] || usage

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "with-keyring.sh: $tool is missing (apt-get install dbus gnome-keyring)" >&2
        exit 125
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/mailsetup-keyring.XXXXXXXX")
chmod 700 "$scratch"

# Every process started below inherits MAILSETUP_KEYRING_HOME=$scratch: that is how they are found again,
# whether they daemonised or not, without touching anybody else's processes.
processes_started_here() {
    local environ pid
    # One grep over every environment (NUL-separated entries); unreadable ones are not ours.
    grep -lzxF "MAILSETUP_KEYRING_HOME=$scratch" /proc/[0-9]*/environ 2>/dev/null | while read -r environ; do
        pid=${environ#/proc/}
        pid=${pid%/environ}
        [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
        still_running "$pid"
    done
    # A process on its way out no longer shows its environment: the daemons' ids were also written down while
    # they ran (a recycled id is only taken if it still names the same program).
    while read -r pid name; do
        [[ -n $pid && $(cat "/proc/$pid/comm" 2>/dev/null) == "$name" ]] && still_running "$pid"
    done < <(cat "$scratch/daemons" 2>/dev/null)
    true
}

# The ids among "$@" that still run (a zombie has ended; it only waits for its parent to collect it).
still_running() {
    local pid state
    for pid in "$@"; do
        state=$({ cut -d ' ' -f 3 "/proc/$pid/stat"; } 2>/dev/null) || continue
        [[ -n $state && $state != Z && $state != X ]] && echo "$pid"
    done
    true
}

cleanup() {
    local status=$? pids left
    trap - EXIT INT TERM
    # The tools run from here on must not carry the mark they look for.
    export -n MAILSETUP_KEYRING_HOME MAILSETUP_KEYRING_PASSWORD
    pids=$(processes_started_here | sort -u)
    if [[ -n $pids ]]; then
        # shellcheck disable=SC2086
        echo "with-keyring.sh: stopping what was started here:" \
            "$(ps -o pid=,comm= -p "$(echo $pids | tr ' ' ',')" | tr -s ' \n' ' ')" >&2
        # shellcheck disable=SC2086
        kill -TERM $pids 2>/dev/null || true
        for _ in $(seq 50); do
            # shellcheck disable=SC2086
            left=$(still_running $pids)
            [[ -z $left ]] && break
            sleep 0.1   # a shell script has no event loop to wait on
        done
        if [[ -n $left ]]; then
            # shellcheck disable=SC2086
            kill -KILL $left 2>/dev/null || true
        fi
    fi
    left=$(processes_started_here | sort -u)
    if [[ -n $left ]]; then
        echo "with-keyring.sh: processes outlived the cleanup:" >&2
        # shellcheck disable=SC2086
        ps -o pid,args -p "$(echo $left | tr ' ' ',')" >&2 || true
        status=126
    fi
    if [[ -n ${KEEP_KEYRING_HOME:-} ]]; then
        echo "with-keyring.sh: kept $scratch" >&2
    else
        rm -rf "$scratch"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$scratch/home/.local/share" "$scratch/home/.config" "$scratch/home/.cache" "$scratch/runtime" \
    "$scratch/dbus-services"
chmod 700 "$scratch/home" "$scratch/runtime"
export HOME=$scratch/home
export XDG_DATA_HOME=$HOME/.local/share
export XDG_CONFIG_HOME=$HOME/.config
export XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$scratch/runtime
export MAILSETUP_KEYRING_HOME=$scratch
export MAILSETUP_KEYRING_MODE=$mode
# The desktop must not steer QtKeychain to KWallet, nor D-Bus to X11 autolaunch.
unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION \
    GNOME_DESKTOP_SESSION_ID GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# Runs "$@" and returns its exit code. In the background with `wait`, so that a TERM or INT reaches the traps
# (and the cleanup) at once instead of after the command; stdin is passed on explicitly, as a background job
# would otherwise read from /dev/null.
run() {
    local child status
    "$@" <&0 &
    child=$!
    set +e
    wait "$child"
    status=$?
    set -e
    return "$status"
}

if [[ $mode == no-dbus ]]; then
    unset DBUS_SESSION_BUS_ADDRESS
    status=0
    run "$@" || status=$?
    exit "$status"
fi

# A bus of our own with no service directories: nothing is activated behind our back (the system's
# org.freedesktop.secrets.service would otherwise start a keyring in --no-keyring mode).
cat >"$scratch/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$scratch/runtime</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$scratch/dbus-services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF

password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')

# Runs inside the private bus: prepares the keyring, then becomes the command. The password travels in the
# environment (not on a command line that ps shows) and is gone before the command starts.
# shellcheck disable=SC2016  # expanded by the inner shell
inner='
set -e
password=$MAILSETUP_KEYRING_PASSWORD
unset MAILSETUP_KEYRING_PASSWORD
mode=$MAILSETUP_KEYRING_MODE
wait_for_secrets() {
    for _ in $(seq 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
                string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
            return 0
        fi
        sleep 0.1
    done
    echo "with-keyring.sh: the keyring daemon did not appear on the bus; its log:" >&2
    cat "$MAILSETUP_KEYRING_HOME/keyring-daemon.log" >&2
    return 1
}
case $mode in
    unlocked|locked)
        printf %s "$password" | gnome-keyring-daemon --unlock --components=secrets \
            >/dev/null 2>"$MAILSETUP_KEYRING_HOME/keyring-daemon.log"
        wait_for_secrets || exit 125
        ;;
    no-collection)
        gnome-keyring-daemon --start --components=secrets >/dev/null 2>"$MAILSETUP_KEYRING_HOME/keyring-daemon.log"
        wait_for_secrets || exit 125
        ;;
esac
if [ "$mode" = locked ]; then
    if ! dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
            org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null; then
        echo "with-keyring.sh: could not lock the login collection" >&2
        exit 125
    fi
fi
unset password
# Written down for the cleanup, which may meet them half-way through exiting.
for name in org.freedesktop.DBus:dbus-daemon org.freedesktop.secrets:gnome-keyring-d; do
    pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.GetConnectionUnixProcessID "string:${name%%:*}" 2>/dev/null |
        sed -n "s/.*uint32 //p")
    [ -n "$pid" ] && echo "$pid ${name#*:}" >>"$MAILSETUP_KEYRING_HOME/daemons"
done
exec "$@"
'
export MAILSETUP_KEYRING_PASSWORD=$password
status=0
run dbus-run-session --config-file="$scratch/session.conf" -- sh -c "$inner" with-keyring "$@" || status=$?
exit "$status"
