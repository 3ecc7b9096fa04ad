#!/usr/bin/env bash
# Proves the offline sandbox with curl alone, independently of the product: XOAUTH2 is really checked on IMAP and
# SMTP, a message sent over submission lands in the mailbox, and no token ever reaches the output or the logs.
#
#   sandbox_selfcheck.sh [ENV_FILE]    default: $MAILSETUP_SANDBOX_ENV (set by the CTest fixture)
#
# Tokens travel to curl through a config file on stdin, never on a command line; curl runs without -v, which
# would print them.
set -euo pipefail

env_file="${1:-${MAILSETUP_SANDBOX_ENV:-}}"
[[ -n "$env_file" && -s "$env_file" ]] || { echo "sandbox_selfcheck: no sandbox settings (give ENV_FILE or set MAILSETUP_SANDBOX_ENV)" >&2; exit 1; }
# shellcheck source=/dev/null
. "$env_file"

valid="$(<"$SANDBOX_TOKEN_FILE")"
wrong="$(<"$SANDBOX_WRONG_TOKEN_FILE")"
imap_only="$(<"$SANDBOX_IMAP_ONLY_TOKEN_FILE")"
expired="$(<"$SANDBOX_EXPIRED_TOKEN_FILE")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
report="$work/report"
passed=0
failed=0

pass() { echo "ok   - $*" >>"$report"; passed=$((passed + 1)); }
fail() { echo "FAIL - $*" >>"$report"; failed=$((failed + 1)); }
note() { sed 's/^/       /' >>"$report"; }

# curl_oauth TOKEN ARGS...: exit status of curl signing in with XOAUTH2; its output in $work/out, errors in $work/err.
curl_oauth() {
    local token="$1"
    shift
    local status=0
    printf 'oauth2-bearer = "%s"\n' "$token" |
        curl --config - --silent --show-error --max-time 30 --cacert "$SANDBOX_CA" \
            --login-options AUTH=XOAUTH2 --user "$SANDBOX_EMAIL:" "$@" >"$work/out" 2>"$work/err" || status=$?
    return "$status"
}

# expect_status WANT DESCRIPTION TOKEN ARGS...
expect_status() {
    local want="$1" what="$2" status=0
    shift 2
    curl_oauth "$@" || status=$?
    if [[ "$status" == "$want" ]]; then
        pass "$what"
    else
        fail "$what (curl exit $status, wanted $want)"
        note <"$work/err"
    fi
}

imap_url="imaps://localhost:$SANDBOX_IMAP_PORT"
# The path names the EHLO domain curl sends.
smtp_url="smtp://localhost:$SANDBOX_SMTP_PORT/selfcheck.invalid"
# 67: CURLE_LOGIN_DENIED, what curl says when the server refuses the sign-in.
denied=67

# --- the valid token: IMAP, then a message over SMTP that must arrive in INBOX ---------------------------------

expect_status 0 "IMAP: valid token opens INBOX" "$valid" --url "$imap_url/" --request "EXAMINE INBOX"
grep -q 'EXISTS' "$work/out" && pass "IMAP: EXAMINE INBOX answers with the message count" ||
    { fail "IMAP: EXAMINE INBOX gave no EXISTS"; note <"$work/out"; }

nonce="selfcheck-$(date +%s)-$RANDOM"
cat >"$work/message.eml" <<EOF
From: <$SANDBOX_EMAIL>
To: <$SANDBOX_EMAIL>
Subject: Mail Setup sandbox $nonce
Date: $(date -R)
Message-ID: <$nonce@sandbox.test>

Sent by tests/integration/sandbox_selfcheck.sh.
EOF
expect_status 0 "SMTP: valid token sends a message to the account" "$valid" --url "$smtp_url" --ssl-reqd \
    --mail-from "$SANDBOX_EMAIL" --mail-rcpt "$SANDBOX_EMAIL" --upload-file "$work/message.eml"

delivered=""
for _ in $(seq 1 300); do
    delivered="$(grep -rlF "$nonce" "$SANDBOX_MAILDIR/new" "$SANDBOX_MAILDIR/cur" 2>/dev/null | head -n 1 || true)"
    [[ -n "$delivered" ]] && break
    sleep 0.1
done
[[ -n "$delivered" ]] && pass "delivery: the message is in the maildir ($delivered)" ||
    fail "delivery: the message did not reach $SANDBOX_MAILDIR within 30s (see $SANDBOX_POSTFIX_LOG)"

expect_status 0 "IMAP: the message is found by subject" "$valid" --url "$imap_url/INBOX" --request "SEARCH SUBJECT $nonce"
grep -qE '^\* SEARCH [0-9]+' "$work/out" && pass "IMAP: SEARCH returns the message" ||
    { fail "IMAP: SEARCH did not find the message"; note <"$work/out"; }

# --- tokens that must be refused -------------------------------------------------------------------------------

expect_status "$denied" "IMAP: wrong token is refused" "$wrong" --url "$imap_url/" --request "EXAMINE INBOX"
expect_status "$denied" "SMTP: wrong token is refused" "$wrong" --url "$smtp_url" --ssl-reqd \
    --mail-from "$SANDBOX_EMAIL" --mail-rcpt "$SANDBOX_EMAIL" --upload-file "$work/message.eml"
expect_status 0 "IMAP: IMAP-only token is accepted by IMAP" "$imap_only" --url "$imap_url/" --request "EXAMINE INBOX"
expect_status "$denied" "SMTP: IMAP-only token is refused (no SMTP.Send)" "$imap_only" --url "$smtp_url" --ssl-reqd \
    --mail-from "$SANDBOX_EMAIL" --mail-rcpt "$SANDBOX_EMAIL" --upload-file "$work/message.eml"
expect_status "$denied" "IMAP: expired token is refused" "$expired" --url "$imap_url/" --request "EXAMINE INBOX"

# --- SMTP policy: no AUTH before STARTTLS, no relaying, no sending as someone else ------------------------------

plain_session="$(
    exec 3<>"/dev/tcp/127.0.0.1/$SANDBOX_SMTP_PORT"
    read -r -t 10 line <&3 && echo "$line"
    printf 'EHLO selfcheck.invalid\r\n' >&3
    while read -r -t 10 line <&3; do
        echo "$line"
        [[ "$line" == 250\ * ]] && break
    done
    printf 'AUTH XOAUTH2\r\n' >&3
    read -r -t 10 line <&3 && echo "$line"
    printf 'QUIT\r\n' >&3
) 2>&1 || true"
if grep -q '^250.STARTTLS' <<<"$plain_session" && ! grep -q '^250.AUTH' <<<"$plain_session" &&
    grep -q '^530 5.7.0' <<<"$plain_session"; then
    pass "SMTP: before STARTTLS, AUTH is neither offered nor accepted (530)"
else
    fail "SMTP: plain-text session did not behave"
    tr -d '\r' <<<"$plain_session" | note
fi

status=0
curl_oauth "$valid" --url "$smtp_url" --ssl-reqd --mail-from "$SANDBOX_EMAIL" --mail-rcpt "someone@example.com" \
    --upload-file "$work/message.eml" || status=$?
((status != 0)) && grep -q 'RCPT' "$work/err" && pass "SMTP: relaying to another domain is refused" ||
    { fail "SMTP: relaying was not refused (curl exit $status)"; note <"$work/err"; }

status=0
curl_oauth "$valid" --url "$smtp_url" --ssl-reqd --mail-from "someone.else@${SANDBOX_EMAIL#*@}" \
    --mail-rcpt "$SANDBOX_EMAIL" --upload-file "$work/message.eml" || status=$?
((status != 0)) && pass "SMTP: sending as another address is refused" ||
    { fail "SMTP: sending as another address was accepted"; note <"$work/err"; }

# --- no token anywhere ---------------------------------------------------------------------------------------

leaks=""
for token in "$valid" "$wrong" "$imap_only" "$expired"; do
    for file in "$report" "$SANDBOX_DOVECOT_LOG" "$SANDBOX_POSTFIX_LOG" "$SANDBOX_IDP_LOG"; do
        [[ -f "$file" ]] && grep -qF -- "$token" "$file" && leaks+=" $file"
    done
    # A prefix long enough to mean something, in case a log cut the token short.
    for file in "$SANDBOX_DOVECOT_LOG" "$SANDBOX_POSTFIX_LOG" "$SANDBOX_IDP_LOG"; do
        [[ -f "$file" ]] && grep -qF -- "${token:0:16}" "$file" && leaks+=" $file(prefix)"
    done
done
[[ -z "$leaks" ]] && pass "no token appears in the output or in the sandbox's logs" ||
    fail "a token appears in:$(tr ' ' '\n' <<<"$leaks" | sort -u | tr '\n' ' ')"

cat "$report"
echo "$passed passed, $failed failed"
((failed == 0))
