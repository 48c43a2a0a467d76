// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlbulkwriter.h"

#include "storage/sqlrows.h"
#include "storage/sqlutil.h"

#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringBuilder>
#include <sqlite3.h>

namespace Stageboard {

namespace {

/// A prepared insert through Qt's SQL module: any engine.
/// Rows written together in one INSERT by the bulk writers: one statement (and, on a server,
/// one round trip) for many rows.
constexpr int rowsPerStatement = 64;

/// "INSERT INTO t (a, b) VALUES (?, ?)" with its VALUES row repeated rowsPerStatement times.
QString manyRows(const QString &sql)
{
    const QString values = QStringLiteral("VALUES ");
    const qsizetype at = sql.lastIndexOf(values) + values.size();
    const QString row = sql.mid(at);
    QStringList rows;
    for (int i = 0; i < rowsPerStatement; ++i)
        rows.append(row);
    return sql.left(at) + rows.join(QStringLiteral(", "));
}

class QtStatement
{
public:
    QtStatement(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        prepareInsert(m_query, sql);
    }
    Bind binder() { return Stageboard::binder(m_query); }
    Result<qint64> insert() { return insertReturningId(m_query); }
    Result<void> run() { return exec(m_query); }
    Result<void> finish() { return {}; }

private:
    QSqlQuery m_query;
};

/// A prepared insert straight on SQLite's C API, for bulk writes: Qt binds each value by a
/// generated placeholder name, which costs more than SQLite's insert itself. Used only on
/// the connection Qt opened, whose driver links the same system libsqlite3.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, QString sql)
        : m_db(db)
    {
        static const QString returning = QStringLiteral(" RETURNING id");
        if (sql.endsWith(returning))
            sql.chop(returning.size());
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                               &m_statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        }
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    Bind binder()
    {
        m_index = 0;
        return [this](const QVariant &value) { bind(++m_index, value); };
    }
    void bind(int index, const QVariant &value);
    Result<void> run()
    {
        if (!m_statement)
            return fail(m_error);
        const int rc = sqlite3_step(m_statement);
        const QString message =
            rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            return std::unexpected(databaseError(QString::number(rc), message));
        return {};
    }
    Result<qint64> insert()
    {
        if (auto ok = run(); !ok)
            return std::unexpected(ok.error());
        return qint64(sqlite3_last_insert_rowid(m_db));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    int m_index = 0;
};

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (!m_statement)
        return;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString text = value.toString();
        if (text.isEmpty()) { // most notes and reasons: no conversion, no copy
            sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC);
            break;
        }
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    default:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    }
}

/// Rows that need no id back, written many to a statement ("VALUES (…), (…), …"): one
/// statement, and on a server one round trip, for 64 rows instead of 64. finish() writes what is
/// left. Statement is SQLite's (SqliteStatement) or Qt's (QtStatement).
template<typename Statement> class RowBatch
{
public:
    template<typename Connection>
    RowBatch(Connection db, const QString &sql)
        : m_single(db, sql)
        , m_many(db, manyRows(sql))
    {}

    Bind binder()
    {
        return [this](const QVariant &value) { m_values.append(value); };
    }
    Result<void> run()
    {
        if (++m_rows < rowsPerStatement)
            return {};
        bindRow(m_many, m_values.constData(), m_values.size());
        m_values.clear();
        m_rows = 0;
        return m_many.run();
    }
    Result<void> finish()
    {
        const qsizetype width = m_rows > 0 ? m_values.size() / m_rows : 0;
        for (qsizetype row = 0; row < m_rows; ++row) {
            bindRow(m_single, m_values.constData() + row * width, width);
            if (auto ok = m_single.run(); !ok)
                return ok;
        }
        m_values.clear();
        m_rows = 0;
        return {};
    }

private:
    static void bindRow(Statement &statement, const QVariant *values, qsizetype count)
    {
        if constexpr (std::is_same_v<Statement, SqliteStatement>) {
            // Straight by position: millions of ticks go through here.
            for (qsizetype i = 0; i < count; ++i)
                statement.bind(int(i + 1), values[i]);
        } else {
            const Bind bind = statement.binder();
            for (qsizetype i = 0; i < count; ++i)
                bind(values[i]);
        }
    }

    Statement m_single;
    Statement m_many;
    QVariantList m_values;
    qsizetype m_rows = 0;
};

/// Writes rows for bulkInsert through prepared statements made once and reused.
/// "INSERT INTO t (a, b) VALUES (?, ?) RETURNING id" → "INSERT INTO t (id, a, b) VALUES (?, ?, ?)".
QString withId(QString sql)
{
    static const QString returning = QStringLiteral(" RETURNING id");
    if (sql.endsWith(returning))
        sql.chop(returning.size());
    sql.insert(sql.indexOf(QLatin1Char('(')) + 1, QStringLiteral("id, "));
    static const QString values = QStringLiteral("VALUES (");
    sql.insert(sql.indexOf(values) + values.size(), QStringLiteral("?, "));
    return sql;
}

qint64 largestId(sqlite3 *db, const char *table)
{
    const QByteArray sql = QByteArray("SELECT COALESCE(MAX(id), 0) FROM ") + table;
    sqlite3_stmt *statement = nullptr;
    qint64 id = 0;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        id = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return id;
}

template<typename Statement> class BulkWriter final : public BulkSink
{
    // The writer hands out ledger ids itself, so ledger rows can wait in batches like the
    // ticks: on SQLite counting on from the largest (bulkInsert holds the write lock), on a
    // server from blocks it reserves from the table's sequence (others may be writing too).
    // Deals are written at once: their rows then always exist before the rows that point at
    // them.
    static constexpr bool onSqlite = std::is_same_v<Statement, SqliteStatement>;

public:
    template<typename Connection>
    /// keepActivity: the trigger that keeps each account's last and next activity is off
    /// for the fill, and the writer works them out instead (finish() writes them).
    BulkWriter(Connection connection, QHash<QString, qint64> roles,
               QHash<QString, qint64> territories, bool keepActivity)
        : m_keepActivity(keepActivity)
        , m_roles(std::move(roles))
        , m_territories(std::move(territories))
        , m_user(connection, insertUserSql)
        , m_membership(connection, legacyMembershipSql)
        , m_account(connection, insertAccountSql)
        , m_territory(connection, insertTerritorySql)
        , m_opportunity(connection, insertOpportunitySql)
        , m_history(connection, withId(insertHistorySql))
        , m_activityCheck(connection, insertActivityCheckSql)
        , m_criterionCheck(connection, insertCriterionCheckSql)
        , m_contact(connection, insertContactSql)
        , m_engagement(connection, insertEngagementSql)
        , m_stakeholder(connection, insertStakeholderSql)
        , m_debrief(connection, insertDebriefSql)
        , m_objection(connection, insertObjectionSql)
        , m_competitor(connection, insertCompetitorSql)
        , m_dealCompetitor(connection, insertDealCompetitorSql)
        , m_dealClose(connection, insertDealCloseSql)
        , m_signOffDecision(connection, insertSignOffDecisionSql)
        , m_accountActivity(connection, accountActivitySql)
        , m_accountActivityOf(connection,
                              QStringLiteral("UPDATE accounts SET ") % Schema::accountActivity() %
                                  QStringLiteral(" WHERE id IN (SELECT account_id FROM "
                                                 "opportunities WHERE id = ? UNION SELECT "
                                                 "account_id FROM contacts WHERE id = ?)"))
    {
        if constexpr (onSqlite)
            m_lastHistoryId = largestId(connection, "stage_history");
        else
            m_server = connection;
    }

    Result<qint64> addUser(const User &user) override
    {
        const Bind bind = m_user.binder();
        bind(text(user.name));
        bind(userRoleKey(user.role));
        // No login is NULL, so that any number of users may have none.
        bind(user.login.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(user.login));
        bind(user.active ? 1 : 0);
        auto id = m_user.insert();
        if (!id || levelRoleName(user.role).isEmpty())
            return id;
        // A legal or finance user holds the company's role of that name, as the upgrade to
        // the company's own roles made them.
        if (auto ok = addTeamRoleMember(*id, levelRoleName(user.role)); !ok)
            return std::unexpected(ok.error());
        return id;
    }
    Result<void> addTeamRoleMember(qint64 userId, const QString &roleName) override
    {
        const Bind member = m_membership.binder();
        member(userId);
        member(roleName);
        return m_membership.run();
    }
    Result<qint64> addAccount(const Account &account) override
    {
        qint64 territoryId = account.territoryId;
        if (territoryId == 0 && !account.territory.trimmed().isEmpty()) {
            const QString key = account.territory.trimmed().toLower();
            if (auto known = m_territories.constFind(key); known != m_territories.constEnd()) {
                territoryId = *known;
            } else {
                auto made = addTerritory(Territory{0, account.territory.trimmed(), 0, 0});
                if (!made)
                    return made;
                territoryId = *made;
            }
        }
        const Bind bind = m_account.binder();
        bind(text(account.name));
        bind(text(account.industry));
        bind(nullableId(territoryId));
        bind(nullableId(account.ownerId));
        bind(text(tierKey(account.tier)));
        bind(account.potential);
        bind(text(account.country));
        bind(account.employees);
        return m_account.insert();
    }
    Result<qint64> addTerritory(const Territory &territory) override
    {
        const Bind bind = m_territory.binder();
        bind(text(territory.name.trimmed()));
        bind(nullableId(territory.parentId));
        bind(nullableId(territory.ownerId));
        auto id = m_territory.insert();
        if (id)
            m_territories.insert(territory.name.trimmed().toLower(), *id);
        return id;
    }
    Result<qint64> addOpportunity(const Opportunity &opportunity) override
    {
        bindOpportunity(m_opportunity.binder(), opportunity);
        auto id = m_opportunity.insert();
        if (id && m_keepActivity && opportunity.accountId != 0 && !opportunity.deleted)
            m_dealAccount.insert(*id, opportunity.accountId);
        return id;
    }
    Result<qint64> addStageChange(const StageChange &change) override
    {
        const auto id = nextHistoryId();
        if (!id)
            return id;
        const Bind bind = m_history.binder();
        bind(*id);
        bindHistory(bind, change);
        if (auto ok = m_history.run(); !ok)
            return std::unexpected(ok.error());
        return id;
    }
    Result<void> addActivityCheck(qint64 opportunityId, const Check &check) override
    {
        bindCheck(m_activityCheck.binder(), opportunityId, check, false);
        return m_activityCheck.run();
    }
    Result<void> addCriterionCheck(qint64 opportunityId, const Check &check) override
    {
        bindCheck(m_criterionCheck.binder(), opportunityId, check, true);
        return m_criterionCheck.run();
    }
    Result<void> addSignOffDecision(qint64 opportunityId, const Check &check) override
    {
        const Bind bind = m_signOffDecision.binder();
        bind(opportunityId);
        bind(check.itemId);
        bind(nullableId(check.userId));
        bind(check.at);
        bind(check.state == CriterionState::Failed ? QStringLiteral("rejected")
                                                   : QStringLiteral("approved"));
        bind(text(check.note));
        return m_signOffDecision.run();
    }
    Result<qint64> addContact(const Contact &contact) override
    {
        bindContact(m_contact.binder(), contact);
        auto id = m_contact.insert();
        if (id && m_keepActivity && contact.accountId != 0)
            m_contactAccount.insert(*id, contact.accountId);
        return id;
    }
    Result<qint64> addEngagement(const Engagement &engagement) override
    {
        bindEngagement(m_engagement.binder(), engagement);
        auto id = m_engagement.insert();
        if (id && m_keepActivity && !engagement.deleted)
            noteActivity(engagement);
        return id;
    }
    Result<void> addStakeholder(const Stakeholder &stakeholder) override
    {
        bindStakeholder(m_stakeholder.binder(), stakeholder);
        return m_stakeholder.run();
    }
    Result<void> addDebrief(const Debrief &debrief) override
    {
        bindDebrief(m_debrief.binder(), debrief);
        return m_debrief.run();
    }
    Result<void> addObjection(const Objection &objection) override
    {
        bindObjection(m_objection.binder(), objection);
        return m_objection.run();
    }
    Result<qint64> addCompetitor(const Competitor &competitor) override
    {
        const Bind bind = m_competitor.binder();
        bind(text(competitor.name));
        bind(text(competitor.description));
        return m_competitor.insert();
    }
    Result<void> addDealCompetitor(const DealCompetitor &entry) override
    {
        const Bind bind = m_dealCompetitor.binder();
        bind(entry.opportunityId);
        bind(entry.competitorId);
        bind(text(entry.strengths));
        bind(text(entry.weaknesses));
        return m_dealCompetitor.run();
    }
    Result<qint64> addDealClose(const DealClose &close) override
    {
        bindDealClose(m_dealClose.binder(), close);
        return m_dealClose.insert();
    }
    const QHash<QString, qint64> &buyingRoleIds() const override { return m_roles; }
    /// Writes the rows still waiting in a batch.
    Result<void> finish()
    {
        if (auto ok = m_history.finish(); !ok)
            return ok;
        if (auto ok = m_stakeholder.finish(); !ok)
            return ok;
        if (auto ok = m_debrief.finish(); !ok)
            return ok;
        if (auto ok = m_objection.finish(); !ok)
            return ok;
        if (auto ok = m_activityCheck.finish(); !ok)
            return ok;
        if (auto ok = m_criterionCheck.finish(); !ok)
            return ok;
        return writeAccountActivity();
    }

private:
    /// An activity's account(s) as the rows written give them; those of deals or people written
    /// before are worked out in SQL at the end.
    void noteActivity(const Engagement &e)
    {
        if (e.doneAt == 0 && e.dueAt == 0)
            return;
        const auto note = [&](qint64 account) {
            LastAndNext &seen = m_activityOf[account];
            if (e.doneAt != 0)
                seen.last = std::max(seen.last, e.doneAt);
            else if (seen.next == 0 || e.dueAt < seen.next)
                seen.next = e.dueAt;
        };
        if (e.opportunityId != 0) {
            if (auto a = m_dealAccount.constFind(e.opportunityId); a != m_dealAccount.cend())
                note(*a);
            else
                m_otherDeals.insert(e.opportunityId);
        }
        if (e.contactId != 0) {
            if (auto a = m_contactAccount.constFind(e.contactId); a != m_contactAccount.cend())
                note(*a);
            else
                m_otherContacts.insert(e.contactId);
        }
    }
    Result<void> writeAccountActivity()
    {
        for (auto it = m_activityOf.cbegin(); it != m_activityOf.cend(); ++it) {
            const Bind bind = m_accountActivity.binder();
            for (int i = 0; i < 3; ++i)
                bind(nullableTime(it->last));
            for (int i = 0; i < 3; ++i)
                bind(nullableTime(it->next));
            bind(it.key());
            if (auto ok = m_accountActivity.run(); !ok)
                return ok;
        }
        m_activityOf.clear();
        const auto others = [this](qint64 deal, qint64 contact) {
            const Bind bind = m_accountActivityOf.binder();
            bind(nullableId(deal));
            bind(nullableId(contact));
            return m_accountActivityOf.run();
        };
        for (qint64 deal : std::as_const(m_otherDeals)) {
            if (auto ok = others(deal, 0); !ok)
                return ok;
        }
        for (qint64 contact : std::as_const(m_otherContacts)) {
            if (auto ok = others(0, contact); !ok)
                return ok;
        }
        m_otherDeals.clear();
        m_otherContacts.clear();
        return {};
    }

    Result<qint64> nextHistoryId()
    {
        if constexpr (onSqlite) {
            return ++m_lastHistoryId;
        } else {
            if (m_reserved.isEmpty()) {
                QSqlQuery q(m_server);
                if (auto ok = exec(q, QStringLiteral("SELECT nextval(pg_get_serial_sequence("
                                                     "'stage_history', 'id')) FROM "
                                                     "generate_series(1, 256)"));
                    !ok) {
                    return std::unexpected(ok.error());
                }
                while (q.next())
                    m_reserved.append(q.value(0).toLongLong());
                std::reverse(m_reserved.begin(), m_reserved.end());
            }
            return m_reserved.takeLast();
        }
    }

    struct LastAndNext
    {
        qint64 last = 0;
        qint64 next = 0;
    };
    bool m_keepActivity = false;
    QHash<qint64, qint64> m_dealAccount;     ///< deals written (not deleted), to their account
    QHash<qint64, qint64> m_contactAccount;  ///< people written, to their account
    QHash<qint64, LastAndNext> m_activityOf; ///< by account
    QSet<qint64> m_otherDeals;
    QSet<qint64> m_otherContacts;
    QHash<QString, qint64> m_roles;
    QHash<QString, qint64> m_territories; ///< by name in lower case
    Statement m_user;
    Statement m_membership;
    Statement m_account;
    Statement m_territory;
    Statement m_opportunity;
    RowBatch<Statement> m_history;
    RowBatch<Statement> m_activityCheck;
    RowBatch<Statement> m_criterionCheck;
    Statement m_contact;
    Statement m_engagement;
    RowBatch<Statement> m_stakeholder;
    RowBatch<Statement> m_debrief;
    RowBatch<Statement> m_objection;
    Statement m_competitor;
    Statement m_dealCompetitor;
    Statement m_dealClose;
    Statement m_signOffDecision;
    Statement m_accountActivity;
    Statement m_accountActivityOf;
    qint64 m_lastHistoryId = 0;
    QSqlDatabase m_server;
    QList<qint64> m_reserved; ///< ledger ids taken from the server's sequence, next one last
};

/// The SQLite handle behind a Qt connection, when its driver exposes one.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

Result<void> SqlBulkWriter::bulkInsert(const std::function<Result<void>(BulkSink &)> &fill,
                                       BulkSize size)
{
    // A large transaction spills pages to the WAL when the default 2 MB cache fills; give it
    // room for the duration, then return to the default.
    QSqlQuery pragma(db());
    if (m_engine == Schema::Engine::Sqlite)
        exec(pragma, QStringLiteral("PRAGMA cache_size = -262144"));
    const auto restoreCache = qScopeGuard([&] {
        if (m_engine == Schema::Engine::Sqlite)
            exec(pragma, QStringLiteral("PRAGMA cache_size = -2000"));
    });
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    // Secondary indexes to build at the end, in the same transaction: a failure keeps them.
    QList<QPair<QString, QString>> deferred; // name, CREATE INDEX statement
    if (size == BulkSize::Most && m_engine == Schema::Engine::Sqlite) {
        QSqlQuery q(db());
        // And the trigger that keeps each account's last and next activity as activities are
        // added: all of them are worked out once at the end instead.
        if (auto ok = exec(q, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE (type = "
                                             "'index' AND sql IS NOT NULL) OR (type = 'trigger' "
                                             "AND name = 'engagements_account_inserted')"));
            !ok) {
            return failWith(tr("Cannot write the data"), ok.error());
        }
        while (q.next())
            deferred.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &[name, sql] : std::as_const(deferred)) {
            // The name comes from the database's own catalogue, never from a person.
            const QString kind = sql.startsWith(QLatin1String("CREATE TRIGGER"))
                                     ? QStringLiteral("TRIGGER")
                                     : QStringLiteral("INDEX");
            if (auto ok = exec(q, QStringLiteral("DROP %1 \"%2\"").arg(kind, name)); !ok)
                return failWith(tr("Cannot write the data"), ok.error());
        }
    }
    QHash<QString, qint64> roles;
    {
        QSqlQuery q(db());
        if (auto ok = exec(q, QStringLiteral("SELECT key, id FROM buying_roles")); !ok)
            return failWith(tr("Cannot write the data"), ok.error());
        while (q.next())
            roles.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QHash<QString, qint64> territories;
    {
        QSqlQuery q(db());
        if (auto ok = exec(q, QStringLiteral("SELECT name, id FROM territories ORDER BY id DESC"));
            !ok)
            return failWith(tr("Cannot write the data"), ok.error());
        while (q.next())
            territories.insert(q.value(0).toString().toLower(), q.value(1).toLongLong());
    }
    {
        sqlite3 *handle = m_engine == Schema::Engine::Sqlite ? sqliteHandle(db()) : nullptr;
        const auto written = handle ? [&] {
            // Hold the write lock from here, so the ids the writer hands out stay free.
            if (sqlite3_exec(handle, "UPDATE meta SET value = value WHERE key = 'schema_version'",
                             nullptr, nullptr, nullptr) != SQLITE_OK)
                return Result<void>(
                    std::unexpected(databaseError(QString::number(sqlite3_errcode(handle)),
                                                  QString::fromUtf8(sqlite3_errmsg(handle)))));
            BulkWriter<SqliteStatement> sink(handle, roles, territories, !deferred.isEmpty());
            auto ok = fill(sink);
            return ok ? sink.finish() : ok;
        }()
                                    : [&] {
                                          BulkWriter<QtStatement> sink(db(), roles, territories, false);
                                          auto ok = fill(sink);
                                          ok = ok ? sink.finish() : ok;
                                          // PostgreSQL cannot even free a statement in a
                                          // failed transaction: end it first.
                                          if (!ok)
                                              transaction.rollback();
                                          return ok;
                                      }();
        if (!written)
            return failWith(tr("Cannot write the data"), written.error());
    }
    for (const auto &[name, sql] : std::as_const(deferred)) {
        QSqlQuery q(db());
        if (auto ok = exec(q, sql); !ok)
            return failWith(tr("Cannot index the data"), ok.error());
    }
    return transaction.commit();
}

} // namespace Stageboard
