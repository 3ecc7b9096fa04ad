#!/usr/bin/env bash
# Takes the README's screenshots (docs/screenshots/*.png): builds, starts the offline sandbox, and walks the
# wizard through it with tools/screenshots (mailsetup-screenshots) on a virtual screen (Xvfb), with a private
# keyring (tests/integration/with-keyring.sh). The sandbox is stopped again at the end.
#
#   scripts/screenshots.sh [--only 1-address,4-passed,...] [--size 820x640] [--out DIR]
#
# The pictures are reproducible: a fixed window size, the Fusion style with its own palette, DejaVu fonts at
# 96 dpi, the C locale (English). Needs root (the sandbox's daemons) and xvfb, xauth, fonts-dejavu-core.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=$(realpath "${MAILSETUP_BUILD_DIR:-build}")
tool=$build_dir/tools/screenshots/mailsetup-screenshots
[[ -x $tool ]] || { echo "screenshots.sh: $tool was not built (MAILSETUP_BUILD_TESTS=OFF?)" >&2; exit 1; }

out=$PWD/docs/screenshots
args=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --out) out=$(realpath -m "${2:?--out needs a folder}"); shift 2 ;;
        --only|--size) args+=("$1" "${2:?$1 needs a value}"); shift 2 ;;
        *) echo "screenshots.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

# shellcheck source=tests/sandbox/start-for-script.sh
source tests/sandbox/start-for-script.sh

# A virtual screen (Xvfb), and on it a private keyring. with-keyring.sh clears DISPLAY (so that nothing steers the
# keychain to X11), so the screen is handed on to the tool again inside it. Nothing from the desktop may change the
# look: no platform theme, no style or scale override, English.
# shellcheck disable=SC2016  # expanded by the inner shell, inside xvfb-run
xvfb-run -a -s "-screen 0 1280x1024x24 -dpi 96 -nolisten tcp" \
    bash -c 'exec bash tests/integration/with-keyring.sh --unlocked -- \
                 env DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" "$@"' with-display \
    env -u QT_STYLE_OVERRIDE -u QT_SCALE_FACTOR -u QT_SCREEN_SCALE_FACTORS -u QT_FONT_DPI \
        QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME= LC_ALL=C.UTF-8 LANGUAGE= \
    "$tool" --provider-file "$SANDBOX_PROVIDER_FILE" --email "$SANDBOX_EMAIL" --out "$out" "${args[@]}"
