#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Stageboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the manual pages of both programs from their own --help, so that they never disagree
# with it: stageboard.1.gz, and stageboard-cli.1.gz with a COMMANDS section holding every
# command's own help.
# Usage: manpages.sh OUTDIR STAGEBOARD STAGEBOARD_CLI
set -eu
out=$1
app=$2
cli=$3
mkdir -p "$out"
# The window is never shown; the help is all that is asked of it. English, whatever the builder's.
export QT_QPA_PLATFORM=offscreen LANGUAGE=en LC_ALL=C.UTF-8

# help2man reads an include file of "[SECTION]" headings followed by roff.
include="$out/stageboard-cli.h2m"
{
    echo "[COMMANDS]"
    # A command's line starts with two spaces and its name; a long summary goes on, further
    # indented, on the next line, which is no command.
    "$cli" --help | sed -n '/^Commands:/,/^$/p' | grep '^  [a-z]' | while read -r name summary; do
        echo ".SS $name"
        echo ".nf"
        # Each command's own help, as it prints it; roff takes a leading dot or quote, and a
        # backslash, as its own.
        "$cli" "$name" --help | sed 's/\\/\\e/g; s/^\([.'"'"']\)/\\\&\1/'
        echo ".fi"
    done
} >"$include"

help2man --no-info --section=1 --name="sales stages as a kanban board, with gates and forecasts" \
    --output="$out/stageboard.1" "$app"
help2man --no-info --section=1 --name="work with Stageboard databases without a display" \
    --include="$include" --output="$out/stageboard-cli.1" "$cli"
gzip -9nf "$out/stageboard.1" "$out/stageboard-cli.1"
