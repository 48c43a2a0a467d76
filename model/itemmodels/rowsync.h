// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Stageboard {

/// Brings a list model's rows to wanted one row at a time, so that views keep their selection
/// and scroll position: rows no longer wanted leave (from the end, so the rows before keep
/// their places), then row by row into the wanted order a row in its place is updated when it
/// differs, one further down is taken out first, a new one inserted. removeAt(i), insertAt(i,
/// row) and update(i, row) each change rows between the model's begin and end calls.
template<typename Row, typename Same, typename Equal, typename RemoveAt, typename InsertAt,
         typename Update>
void syncRows(const QList<Row> &rows, const QList<Row> &wanted, Same same, Equal equal,
              RemoveAt removeAt, InsertAt insertAt, Update update)
{
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(),
                                      [&](const Row &w) { return same(w, rows[i]); });
        if (!kept)
            removeAt(i);
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (i < rows.size() && same(rows[i], wanted[i])) {
            if (!equal(rows[i], wanted[i]))
                update(i, wanted[i]);
            continue;
        }
        for (qsizetype j = i + 1; j < rows.size(); ++j) {
            if (same(rows[j], wanted[i])) {
                removeAt(j);
                break;
            }
        }
        insertAt(i, wanted[i]);
    }
}

} // namespace Stageboard
