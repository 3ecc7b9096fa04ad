#!/usr/bin/env bash
# What the README's first command shows, inside a running sandbox and a private keyring
# (tests/integration/with-keyring.sh): sign in with the sandbox's stand-in for Microsoft, the
# browser played by curl; check the account with a test message using the stored sign-in; show that
# `mailsetup token` hands out a token for other mail programs. Usage: demo.sh MAILSETUP SANDBOX_ENV
set -euo pipefail
mailsetup=$1
# shellcheck disable=SC1090
source "$2"

section() { printf '\n== %s\n\n' "$*"; }

section "mailsetup signin --email $SANDBOX_EMAIL"
output=$(mktemp)
trap 'rm -f "$output"' EXIT
"$mailsetup" signin --no-browser --email "$SANDBOX_EMAIL" --provider-file "$SANDBOX_PROVIDER_FILE" >"$output" &
signin=$!
# The "browser": open the printed address and follow the redirect back to Mail Setup's listener.
for _ in $(seq 100); do
    url=$(grep -m1 -E '^https?://' "$output" || true)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "${url:-}" ] || { cat "$output"; echo "demo: no sign-in address appeared" >&2; exit 1; }
echo "(the browser opens the sign-in page and comes back:)"
page=$(curl -sS -L --max-time 20 "$url")
# The page's heading ends where its text begins: a colon keeps the two apart once the tags are gone.
printf '%s\n' "$page" | sed -e 's#</h1>#:#g' -e 's/<[^>]*>/ /g' | tr -s ' ' | sed -n 's/.*\(You are signed in.*\)/  \1/p'
echo
wait "$signin"
cat "$output"

section "mailsetup check --email $SANDBOX_EMAIL --send-test"
"$mailsetup" check --email "$SANDBOX_EMAIL" --send-test

section "mailsetup token --email $SANDBOX_EMAIL (for msmtp, isync, neomutt)"
token=$("$mailsetup" token --email "$SANDBOX_EMAIL")
echo "a fresh access token of ${#token} characters (not shown)"
