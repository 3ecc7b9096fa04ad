#!/usr/bin/env bash
# Installs what Mail Setup needs to build, test and run its offline sandbox on Debian 12.
# Safe to run again: it only asks apt for what is missing.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build git
    qt6-base-dev qt6-networkauth-dev qtkeychain-qt6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    # run: QtKeychain loads libsecret at run time, and the Debian package does not depend on it
    libsecret-1-0
    # the offline sandbox and the integration tests: real mail servers, real TLS
    dovecot-imapd dovecot-lmtpd postfix openssl ca-certificates iproute2 procps util-linux curl
    # the package test: cpack's dpkg-shlibdeps, the metadata validators, the man page
    dpkg-dev desktop-file-utils appstream man-db groff-base bsdextrautils
    # the relay's tests: real password-only clients (swaks needs Net::SSLeay for STARTTLS); openssl makes the
    # relay's certificate at run time
    msmtp swaks libnet-ssleay-perl
    # keychain and window tests
    gnome-keyring libsecret-tools dbus xvfb xauth fonts-dejavu-core
    # the include structure test (tests/structure)
    python3
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: these packages are missing; run as root to install them: ${missing[*]}" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Postfix asks debconf questions otherwise; its system service is never used (the tests run their own).
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
