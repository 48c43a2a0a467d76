// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>
#include <optional>

class QSqlQuery;

namespace Stageboard {

/// Runs a prepared query; a failure carries the driver's text.
Result<void> exec(QSqlQuery &query);
/// Prepares and runs a statement without parameters (schema and pragmas only).
Result<void> exec(QSqlQuery &query, const QString &statement);

/// A failure in the database's own words, with what they mean for the user where they are not
/// enough: a full disk says so, and that nothing was saved (Error::Kind::DiskFull). code is
/// SQLite's (extended) result code or PostgreSQL's SQLSTATE, as QSqlError::nativeErrorCode()
/// gives them.
Error databaseError(const QString &code, const QString &text);

/// Why a connection failed, as one readable paragraph: the server's or library's lines joined
/// (libpq indents its hint on a line of its own), without the driver's "Unable to connect".
QString connectionProblem(const QSqlError &error);

/// A null QString binds as SQL NULL; text columns are NOT NULL and empty means "none".
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// An id of 0 means "none" and is stored as NULL.
QVariant nullableId(qint64 id);
/// A time of 0 (seconds since the epoch) means "not yet" and is stored as NULL.
QVariant nullableTime(qint64 at);
QVariant nullableInt(const std::optional<int> &value);
/// An invalid date is stored as NULL, a valid one as "YYYY-MM-DD".
QVariant isoDate(const QDate &date);

/// A name as a plain key: lower-case ASCII letters and digits, accents dropped ("é" gives "e"),
/// every other run of characters one underscore: "Solutions Architect" gives
/// "solutions_architect". Empty when nothing of the name is left.
QString asciiKey(const QString &name);

/// Lines kept in one text column ("one per line"), and back; empty lines are dropped.
QString joinLines(const QStringList &lines);
QStringList splitLines(const QString &text);
/// An activity type as stored: its key, or NULL for none.
QVariant engagementKindValue(const std::optional<EngagementKind> &kind);

/// "rep,legal": how a stage's owner roles are stored.
QString joinRoleKeys(const QList<UserRole> &roles);

/// Prepares an "INSERT … RETURNING id". SQLite gets it without RETURNING and hands back the
/// rowid it just wrote, which spares fetching a result row for every insert.
bool prepareInsert(QSqlQuery &query, const QString &insertReturningId);
/// Runs an insert prepared by prepareInsert and hands back the new row's id.
Result<qint64> insertReturningId(QSqlQuery &query);

/// Rolls back unless committed, so an early return never leaves half a change behind.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Result<void> begin();
    Result<void> commit();
    /// Ends it now, discarding what it wrote.
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

/// Runs write() — which returns a Result — in one transaction: committed when it succeeds,
/// rolled back when it fails, so that every store write is all or nothing.
template<typename Write>
auto inTransaction(const QSqlDatabase &db, Write &&write) -> decltype(write())
{
    Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    auto result = write();
    if (!result)
        return result;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace Stageboard
