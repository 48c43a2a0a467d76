// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/databaselocation.h"

#include <QTest>

using namespace Stageboard;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadServerAddresses();
    void shouldTakeAnythingElseForAFile();
    void shouldRefuseBrokenAddresses_data();
    void shouldRefuseBrokenAddresses();
};

void TestDatabaseLocation::shouldReadServerAddresses()
{
    const auto full = DatabaseLocation::parse(
        QStringLiteral("postgresql://alex:s3cret@db.example.com:6543/sales?sslmode=require"));
    QVERIFY(full);
    QVERIFY(full->isPostgres());
    QCOMPARE(full->host, QStringLiteral("db.example.com"));
    QCOMPARE(full->port, 6543);
    QCOMPARE(full->user, QStringLiteral("alex"));
    QCOMPARE(full->password, QStringLiteral("s3cret"));
    QCOMPARE(full->database, QStringLiteral("sales"));
    QCOMPARE(full->sslMode, QStringLiteral("require"));
    // What is shown and remembered never holds the password
    QCOMPARE(full->toString(),
             QStringLiteral("postgresql://alex@db.example.com:6543/sales?sslmode=require"));

    const auto brief = DatabaseLocation::parse(QStringLiteral("postgres://db/sales"));
    QVERIFY(brief);
    QCOMPARE(brief->port, 5432);
    QCOMPARE(brief->sslMode, QStringLiteral("prefer"));
    QCOMPARE(brief->toString(), QStringLiteral("postgresql://db/sales"));
    // Its own text reads back the same
    QCOMPARE(DatabaseLocation::parse(full->toString())->toString(), full->toString());
}

void TestDatabaseLocation::shouldTakeAnythingElseForAFile()
{
    for (const QString &path :
         {QStringLiteral("/home/alex/pipeline.sqlite"), QStringLiteral("relative/board.db"),
          QStringLiteral("C:/Users/alex/postgresql.sqlite")}) {
        const auto location = DatabaseLocation::parse(path);
        QVERIFY(location);
        QVERIFY(!location->isPostgres());
        QCOMPARE(location->path, path);
        QCOMPARE(location->toString(), path);
    }
}

void TestDatabaseLocation::shouldRefuseBrokenAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");
    QTest::newRow("no database") << "postgresql://alex@db.example.com"
                                 << "\"postgresql://alex@db.example.com\" names no database: "
                                    "write it as postgresql://user@host:port/database.";
    QTest::newRow("a path for a name") << "postgresql://db/sales/extra"
                                       << "\"postgresql://db/sales/extra\" names no database";
    QTest::newRow("port not a number") << "postgresql://alex:s3cret@db:port/sales"
                                       << "\"postgresql://alex:…@db:port/sales\" is not a valid "
                                          "PostgreSQL address";
    QTest::newRow("no database, with a password")
        << "postgresql://alex:s3cret@db.example.com"
        << "\"postgresql://alex@db.example.com\" names no database";
    QTest::newRow("unknown sslmode")
        << "postgresql://db/sales?sslmode=always"
        << "\"always\" is not an SSL mode; use one of: disable, allow, prefer, require, "
           "verify-ca, verify-full.";
    QTest::newRow("unknown setting")
        << "postgresql://db/sales?timeout=3"
        << "\"timeout\" is not a setting Stageboard knows in a PostgreSQL address (only sslmode "
           "is).";
}

void TestDatabaseLocation::shouldRefuseBrokenAddresses()
{
    QFETCH(QString, address);
    QFETCH(QString, message);
    const auto location = DatabaseLocation::parse(address);
    QVERIFY(!location);
    QVERIFY2(location.error().message.contains(message), qPrintable(location.error().message));
    // A password in a refused address is not repeated back
    QVERIFY(!location.error().message.contains(QStringLiteral("s3cret")));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
