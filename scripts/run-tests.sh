#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (unit and integration) through CTest.
# The integration tests start real Dovecot and Postfix on loopback high ports and stop them again.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=${MAILSETUP_BUILD_DIR:-build}
ctest --test-dir "$build_dir" --output-on-failure -j2 "$@"
