// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlstorage.h"

#include "storage/serverroles.h"
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

constexpr QFile::Permissions privateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions privateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

/// Creates the folder and any missing parents, each readable by its owner only; folders that
/// already exist are left as they are.
bool makePrivateFolder(const QString &path)
{
    QStringList missing;
    for (QDir dir(path); !dir.exists(); dir.setPath(QFileInfo(dir.absolutePath()).path())) {
        missing.prepend(dir.absolutePath());
        if (dir.isRoot())
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder) || !QFile::setPermissions(folder, privateFolder))
            return false;
    }
    return true;
}

/// Creates an empty file (SQLite takes it as a new database) readable by its owner only.
bool makePrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, privateFile))
        return false;
    file.close();
    return file.setPermissions(privateFile);
}

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

SqlStorage::SqlStorage(QString connection, QString location, Schema::Engine engine)
    : SqlPart(connection, location, engine)
    , m_opportunityStore(connection, location, engine)
    , m_process(connection, location, engine)
    , m_forecast(connection, location, engine)
    , m_directory(connection, location, engine)
    , m_contacts(connection, location, engine)
    , m_engagements(connection, location, engine)
    , m_stakeholders(connection, location, engine)
    , m_debriefs(connection, location, engine)
    , m_signOffs(connection, location, engine)
    , m_lookBack(connection, location, engine)
    , m_coaching(connection, location, engine)
    , m_accounts(connection, location, engine)
    , m_territories(connection, location, engine)
    , m_bulk(connection, location, engine)
{}

SqlStorage::~SqlStorage()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<SqlStorage>> SqlStorage::openSqlite(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("%1 is a folder, not a database file.").arg(path));
    if (!info.exists()) {
        // The company's pipeline is for its owner's eyes: the folders made for it and the file
        // are theirs alone (0700, 0600) whatever the umask; SQLite gives its -wal and -shm
        // files the database file's permissions.
        if (!makePrivateFolder(info.absolutePath())) {
            return fail(
                tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
        }
        if (!makePrivateFile(info.absoluteFilePath()))
            return fail(tr("Cannot create the database file %1.").arg(path));
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
    if (!QFile::copy(m_location, m_backupPath) ||
        !QFile::setPermissions(m_backupPath, privateFile)) {
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
                            .arg(location.toString(), connectionProblem(database.lastError())));
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
                              .arg(location.toString(), connectionProblem(admin.lastError())));
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
        return fail(tr("Cannot connect to %1: %2")
                        .arg(m_location, connectionProblem(database.lastError())));
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
        if (auto ok = m_process.seedDefaultProcess(); !ok)
            return ok;
    } else if (*version < 2) {
        // Version 1 databases were all made with the English default process.
        if (auto ok = m_process.seedGuidance(ProcessDefinition::defaultProcess(QLocale::English));
            !ok)
            return ok;
    }
    if (*version < 9) {
        if (auto ok = m_stakeholders.seedBuyingRoles(); !ok)
            return ok;
    }
    if (m_engine == Schema::Engine::Postgres && *version > 0) {
        // A server whose roles were set up guards the new tables at once, and lets its people
        // use them, without waiting for setup-roles to run again.
        auto inPlace = ServerRoles::rulesInPlace(database);
        if (!inPlace)
            return failWith(tr("Cannot upgrade the database"), inPlace.error());
        if (*inPlace) {
            if (auto ok = ServerRoles::applyRules(database); !ok)
                return failWith(tr("Cannot upgrade the database"), ok.error());
        }
    }
    if (auto ok = transaction.commit(); !ok)
        return ok;
    m_created = *version == 0;
    return {};
}

} // namespace Stageboard
