#!/usr/bin/env bash
# Installs what is missing, builds, starts the offline sandbox (real Dovecot and Postfix on
# loopback, a test CA and a stand-in for Microsoft's sign-in) and checks its test account with
# Mail Setup, sending a test message. The sandbox is stopped again at the end.
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
echo
status=0
"$build_dir/app/mailsetup" check --email "$SANDBOX_EMAIL" --provider-file "$SANDBOX_PROVIDER_FILE" \
    --access-token-file "$SANDBOX_TOKEN_FILE" --send-test "$@" || status=$?
exit $status
