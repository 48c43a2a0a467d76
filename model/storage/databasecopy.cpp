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
    "meta",
    "users",
    "team_roles",
    "team_role_members",
    "territories",
    "accounts",
    "territory_rules",
    "pipelines",
    "stages",
    "stage_activities",
    "exit_criteria",
    "stage_owner_teams",
    "close_reasons",
    "buying_roles",
    "contacts",
    "opportunities",
    "stage_history",
    "activity_checks",
    "criterion_checks",
    "signoff_decisions",
    "competitors",
    "deal_competitors",
    "deal_closes",
    "coaching_notes",
    "engagements",
    "stakeholders",
    "debriefs",
    "objections",
    "quotas",
    "exchange_rates",
    "forecast_snapshots",
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

namespace {

std::unexpected<Error> failed(const QString &what, const Error &error)
{
    return fail(QStringLiteral("%1: %2").arg(what, error.message), error.kind);
}

/// One copy from a database into another, a step a function; its messages are DatabaseCopy's.
class CopyRun
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::DatabaseCopy)

public:
    CopyRun(SqlStorage &from, SqlStorage &to, const DatabaseCopy::Progress &progress)
        : m_from(from)
        , m_to(to)
        , m_source(QSqlDatabase::database(from.connectionName(), false))
        , m_target(QSqlDatabase::database(to.connectionName(), false))
        , m_progress(progress)
    {}

    QSqlDatabase target() const { return m_target; }

    /// Refused when the target holds deals: a copy goes into a new, empty database.
    Result<void> checkTargetIsNew()
    {
        auto deals = m_to.opportunityStore().opportunityCount();
        if (!deals)
            return std::unexpected(deals.error());
        if (*deals > 0) {
            return fail(tr("%1 already holds %2 opportunities; copy into a new, empty database.")
                            .arg(m_to.location())
                            .arg(*deals));
        }
        return {};
    }

    /// Out with the new database's default process (children first); its schema version stays.
    Result<void> emptyTarget()
    {
        for (auto it = std::rbegin(tables); it != std::rend(tables); ++it) {
            const QString table = QString::fromLatin1(*it);
            QSqlQuery q(m_target);
            if (auto ok = exec(q, QStringLiteral("DELETE") % copiedRows(table)); !ok)
                return failed(tr("Cannot empty %1 in %2").arg(table, m_to.location()), ok.error());
        }
        return {};
    }

    /// Every row of one table, many to a statement.
    Result<CopiedTable> copyTable(const QString &table)
    {
        QSqlQuery read(m_source);
        read.setForwardOnly(true);
        if (auto ok = exec(read, QStringLiteral("SELECT *") % copiedRows(table)); !ok)
            return failed(tr("Cannot read %1 from %2").arg(table, m_from.location()), ok.error());
        const QSqlRecord columns = read.record();
        if (columns.contains(QStringLiteral("id")))
            m_numbered.append(table);
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names.append(
                m_target.driver()->escapeIdentifier(columns.fieldName(i), QSqlDriver::FieldName));
        const QString row = QLatin1Char('(') %
                            QStringList(columns.count(), QStringLiteral("?")).join(u',') %
                            QLatin1Char(')');
        const QString insert = QStringLiteral("INSERT INTO ") % table % QStringLiteral(" (") %
                               names.join(QStringLiteral(", ")) % QStringLiteral(") VALUES ");
        QSqlQuery full(m_target);
        full.prepare(insert % QStringList(rowsPerStatement, row).join(QStringLiteral(", ")));
        QVariantList waiting;
        const auto write = [&](bool all) -> Result<void> {
            const qsizetype n = waiting.size() / columns.count();
            if (n == 0 || (!all && n < rowsPerStatement))
                return {};
            QSqlQuery partial(m_target);
            QSqlQuery &q = n == rowsPerStatement ? full : partial;
            if (n != rowsPerStatement)
                q.prepare(insert % QStringList(n, row).join(QStringLiteral(", ")));
            for (const QVariant &value : std::as_const(waiting))
                q.addBindValue(value);
            waiting.clear();
            return exec(q);
        };
        qint64 rows = 0;
        const QString cannot = tr("Cannot copy %1 into %2").arg(table, m_to.location());
        const QString stopped =
            tr("The copy was stopped; %1 was not changed.").arg(m_to.location());
        while (read.next()) {
            for (int i = 0; i < columns.count(); ++i)
                waiting.append(read.value(i));
            ++rows;
            if (auto ok = write(false); !ok)
                return failed(cannot, ok.error());
            if (m_progress && rows % 10000 == 0 && !m_progress(table, rows))
                return fail(stopped);
        }
        if (auto ok = write(true); !ok)
            return failed(cannot, ok.error());
        if (m_progress && !m_progress(table, rows))
            return fail(stopped);
        return CopiedTable{table, rows};
    }

    /// A deal's stakeholder counts as the copied stakeholders give them: the counting
    /// triggers added each copied row to counts that were copied already.
    Result<void> recountStakeholders()
    {
        QSqlQuery q(m_target);
        // On a server group_concat is string_agg.
        QString counts = Schema::stakeholderCounts();
        if (m_to.engine() == Schema::Engine::Postgres)
            counts.replace(QStringLiteral("group_concat(key, ',')"),
                           QStringLiteral("string_agg(key, ',')"));
        if (auto ok = exec(q, QStringLiteral("UPDATE opportunities SET ") % counts %
                                  QStringLiteral(" WHERE stakeholders <> 0 OR EXISTS (SELECT 1 "
                                                 "FROM stakeholders x WHERE x.opportunity_id = "
                                                 "opportunities.id)"));
            !ok)
            return failed(tr("Cannot count the stakeholders in %1").arg(m_to.location()),
                          ok.error());
        return {};
    }

    /// New rows on the server must not reuse the ids just copied.
    Result<void> moveSequencesOn()
    {
        if (m_to.engine() != Schema::Engine::Postgres)
            return {};
        for (const QString &table : std::as_const(m_numbered)) {
            QSqlQuery q(m_target);
            q.prepare(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"));
            q.addBindValue(table);
            if (auto ok = exec(q); !ok)
                return failed(tr("Cannot find the ids of %1").arg(table), ok.error());
            if (!q.next() || q.value(0).isNull())
                continue;
            const QString sequence = q.value(0).toString();
            QSqlQuery set(m_target);
            // The table's name is ours (the list above), never a person's.
            set.prepare(QStringLiteral("SELECT setval(?, COALESCE((SELECT MAX(id) FROM ") % table %
                        QStringLiteral("), 0) + 1, false)"));
            set.addBindValue(sequence);
            if (auto ok = exec(set); !ok)
                return failed(tr("Cannot set the next id of %1").arg(table), ok.error());
        }
        return {};
    }

    /// Both sides counted again: the copy is only kept when every table agrees.
    Result<void> verify(const QList<CopiedTable> &copied)
    {
        for (const CopiedTable &t : copied) {
            auto there = countRows(m_target, t.table);
            auto here = countRows(m_source, t.table);
            if (!there || !here)
                return std::unexpected(!there ? there.error() : here.error());
            // meta's schema version was kept, not copied
            const qint64 kept = t.table == QLatin1String("meta") ? 1 : 0;
            if (*there - kept != t.rows || *here - kept != t.rows) {
                return fail(tr("The copy of %1 does not match: %2 rows in %3, %4 in %5. Nothing "
                               "was copied.")
                                .arg(t.table)
                                .arg(*here - kept)
                                .arg(m_from.location())
                                .arg(*there - kept)
                                .arg(m_to.location()));
            }
        }
        return {};
    }

private:
    SqlStorage &m_from;
    SqlStorage &m_to;
    QSqlDatabase m_source;
    QSqlDatabase m_target;
    const DatabaseCopy::Progress &m_progress;
    QStringList m_numbered; ///< the tables whose rows have an id of their own
};

} // namespace

Result<QList<CopiedTable>> DatabaseCopy::run(SqlStorage &from, SqlStorage &to,
                                             const Progress &progress)
{
    CopyRun copy(from, to, progress);
    if (auto ok = copy.checkTargetIsNew(); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(copy.target());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = copy.emptyTarget(); !ok)
        return std::unexpected(ok.error());
    QList<CopiedTable> copied;
    for (const char *name : tables) {
        auto table = copy.copyTable(QString::fromLatin1(name));
        if (!table)
            return std::unexpected(table.error());
        copied.append(*table);
    }
    if (auto ok = copy.recountStakeholders(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = copy.moveSequencesOn(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = copy.verify(copied); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return copied;
}

} // namespace Stageboard
