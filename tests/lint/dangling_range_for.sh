#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Stageboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
# A range-for over "*f()" where f returns Result<QList<...>> iterates a list owned by a
# temporary that is destroyed before the loop body runs: a use after free that crashes only
# sometimes. Bind the list to a local first.
cd "$1" || exit 2
if grep -rnE 'for \(.*: \*[A-Za-z_(*][A-Za-z0-9_.>()*-]*\(' model ui app tests; then
    echo "range-for over the value of a temporary Result: bind it to a local first" >&2
    exit 1
fi
echo "no range-for over a temporary Result"
