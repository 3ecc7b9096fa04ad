#!/usr/bin/env bash
# Builds Mail Setup and prints its benchmark numbers: the reply classifier and the diagnosis catalogue
# (benchmarks/bench_replyclassifier), whole checks against in-process scripted servers
# (benchmarks/bench_probe; with --flood, one check against a server that floods its searches), the secret
# redactor over a 256 KB transcript, the sign-in's loopback listener under a 200 MB request line
# (benchmarks/bench_loopbacklistener), `mailsetup check --send-test --json` against the offline sandbox (real
# Dovecot and Postfix on loopback; benchmarks/bench_command runs it and does the statistics), the same check
# against curl with a delay added each way (benchmarks/latencyproxy in front of the sandbox,
# benchmarks/bench_latency), in round trips, the relay for password-only devices (benchmarks/bench_relay), and the wizard's start and memory on the way to the ready page
# (benchmarks/bench_wizard, offscreen, with a private keyring). Numbers only: nothing passes or fails on them.
# Everything stays on loopback; the sandbox is stopped at the end. Needs what scripts/install-deps.sh installs,
# and root for the sandbox.
#
#   scripts/benchmark.sh [--runs N] [--probe-runs N] [--rounds N] [--delay-ms MS] [--latency-runs N]
#     --runs          sandbox checks (default 20)
#     --probe-runs    checks against the scripted servers (default 50)
#     --rounds        passes over the reply sample (default 1000)
#     --delay-ms      the delay added each way for the check against curl (default 50: a round trip of 100 ms)
#     --latency-runs  runs of each, mailsetup and curl, behind that delay (default 10)
#     --wizard-runs   wizard starts, each walked to the ready page (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=20
probe_runs=50
rounds=1000
delay_ms=50
latency_runs=10
wizard_runs=5
usage="usage: scripts/benchmark.sh [--runs N] [--probe-runs N] [--rounds N] [--delay-ms MS] [--latency-runs N] [--wizard-runs N]"
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --probe-runs) probe_runs=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --delay-ms) delay_ms=$2; shift 2 ;;
        --latency-runs) latency_runs=$2; shift 2 ;;
        --wizard-runs) wizard_runs=$2; shift 2 ;;
        *) echo "$usage" >&2; exit 2 ;;
    esac
done

build_dir=${MAILSETUP_BUILD_DIR:-build}
log=$(mktemp /tmp/mailsetup-benchmark.XXXXXX.log)
sandbox_dir=
cleanup() {
    if [ -n "$sandbox_dir" ]; then
        bash tests/sandbox/sandbox.sh stop "$sandbox_dir" >/dev/null 2>&1 || true
        rm -rf "$sandbox_dir"
    fi
    rm -f "$log"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The build's own output only when it fails.
if ! bash scripts/build.sh -DMAILSETUP_BUILD_BENCHMARKS=ON >"$log" 2>&1; then
    cat "$log" >&2
    echo "benchmark: the build failed" >&2
    exit 1
fi
build_dir=$(realpath "$build_dir")
echo "Mail Setup benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
echo
"$build_dir/benchmarks/bench_replyclassifier" --rounds "$rounds"
echo
"$build_dir/benchmarks/bench_probe" --runs "$probe_runs"
echo
# The sign-in's loopback listener under a flood, and Qt 6.4's own listener for comparison (one process each).
"$build_dir/benchmarks/bench_loopbacklistener" --handler ours --megabytes 200
"$build_dir/benchmarks/bench_loopbacklistener" --handler qt --megabytes 200
# A process of its own, so that its peak RSS is the flood's.
"$build_dir/benchmarks/bench_probe" --flood
echo
# The relay for password-only devices: latency it adds per message, and messages per second from 50 devices.
"$build_dir/benchmarks/bench_relay" --messages "$probe_runs"
echo

idp="$build_dir/tests/support/sandbox-identity-provider"
if [ ! -x "$idp" ]; then
    echo "benchmark: $idp is missing (configure with -DMAILSETUP_BUILD_TESTS=ON); no sandbox numbers" >&2
    exit 1
fi
sandbox_dir=$(mktemp -d /tmp/mailsetup-benchmark-sandbox.XXXXXX)
if ! SANDBOX_IDENTITY_PROVIDER="$idp" bash tests/sandbox/sandbox.sh start "$sandbox_dir" >"$log" 2>&1; then
    cat "$log" >&2
    echo "benchmark: the offline sandbox did not start" >&2
    exit 1
fi
# shellcheck disable=SC1091
source "$sandbox_dir/sandbox.env"
"$build_dir/benchmarks/bench_command" --runs "$runs" \
    --label "mailsetup check --send-test --json, offline sandbox (Dovecot + Postfix on loopback)" -- \
    "$build_dir/app/mailsetup" check --email "$SANDBOX_EMAIL" --provider-file "$SANDBOX_PROVIDER_FILE" \
    --access-token-file "$SANDBOX_TOKEN_FILE" --send-test --json
echo
"$build_dir/benchmarks/bench_latency" --proxy "$build_dir/benchmarks/latencyproxy" --mailsetup "$build_dir/app/mailsetup" \
    --sandbox-env "$sandbox_dir/sandbox.env" --delay-ms "$delay_ms" --runs "$latency_runs"
echo
# The wizard as a user meets it: the OS keychain (a private gnome-keyring), on an offscreen screen.
wizard=("$build_dir/benchmarks/bench_wizard" --provider-file "$SANDBOX_PROVIDER_FILE" --email "$SANDBOX_EMAIL"
        --runs "$wizard_runs")
if command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
    bash tests/integration/with-keyring.sh --unlocked -- env QT_QPA_PLATFORM=offscreen "${wizard[@]}" 2>"$log" ||
        { cat "$log" >&2; exit 1; }
else
    QT_QPA_PLATFORM=offscreen "${wizard[@]}" --memory-keychain 2>"$log" || { cat "$log" >&2; exit 1; }
fi
