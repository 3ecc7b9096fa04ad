#!/usr/bin/env bash
# Installs what is missing, builds, starts the offline sandbox (real Dovecot and Postfix on
# loopback, a test CA and a stand-in for Microsoft's sign-in), then signs its test account in with
# Mail Setup and checks it, sending a test message. The sandbox is stopped again at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=$(realpath "${MAILSETUP_BUILD_DIR:-build}")

sandbox_dir=$(mktemp -d /tmp/mailsetup-sandbox.XXXXXX)
stop_sandbox() { bash tests/sandbox/sandbox.sh stop "$sandbox_dir" >/dev/null 2>&1 || true; rm -rf "$sandbox_dir"; }
trap stop_sandbox EXIT
SANDBOX_IDENTITY_PROVIDER="$build_dir/tests/support/sandbox-identity-provider" \
    bash tests/sandbox/sandbox.sh start "$sandbox_dir" >/dev/null
# shellcheck disable=SC1091
source "$sandbox_dir/sandbox.env"

echo
echo "Offline sandbox: $SANDBOX_EMAIL, IMAP on localhost:$SANDBOX_IMAP_PORT, SMTP on localhost:$SANDBOX_SMTP_PORT"
# A private keyring for the sign-in, as a desktop session would have.
bash tests/integration/with-keyring.sh --unlocked -- \
    bash tests/sandbox/demo.sh "$build_dir/app/mailsetup" "$sandbox_dir/sandbox.env"
