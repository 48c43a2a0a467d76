// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databasecopy.h"

#include "storage/sqlstorage.h"
#include "storage/sqlutil.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringBuilder>

namespace Stageboard {

namespace {

// Every table, parents before the rows that point at them. The names are ours, never a
// person's; they are the only text put into these statements.
const char *const tables[] = {
    "meta",          "users",           "accounts",
    "pipelines",     "stages",          "stage_activities",
    "exit_criteria", "close_reasons",   "opportunities",
    "stage_history", "activity_checks", "criterion_checks",
    "quotas",        "exchange_rates",  "forecast_snapshots",
};

// Rows per INSERT: one round trip to a server for many rows.
constexpr int rowsPerStatement = 100;

/// " FROM table", and for meta only the rows a copy moves: each database keeps its own version.
QString copiedRows(const QString &table)
{
    return QStringLiteral(" FROM ") % table %
           (table == QLatin1String("meta") ? QStringLiteral(" WHERE key <> 'schema_version'")
                                           : QString());
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (auto ok = exec(q, QStringLiteral("SELECT COUNT(*) FROM ") % table); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(QStringLiteral("COUNT(*) returned no row"));
    return q.value(0).toLongLong();
}

} // namespace

Result<QList<CopiedTable>> DatabaseCopy::run(SqlStorage &from, SqlStorage &to,
                                             const Progress &progress)
{
    const QSqlDatabase source = QSqlDatabase::database(from.connectionName(), false);
    const QSqlDatabase target = QSqlDatabase::database(to.connectionName(), false);
    auto deals = to.opportunityStore().opportunityCount();
    if (!deals)
        return std::unexpected(deals.error());
    if (*deals > 0) {
        return fail(tr("%1 already holds %2 opportunities; copy into a new, empty database.")
                        .arg(to.location())
                        .arg(*deals));
    }
    const auto failed = [](const QString &what, const Error &error) {
        return fail(QStringLiteral("%1: %2").arg(what, error.message), error.kind);
    };

    Transaction transaction(target);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    // Out with the new database's default process (children first); its schema version stays.
    for (auto it = std::rbegin(tables); it != std::rend(tables); ++it) {
        const QString table = QString::fromLatin1(*it);
        QSqlQuery q(target);
        if (auto ok = exec(q, QStringLiteral("DELETE") % copiedRows(table)); !ok) {
            return failed(tr("Cannot empty %1 in %2").arg(table, to.location()), ok.error());
        }
    }

    QList<CopiedTable> copied;
    QStringList numbered; // the tables whose rows have an id of their own
    for (const char *name : tables) {
        const QString table = QString::fromLatin1(name);
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (auto ok = exec(read, QStringLiteral("SELECT *") % copiedRows(table)); !ok) {
            return failed(tr("Cannot read %1 from %2").arg(table, from.location()), ok.error());
        }
        const QSqlRecord columns = read.record();
        if (columns.contains(QStringLiteral("id")))
            numbered.append(table);
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names.append(
                target.driver()->escapeIdentifier(columns.fieldName(i), QSqlDriver::FieldName));
        const QString row = QLatin1Char('(') %
                            QStringList(columns.count(), QStringLiteral("?")).join(u',') %
                            QLatin1Char(')');
        const QString insert = QStringLiteral("INSERT INTO ") % table % QStringLiteral(" (") %
                               names.join(QStringLiteral(", ")) % QStringLiteral(") VALUES ");
        QSqlQuery full(target);
        full.prepare(insert % QStringList(rowsPerStatement, row).join(QStringLiteral(", ")));
        QVariantList waiting;
        qint64 rows = 0;
        const auto write = [&](bool all) -> Result<void> {
            const qsizetype n = waiting.size() / columns.count();
            if (n == 0 || (!all && n < rowsPerStatement))
                return {};
            QSqlQuery partial(target);
            QSqlQuery &q = n == rowsPerStatement ? full : partial;
            if (n != rowsPerStatement)
                q.prepare(insert % QStringList(n, row).join(QStringLiteral(", ")));
            for (const QVariant &value : std::as_const(waiting))
                q.addBindValue(value);
            waiting.clear();
            return exec(q);
        };
        while (read.next()) {
            for (int i = 0; i < columns.count(); ++i)
                waiting.append(read.value(i));
            ++rows;
            if (auto ok = write(false); !ok)
                return failed(tr("Cannot copy %1 into %2").arg(table, to.location()), ok.error());
            if (progress && rows % 10000 == 0 && !progress(table, rows))
                return fail(tr("The copy was stopped; %1 was not changed.").arg(to.location()));
        }
        if (auto ok = write(true); !ok)
            return failed(tr("Cannot copy %1 into %2").arg(table, to.location()), ok.error());
        if (progress && !progress(table, rows))
            return fail(tr("The copy was stopped; %1 was not changed.").arg(to.location()));
        copied.append({table, rows});
    }

    // New rows on the server must not reuse the ids just copied.
    if (to.engine() == Schema::Engine::Postgres) {
        for (const QString &table : std::as_const(numbered)) {
            QSqlQuery q(target);
            q.prepare(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"));
            q.addBindValue(table);
            if (auto ok = exec(q); !ok)
                return failed(tr("Cannot find the ids of %1").arg(table), ok.error());
            if (!q.next() || q.value(0).isNull())
                continue;
            const QString sequence = q.value(0).toString();
            QSqlQuery set(target);
            set.prepare(QStringLiteral("SELECT setval(?, COALESCE((SELECT MAX(id) FROM ") % table %
                        QStringLiteral("), 0) + 1, false)"));
            set.addBindValue(sequence);
            if (auto ok = exec(set); !ok)
                return failed(tr("Cannot set the next id of %1").arg(table), ok.error());
        }
    }

    // Both sides counted again: the copy is only kept when every table agrees.
    for (CopiedTable &t : copied) {
        auto there = countRows(target, t.table);
        auto here = countRows(source, t.table);
        if (!there || !here)
            return std::unexpected(!there ? there.error() : here.error());
        // meta's schema version was kept, not copied
        const qint64 kept = t.table == QLatin1String("meta") ? 1 : 0;
        if (*there - kept != t.rows || *here - kept != t.rows) {
            return fail(tr("The copy of %1 does not match: %2 rows in %3, %4 in %5. Nothing was "
                           "copied.")
                            .arg(t.table)
                            .arg(*here - kept)
                            .arg(from.location())
                            .arg(*there - kept)
                            .arg(to.location()));
        }
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return copied;
}

} // namespace Stageboard
