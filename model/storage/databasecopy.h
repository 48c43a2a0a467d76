// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace Stageboard {

class SqlStorage;

/// One table's rows as counted in both databases after a copy.
struct CopiedTable
{
    QString table;
    qint64 rows = 0;
};

/// Copies every row of every table from one database into another (a file onto a new shared
/// server, typically), ids and all, in one transaction on the destination, and then counts the
/// rows on both sides: any difference fails the copy and leaves the destination as it was.
/// The destination must hold no deals: the default process a new database starts with is
/// replaced by the source's. progress gets the table being copied and may return false to stop.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::DatabaseCopy)

public:
    using Progress = std::function<bool(const QString &table, qint64 rowsSoFar)>;

    static Result<QList<CopiedTable>> run(SqlStorage &from, SqlStorage &to,
                                          const Progress &progress = {});
};

} // namespace Stageboard
