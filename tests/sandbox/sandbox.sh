#!/usr/bin/env bash
# The offline sandbox: a real Dovecot (IMAP, implicit TLS) and a real Postfix (submission, STARTTLS) on loopback
# high ports, with XOAUTH2 checked for real against a fake Microsoft identity endpoint (sandbox-identity-provider).
# Used by the integration tests (a CTest fixture) and by the README's "try it" command. Nothing leaves 127.0.0.1.
#
#   sandbox.sh start [DIR]   set up and start everything in DIR (default: a new folder under /tmp); prints DIR
#   sandbox.sh stop DIR      stop everything started from DIR; safe to repeat, safe after a half-failed start
#   sandbox.sh status DIR    say what is running
#   sandbox.sh signin DIR    sign in as a client would (authorization code + PKCE, curl alone) and prove the
#                            issued token with IMAP; the tokens land in DIR/tokens/signin-*.token
#
# The identity provider binary is found through $SANDBOX_IDENTITY_PROVIDER, --identity-provider PATH, PATH, or
# the usual build folders. Must run as root: Dovecot and Postfix start as root and drop privileges themselves.
set -euo pipefail
# dovecot, postfix and runuser live in sbin, which a test runner's PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
readonly SCRIPT_DIR REPO_ROOT
readonly MARKER=".mailsetup-sandbox"
readonly DOMAIN="sandbox.test"
readonly ACCOUNT="alex@$DOMAIN"
readonly IMAP_SCOPE="https://outlook.office.com/IMAP.AccessAsUser.All"
readonly SMTP_SCOPE="https://outlook.office.com/SMTP.Send"
# The app registration the identity provider knows, and who signs in: a work account in a tenant of its own.
# The product sends http://localhost:PORT/callback; the port is ignored when matching, as Microsoft does.
readonly CLIENT_ID="sandbox-client"
readonly REDIRECT_URI="http://localhost/callback"
readonly TENANT_ID="5a1d0b0e-7e57-4c0d-9a11-5a1db0c5e7e5"
readonly OBJECT_ID="a1e5a1e5-0b1d-4e57-8a11-000000a1e500"
# Seconds to wait for each daemon to listen, and for each to go away on stop.
readonly WAIT_SECONDS="${SANDBOX_WAIT_SECONDS:-20}"
# Lifetime of the prepared tokens (tokens/*.token). Microsoft's last about an hour; a day suits a hand-run sandbox.
readonly TOKEN_LIFETIME="${SANDBOX_TOKEN_LIFETIME:-86400}"
# Lifetime of the access tokens a sign-in gets: Microsoft's, unless a test wants them to run out sooner.
readonly ACCESS_TOKEN_LIFETIME="${SANDBOX_ACCESS_TOKEN_LIFETIME:-3599}"

log() { printf 'sandbox: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() {
    sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

# --- paths inside DIR ------------------------------------------------------------------------------------------

set_paths() {
    D="$1"
    RUN="$D/run"                    # our own copies of the pids, kept after the daemons remove theirs
    TLS="$D/tls"
    TOKENS="$D/tokens"
    IDP="$D/idp"
    DOVECOT="$D/dovecot"
    DOVECOT_CONF="$DOVECOT/dovecot.conf"
    DOVECOT_BASE="$DOVECOT/run"
    POSTFIX="$D/postfix"
    POSTFIX_ETC="$POSTFIX/etc"
    POSTFIX_QUEUE="$POSTFIX/queue"
    MAIL="$D/mail"
    MAILDIR="$MAIL/$DOMAIN/${ACCOUNT%@*}/Maildir"
    DOVECOT_INSTANCE=""
}

# --- processes -------------------------------------------------------------------------------------------------

alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && [[ "$(ps -o stat= -p "$1" 2>/dev/null)" != Z* ]]; }

# Pids of every live process in session $1. Dovecot's and Postfix's masters each lead their own session, and the
# identity provider is started with setsid, so a session is exactly one component with all of its children.
# Zombies do not count: once their parent is gone, only init reaps them, and in containers it may take seconds.
session_pids() {
    ps -eo pid=,sid=,stat= | awk -v s="$1" '$2 == s && $3 !~ /^Z/ { print $1 }'
}

# Is pid $1 a process of component $2 of this sandbox? Pids get reused; never signal a stranger.
is_ours() {
    local pid="$1" what="$2" cmdline
    alive "$pid" || return 1
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
    case "$what" in
        idp) [[ "$cmdline" == *"$IDP/idp.port"* ]] ;;
        # The master names our configuration; its children carry our instance name in their titles.
        dovecot) [[ "$cmdline" == *"$DOVECOT_CONF"* || (-n "$DOVECOT_INSTANCE" && "$cmdline" == "dovecot-$DOVECOT_INSTANCE/"*) ]] ;;
        # Postfix's command lines are generic, but all its processes live in its queue directory.
        postfix) [[ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" == "$POSTFIX_QUEUE" ]] ;;
        *) return 1 ;;
    esac
}

# Is anything of component $2 still running in session $1? True also when the master itself was killed and its
# children were left behind.
session_is_ours() {
    local sid="$1" what="$2" pid
    [[ -n "$sid" ]] || return 1
    for pid in $(session_pids "$sid"); do
        is_ours "$pid" "$what" && return 0
    done
    return 1
}

saved_pid() { [[ -s "$RUN/$1.pid" ]] && tr -dc '0-9' <"$RUN/$1.pid" || true; }

# Waits until no process of session $1 is left; then escalates TERM, KILL. Always leaves the session empty.
reap_session() {
    local sid="$1" name="$2" deadline pids
    STOPPED_SESSIONS+=("$sid")
    deadline=$((SECONDS + WAIT_SECONDS))
    while pids="$(session_pids "$sid")" && [[ -n "$pids" ]] && ((SECONDS < deadline)); do sleep 0.1; done
    [[ -z "$pids" ]] && return 0
    log "$name did not stop in ${WAIT_SECONDS}s; terminating what is left"
    kill -TERM $pids 2>/dev/null || true
    deadline=$((SECONDS + 3))
    while pids="$(session_pids "$sid")" && [[ -n "$pids" ]] && ((SECONDS < deadline)); do sleep 0.1; done
    [[ -z "$pids" ]] && return 0
    kill -KILL $pids 2>/dev/null || true
    sleep 0.2
    [[ -z "$(session_pids "$sid")" ]] || log "warning: could not kill $name (pids $pids)"
}

STOPPED_SESSIONS=()

# The dead children of a stopped master are orphans that only init reaps; wait (briefly) until it has, so that
# 'ps' right after a stop shows nothing of ours, not even <defunct> entries.
wait_reaped() {
    local deadline=$((SECONDS + 3)) sid left
    while ((SECONDS < deadline)); do
        left=""
        for sid in "${STOPPED_SESSIONS[@]}"; do
            left+="$(ps -eo sid= | awk -v s="$sid" '$1 == s' | head -n 1)"
        done
        [[ -z "$left" ]] && return 0
        sleep 0.1
    done
}

stop_postfix() {
    local pid
    pid="$(saved_pid postfix)"
    [[ -z "$pid" && -s "$POSTFIX_QUEUE/pid/master.pid" ]] && pid="$(tr -dc '0-9' <"$POSTFIX_QUEUE/pid/master.pid")"
    if session_is_ours "$pid" postfix; then
        is_ours "$pid" postfix && { postfix -c "$POSTFIX_ETC" stop >>"$POSTFIX/stop.log" 2>&1 || true; }
        reap_session "$pid" Postfix
    fi
    rm -f "$RUN/postfix.pid"
}

stop_dovecot() {
    local pid
    pid="$(saved_pid dovecot)"
    [[ -z "$pid" && -s "$DOVECOT_BASE/master.pid" ]] && pid="$(tr -dc '0-9' <"$DOVECOT_BASE/master.pid")"
    DOVECOT_INSTANCE="$(sed -n 's/^instance_name = //p' "$DOVECOT_CONF" 2>/dev/null || true)"
    if session_is_ours "$pid" dovecot; then
        # SIGTERM is what 'dovecot stop' sends too, but that then waits until init has reaped the master, which in
        # a container can take seconds; reap_session waits for the processes only.
        is_ours "$pid" dovecot && { kill -TERM "$pid" 2>/dev/null || true; }
        reap_session "$pid" Dovecot
    fi
    rm -f "$RUN/dovecot.pid"
}

stop_idp() {
    local pid
    pid="$(saved_pid idp)"
    if session_is_ours "$pid" idp; then
        kill -TERM "$pid" 2>/dev/null || true
        reap_session "$pid" "the identity provider"
    fi
    rm -f "$RUN/idp.pid"
}

stop_all() {
    # Postfix first: it talks to Dovecot's sockets, not the other way round.
    stop_postfix
    stop_dovecot
    stop_idp
    ((${#STOPPED_SESSIONS[@]} == 0)) || wait_reaped
}

# --- ports -----------------------------------------------------------------------------------------------------

port_in_use() { [[ -n "$(ss -Htln "sport = :$1" 2>/dev/null)" ]]; }

# A random free port below the kernel's ephemeral range, so outgoing connections cannot take it meanwhile.
pick_port() {
    local low high port
    read -r low high </proc/sys/net/ipv4/ip_local_port_range || { low=32768; high=60999; }
    if ((low > 20000)); then
        high=$((low - 1))
        low=20000
    else
        low=61000
        high=65000
    fi
    for _ in $(seq 1 100); do
        port=$((low + (RANDOM * 32768 + RANDOM) % (high - low + 1)))
        [[ " $* " == *" $port "* ]] && continue
        port_in_use "$port" || { echo "$port"; return 0; }
    done
    die "found no free port between $low and $high"
}

# Waits until 127.0.0.1:$1 accepts connections on a socket that belongs to pid $2 (not to someone who got
# the port first), while that pid lives. Fails after WAIT_SECONDS.
wait_listening() {
    local port="$1" pid="$2" deadline
    deadline=$((SECONDS + WAIT_SECONDS))
    while ((SECONDS < deadline)); do
        alive "$pid" || return 1
        if ss -Htlnp "sport = :$port" 2>/dev/null | grep -q "pid=$pid," &&
            timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    return 1
}

# Prints the pid in file $1 once it appears (a daemon writes it after forking away from us).
wait_pidfile() {
    local file="$1" deadline pid
    deadline=$((SECONDS + WAIT_SECONDS))
    while ((SECONDS < deadline)); do
        pid="$(tr -dc '0-9' <"$file" 2>/dev/null || true)"
        [[ -n "$pid" ]] && { echo "$pid"; return 0; }
        sleep 0.05
    done
    return 1
}

# Does 127.0.0.1:$1 complete a TLS handshake (after STARTTLS for $2 if given) with a certificate the sandbox CA
# vouches for, for the name localhost? A listening port alone does not prove that TLS is usable.
check_tls() {
    local port="$1" starttls=()
    [[ -n "${2:-}" ]] && starttls=(-starttls "$2")
    timeout 10 openssl s_client -connect "127.0.0.1:$port" "${starttls[@]}" -CAfile "$D/ca.pem" \
        -verify_return_error -verify_hostname localhost -brief </dev/null >"$TLS/check-$port.log" 2>&1
}

# --- start -----------------------------------------------------------------------------------------------------

find_identity_provider() {
    local candidate
    for candidate in "${IDP_BINARY:-}" "${SANDBOX_IDENTITY_PROVIDER:-}" "$(command -v sandbox-identity-provider || true)" \
        "$REPO_ROOT"/build/tests/support/sandbox-identity-provider \
        "$REPO_ROOT"/build-*/tests/support/sandbox-identity-provider; do
        [[ -n "$candidate" && -x "$candidate" && -f "$candidate" ]] && { echo "$candidate"; return 0; }
    done
    die "sandbox-identity-provider not found: build it (cmake --build BUILD --target sandbox-identity-provider) and set SANDBOX_IDENTITY_PROVIDER=BUILD/tests/support/sandbox-identity-provider"
}

prepare_dir() {
    if [[ -e "$D" ]]; then
        [[ -d "$D" ]] || die "$D exists and is not a folder"
        if [[ -e "$D/$MARKER" ]]; then
            # A sandbox from an earlier run (perhaps one that crashed): stop what may still run, start afresh.
            stop_all
            find "$D" -mindepth 1 -delete
        elif [[ -n "$(ls -A "$D")" ]]; then
            die "$D is not empty and is not a sandbox folder; refusing to touch it"
        fi
    else
        mkdir -p "$D"
    fi
    chmod 755 "$D"
    touch "$D/$MARKER"
    local user
    # The daemons open files under DIR after dropping root: every folder above it must let them through.
    for user in dovecot postfix nobody; do
        runuser -u "$user" -- test -x "$D" ||
            die "$D is not reachable for the '$user' user (a folder above it is private); use a folder under /tmp"
    done
    mkdir -p "$RUN" "$TLS" "$TOKENS" "$IDP" "$DOVECOT_BASE" "$DOVECOT/state" "$POSTFIX_ETC" "$POSTFIX_QUEUE" "$POSTFIX/data" "$MAIL"
    chmod 700 "$TLS" "$TOKENS" "$IDP"
}

make_certificates() {
    # A throwaway CA, trusted only through the profile's caCertificates, and a server certificate from it.
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -sha256 \
        -keyout "$TLS/ca.key" -out "$D/ca.pem" -subj "/O=Mail Setup/CN=Mail Setup offline sandbox CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        >"$TLS/openssl.log" 2>&1 || die "openssl could not make the CA (see $TLS/openssl.log)"
    openssl req -newkey rsa:2048 -nodes -keyout "$TLS/server.key" -out "$TLS/server.csr" \
        -subj "/O=Mail Setup/CN=localhost" >>"$TLS/openssl.log" 2>&1 ||
        die "openssl could not make the server key (see $TLS/openssl.log)"
    cat >"$TLS/server.ext" <<EOF
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1
EOF
    openssl x509 -req -in "$TLS/server.csr" -CA "$D/ca.pem" -CAkey "$TLS/ca.key" -set_serial "0x$(openssl rand -hex 16)" \
        -days 30 -sha256 -extfile "$TLS/server.ext" -out "$TLS/server.pem" >>"$TLS/openssl.log" 2>&1 ||
        die "openssl could not sign the server certificate (see $TLS/openssl.log)"
    # Nobody may sign more with it.
    rm -f "$TLS/ca.key" "$TLS/server.csr"
    chmod 644 "$D/ca.pem" "$TLS/server.pem"
    chmod 600 "$TLS/server.key"
}

# A token shaped like Microsoft's: long (they run to kilobytes, which is what breaks short line limits) and opaque.
new_token() { openssl rand -base64 1200 | tr -d '\n=' | tr '+/' '-_'; }

iso_time() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }

make_tokens() {
    local now valid wrong imap_only expired
    now="$(date +%s)"
    valid="$(new_token)"
    wrong="$(new_token)"
    imap_only="$(new_token)"
    expired="$(new_token)"
    (
        umask 077
        printf '%s' "$valid" >"$TOKENS/access.token"
        printf '%s' "$wrong" >"$TOKENS/wrong.token"
        printf '%s' "$imap_only" >"$TOKENS/imap-only.token"
        printf '%s' "$expired" >"$TOKENS/expired.token"
        # What the identity provider knows; it reads this file again on every check, so a test may replace it
        # (write a new file and rename it over this one) to revoke or add tokens. The wrong token is not here.
        cat >"$IDP/tokens.json" <<EOF
[
  {"token": "$valid", "email": "$ACCOUNT", "scopes": ["$IMAP_SCOPE", "$SMTP_SCOPE"], "expiresAt": "$(iso_time $((now + TOKEN_LIFETIME)))"},
  {"token": "$imap_only", "email": "$ACCOUNT", "scopes": ["$IMAP_SCOPE"], "expiresAt": "$(iso_time $((now + TOKEN_LIFETIME)))"},
  {"token": "$expired", "email": "$ACCOUNT", "scopes": ["$IMAP_SCOPE", "$SMTP_SCOPE"], "expiresAt": "$(iso_time $((now - 60)))"}
]
EOF
    )
    # Started with sudo for a "try it" run, the product runs as the user: let that user (alone) read the tokens.
    local owner="${SANDBOX_USER:-${SUDO_USER:-}}"
    if [[ -n "$owner" && "$owner" != root ]]; then
        chown -R "$owner" "$TOKENS" || die "cannot hand the token files to user '$owner'"
    fi
}

start_idp() {
    local binary="$1" pid deadline
    rm -f "$IDP/idp.port"
    # Its own session (setsid keeps the pid, as the script's background job is no group leader), its output in
    # a file: a test runner waiting on our stdout must not wait for this daemon too.
    setsid "$binary" --port 0 --port-file "$IDP/idp.port" --tokens "$IDP/tokens.json" \
        --client-id "$CLIENT_ID" --redirect-uri "$REDIRECT_URI" --email "$ACCOUNT" --name "Alex Sandbox" \
        --tenant-id "$TENANT_ID" --object-id "$OBJECT_ID" --access-token-lifetime "$ACCESS_TOKEN_LIFETIME" \
        --domain "$DOMAIN=$TENANT_ID" \
        </dev/null >>"$IDP/idp.log" 2>&1 &
    pid=$!
    echo "$pid" >"$RUN/idp.pid"
    deadline=$((SECONDS + WAIT_SECONDS))
    until [[ -s "$IDP/idp.port" ]]; do
        alive "$pid" || die "the identity provider exited at start; its log ($IDP/idp.log) says: $(tail -n 3 "$IDP/idp.log")"
        ((SECONDS < deadline)) || die "the identity provider did not report its port within ${WAIT_SECONDS}s"
        sleep 0.05
    done
    IDP_PORT="$(tr -dc '0-9' <"$IDP/idp.port")"
    wait_listening "$IDP_PORT" "$pid" || die "the identity provider does not answer on port $IDP_PORT (see $IDP/idp.log)"
}

write_dovecot_config() {
    local nobody_uid nogroup_gid
    nobody_uid="$(id -u nobody)"
    nogroup_gid="$(id -g nobody)"
    mkdir -p "$MAIL/$DOMAIN/${ACCOUNT%@*}"
    chown -R "$nobody_uid:$nogroup_gid" "$MAIL"
    chmod 700 "$MAIL/$DOMAIN/${ACCOUNT%@*}"

    cat >"$DOVECOT/users" <<EOF
$ACCOUNT::$nobody_uid:$nogroup_gid::$MAIL/$DOMAIN/${ACCOUNT%@*}::
EOF
    # Dovecot 2.3.19 appends the token to tokeninfo_url (introspection_mode=get) and, with send_auth_headers,
    # names the asking protocol in X-Dovecot-Auth-Service: "imap", or "smtp" for Postfix's lookups.
    cat >"$DOVECOT/oauth2.conf.ext" <<EOF
tokeninfo_url = http://127.0.0.1:$IDP_PORT/tokeninfo?access_token=
introspection_mode = get
send_auth_headers = yes
username_attribute = email
active_attribute = active
active_value = true
timeout_msecs = 5000
EOF
    cat >"$DOVECOT_CONF" <<EOF
# Written by tests/sandbox/sandbox.sh. Self-contained: nothing from /etc/dovecot is read.
instance_name = mailsetup-sandbox-$IMAP_PORT
base_dir = $DOVECOT_BASE
state_dir = $DOVECOT/state
log_path = $DOVECOT/dovecot.log
info_log_path = $DOVECOT/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
login_greeting = Mail Setup offline sandbox ready.

# Implicit TLS only, TLS 1.2 or newer, as outlook.office365.com:993.
ssl = required
ssl_cert = <$TLS/server.pem
ssl_key = <$TLS/server.key
ssl_min_protocol = TLSv1.2

# Exactly what Outlook offers: XOAUTH2, after TLS. No cache, so expiry and revocation count at once.
auth_mechanisms = xoauth2
disable_plaintext_auth = yes
auth_cache_size = 0
auth_verbose = yes
# Every test connects from 127.0.0.1: Dovecot's per-IP penalty (2 s doubling to 15 s after each failure, even for
# the next good login) would make one test's refused token slow down the others. Its socket unusable, it is off.
# A failure is answered at once too; the product must not depend on how long a refusal takes.
auth_failure_delay = 0
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $DOVECOT/oauth2.conf.ext
}
userdb {
  driver = passwd-file
  args = username_format=%Lu $DOVECOT/users
}
mail_location = maildir:~/Maildir

service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $IMAP_PORT
    ssl = yes
  }
}
# Postfix (running as postfix) asks these: SASL for submission, LMTP for delivery into the same mailboxes.
service auth {
  unix_listener auth-postfix {
    mode = 0600
    user = postfix
    group = postfix
  }
}
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service lmtp {
  unix_listener lmtp-postfix {
    mode = 0600
    user = postfix
    group = postfix
  }
}
protocol lmtp {
  postmaster_address = postmaster@$DOMAIN
}
EOF
}

write_postfix_config() {
    cat >"$POSTFIX_ETC/main.cf" <<EOF
# Written by tests/sandbox/sandbox.sh. Submission on 127.0.0.1:$SMTP_PORT only, delivery of $DOMAIN into Dovecot
# over LMTP; everything else is refused, and nothing is ever sent anywhere.
compatibility_level = 3.6
queue_directory = $POSTFIX_QUEUE
data_directory = $POSTFIX/data
mail_owner = postfix
setgid_group = postdrop
myhostname = smtp.$DOMAIN
mydomain = $DOMAIN
myorigin = \$mydomain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
relayhost =
relay_domains =
alias_maps =
alias_database =
local_recipient_maps =
biff = no
append_dot_mydomain = no
smtpd_banner = \$myhostname ESMTP Mail Setup offline sandbox

# No syslog here: Postfix logs to a file of its own.
maillog_file = $POSTFIX/maillog
maillog_file_prefixes = $D

# No DNS, no outside world.
smtp_dns_support_level = disabled
smtp_host_lookup = native
lmtp_host_lookup = native
smtpd_peername_lookup = no
default_transport = error:the sandbox sends nothing out
relay_transport = error:the sandbox sends nothing out
local_transport = error:no local delivery in the sandbox

virtual_mailbox_domains = $DOMAIN
virtual_mailbox_maps = inline:{ $ACCOUNT=ok }
virtual_alias_maps =
virtual_transport = lmtp:unix:$DOVECOT_BASE/lmtp-postfix

# STARTTLS required, TLS 1.2 or newer, AUTH only after it, as smtp-mail.outlook.com:587.
smtpd_tls_cert_file = $TLS/server.pem
smtpd_tls_key_file = $TLS/server.key
smtpd_tls_security_level = encrypt
smtpd_tls_auth_only = yes
smtpd_tls_protocols = >=TLSv1.2
smtpd_tls_mandatory_protocols = >=TLSv1.2
smtpd_tls_session_cache_database =
smtpd_tls_received_header = yes
smtpd_tls_loglevel = 1

# XOAUTH2 through Dovecot, which asks the identity provider whether the token carries SMTP.Send.
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = $DOVECOT_BASE/auth-postfix
smtpd_sasl_mechanism_filter = xoauth2
smtpd_sasl_security_options = noanonymous
smtpd_sasl_tls_security_options = noanonymous
broken_sasl_auth_clients = no
# Real-sized tokens make long AUTH lines.
line_length_limit = 65536

# Signed in, or nothing; send as yourself (Outlook: SendAsDenied); deliver only to the sandbox's own mailbox.
smtpd_sender_login_maps = inline:{ $ACCOUNT=$ACCOUNT }
smtpd_sender_restrictions = reject_sender_login_mismatch
smtpd_relay_restrictions = reject_unauth_destination
smtpd_recipient_restrictions = permit_sasl_authenticated, reject

# Retry a deferred delivery within seconds, not minutes: a test waits for it.
queue_run_delay = 2s
minimal_backoff_time = 2s
maximal_backoff_time = 10s
in_flow_delay = 0
EOF
    # Nothing chrooted: the absolute socket paths into Dovecot must resolve.
    cat >"$POSTFIX_ETC/master.cf" <<EOF
127.0.0.1:$SMTP_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submission
pickup     unix  n - n 60    1 pickup
cleanup    unix  n - n -     0 cleanup
qmgr       unix  n - n 300   1 qmgr
tlsmgr     unix  - - n 1000? 1 tlsmgr
rewrite    unix  - - n -     - trivial-rewrite
bounce     unix  - - n -     0 bounce
defer      unix  - - n -     0 bounce
trace      unix  - - n -     0 bounce
verify     unix  - - n -     1 verify
flush      unix  n - n 1000? 0 flush
proxymap   unix  - - n -     - proxymap
proxywrite unix  - - n -     1 proxymap
smtp       unix  - - n -     - smtp
relay      unix  - - n -     - smtp
showq      unix  n - n -     - showq
error      unix  - - n -     - error
retry      unix  - - n -     - error
discard    unix  - - n -     - discard
local      unix  - n n -     - local
virtual    unix  - n n -     - virtual
lmtp       unix  - - n -     - lmtp
anvil      unix  - - n -     1 anvil
scache     unix  - - n -     1 scache
postlog    unix-dgram n - n - 1 postlogd
EOF
    # Postfix's data directory must belong to postfix; its queue (created by 'postfix start') lives outside etc/.
    chown postfix:postfix "$POSTFIX/data"
}

start_dovecot() {
    local pid
    for _ in 1 2 3; do
        IMAP_PORT="$(pick_port "$IDP_PORT")"
        write_dovecot_config
        if dovecot -c "$DOVECOT_CONF" >>"$DOVECOT/start.log" 2>&1; then
            pid="$(wait_pidfile "$DOVECOT_BASE/master.pid" || true)"
            echo "$pid" >"$RUN/dovecot.pid"
            if wait_listening "$IMAP_PORT" "$pid" && [[ -S "$DOVECOT_BASE/auth-postfix" && -S "$DOVECOT_BASE/lmtp-postfix" ]]; then
                check_tls "$IMAP_PORT" ||
                    die "Dovecot listens but TLS fails on port $IMAP_PORT: $(tail -n 2 "$TLS/check-$IMAP_PORT.log")"
                return 0
            fi
            stop_dovecot
        fi
        # Someone took the port between the check and the bind: try another one; any other failure is final.
        grep -q 'Address already in use' "$DOVECOT/start.log" "$DOVECOT/dovecot.log" 2>/dev/null ||
            die "Dovecot did not start; see $DOVECOT/start.log and $DOVECOT/dovecot.log: $(tail -n 3 "$DOVECOT/start.log" "$DOVECOT/dovecot.log" 2>/dev/null | grep -v '^==' | grep . | tail -n 2)"
        log "IMAP port $IMAP_PORT was taken meanwhile; trying another"
        : >"$DOVECOT/start.log"
        : >"$DOVECOT/dovecot.log"
    done
    die "Dovecot found no free port in 3 attempts"
}

start_postfix() {
    local pid
    for _ in 1 2 3; do
        SMTP_PORT="$(pick_port "$IDP_PORT" "$IMAP_PORT")"
        write_postfix_config
        if postfix -c "$POSTFIX_ETC" start >>"$POSTFIX/start.log" 2>&1; then
            pid="$(wait_pidfile "$POSTFIX_QUEUE/pid/master.pid" || true)"
            echo "$pid" >"$RUN/postfix.pid"
            if wait_listening "$SMTP_PORT" "$pid"; then
                check_tls "$SMTP_PORT" smtp ||
                    die "Postfix listens but STARTTLS fails on port $SMTP_PORT: $(tail -n 2 "$TLS/check-$SMTP_PORT.log")"
                return 0
            fi
            stop_postfix
        fi
        grep -q 'Address already in use' "$POSTFIX/start.log" "$POSTFIX/maillog" 2>/dev/null ||
            die "Postfix did not start; see $POSTFIX/start.log and $POSTFIX/maillog: $(tail -n 3 "$POSTFIX/start.log" "$POSTFIX/maillog" 2>/dev/null | grep -v '^==' | grep . | tail -n 2)"
        log "SMTP port $SMTP_PORT was taken meanwhile; trying another"
        : >"$POSTFIX/start.log"
        : >"$POSTFIX/maillog"
    done
    die "Postfix found no free port in 3 attempts"
}

# The Outlook profile's scopes, so the sandbox profile asks for exactly what the product asks Microsoft for.
outlook_scopes_json() {
    local file="$REPO_ROOT/resources/providers/outlook.json" scopes=""
    [[ -f "$file" ]] &&
        scopes="$(tr -d '\n' <"$file" | sed -n 's/.*"scopes"[[:space:]]*:[[:space:]]*\(\[[^]]*\]\).*/\1/p' | tr -s ' ')"
    if [[ -z "$scopes" ]]; then
        scopes="[\"$IMAP_SCOPE\", \"$SMTP_SCOPE\", \"offline_access\", \"openid\", \"profile\", \"email\"]"
    fi
    echo "$scopes"
}

write_outputs() {
    cat >"$D/provider.json" <<EOF
{
  "id": "sandbox",
  "name": "Mail Setup offline sandbox",
  "imap": { "host": "localhost", "port": $IMAP_PORT, "security": "tls" },
  "smtp": { "host": "localhost", "port": $SMTP_PORT, "security": "starttls" },
  "oauth": {
    "authorizeUrl": "http://localhost:$IDP_PORT/common/oauth2/v2.0/authorize",
    "tokenUrl": "http://localhost:$IDP_PORT/common/oauth2/v2.0/token",
    "discoveryUrl": "http://localhost:$IDP_PORT/{domain}/v2.0/.well-known/openid-configuration",
    "clientId": "$CLIENT_ID",
    "scopes": $(outlook_scopes_json)
  },
  "caCertificates": "$D/ca.pem"
}
EOF
    # Written last, through a rename: its presence means the sandbox is up.
    {
        echo "# The offline sandbox, started $(date -u +%Y-%m-%dT%H:%M:%SZ) by tests/sandbox/sandbox.sh. Source this file."
        printf 'SANDBOX_DIR=%q\n' "$D"
        printf 'SANDBOX_EMAIL=%q\n' "$ACCOUNT"
        printf 'SANDBOX_HOST=%q\n' localhost
        printf 'SANDBOX_IMAP_PORT=%q\n' "$IMAP_PORT"
        printf 'SANDBOX_SMTP_PORT=%q\n' "$SMTP_PORT"
        printf 'SANDBOX_IDP_PORT=%q\n' "$IDP_PORT"
        printf 'SANDBOX_CLIENT_ID=%q\n' "$CLIENT_ID"
        printf 'SANDBOX_REDIRECT_URI=%q\n' "$REDIRECT_URI"
        printf 'SANDBOX_TENANT_ID=%q\n' "$TENANT_ID"
        printf 'SANDBOX_OBJECT_ID=%q\n' "$OBJECT_ID"
        printf 'SANDBOX_AUTHORIZE_URL=%q\n' "http://localhost:$IDP_PORT/common/oauth2/v2.0/authorize"
        printf 'SANDBOX_TOKEN_URL=%q\n' "http://localhost:$IDP_PORT/common/oauth2/v2.0/token"
        # Quoted rather than %q-escaped (which would write \{domain\}), so that readers other than bash get it as is.
        printf "SANDBOX_DISCOVERY_URL='%s'\n" "http://localhost:$IDP_PORT/{domain}/v2.0/.well-known/openid-configuration"
        printf 'SANDBOX_CA=%q\n' "$D/ca.pem"
        printf 'SANDBOX_PROVIDER_FILE=%q\n' "$D/provider.json"
        printf 'SANDBOX_TOKEN_FILE=%q\n' "$TOKENS/access.token"
        printf 'SANDBOX_WRONG_TOKEN_FILE=%q\n' "$TOKENS/wrong.token"
        printf 'SANDBOX_IMAP_ONLY_TOKEN_FILE=%q\n' "$TOKENS/imap-only.token"
        printf 'SANDBOX_EXPIRED_TOKEN_FILE=%q\n' "$TOKENS/expired.token"
        printf 'SANDBOX_IDP_TOKENS=%q\n' "$IDP/tokens.json"
        printf 'SANDBOX_MAILDIR=%q\n' "$MAILDIR"
        printf 'SANDBOX_DOVECOT_LOG=%q\n' "$DOVECOT/dovecot.log"
        printf 'SANDBOX_POSTFIX_LOG=%q\n' "$POSTFIX/maillog"
        printf 'SANDBOX_IDP_LOG=%q\n' "$IDP/idp.log"
    } >"$D/sandbox.env.tmp"
    mv "$D/sandbox.env.tmp" "$D/sandbox.env"
}

cmd_start() {
    local dir="" binary=""
    while (($#)); do
        case "$1" in
            --identity-provider) binary="${2:?--identity-provider needs a path}"; shift 2 ;;
            -h | --help) usage ;;
            -*) die "unknown option $1" ;;
            *) [[ -z "$dir" ]] || usage; dir="$1"; shift ;;
        esac
    done
    ((EUID == 0)) || die "must run as root: Dovecot and Postfix start as root and drop privileges themselves"
    local tool
    for tool in dovecot postfix openssl ss runuser setsid; do
        command -v "$tool" >/dev/null || die "$tool is missing (apt-get install dovecot-imapd dovecot-lmtpd postfix openssl iproute2 util-linux)"
    done
    [[ -x /usr/lib/dovecot/lmtp ]] || die "Dovecot's LMTP server is missing (apt-get install dovecot-lmtpd)"
    IDP_BINARY="$binary"
    binary="$(find_identity_provider)"
    [[ -n "$dir" ]] || dir="$(mktemp -d /tmp/mailsetup-sandbox.XXXXXX)"
    dir="$(realpath -m "$dir")"
    set_paths "$dir"
    local started_at=$SECONDS

    prepare_dir
    # From here on a failure stops whatever did start: a half-started sandbox never lingers.
    trap 'status=$?; if ((status != 0)); then log "start failed; stopping what was started"; stop_all; fi' EXIT
    make_certificates
    make_tokens
    start_idp "$binary"
    start_dovecot
    start_postfix
    write_outputs
    trap - EXIT
    log "up in $((SECONDS - started_at))s: IMAP localhost:$IMAP_PORT (TLS), SMTP localhost:$SMTP_PORT (STARTTLS), identity provider :$IDP_PORT, account $ACCOUNT"
    log "settings: $D/sandbox.env; stop with: $0 stop $D"
    echo "$D"
}

cmd_stop() {
    [[ $# -eq 1 ]] || usage
    ((EUID == 0)) || die "must run as root"
    set_paths "$(realpath -m "$1")"
    if [[ ! -e "$D/$MARKER" ]]; then
        log "no sandbox in $D; nothing to stop"
        return 0
    fi
    local ports=""
    [[ -s "$D/sandbox.env" ]] && ports="$(. "$D/sandbox.env" && echo "$SANDBOX_IMAP_PORT $SANDBOX_SMTP_PORT $SANDBOX_IDP_PORT")"
    stop_all
    rm -f "$D/sandbox.env"
    local port
    for port in $ports; do
        ! ss -Htlnp "sport = :$port" 2>/dev/null | grep -qE 'dovecot|imap-login|"master"|sandbox-identit' ||
            die "port $port is still served after stop"
    done
    log "stopped; logs stay in $D"
}

cmd_status() {
    [[ $# -eq 1 ]] || usage
    set_paths "$(realpath -m "$1")"
    [[ -e "$D/$MARKER" ]] || { echo "no sandbox in $D"; return 3; }
    local running=0 what pid label
    for what in idp dovecot postfix; do
        case "$what" in
            idp) label="identity provider" ;;
            dovecot) label="Dovecot (IMAP)" ;;
            postfix) label="Postfix (submission)" ;;
        esac
        pid="$(saved_pid "$what")"
        if is_ours "$pid" "$what"; then
            echo "$label: running, pid $pid"
            running=$((running + 1))
        else
            echo "$label: not running"
        fi
    done
    if [[ -s "$D/sandbox.env" ]]; then
        (
            . "$D/sandbox.env"
            echo "account $SANDBOX_EMAIL; IMAP localhost:$SANDBOX_IMAP_PORT (TLS), SMTP localhost:$SANDBOX_SMTP_PORT (STARTTLS), identity provider 127.0.0.1:$SANDBOX_IDP_PORT"
            echo "settings: $D/sandbox.env"
        )
    fi
    # 0: all three up; 1: some; 3: none (as LSB status codes say "not running").
    ((running == 3)) && return 0
    ((running == 0)) && return 3
    return 1
}

# Microsoft's redirect encoding: '+' for a space, %xx for the rest.
url_decode() { local text="${1//+/ }"; printf '%b' "${text//%/\\x}"; }

# The value of query parameter $2 in URL $1, decoded.
query_value() { url_decode "$(sed -n "s/.*[?&]$2=\([^&#]*\).*/\1/p" <<<"$1")"; }

# The string member $2 of the JSON object in file $1 (token responses hold no escapes in these members).
json_string() { sed -n "s/.*\"$2\":\"\([^\"]*\)\".*/\1/p" "$1"; }

ok() { printf 'ok   - %s\n' "$*"; }
bad() { printf 'FAIL - %s\n' "$*"; FAILED=1; }

# EXAMINE INBOX with access token $1 over XOAUTH2; output in $2/imap.out and $2/imap.err. The token goes to curl
# through a config on stdin, never on a command line; curl runs without -v, which would print it.
imap_examine() {
    printf 'oauth2-bearer = "%s"\n' "$1" |
        curl --config - --silent --show-error --max-time 30 --cacert "$SANDBOX_CA" --login-options AUTH=XOAUTH2 \
            --user "$SANDBOX_EMAIL:" --url "imaps://localhost:$SANDBOX_IMAP_PORT/" --request "EXAMINE INBOX" \
            >"$2/imap.out" 2>"$2/imap.err"
}

# Signs in as the product does, with curl alone: authorize (the browser's part: the redirect is read, not followed,
# so nothing needs to listen on the app's port), the code redeemed with PKCE and no secret, the access token proven
# on IMAP, one refresh (the old refresh token must then be refused). Secrets travel in files and on stdin only.
cmd_signin() {
    [[ $# -eq 1 ]] || usage
    set_paths "$(realpath -m "$1")"
    [[ -s "$D/sandbox.env" ]] || die "no sandbox runs in $D; start one first"
    # shellcheck source=/dev/null
    . "$D/sandbox.env"
    local work verifier challenge state redirect location code status access refresh scope
    FAILED=0
    work="$(mktemp -d)"
    # shellcheck disable=SC2064 # expanded now: $work is gone by the time the script exits
    trap "rm -rf '$work'" EXIT
    chmod 700 "$work"
    scope="$IMAP_SCOPE $SMTP_SCOPE offline_access openid profile email"

    verifier="$(openssl rand 32 | basenc --base64url | tr -d '=\n')"
    printf '%s' "$verifier" >"$work/verifier"
    challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | basenc --base64url | tr -d '=\n')"
    state="$(openssl rand -hex 16)"
    redirect="http://localhost:$((20000 + RANDOM % 20000))/callback"
    location="$(curl --silent --show-error --max-time 10 --output /dev/null --write-out '%{redirect_url}' --get \
        --data-urlencode "client_id=$SANDBOX_CLIENT_ID" --data-urlencode "response_type=code" \
        --data-urlencode "redirect_uri=$redirect" --data-urlencode "scope=$scope" --data-urlencode "state=$state" \
        --data-urlencode "code_challenge=$challenge" --data-urlencode "code_challenge_method=S256" \
        --data-urlencode "prompt=select_account" --data-urlencode "login_hint=$SANDBOX_EMAIL" \
        "$SANDBOX_AUTHORIZE_URL")" || die "the authorize endpoint did not answer (see $IDP/idp.log)"
    code="$(query_value "$location" code)"
    if [[ "$location" == "$redirect?"* && -n "$code" && "$(query_value "$location" state)" == "$state" ]]; then
        ok "authorize: redirected back to the app with a code and the state"
    else
        bad "authorize: no code came back: $(query_value "$location" error) $(query_value "$location" error_description | head -n 1)"
        return 1
    fi
    printf '%s' "$code" >"$work/code"

    status="$(curl --silent --show-error --max-time 10 --output "$work/tokens.json" --write-out '%{http_code}' \
        --data-urlencode "grant_type=authorization_code" --data-urlencode "client_id=$SANDBOX_CLIENT_ID" \
        --data-urlencode "code@$work/code" --data-urlencode "redirect_uri=$redirect" \
        --data-urlencode "code_verifier@$work/verifier" --data-urlencode "scope=$scope" "$SANDBOX_TOKEN_URL")" || true
    access="$(json_string "$work/tokens.json" access_token)"
    refresh="$(json_string "$work/tokens.json" refresh_token)"
    if [[ "$status" == 200 && -n "$access" && -n "$refresh" ]]; then
        ok "token: the code was redeemed with the verifier"
    else
        bad "token: HTTP $status $(json_string "$work/tokens.json" error) $(json_string "$work/tokens.json" error_description | sed 's/\\r\\n.*//')"
        return 1
    fi
    (
        umask 077
        printf '%s' "$access" >"$TOKENS/signin-access.token"
        printf '%s' "$refresh" >"$TOKENS/signin-refresh.token"
    )

    if imap_examine "$access" "$work" && grep -q EXISTS "$work/imap.out"; then
        ok "IMAP: Dovecot accepts the issued access token (XOAUTH2) and opens INBOX"
    else
        bad "IMAP: the issued access token was refused: $(head -c 300 "$work/imap.err")"
    fi

    printf '%s' "$refresh" >"$work/refresh"
    status="$(curl --silent --show-error --max-time 10 --output "$work/refreshed.json" --write-out '%{http_code}' \
        --data-urlencode "grant_type=refresh_token" --data-urlencode "client_id=$SANDBOX_CLIENT_ID" \
        --data-urlencode "refresh_token@$work/refresh" --data-urlencode "scope=$scope" "$SANDBOX_TOKEN_URL")" || true
    access="$(json_string "$work/refreshed.json" access_token)"
    if [[ "$status" == 200 && -n "$access" ]] && imap_examine "$access" "$work"; then
        ok "refresh: a new access token, accepted by IMAP"
        (
            umask 077
            printf '%s' "$access" >"$TOKENS/signin-access.token"
            json_string "$work/refreshed.json" refresh_token | tr -d '\n' >"$TOKENS/signin-refresh.token"
        )
    else
        bad "refresh: HTTP $status, or IMAP refused the new token"
    fi
    status="$(curl --silent --show-error --max-time 10 --output "$work/reused.json" --write-out '%{http_code}' \
        --data-urlencode "grant_type=refresh_token" --data-urlencode "client_id=$SANDBOX_CLIENT_ID" \
        --data-urlencode "refresh_token@$work/refresh" --data-urlencode "scope=$scope" "$SANDBOX_TOKEN_URL")" || true
    if [[ "$status" == 400 && "$(json_string "$work/reused.json" error)" == invalid_grant ]]; then
        ok "refresh: the replaced refresh token is refused (invalid_grant)"
    else
        bad "refresh: the replaced refresh token was not refused (HTTP $status)"
    fi
    if grep -qF -e "${code:0:24}" -e "${refresh:0:24}" -e "${access:0:24}" -e "${verifier:0:24}" \
        "$IDP/idp.log" "$DOVECOT/dovecot.log" 2>/dev/null; then
        bad "logs: a code, token or verifier appears in the logs"
    else
        ok "logs: no code, token or verifier in the identity provider's or Dovecot's log"
    fi
    return "$FAILED"
}

main() {
    local command="${1:-}"
    (($#)) && shift
    case "$command" in
        start) cmd_start "$@" ;;
        stop) cmd_stop "$@" ;;
        status) cmd_status "$@" ;;
        signin) cmd_signin "$@" ;;
        *) usage ;;
    esac
}

main "$@"
