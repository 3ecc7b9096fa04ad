#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/) with clang, AddressSanitizer and UndefinedBehaviorSanitizer (the
# `fuzz` preset, in build-sanitize/ next to the sanitizer build), then fuzzes each for MAILSETUP_FUZZ_SECONDS
# (default 60) as the CTest tests labelled `fuzz`. An input that breaks an invariant or crashes is kept as
# build-sanitize/tests/fuzz/crash-<hash> (the working directory of the test): add it to
# tests/fuzz/corpus/<target>/ and make it a unit test. Extra arguments go to ctest, e.g. scripts/fuzz.sh -R smtp
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${MAILSETUP_FUZZ_SECONDS:-60}

# clang and its runtimes (libFuzzer, ASan, UBSan): only this script and sanitize.sh need them.
bash scripts/install-clang.sh

cmake --preset fuzz -DMAILSETUP_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build --preset fuzz
# The fuzzer's own reports (a crash, a leak, a broken invariant) fail the test; ASan stops at the first one.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build-sanitize -L fuzz --output-on-failure -j"${MAILSETUP_FUZZ_JOBS:-1}" "$@"
