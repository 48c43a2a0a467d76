// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Stageboard {

/// Where a database lives: a SQLite file, or a database on a PostgreSQL server, written as
/// postgresql://user[:password]@host[:port]/database[?sslmode=MODE].
struct DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::DatabaseLocation)

public:
    enum class Kind { SqliteFile, Postgres };

    Kind kind = Kind::SqliteFile;
    QString path; ///< the SQLite file
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< never written out by toString()
    QString sslMode = QStringLiteral("prefer");

    /// A postgresql:// (or postgres://) address, or else a file path. A malformed address is
    /// refused with what is wrong in it.
    static Result<DatabaseLocation> parse(const QString &text);
    static DatabaseLocation sqliteFile(const QString &path);

    bool isPostgres() const { return kind == Kind::Postgres; }
    /// The path, or the address without its password: safe to show, log and remember.
    QString toString() const;
};

} // namespace Stageboard
