#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Stageboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack from a built tree and checks what it holds, as a person installing
# it would meet it: both programs with their manual pages, the desktop entry, the icon, the
# AppStream metainfo, the packages Qt loads as plugins declared as dependencies, and nothing
# lintian warns of.
# Usage: check_deb.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB did not build the package"
fi
deb=$(ls "$work"/out/stageboard_*_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no stageboard_VERSION_ARCH.deb in $work/out: $(ls "$work/out")"
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

dpkg-deb -x "$deb" "$work/root"
id=org.stageboard.Stageboard
for file in usr/bin/stageboard usr/bin/stageboard-cli; do
    [ -x "$work/root/$file" ] || fail "$file is missing or not executable"
done
for file in usr/share/applications/$id.desktop \
    usr/share/icons/hicolor/scalable/apps/$id.svg \
    usr/share/metainfo/$id.metainfo.xml; do
    [ -s "$work/root/$file" ] || fail "$file is missing"
done
grep -q "^Icon=$id\$" "$work/root/usr/share/applications/$id.desktop" ||
    fail "the desktop entry does not name the installed icon"
grep -q "^Exec=stageboard\$" "$work/root/usr/share/applications/$id.desktop" ||
    fail "the desktop entry does not start /usr/bin/stageboard"

depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6-sqlite libqt6sql6-psql \
    qt6-qpa-plugins libqt6svg6 qt6-translations-l10n; do
    echo "$depends" | grep -q "$package" || fail "Depends lacks $package: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = stageboard ] || fail "the package is not named stageboard"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/$id.desktop" ||
        fail "desktop-file-validate refused the desktop entry"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/$id.metainfo.xml" ||
        fail "appstreamcli refused the metainfo"
fi

# The manual pages read as man shows them: the CLI's lists every command with its own options.
for page in stageboard stageboard-cli; do
    file="$work/root/usr/share/man/man1/$page.1.gz"
    [ -s "$file" ] || fail "the manual page $page.1.gz is missing"
    MANWIDTH=100 man -l -P cat "$file" >"$work/$page.txt" 2>"$work/$page.err" ||
        fail "man cannot show $page.1.gz: $(cat "$work/$page.err")"
done
for text in "SYNOPSIS" "COMMANDS" "--stage-map" "--override" "Usage: stageboard-cli move"; do
    grep -q -- "$text" "$work/stageboard-cli.txt" || fail "man stageboard-cli does not show \"$text\""
done
grep -q -- "--database" "$work/stageboard.txt" || fail "man stageboard does not show --database"

# What Debian asks of every package: a machine-readable copyright file, a changelog of this
# version, a known section; lintian finds nothing to warn of.
doc="$work/root/usr/share/doc/stageboard"
head -n 1 "$doc/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    fail "the copyright file is not in the machine-readable format"
zcat "$doc/changelog.gz" | head -n 1 | grep -q "^stageboard ($(dpkg-deb -f "$deb" Version))" ||
    fail "the changelog does not start with this version: $(zcat "$doc/changelog.gz" | head -n 1)"
command -v lintian >/dev/null || fail "lintian is not installed (scripts/install-deps.sh brings it)"
lintian --allow-root --fail-on error,warning "$deb" || fail "lintian reports errors or warnings"

# The packaged command-line tool runs, and is this version.
version=$("$work/root/usr/bin/stageboard-cli" --version)
echo "$version" | grep -q "$(dpkg-deb -f "$deb" Version)" ||
    fail "stageboard-cli --version says \"$version\", the package $(dpkg-deb -f "$deb" Version)"
echo "ok: $(basename "$deb") holds both programs, desktop entry, icon and metainfo"
