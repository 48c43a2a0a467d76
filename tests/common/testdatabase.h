// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demogenerator.h"
#include "storage/sqlstorage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace Stageboard::Test {

/// The throwaway PostgreSQL server ctest's fixture started (tests/postgres/pgserver.sh), when
/// the test runs against PostgreSQL (STAGEBOARD_TEST_ENGINE=postgres); its address names no
/// database yet.
inline std::optional<DatabaseLocation> testServer()
{
    if (qEnvironmentVariable("STAGEBOARD_TEST_ENGINE") != QLatin1String("postgres"))
        return std::nullopt;
    QFile state(qEnvironmentVariable("STAGEBOARD_TEST_PG_STATE"));
    if (!state.open(QIODevice::ReadOnly)) {
        qFatal("STAGEBOARD_TEST_ENGINE=postgres, but no server is running (%s): run the test "
               "through ctest, which starts one",
               qPrintable(state.fileName()));
    }
    DatabaseLocation server;
    server.kind = DatabaseLocation::Kind::Postgres;
    server.host = QStringLiteral("127.0.0.1");
    server.port = QString::fromLatin1(state.readAll()).section(QLatin1Char(' '), 0, 0).toInt();
    server.user = QStringLiteral("postgres");
    server.sslMode = QStringLiteral("disable");
    return server;
}

/// A new, empty database on the test server, dropped again by dropTestDatabase.
inline DatabaseLocation newTestDatabase(const DatabaseLocation &server)
{
    static int counter = 0;
    DatabaseLocation location = server;
    location.database =
        QStringLiteral("sbtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    if (auto ok = SqlStorage::createPostgresDatabase(location); !ok)
        qFatal("%s", qPrintable(ok.error().message));
    return location;
}

inline void dropTestDatabase(const DatabaseLocation &location)
{
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        admin.setHostName(location.host);
        admin.setPort(location.port);
        admin.setUserName(location.user);
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (admin.open()) {
            QSqlQuery q(admin);
            // The name is the test's own (sbtest_PID_N).
            if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)")
                            .arg(location.database)))
                qWarning("%s", qPrintable(q.lastError().text()));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
}

/// Logins are the server's, not the database's: each test removes its own once its
/// database (and every grant in it) is gone, so the next starts from none.
struct DropLogins
{
    QStringList logins;
    std::optional<DatabaseLocation> server = testServer();
    ~DropLogins()
    {
        if (!server || logins.isEmpty())
            return;
        {
            DatabaseLocation admin = *server;
            admin.database = QStringLiteral("postgres");
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("drop-logins"));
            c.setHostName(admin.host);
            c.setPort(admin.port);
            c.setUserName(admin.user);
            c.setDatabaseName(admin.database);
            if (c.open()) {
                for (const QString &login : std::as_const(logins)) {
                    QSqlQuery q(c);
                    q.prepare(QStringLiteral("SELECT format('DROP ROLE IF EXISTS %I', ?::TEXT)"));
                    q.addBindValue(login);
                    if (q.exec() && q.next()) {
                        QSqlQuery drop(c);
                        if (!drop.exec(q.value(0).toString()))
                            qWarning("%s", qPrintable(drop.lastError().text()));
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("drop-logins"));
    }
};

/// Skips a test of what only a SQLite file has (its path, its pragmas, damaged files).
#define SQLITE_ONLY()                                                                              \
    do {                                                                                           \
        if (Stageboard::Test::testServer())                                                        \
            QSKIP("This checks the SQLite file itself.");                                          \
    } while (false)

/// A database in a temporary folder, removed with it; on the test PostgreSQL server when the
/// test runs against PostgreSQL, dropped with it.
struct TestDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("test.sqlite"));
    std::optional<DatabaseLocation> server = testServer();
    DatabaseLocation location =
        server ? newTestDatabase(*server) : DatabaseLocation::sqliteFile(path);
    std::unique_ptr<SqlStorage> storage;

    explicit TestDatabase(int demoOpportunities = 0)
    {
        if (server)
            path = location.toString();
        auto opened = SqlStorage::open(location);
        if (!opened)
            qFatal("Cannot create the test database: %s", qPrintable(opened.error().message));
        storage = std::move(*opened);
        if (demoOpportunities > 0) {
            DemoOptions options;
            options.opportunities = demoOpportunities;
            options.seed = 7;
            if (auto ok =
                    generateDemo(storage->process(), storage->forecast(), storage->bulk(), options);
                !ok)
                qFatal("Cannot fill the test database: %s", qPrintable(ok.error().message));
        }
    }
    ~TestDatabase()
    {
        storage.reset();
        if (server)
            dropTestDatabase(location);
    }
    Q_DISABLE_COPY_MOVE(TestDatabase)

    /// Another connection to the same database, as a second person's app would have.
    std::unique_ptr<SqlStorage> openAgain() const
    {
        auto opened = SqlStorage::open(location);
        if (!opened)
            qFatal("Cannot open the test database again: %s", qPrintable(opened.error().message));
        return std::move(*opened);
    }

    /// A single value read straight from the file, past the model and its caches.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(storage->connectionName()));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    /// Every row of a query, each as its values joined by "|", read straight from the file.
    QStringList rows(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(storage->connectionName()));
        QStringList out;
        if (!q.exec(sql))
            return out;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? QStringLiteral("-") : q.value(i).toString());
            out.append(values.join(QLatin1Char('|')));
        }
        return out;
    }
};

#ifdef STAGEBOARD_FIXTURES
/// Writes the SQL dump of an older database (tests/fixtures) into a new file, in WAL mode.
inline bool loadFixture(const QString &name, const QString &path)
{
    bool ok = true;
    {
        QFile dump(QStringLiteral(STAGEBOARD_FIXTURES "/") + name);
        if (!dump.open(QIODevice::ReadOnly))
            return false;
        QSqlDatabase old =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        old.setDatabaseName(path);
        if (!old.open())
            return false;
        QSqlQuery q(old);
        QStringList lines = QString::fromUtf8(dump.readAll()).split(QLatin1Char('\n'));
        lines.removeIf(
            [](const QString &line) { return line.startsWith(QLatin1StringView("--")); });
        // Statements end at ";" and a line break; a trigger's body holds some of its own, up to
        // its END.
        QStringList statements;
        for (const QString &piece :
             lines.join(QLatin1Char('\n')).split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            const bool inTrigger =
                !statements.isEmpty() &&
                statements.constLast().trimmed().startsWith(QLatin1StringView("CREATE TRIGGER")) &&
                !statements.constLast().trimmed().endsWith(QLatin1StringView("END"));
            if (inTrigger)
                statements.last() += QStringLiteral(";\n") + piece;
            else
                statements.append(piece);
        }
        for (const QString &statement : std::as_const(statements)) {
            if (!statement.trimmed().isEmpty() && !q.exec(statement)) {
                qWarning("%s", qPrintable(statement));
                ok = false;
            }
        }
        // As every file Stageboard wrote is
        ok = ok && q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.finish();
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

#endif

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace Stageboard::Test
