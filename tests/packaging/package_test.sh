#!/usr/bin/env bash
# The .deb as a user gets it: cpack builds it from this build tree, its metadata validates (desktop-file-validate,
# appstreamcli --no-net), its dependencies name Qt 6, QtKeychain and libsecret, and the program extracted into a
# scratch root (dpkg-deb -x) runs: --version, explain, the man page renders without warnings.
# Usage: package_test.sh BUILD_DIR
set -euo pipefail

build_dir=$(cd "$1" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/mailsetup-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

fail() { echo "package_test: FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb desktop-file-validate appstreamcli groff man; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/install-deps.sh"
done

echo "package_test: cpack -G DEB"
(cd "$scratch" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1) \
    || { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$scratch"/out/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack made no .deb"
echo "package_test: built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "package_test: Depends: $depends"
for dependency in libqt6core6 libqt6widgets6 libqt6network6 libqt6networkauth6 libqt6keychain1 libsecret-1-0 libqt6svg6; do
    grep -q "$dependency" <<<"$depends" || fail "Depends does not name $dependency"
done

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/mailsetup usr/share/applications/org.mailsetup.MailSetup.desktop \
            usr/share/metainfo/org.mailsetup.MailSetup.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.mailsetup.MailSetup.svg \
            usr/share/man/man1/mailsetup.1 usr/share/mailsetup/translations/mailsetup_de.qm; do
    [ -s "$root/$file" ] || fail "the package lacks /$file"
done

desktop-file-validate "$root/usr/share/applications/org.mailsetup.MailSetup.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.mailsetup.MailSetup.metainfo.xml" \
    || fail "appstreamcli validate"

# The first line is the version; a build without a client id says so on the lines after it.
version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/mailsetup" --version | head -n1)
echo "package_test: $version"
[[ "$version" =~ ^mailsetup\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed: $version"

explained=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C "$root/usr/bin/mailsetup" explain --json \
    --email alex@contoso.com '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.')
grep -q '"id": "smtp-auth-disabled"' <<<"$explained" || fail "explain did not recognise SMTP AUTH being off: $explained"
grep -q 'Set-CASMailbox -Identity alex@contoso.com -SmtpClientAuthenticationDisabled \$false' <<<"$explained" \
    || fail "explain gave no administrator command"

warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z "$root/usr/share/man/man1/mailsetup.1" 2>&1)
[ -z "$warnings" ] || fail "groff warns about the man page: $warnings"
rendered=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$root/usr/share/man/man1/mailsetup.1" 2>/dev/null | col -b)
for section in NAME SYNOPSIS COMMANDS PRESETS "EXIT STATUS"; do
    grep -q "^$section" <<<"$rendered" || fail "the man page has no $section section"
done
for command in signin check settings token forget explain; do
    grep -qE "^ +$command$|^   $command" <<<"$rendered" || fail "the man page does not describe $command"
done
echo "package_test: ok"
