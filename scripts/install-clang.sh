#!/usr/bin/env bash
# Installs clang and its runtimes (libFuzzer, ASan, UBSan) for scripts/sanitize.sh and scripts/fuzz.sh. The
# ordinary build and test run do not need them (the fuzz targets' replay is built with GCC), so install-deps.sh
# leaves them out.
set -euo pipefail
packages=(clang libclang-rt-14-dev)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "install-clang: these packages are missing; run as root to install them: ${missing[*]}" >&2
    exit 1
fi
echo "install-clang: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
