#!/usr/bin/env bash
# `mailsetup relay` as a user runs it, inside with-keyring.sh (a private gnome-keyring and a scratch HOME):
# devices added, listed and removed with their passwords only hashed in the keychain, the certificate's key kept
# private, bad input refused with exit code 2, and the systemd user unit written, checked and removed.
#
#   with-keyring.sh --unlocked -- relay_command.sh MAILSETUP_BINARY
set -euo pipefail
mailsetup="$1"
[[ -x "$mailsetup" ]] || { echo "relay_command: $mailsetup is not the built mailsetup" >&2; exit 1; }
[[ -n "${MAILSETUP_KEYRING_HOME:-}" ]] || { echo "relay_command: run me through with-keyring.sh" >&2; exit 1; }
export LC_ALL=C.UTF-8
passed=0
failed=0
pass() { echo "ok   - $*"; passed=$((passed + 1)); }
fail() { echo "FAIL - $*"; failed=$((failed + 1)); }
# expect CODE DESCRIPTION ARGS...: mailsetup's exit code; its output in $out.
expect() {
    local want="$1" what="$2" status=0
    shift 2
    out="$("$mailsetup" "$@" 2>&1)" || status=$?
    if [[ "$status" == "$want" ]]; then pass "$what"; else fail "$what (exit $status, wanted $want): $out"; fi
}

email=scans@example.com
expect 0 "relay --help lists the actions" relay --help
grep -q "add-device NAME" <<<"$out" && pass "help names add-device" || fail "help names add-device"
expect 0 "the general help lists relay" --help
grep -q "relay" <<<"$out" && pass "general help has relay" || fail "general help has relay"
expect 2 "a network address without --allow is refused" relay --email "$email" --listen 0.0.0.0:2525
grep -q -- "--allow" <<<"$out" && pass "the refusal names --allow" || fail "the refusal names --allow: $out"
expect 2 "--listen without a port is refused" relay --email "$email" --listen 127.0.0.1
expect 2 "an IPv6 address without brackets is refused" relay --email "$email" --listen ::1:2525
expect 2 "--allow that is not a network is refused" relay --email "$email" --listen 0.0.0.0:2525 --allow everyone
expect 2 "no account signed in and no --email" relay add-device scanner
expect 2 "a device name with a slash is refused" relay add-device ../scanner --email "$email"
expect 2 "an unknown action is refused" relay frobnicate
expect 2 "add-device without a name is refused" relay add-device
expect 0 "list-devices with none" relay list-devices
grep -q "No device" <<<"$out" && pass "says there is none" || fail "says there is none: $out"

expect 0 "add-device prints the values once" relay add-device scanner --email "$email"
password="$(sed -n 's/^Password: //p' <<<"$out")"
[[ ${#password} == 24 ]] && pass "a 24-character password" || fail "a 24-character password: $out"
grep -q "^SMTP server: 127.0.0.1$" <<<"$out" && pass "host" || fail "host: $out"
grep -q "^Port: 2525$" <<<"$out" && pass "port" || fail "port: $out"
grep -q "^User name: scanner$" <<<"$out" && pass "user name" || fail "user name: $out"
grep -q "^Sender address: $email$" <<<"$out" && pass "sender" || fail "sender: $out"
fingerprint="$(sed -n 's/^Certificate fingerprint (SHA-256), for a device that checks it: //p' <<<"$out")"
key="$(find "$HOME" -name relay-key.pem | head -n 1)"
cert="$(dirname "$key")/relay-cert.pem"
[[ -n "$key" && "$(stat -c %a "$key")" == 600 ]] && pass "the key file is 0600" || fail "the key file is 0600 ($key)"
[[ "$(openssl x509 -noout -fingerprint -sha256 -in "$cert")" == *"$fingerprint" && -n "$fingerprint" ]] \
    && pass "the fingerprint printed is the certificate's" || fail "fingerprint $fingerprint"
# The password is nowhere in clear: not in the settings, not in the keyring's files.
if grep -rqF "$password" "$MAILSETUP_KEYRING_HOME" 2>/dev/null; then fail "the password is written in clear"; else pass "the password is nowhere in clear"; fi
expect 0 "add-device again gives a new password" relay add-device scanner --email "$email" --listen 192.0.2.10:587 --allow 192.0.2.0/24
second="$(sed -n 's/^Password: //p' <<<"$out")"
[[ -n "$second" && "$second" != "$password" ]] && pass "a new password" || fail "a new password"
grep -q "^SMTP server: 192.0.2.10$" <<<"$out" && grep -q "STARTTLS (the relay takes no password without it)" <<<"$out" \
    && pass "a network relay asks for STARTTLS" || fail "a network relay asks for STARTTLS: $out"
expect 0 "list-devices shows it" relay list-devices
grep -q "^scanner " <<<"$out" && pass "scanner listed" || fail "scanner listed: $out"
expect 2 "remove-device of an unknown device" relay remove-device printer
expect 0 "remove-device" relay remove-device scanner
expect 0 "list-devices after removing" relay list-devices
grep -q "No device" <<<"$out" && pass "none left" || fail "none left: $out"

unit="$XDG_CONFIG_HOME/systemd/user/mailsetup-relay.service"
expect 0 "install-service --no-start writes the unit" relay install-service --no-start --email "$email" \
    --listen 0.0.0.0:2525 --allow 192.168.1.0/24
[[ -f "$unit" ]] && pass "the unit is in \$XDG_CONFIG_HOME/systemd/user" || fail "no unit at $unit"
grep -q "^ExecStart=\"$mailsetup\" \"relay\" \"--email\" \"$email\" \"--listen\" \"0.0.0.0:2525\" \"--allow\" \"192.168.1.0/24\"$" "$unit" \
    && pass "ExecStart runs this mailsetup with the options" || fail "ExecStart: $(grep ExecStart "$unit")"
if command -v systemd-analyze >/dev/null; then
    if verify="$(systemd-analyze verify "$unit" 2>&1)"; then pass "systemd-analyze verify accepts the unit"
    else fail "systemd-analyze verify: $verify"; fi
fi
expect 0 "remove-service" relay remove-service
[[ ! -e "$unit" ]] && pass "the unit is gone" || fail "the unit is still there"
expect 0 "remove-service again" relay remove-service

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
