#!/usr/bin/env bash
# Installs what is missing, builds, and starts the offline sandbox (real Dovecot and Postfix on loopback, a test CA
# and a stand-in for Microsoft's sign-in), then lets you try Mail Setup on its test account. The sandbox is stopped
# again at the end.
#
#   scripts/try-sandbox.sh [--text]
#
# With a display ($DISPLAY or $WAYLAND_DISPLAY) it opens the Mail Setup wizard, filled in with the sandbox's
# account and provider file. The sandbox's sign-in page answers at once, so any browser will do; if none opens,
# the wizard's "Copy link" gives the address to open in any browser on this machine (or with curl -sL '<link>').
# Without a display, or with --text, it runs the same with the command line instead (tests/sandbox/demo.sh):
# sign-in (curl plays the browser), a check with a test message, and a token for other mail programs.
#
# Either way Mail Setup runs with a private keyring of its own (tests/integration/with-keyring.sh): the sandbox
# runs as root, and root has no desktop keyring. That keyring, and the sign-in kept in it, are gone afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
text=false
case ${1:-} in
    --text) text=true ;;
    "") ;;
    *) echo "usage: scripts/try-sandbox.sh [--text]" >&2; exit 2 ;;
esac
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=$(realpath "${MAILSETUP_BUILD_DIR:-build}")

# shellcheck source=tests/sandbox/start-for-script.sh
source tests/sandbox/start-for-script.sh

echo
echo "Offline sandbox: $SANDBOX_EMAIL, IMAP on localhost:$SANDBOX_IMAP_PORT, SMTP on localhost:$SANDBOX_SMTP_PORT"

# with-keyring.sh clears the display (so that nothing steers the keychain to the desktop's) and moves HOME and
# XDG_RUNTIME_DIR: the display is handed back to the wizard by absolute names.
display=()
if ! $text && [[ -n ${DISPLAY:-} ]]; then
    display+=("DISPLAY=$DISPLAY")
    xauthority=${XAUTHORITY:-}
    if [[ -z $xauthority && -r $HOME/.Xauthority ]]; then
        xauthority=$HOME/.Xauthority
    elif [[ -z $xauthority && -n ${SUDO_USER:-} ]]; then
        xauthority=$(getent passwd "$SUDO_USER" | cut -d: -f6)/.Xauthority
    fi
    if [[ -n $xauthority && -r $xauthority ]]; then
        display+=("XAUTHORITY=$xauthority")
    fi
fi
if ! $text && [[ -n ${WAYLAND_DISPLAY:-} ]]; then
    wayland=$WAYLAND_DISPLAY
    if [[ $wayland != /* ]]; then
        runtime=${XDG_RUNTIME_DIR:-}
        [[ -z $runtime && -n ${SUDO_UID:-} ]] && runtime=/run/user/$SUDO_UID
        wayland=$runtime/$wayland
    fi
    if [[ -S $wayland ]]; then
        display+=("WAYLAND_DISPLAY=$wayland")
    fi
fi

if [[ ${#display[@]} -gt 0 ]]; then
    echo "Opening the Mail Setup wizard for $SANDBOX_EMAIL. The sandbox signs in at once: if no browser opens, choose"
    echo "\"Copy link\" and open the link in any browser on this machine (or: curl -sL '<link>')."
    echo "Close the window to stop the sandbox."
    status=0
    bash tests/integration/with-keyring.sh --unlocked -- \
        env "${display[@]}" \
        "$build_dir/app/mailsetup" --email "$SANDBOX_EMAIL" --provider-file "$SANDBOX_PROVIDER_FILE" || status=$?
    echo "Mail Setup closed (exit code $status); stopping the sandbox."
    exit "$status"
fi

if ! $text; then
    echo "There is no display (\$DISPLAY and \$WAYLAND_DISPLAY are empty or unusable), and the wizard needs one:"
    echo "here is the same with the command line."
fi
# A private keyring for the sign-in, as a desktop session would have.
bash tests/integration/with-keyring.sh --unlocked -- \
    bash tests/sandbox/demo.sh "$build_dir/app/mailsetup" "$sandbox_dir/sandbox.env"
