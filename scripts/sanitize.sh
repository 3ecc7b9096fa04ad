#!/usr/bin/env bash
# Builds Mail Setup with clang, AddressSanitizer and UndefinedBehaviorSanitizer (the `sanitize` preset, build-sanitize/)
# and runs the unit and UI tests. Any report fails the run: ASan and UBSan stop the test at the first report,
# and LeakSanitizer fails a test that leaks (tests/sanitizer/lsan.supp lists what is not ours, with the reason).
# Extra arguments go to ctest, e.g. scripts/sanitize.sh -R tst_microsoftsignin
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bash scripts/install-deps.sh
# clang and its runtimes: the sanitizer build is also where the fuzz targets are built (scripts/fuzz.sh).
bash scripts/install-clang.sh

cmake --preset sanitize >/dev/null
cmake --build --preset sanitize

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0"
ctest --test-dir build-sanitize -L 'unit|ui' --output-on-failure -j2 "$@"
