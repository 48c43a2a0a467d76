#include "storage/sqlstorage.h"

#include "core/fieldrules.h"
#include "storage/sqlutil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <csignal>
#include <sqlite3.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Stageboard {

namespace {

const QString opportunityColumns = QStringLiteral(
    "o.id, o.title, o.account_id, o.contact, o.owner_id, o.amount, o.currency, o.close_date, "
    "o.stage_id, o.entered_stage_at, o.probability, o.next_step, o.close_reason, o.created_at, "
    "o.version, o.disqualified, o.activities_done, o.required_met, o.forecast_category, "
    "o.deleted_at");

Opportunity readOpportunity(const QSqlQuery &q)
{
    Opportunity o;
    o.id = q.value(0).toLongLong();
    o.title = q.value(1).toString();
    o.accountId = q.value(2).toLongLong();
    o.contact = q.value(3).toString();
    o.ownerId = q.value(4).toLongLong();
    o.amount = q.value(5).toLongLong();
    o.currency = q.value(6).toString();
    o.closeDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    o.stageId = q.value(8).toLongLong();
    o.enteredStageAt = q.value(9).toLongLong();
    if (const QVariant p = q.value(10); !p.isNull())
        o.probability = p.toInt();
    o.nextStep = q.value(11).toString();
    o.closeReason = q.value(12).toString();
    o.createdAt = q.value(13).toLongLong();
    o.version = q.value(14).toInt();
    o.disqualified = q.value(15).toBool();
    o.activitiesDone = q.value(16).toInt();
    o.requiredMet = q.value(17).toInt();
    o.forecastCategory = forecastCategoryFromKey(q.value(18).toString());
    o.deleted = !q.value(19).isNull();
    return o;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Row values are handed to a "bind" callable one at a time, in statement order, so that Qt's
// queries and the SQLite bulk writer below bind the very same values.
using Bind = std::function<void(const QVariant &)>;

Bind binder(QSqlQuery &q)
{
    return [&q](const QVariant &value) { q.addBindValue(value); };
}

// The fields an edit may change, in the order of the UPDATE and INSERT below.
void bindEditable(const Bind &bind, const Opportunity &o)
{
    bind(text(o.title));
    bind(nullableId(o.accountId));
    bind(text(o.contact));
    bind(nullableId(o.ownerId));
    bind(o.amount);
    bind(text(o.currency));
    bind(isoDate(o.closeDate));
    bind(nullableInt(o.probability));
    bind(text(o.nextStep));
    bind(text(o.closeReason));
    bind(o.forecastCategory ? QVariant(forecastCategoryKey(*o.forecastCategory))
                            : QVariant(QMetaType(QMetaType::QString)));
}

const QString insertOpportunitySql = QStringLiteral(
    "INSERT INTO opportunities (title, account_id, contact, owner_id, amount, currency, "
    "close_date, probability, next_step, close_reason, forecast_category, stage_id, "
    "entered_stage_at, created_at, updated_at, version, disqualified, activities_done, "
    "required_met) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");

const QString insertHistorySql = QStringLiteral(
    "INSERT INTO stage_history (opportunity_id, from_stage_id, to_stage_id, user_id, at, "
    "close_reason, kind, amount, probability, close_date, override_reason, unmet_criteria, "
    "disqualified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");

void bindOpportunity(const Bind &bind, const Opportunity &o)
{
    bindEditable(bind, o);
    bind(o.stageId);
    bind(o.enteredStageAt);
    bind(o.createdAt);
    bind(o.createdAt);
    bind(o.version);
    bind(o.disqualified ? 1 : 0);
    bind(o.activitiesDone);
    bind(o.requiredMet);
}

Result<qint64> insertOpportunity(QSqlQuery &q, const Opportunity &o)
{
    bindOpportunity(binder(q), o);
    return insertReturningId(q);
}

void bindHistory(const Bind &bind, const StageChange &c)
{
    bind(c.opportunityId);
    bind(c.fromStageId ? QVariant(*c.fromStageId) : QVariant(QMetaType(QMetaType::LongLong)));
    bind(c.toStageId);
    bind(nullableId(c.userId));
    bind(c.at);
    bind(text(c.closeReason));
    bind(changeKindKey(c.kind));
    bind(c.amount);
    bind(c.probability);
    bind(isoDate(c.closeDate));
    bind(text(c.overrideReason));
    bind(text(c.unmetCriteria.join(QLatin1Char('\n'))));
    bind(c.disqualified ? 1 : 0);
}

Result<qint64> insertHistory(QSqlQuery &q, const StageChange &c)
{
    bindHistory(binder(q), c);
    return insertReturningId(q);
}

const QString insertActivityCheckSql =
    QStringLiteral("INSERT INTO activity_checks (opportunity_id, activity_id, user_id, at, note) "
                   "VALUES (?, ?, ?, ?, ?)");
const QString insertCriterionCheckSql = QStringLiteral(
    "INSERT INTO criterion_checks (opportunity_id, criterion_id, user_id, at, note, state) "
    "VALUES (?, ?, ?, ?, ?, ?)");

void bindCheck(const Bind &bind, qint64 opportunityId, const Check &check, bool withState)
{
    bind(opportunityId);
    bind(check.itemId);
    bind(nullableId(check.userId));
    bind(check.at);
    bind(text(check.note));
    if (withState)
        bind(check.state == CriterionState::Failed ? QStringLiteral("failed")
                                                   : QStringLiteral("met"));
}

const QString insertUserSql =
    QStringLiteral("INSERT INTO users (name, role, login) VALUES (?, ?, ?) RETURNING id");
const QString insertAccountSql = QStringLiteral(
    "INSERT INTO accounts (name, industry, territory, owner_id) VALUES (?, ?, ?, ?) RETURNING id");

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
    explicit BulkWriter(Connection connection)
        : m_user(connection, insertUserSql)
        , m_account(connection, insertAccountSql)
        , m_opportunity(connection, insertOpportunitySql)
        , m_history(connection, withId(insertHistorySql))
        , m_activityCheck(connection, insertActivityCheckSql)
        , m_criterionCheck(connection, insertCriterionCheckSql)
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
        return m_user.insert();
    }
    Result<qint64> addAccount(const Account &account) override
    {
        const Bind bind = m_account.binder();
        bind(text(account.name));
        bind(text(account.industry));
        bind(text(account.territory));
        bind(nullableId(account.ownerId));
        return m_account.insert();
    }
    Result<qint64> addOpportunity(const Opportunity &opportunity) override
    {
        bindOpportunity(m_opportunity.binder(), opportunity);
        return m_opportunity.insert();
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
    /// Writes the rows still waiting in a batch.
    Result<void> finish()
    {
        if (auto ok = m_history.finish(); !ok)
            return ok;
        if (auto ok = m_activityCheck.finish(); !ok)
            return ok;
        return m_criterionCheck.finish();
    }

private:
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

    Statement m_user;
    Statement m_account;
    Statement m_opportunity;
    RowBatch<Statement> m_history;
    RowBatch<Statement> m_activityCheck;
    RowBatch<Statement> m_criterionCheck;
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

SqlStorage::SqlStorage(QString connection, QString location, Schema::Engine engine)
    : m_connection(std::move(connection))
    , m_location(std::move(location))
    , m_engine(engine)
{}

SqlStorage::~SqlStorage()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase SqlStorage::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<void> SqlStorage::failWith(const QString &what, const Error &error) const
{
    return fail(tr("%1 (%2): %3").arg(what, m_location, error.message), error.kind, error.items);
}

namespace {

/// When an SQLite file is shorter than its header says (and no write-ahead log holds the
/// rest), its size and the size it should have.
std::optional<std::pair<qint64, qint64>> shortOfItsHeader(const QFileInfo &info)
{
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return std::nullopt;
    const auto number = [&](int at, int bytes) {
        quint32 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = value << 8 | quint8(header[at + i]);
        return value;
    };
    const qint64 pageSize = number(16, 2) == 1 ? 65536 : number(16, 2);
    const qint64 pages = number(28, 4);
    // The page count is only kept up to date when bytes 92..95 match the change counter.
    if (pages == 0 || number(92, 4) != number(24, 4))
        return std::nullopt;
    if (QFileInfo(info.absoluteFilePath() + QStringLiteral("-wal")).size() > 0)
        return std::nullopt; // the log may hold the pages; SQLite replays it
    if (info.size() >= pages * pageSize)
        return std::nullopt;
    return std::pair{info.size(), pages * pageSize};
}

} // namespace

Result<std::unique_ptr<SqlStorage>> SqlStorage::openSqlite(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("%1 is a folder, not a database file.").arg(path));
    if (!info.exists()) {
        const QDir parent = info.absoluteDir();
        if (!parent.exists() && !QDir().mkpath(parent.absolutePath())) {
            return fail(
                tr("Cannot create the folder %1 for the database.").arg(parent.absolutePath()));
        }
    } else if (!info.isWritable() || !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup |
                                                             QFile::WriteOther))) {
        // A file nobody may write is read-only to the administrator too: it was marked so.
        return fail(tr("%1 cannot be written to: it is read-only. Check its permissions, or "
                       "open a copy.")
                        .arg(path));
    } else if (const auto cut = shortOfItsHeader(info); cut) {
        return fail(tr("%1 is damaged: it is %2 bytes long, but its header says %3. It was "
                       "probably cut short by an interrupted copy or download. It has not been "
                       "changed; restore it from a backup.")
                        .arg(path)
                        .arg(cut->first)
                        .arg(cut->second));
    }
    // A write past a file-size limit (ulimit -f) must come back as an error to show, not end
    // the program with SIGXFSZ.
    static const bool quietLimit = std::signal(SIGXFSZ, SIG_IGN) != SIG_ERR;
    Q_UNUSED(quietLimit);

#ifdef __GLIBC__
    // glibc hands the top of the heap back to the OS as soon as 128 KiB of it is free; SQLite's
    // page cache frees and takes back far more than that all the time, and every round trip
    // costs a brk() and page faults. Generating 100k demo deals took 19 s instead of 12.
    static const bool tuned = mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024) == 1;
    Q_UNUSED(tuned);
#endif
    static std::atomic<int> counter = 0;
    const QString connection = QStringLiteral("stageboard-%1").arg(++counter);
    std::unique_ptr<SqlStorage> storage(
        new SqlStorage(connection, info.absoluteFilePath(), Schema::Engine::Sqlite));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!database.isValid())
            return fail(tr("The Qt SQLite driver (QSQLITE) is not installed."));
        database.setDatabaseName(info.absoluteFilePath());
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!database.open())
            return fail(tr("Cannot open %1: %2").arg(path, database.lastError().text()));
    }
    if (auto ok = storage->initialise(); !ok)
        return std::unexpected(ok.error());
    return storage;
}

Result<void> SqlStorage::prepareSqlite(QSqlQuery &query)
{
    // The first statement that reads the file tells a database from anything else.
    if (auto ok = exec(query, QStringLiteral("PRAGMA schema_version")); !ok) {
        if (ok.error().kind == Error::Kind::DiskFull)
            return fail(tr("Cannot open %1: %2").arg(m_location, ok.error().message));
        return fail(tr("%1 is not a Stageboard database, or it is damaged: %2")
                        .arg(m_location, ok.error().message));
    }
    // FULL: a commit is on the disk before the change is shown as saved, so a power cut after
    // a drag never loses it (NORMAL in WAL mode may lose the last commits; it costs one fsync,
    // about 0.4 ms, per change).
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (auto ok = exec(query, QString::fromLatin1(pragma)); !ok)
            return failWith(tr("Cannot prepare the database"), ok.error());
    }
    // Take the write lock once, so a locked or read-only file is reported now, not at the
    // first drag of a card.
    if (auto ok = exec(query, QStringLiteral("BEGIN IMMEDIATE")); !ok) {
        return fail(tr("%1 cannot be written: %2. Another program may be using it.")
                        .arg(m_location, ok.error().message));
    }
    exec(query, QStringLiteral("ROLLBACK"));
    return {};
}

Result<void> SqlStorage::backUp(int version)
{
    if (m_engine == Schema::Engine::Postgres) {
        // A copy of every table in a schema of its own, in one transaction: the server's
        // files are not ours to copy.
        const QString schema = QStringLiteral("stageboard_backup_v%1").arg(version);
        Transaction transaction(db());
        if (auto ok = transaction.begin(); !ok)
            return ok;
        QSqlQuery q(db());
        // The names are ours (a number) and the server's own catalogue, never a person's.
        if (auto ok = exec(q, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)); !ok)
            return failWith(tr("Cannot back up the database before upgrading it"), ok.error());
        if (auto ok = exec(q, QStringLiteral("CREATE SCHEMA %1").arg(schema)); !ok)
            return failWith(tr("Cannot back up the database before upgrading it"), ok.error());
        const QStringList tables = db().tables();
        for (const QString &table : tables) {
            if (table.contains(QLatin1Char('.')))
                continue; // another schema's
            if (auto ok = exec(q, QStringLiteral("CREATE TABLE %1.%2 AS TABLE public.%2")
                                      .arg(schema, db().driver()->escapeIdentifier(
                                                       table, QSqlDriver::TableName)));
                !ok) {
                return failWith(tr("Cannot back up the database before upgrading it"), ok.error());
            }
        }
        if (auto ok = transaction.commit(); !ok)
            return ok;
        m_backupPath = tr("schema %1 of %2").arg(schema, m_location);
        return {};
    }
    QSqlQuery query(db());
    m_backupPath = m_location + QStringLiteral(".v%1.bak").arg(version);
    exec(query, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // The pragma answers with a row; an unfinished statement would block the upgrade's commit.
    query.finish();
    QFile::remove(m_backupPath);
    if (!QFile::copy(m_location, m_backupPath)) {
        return fail(tr("Cannot write the backup %1 before upgrading %2; nothing was changed.")
                        .arg(m_backupPath, m_location));
    }
    return {};
}

Result<std::unique_ptr<SqlStorage>> SqlStorage::open(const DatabaseLocation &location)
{
    return location.isPostgres() ? openPostgres(location) : openSqlite(location.path);
}

Result<std::unique_ptr<SqlStorage>> SqlStorage::openPostgres(const DatabaseLocation &location)
{
    static std::atomic<int> counter = 0;
    const QString connection = QStringLiteral("stageboard-pg-%1").arg(++counter);
    std::unique_ptr<SqlStorage> storage(
        new SqlStorage(connection, location.toString(), Schema::Engine::Postgres));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!database.isValid()) {
            return fail(tr("The Qt PostgreSQL driver (QPSQL) is not installed; on Debian it is "
                           "in the package libqt6sql6-psql."));
        }
        database.setHostName(location.host);
        database.setPort(location.port);
        database.setDatabaseName(location.database);
        database.setUserName(location.user);
        database.setPassword(location.password);
        database.setConnectOptions(
            QStringLiteral("sslmode=%1;connect_timeout=5;application_name=Stageboard")
                .arg(location.sslMode));
        // SUM() of whole numbers is NUMERIC there: read it exactly, not through a double.
        database.setNumericalPrecisionPolicy(QSql::HighPrecision);
        if (!database.open()) {
            return fail(tr("Cannot connect to %1: %2")
                            .arg(location.toString(), database.lastError().text().trimmed()));
        }
    }
    if (auto ok = storage->initialise(); !ok)
        return std::unexpected(ok.error());
    return storage;
}

Result<void> SqlStorage::createPostgresDatabase(const DatabaseLocation &location)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]{0,62}$"));
    if (!plainName.match(location.database).hasMatch()) {
        return fail(tr("\"%1\" cannot be the name of a new database: use letters, digits, _ and "
                       "- (up to 63, starting with a letter).")
                        .arg(location.database));
    }
    const QString connection = QStringLiteral("stageboard-pg-admin");
    Result<void> result;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(location.host);
        admin.setPort(location.port);
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.setUserName(location.user);
        admin.setPassword(location.password);
        admin.setConnectOptions(
            QStringLiteral("sslmode=%1;connect_timeout=5").arg(location.sslMode));
        if (!admin.open()) {
            result = fail(tr("Cannot connect to the server of %1: %2")
                              .arg(location.toString(), admin.lastError().text().trimmed()));
        } else {
            // CREATE DATABASE takes no parameters; the name was checked above and is quoted.
            QSqlQuery q(admin);
            if (auto ok = exec(q, QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'")
                                      .arg(admin.driver()->escapeIdentifier(
                                          location.database, QSqlDriver::TableName)));
                !ok) {
                result = fail(tr("Cannot create the database %1: %2")
                                  .arg(location.database, ok.error().message));
            }
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

bool SqlStorage::ping() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

Result<void> SqlStorage::reconnect()
{
    QSqlDatabase database = db();
    database.close();
    if (!database.open()) {
        return fail(
            tr("Cannot connect to %1: %2").arg(m_location, database.lastError().text().trimmed()));
    }
    if (m_engine == Schema::Engine::Sqlite) {
        QSqlQuery query(database);
        return prepareSqlite(query);
    }
    return {};
}

Result<void> SqlStorage::initialise()
{
    QSqlDatabase database = db();
    QSqlQuery query(database);
    if (m_engine == Schema::Engine::Sqlite) {
        if (auto ok = prepareSqlite(query); !ok)
            return ok;
    }

    const auto version = Schema::storedVersion(database);
    if (!version) {
        return fail(
            tr("%1 is not a Stageboard database: %2").arg(m_location, version.error().message));
    }
    if (*version > Schema::currentVersion()) {
        return fail(tr("%1 was written by a newer version of Stageboard (database version %2; "
                       "this version reads up to %3). It has not been changed. Please update "
                       "Stageboard.")
                        .arg(m_location)
                        .arg(*version)
                        .arg(Schema::currentVersion()));
    }
    if (*version > 0 && *version < Schema::currentVersion()) {
        if (auto ok = backUp(*version); !ok)
            return ok;
    }
    if (*version == Schema::currentVersion())
        return {};
    Transaction transaction(database);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    if (m_engine == Schema::Engine::Postgres) {
        // Two people opening a new shared database at once: one creates it, the other waits
        // for that and finds it done.
        if (auto ok = exec(query, QStringLiteral("SELECT pg_advisory_xact_lock(2026112401)")); !ok)
            return failWith(tr("Cannot prepare the database"), ok.error());
        query.finish();
        const auto now = Schema::storedVersion(database);
        if (now && *now != *version)
            return transaction.commit();
    }
    if (auto ok = Schema::upgrade(database, m_engine, *version); !ok)
        return failWith(tr("Cannot upgrade the database"), ok.error());
    if (*version == 0) {
        if (auto ok = seedDefaultProcess(); !ok)
            return ok;
    } else if (*version < 2) {
        // Version 1 databases were all made with the English default process.
        if (auto ok = seedGuidance(ProcessDefinition::defaultProcess(QLocale::English)); !ok)
            return ok;
    }
    if (auto ok = transaction.commit(); !ok)
        return ok;
    m_created = *version == 0;
    return {};
}

Result<QList<User>> SqlStorage::users()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT id, name, role, login FROM users "
                                         "ORDER BY name, id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the users"), ok.error()).error());
    }
    QList<User> result;
    while (q.next()) {
        result.append(User{q.value(0).toLongLong(), q.value(1).toString(),
                           userRoleFromKey(q.value(2).toString()).value_or(UserRole::Rep),
                           q.value(3).toString()});
    }
    return result;
}

Result<std::optional<qint64>> SqlStorage::signedInUser()
{
    if (m_engine != Schema::Engine::Postgres)
        return std::nullopt;
    QSqlQuery q(db());
    if (auto ok = exec(q, QStringLiteral("SELECT id FROM users WHERE login = current_user")); !ok)
        return std::unexpected(failWith(tr("Cannot read the users"), ok.error()).error());
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Result<QList<Account>> SqlStorage::accounts()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT id, name, industry, territory, owner_id FROM "
                                         "accounts ORDER BY name, id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the accounts"), ok.error()).error());
    }
    QList<Account> result;
    while (q.next()) {
        result.append(Account{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toLongLong()});
    }
    return result;
}

Result<QList<Opportunity>> SqlStorage::opportunities()
{
    QList<Opportunity> result;
    {
        // The largest id bounds the count and is read from the primary key at once; growing
        // the list step by step would move 100k deals around several times.
        QSqlQuery top(db());
        if (exec(top, QStringLiteral("SELECT MAX(id) FROM opportunities")) && top.next())
            result.reserve(top.value(0).toLongLong());
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT ") % opportunityColumns %
                              QStringLiteral(" FROM opportunities o WHERE o.deleted_at IS NULL"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the opportunities"), ok.error()).error());
    }
    while (q.next())
        result.append(readOpportunity(q));
    return result;
}

Result<Opportunity> SqlStorage::opportunity(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") % opportunityColumns %
              QStringLiteral(" FROM opportunities o WHERE o.id = ? AND o.deleted_at IS NULL"));
    q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the opportunity"), ok.error()).error());
    if (!q.next())
        return fail(tr("The opportunity %1 no longer exists.").arg(id));
    return readOpportunity(q);
}

Result<QList<Opportunity>> SqlStorage::opportunitiesByIds(const QList<qint64> &ids)
{
    QList<Opportunity> result;
    result.reserve(ids.size());
    constexpr qsizetype chunk = 200;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QList<qint64> part = ids.mid(from, chunk);
        // One placeholder per id: the statement's text depends on the count alone.
        QStringList marks(part.size(), QStringLiteral("?"));
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") % opportunityColumns %
                  QStringLiteral(" FROM opportunities o WHERE o.id IN (") %
                  marks.join(QStringLiteral(", ")) % QStringLiteral(")"));
        for (const qint64 id : part)
            q.addBindValue(id);
        if (auto ok = exec(q); !ok) {
            return std::unexpected(
                failWith(tr("Cannot read the opportunities"), ok.error()).error());
        }
        while (q.next())
            result.append(readOpportunity(q));
    }
    return result;
}

namespace {
const QString historyColumns = QStringLiteral(
    "SELECT id, opportunity_id, from_stage_id, to_stage_id, user_id, at, close_reason, kind, "
    "amount, probability, close_date, override_reason, unmet_criteria, disqualified, "
    "process_change FROM stage_history ");

StageChange readStageChange(const QSqlQuery &q)
{
    StageChange c;
    c.id = q.value(0).toLongLong();
    c.opportunityId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        c.fromStageId = q.value(2).toLongLong();
    c.toStageId = q.value(3).toLongLong();
    c.userId = q.value(4).toLongLong();
    c.at = q.value(5).toLongLong();
    c.closeReason = q.value(6).toString();
    c.kind = changeKindFromKey(q.value(7).toString());
    c.amount = q.value(8).toLongLong();
    c.probability = q.value(9).toInt();
    c.closeDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    c.overrideReason = q.value(11).toString();
    c.unmetCriteria = q.value(12).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.disqualified = q.value(13).toBool();
    c.processChange = q.value(14).toString();
    return c;
}
} // namespace

Result<QList<StageChange>> SqlStorage::stageHistory(qint64 opportunityId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(historyColumns % QStringLiteral("WHERE opportunity_id = ? ORDER BY at, id"));
    q.addBindValue(opportunityId);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the stage history"), ok.error()).error());
    QList<StageChange> result;
    while (q.next())
        result.append(readStageChange(q));
    return result;
}

Result<void> SqlStorage::forEachStageChange(const std::function<bool(const StageChange &)> &visit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, historyColumns % QStringLiteral("ORDER BY opportunity_id, at, id")); !ok)
        return failWith(tr("Cannot read the stage history"), ok.error());
    while (q.next()) {
        if (!visit(readStageChange(q)))
            break;
    }
    return {};
}

Result<QList<PipelineTotal>> SqlStorage::pipelineTotals(Period period)
{
    // close_date is "YYYY-MM-DD": the month is its first 7 characters; the quarter is computed
    // from the month. Both engines have substr and integer division.
    const QString periodExpression =
        period == Period::Month
            ? QStringLiteral("substr(o.close_date, 1, 7)")
            : QStringLiteral("substr(o.close_date, 1, 4) || '-Q' || "
                             "CAST((CAST(substr(o.close_date, 6, 2) AS INTEGER) + 2) / 3 AS "
                             "TEXT)");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(
            q, QStringLiteral("SELECT ") % periodExpression %
                   QStringLiteral(" AS period, o.owner_id, o.stage_id, o.currency, COUNT(*), "
                                  "SUM(o.amount), SUM(o.amount * COALESCE(o.probability, "
                                  "s.probability) / 100), SUM(o.amount * COALESCE(o.probability, "
                                  "s.probability) % 100), o.forecast_category FROM opportunities o "
                                  "JOIN stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL "
                                  "GROUP BY period, o.owner_id, o.stage_id, o.currency, "
                                  "o.forecast_category ORDER BY period, o.owner_id, o.stage_id, "
                                  "o.currency, o.forecast_category"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot add up the pipeline"), ok.error()).error());
    }
    QList<PipelineTotal> result;
    while (q.next()) {
        PipelineTotal t;
        t.period = q.value(0).toString();
        t.ownerId = q.value(1).toLongLong();
        t.stageId = q.value(2).toLongLong();
        t.currency = q.value(3).toString();
        t.deals = q.value(4).toLongLong();
        t.amount = q.value(5).toLongLong();
        // Whole cents and the hundredths left over, summed apart so neither sum overflows
        t.weighted = q.value(6).toLongLong() + q.value(7).toLongLong() / 100;
        t.category = forecastCategoryFromKey(q.value(8).toString());
        result.append(t);
    }
    return result;
}

Result<qint64> SqlStorage::opportunityCount()
{
    QSqlQuery q(db());
    if (auto ok = exec(q, QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE deleted_at IS "
                                         "NULL"));
        !ok || !q.next()) {
        return fail(tr("Cannot count the opportunities in %1.").arg(m_location));
    }
    return q.value(0).toLongLong();
}

Result<qint64> SqlStorage::addUser(const User &user)
{
    qint64 id = 0;
    auto ok = bulkInsert([&](BulkSink &sink) -> Result<void> {
        auto added = sink.addUser(user);
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return id;
}

Result<qint64> SqlStorage::addAccount(const Account &account)
{
    qint64 id = 0;
    auto ok = bulkInsert([&](BulkSink &sink) -> Result<void> {
        auto added = sink.addAccount(account);
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return id;
}

Result<Opportunity> SqlStorage::createOpportunity(const Opportunity &opportunity, qint64 actorId)
{
    if (auto ok = checkOpportunityFields(opportunity); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery p(db());
    p.prepare(QStringLiteral("SELECT probability FROM stages WHERE id = ?"));
    p.addBindValue(opportunity.stageId);
    if (auto ok = exec(p); !ok || !p.next())
        return fail(tr("The stage %1 no longer exists.").arg(opportunity.stageId));
    const int stageProbability = p.value(0).toInt();
    p.finish();

    Opportunity stored = opportunity;
    stored.createdAt = stored.enteredStageAt = now();
    stored.version = 1;
    QSqlQuery q(db());
    prepareInsert(q, insertOpportunitySql);
    auto id = insertOpportunity(q, stored);
    if (!id)
        return std::unexpected(failWith(tr("Cannot create the opportunity"), id.error()).error());
    stored.id = *id;
    StageChange change;
    change.opportunityId = stored.id;
    change.toStageId = stored.stageId;
    change.userId = actorId;
    change.at = stored.createdAt;
    change.kind = ChangeKind::Created;
    change.amount = stored.amount;
    change.probability = stored.probability.value_or(stageProbability);
    change.closeDate = stored.closeDate;
    QSqlQuery h(db());
    prepareInsert(h, insertHistorySql);
    if (auto ok = insertHistory(h, change); !ok) {
        return std::unexpected(
            failWith(tr("Cannot record the new opportunity"), ok.error()).error());
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<Opportunity> SqlStorage::updateOpportunity(const Opportunity &opportunity)
{
    if (auto ok = checkOpportunityFields(opportunity); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("UPDATE opportunities SET title = ?, account_id = ?, contact = ?, "
                       "owner_id = ?, amount = ?, currency = ?, close_date = ?, "
                       "probability = ?, next_step = ?, close_reason = ?, forecast_category = ?, "
                       "updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS "
                       "NULL"));
    bindEditable(binder(q), opportunity);
    q.addBindValue(now());
    q.addBindValue(opportunity.id);
    q.addBindValue(opportunity.version);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot save the opportunity"), ok.error()).error());
    if (q.numRowsAffected() != 1)
        return conflict(opportunity.id);
    auto stored = this->opportunity(opportunity.id);
    if (!stored)
        return stored;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<Opportunity> SqlStorage::moveOpportunity(const StageChange &change, int expectedVersion)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE opportunities SET stage_id = ?, entered_stage_at = ?, "
                             "close_reason = ?, disqualified = ?, updated_at = ?, version = "
                             "version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    q.addBindValue(change.toStageId);
    q.addBindValue(change.at);
    q.addBindValue(text(change.closeReason));
    q.addBindValue(change.disqualified ? 1 : 0);
    q.addBindValue(change.at);
    q.addBindValue(change.opportunityId);
    q.addBindValue(expectedVersion);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot move the opportunity"), ok.error()).error());
    if (q.numRowsAffected() != 1)
        return conflict(change.opportunityId);
    QSqlQuery h(db());
    prepareInsert(h, insertHistorySql);
    if (auto ok = insertHistory(h, change); !ok)
        return std::unexpected(failWith(tr("Cannot record the move"), ok.error()).error());
    if (auto ok = refreshProgress(change.opportunityId); !ok)
        return std::unexpected(ok.error());
    auto stored = opportunity(change.opportunityId);
    if (!stored)
        return stored;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

std::unexpected<Error> SqlStorage::conflict(qint64 opportunityId)
{
    return fail(tr("The opportunity %1 was changed or deleted elsewhere since it was read; nothing "
                   "was saved. Look at it again and retry.")
                    .arg(opportunityId),
                Error::Kind::Conflict);
}

Result<Opportunity> SqlStorage::setOpportunityDeleted(qint64 id, bool deleted)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE opportunities SET deleted_at = ?, updated_at = ?, version = "
                             "version + 1 WHERE id = ?"));
    const qint64 at = now();
    q.addBindValue(deleted ? QVariant(at) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(at);
    q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot delete the opportunity"), ok.error()).error());
    if (q.numRowsAffected() != 1)
        return fail(tr("The opportunity %1 no longer exists.").arg(id));
    QSqlQuery r(db());
    r.prepare(QStringLiteral("SELECT ") % opportunityColumns %
              QStringLiteral(" FROM opportunities o WHERE o.id = ?"));
    r.addBindValue(id);
    if (auto ok = exec(r); !ok || !r.next())
        return fail(tr("The opportunity %1 no longer exists.").arg(id));
    Opportunity stored = readOpportunity(r);
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<void> SqlStorage::bulkInsert(const std::function<Result<void>(BulkSink &)> &fill,
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
        if (auto ok = exec(q, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                             "'index' AND sql IS NOT NULL"));
            !ok) {
            return failWith(tr("Cannot write the data"), ok.error());
        }
        while (q.next())
            deferred.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &[name, sql] : std::as_const(deferred)) {
            // The name comes from the database's own catalogue, never from a person.
            if (auto ok = exec(q, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !ok)
                return failWith(tr("Cannot write the data"), ok.error());
        }
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
            BulkWriter<SqliteStatement> sink(handle);
            auto ok = fill(sink);
            return ok ? sink.finish() : ok;
        }()
                                    : [&] {
                                          BulkWriter<QtStatement> sink(db());
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
