#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Stageboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Stageboard needs to build, run and test on Debian 12. Does nothing for packages
# already present, so it is cheap to run before every build.
set -euo pipefail
packages=(
    g++ cmake ninja-build
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libsqlite3-dev
    postgresql dpkg-dev python3 sqlite3 qtkeychain-qt6-dev appstream desktop-file-utils
    qt6-translations-l10n reuse lintian help2man
    xvfb dbus-x11 at-spi2-core python3-pyatspi
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
((${#missing[@]})) || exit 0
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
