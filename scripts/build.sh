#!/usr/bin/env bash
# Configures and builds Mail Setup into build/ (or $MAILSETUP_BUILD_DIR). Two cores: -j2.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${MAILSETUP_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build_dir" -j2
