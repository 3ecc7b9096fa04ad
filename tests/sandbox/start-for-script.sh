# Sourced, not run, by the scripts that show Mail Setup on the offline sandbox (scripts/try-sandbox.sh,
# scripts/screenshots.sh): starts the sandbox in a fresh folder with the build's stand-in for Microsoft's sign-in
# ($build_dir/tests/support/sandbox-identity-provider), stops it and removes the folder when the script exits,
# and reads its environment (SANDBOX_EMAIL, SANDBOX_PROVIDER_FILE, SANDBOX_IMAP_PORT…, see sandbox.sh).
# Needs $build_dir; sets $sandbox_dir and an EXIT trap.
sandbox_dir=$(mktemp -d /tmp/mailsetup-sandbox.XXXXXX)
stop_sandbox() { bash tests/sandbox/sandbox.sh stop "$sandbox_dir" >/dev/null 2>&1 || true; rm -rf "$sandbox_dir"; }
trap stop_sandbox EXIT
SANDBOX_IDENTITY_PROVIDER="$build_dir/tests/support/sandbox-identity-provider" \
    bash tests/sandbox/sandbox.sh start "$sandbox_dir" >/dev/null
# shellcheck disable=SC1091
source "$sandbox_dir/sandbox.env"
