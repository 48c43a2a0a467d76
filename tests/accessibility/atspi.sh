#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Stageboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the app on a demo database in a virtual X server with a session bus and the
# accessibility bus, as a desktop with a screen reader has them, and lets check_atspi.py walk
# what the screen reader reads. Everything started here is stopped by its PID on the way out.
# Usage: atspi.sh APP CLI
set -eu
app=$1
cli=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pids=""
cleanup() {
    for pid in $pids; do kill "$pid" 2>/dev/null || true; done
    for pid in $pids; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# A display of its own: Xvfb writes the number it took.
# On a loaded machine (the suite runs in parallel) it can take several seconds.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
pids="$pids $xvfb"
for _ in $(seq 300); do
    [ -s "$work/display" ] && break
    kill -0 "$xvfb" 2>/dev/null || break
    sleep 0.1
done
[ -s "$work/display" ] || { echo "Xvfb did not start; its output:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(cat "$work/display")"

# Settings, runtime files and the session bus of this run alone.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(dbus-launch --sh-syntax)"
pids="$pids $DBUS_SESSION_BUS_PID"
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
pids="$pids $!"

export LANG=en_US.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
unset QT_ACCESSIBILITY_DISABLED 2>/dev/null || true
"$cli" demo --database "$work/demo.sqlite" >/dev/null
"$app" --database "$work/demo.sqlite" >"$work/app.log" 2>&1 &
pids="$pids $!"

status=0
/usr/bin/python3 "$here/check_atspi.py" "$work/demo.sqlite" || status=$?
[ "$status" -eq 0 ] || { echo "--- the app's output:"; cat "$work/app.log"; }
exit "$status"
