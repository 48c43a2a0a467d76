#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Stageboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads stageboard-cli's exports back with Python's csv module, as a spreadsheet user's script
# would: every row, every column, numbers and dates in the documented plain forms.
set -eu
cli="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$cli" demo --database "$dir/d.sqlite" --deals 120 --seed 4 >/dev/null
"$cli" export opportunities --database "$dir/d.sqlite" --output "$dir/o.csv" --bom >/dev/null
"$cli" export history --database "$dir/d.sqlite" --delimiter tab >"$dir/h.tsv"
python3 - "$dir" <<'PY'
import csv, datetime, sys
d = sys.argv[1]
with open(d + "/o.csv", newline="", encoding="utf-8-sig") as f:
    rows = list(csv.DictReader(f))
assert len(rows) == 120, len(rows)
for r in rows:
    assert len(r) == 19 and None not in r, r
    float(r["amount"]); float(r["weighted_amount"]); int(r["probability"]); int(r["days_in_stage"])
    assert "," not in r["amount"], r["amount"]
    datetime.date.fromisoformat(r["close_date"])
    datetime.datetime.fromisoformat(r["created"].replace("Z", "+00:00"))
    assert r["outcome"] in ("open", "won", "lost", "disqualified"), r["outcome"]
with open(d + "/h.tsv", newline="", encoding="utf-8") as f:
    history = list(csv.DictReader(f, delimiter="\t"))
assert len(history) > len(rows), len(history)
assert {h["kind"] for h in history} <= {"created", "moved", "imported"}
print("python's csv module read", len(rows), "opportunities and", len(history), "ledger rows")
PY
