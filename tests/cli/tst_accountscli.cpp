// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Stageboard::Test::CliRun;
using Stageboard::Test::runCli;

/// stageboard-cli accounts and territories [--coverage], end to end on a demo file.
class TestAccountsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldListEveryAccountAndNarrowToATerritoryWithTheOnesInIt();
    void shouldCountTheAccountsOverdueForContactByTerritory();

private:
    // Runs statements on the file; the first value of the last one.
    QVariant sql(const QStringList &statements)
    {
        QVariant last;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_path);
            if (!db.open())
                qFatal("cannot open %s", qPrintable(m_path));
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                if (!q.exec(statement))
                    qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                last = q.next() ? q.value(0) : QVariant();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return last;
    }
    static QStringList lines(const QString &out)
    {
        return QString(out).remove(QLatin1Char('\r')).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    QTemporaryDir m_dir;
    QString m_path;
};

void TestAccountsCli::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun made = runCli({QStringLiteral("demo"), QStringLiteral("--database"), m_path,
                                QStringLiteral("--deals"), QStringLiteral("40")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

void TestAccountsCli::shouldListEveryAccountAndNarrowToATerritoryWithTheOnesInIt()
{
    const CliRun all = runCli({QStringLiteral("accounts"), QStringLiteral("--database"), m_path});
    QCOMPARE(all.exitCode, 0);
    const QStringList rows = lines(all.out);
    QCOMPARE(rows.value(0), QStringLiteral("id,name,industry,territory,owner,tier,open_amount,"
                                           "open_weighted,won_12m,last_activity,next_activity"));
    QCOMPARE(rows.size() - 1, sql({QStringLiteral("SELECT COUNT(*) FROM accounts")}).toInt());

    // A region: the accounts of every territory in it, and none other
    const CliRun europe = runCli({QStringLiteral("accounts"), QStringLiteral("--database"), m_path,
                                  QStringLiteral("--territory"), QStringLiteral("europe")});
    QCOMPARE(europe.exitCode, 0);
    const int inEurope =
        sql({QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN territories t ON t.id = "
                            "a.territory_id LEFT JOIN territories p ON p.id = t.parent_id WHERE "
                            "t.name = 'Europe' OR p.name = 'Europe'")})
            .toInt();
    QVERIFY(inEurope > 0);
    QCOMPARE(lines(europe.out).size() - 1, inEurope);
    QVERIFY(inEurope < rows.size() - 1);

    // A territory that does not exist: said, with the ones that do
    const CliRun unknown = runCli({QStringLiteral("accounts"), QStringLiteral("--database"), m_path,
                                   QStringLiteral("--territory"), QStringLiteral("Mars")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("\"Mars\"")) &&
                 unknown.err.contains(QStringLiteral("Nordics")),
             qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
}

void TestAccountsCli::shouldCountTheAccountsOverdueForContactByTerritory()
{
    // Given no activities, no tiers, and three tiered accounts in UK & Ireland: one in touch 20
    // days ago at tier A (every 14 days: 6 days overdue), one 20 days ago at tier C (every 90:
    // in time), one never at tier B
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 twentyDaysAgo = now - 20 * 86400 - 3600;
    const QString nordic = QStringLiteral(
        "(SELECT a.id FROM accounts a JOIN territories t ON t.id = a.territory_id WHERE t.name = "
        "'UK & Ireland' ORDER BY a.name LIMIT 1 OFFSET %1)");
    const QString contactOf =
        QStringLiteral("(SELECT MIN(id) FROM contacts WHERE account_id = %1)");
    const QString done = QStringLiteral(
        "INSERT INTO engagements (kind, subject, due_at, contact_id, done_at, created_at, "
        "updated_at) VALUES ('call', 'Check-in', %1, %2, %1, %1, %1)");
    QVERIFY(sql({QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN territories t ON t.id = "
                                "a.territory_id WHERE t.name = 'UK & Ireland'")})
                .toInt() >= 3);
    sql({QStringLiteral("DELETE FROM stakeholders"), QStringLiteral("DELETE FROM debriefs"),
         QStringLiteral("DELETE FROM engagements"), QStringLiteral("UPDATE accounts SET tier = ''"),
         QStringLiteral("UPDATE accounts SET tier = 'A' WHERE id = ") + nordic.arg(0),
         QStringLiteral("UPDATE accounts SET tier = 'C' WHERE id = ") + nordic.arg(1),
         QStringLiteral("UPDATE accounts SET tier = 'B' WHERE id = ") + nordic.arg(2),
         done.arg(twentyDaysAgo).arg(contactOf.arg(nordic.arg(0))),
         done.arg(twentyDaysAgo).arg(contactOf.arg(nordic.arg(1)))});
    const QString first =
        sql({QStringLiteral("SELECT name FROM accounts WHERE id = ") + nordic.arg(0)}).toString();
    const QString third =
        sql({QStringLiteral("SELECT name FROM accounts WHERE id = ") + nordic.arg(2)}).toString();

    // Then coverage lists the one never contacted first, then the one 6 days overdue
    const CliRun coverage = runCli({QStringLiteral("territories"), QStringLiteral("--database"),
                                    m_path, QStringLiteral("--coverage")});
    QCOMPARE(coverage.exitCode, 0);
    const QString dueBy =
        QDateTime::fromSecsSinceEpoch(twentyDaysAgo + 14 * 86400, Qt::UTC).toString(Qt::ISODate);
    const QString lastContact =
        QDateTime::fromSecsSinceEpoch(twentyDaysAgo, Qt::UTC).toString(Qt::ISODate);
    QCOMPARE(lines(coverage.out),
             QStringList({QStringLiteral("account,territory,tier,last_contact,due_by,overdue_days"),
                          third + QStringLiteral(",UK & Ireland,B,,,"),
                          first + QStringLiteral(",UK & Ireland,A,") + lastContact + u',' + dueBy +
                              QStringLiteral(",6")}));

    // And the territories count them where they are, the region adding up its territories
    const CliRun territories =
        runCli({QStringLiteral("territories"), QStringLiteral("--database"), m_path});
    QCOMPARE(territories.exitCode, 0);
    const QStringList rows = lines(territories.out);
    QCOMPARE(rows.value(0), QStringLiteral("territory,owner,accounts,overdue"));
    QHash<QString, QStringList> byName;
    for (const QString &row : rows.mid(1))
        byName.insert(row.section(u',', 0, 0), row.split(u','));
    const auto accountsIn = [&](const char *name) {
        return sql({QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN territories t ON t.id "
                                   "= a.territory_id LEFT JOIN territories p ON p.id = "
                                   "t.parent_id WHERE t.name = '%1' OR p.name = '%1'")
                        .arg(QLatin1StringView(name))})
            .toString();
    };
    QCOMPARE(byName.value(QStringLiteral("UK & Ireland")).value(2), accountsIn("UK & Ireland"));
    QCOMPARE(byName.value(QStringLiteral("UK & Ireland")).value(3), QStringLiteral("2"));
    QCOMPARE(byName.value(QStringLiteral("Europe")).value(2), accountsIn("Europe"));
    QCOMPARE(byName.value(QStringLiteral("Europe")).value(3), QStringLiteral("2"));
    QCOMPARE(byName.value(QStringLiteral("DACH")).value(3), QStringLiteral("0"));
    QCOMPARE(byName.value(QStringLiteral("Americas")).value(3), QStringLiteral("0"));
    // Each territory's owner is named
    QVERIFY(!byName.value(QStringLiteral("UK & Ireland")).value(1).isEmpty());
    QCOMPARE(rows.size() - 1, sql({QStringLiteral("SELECT COUNT(*) FROM territories")}).toInt());
}

QTEST_GUILESS_MAIN(TestAccountsCli)
#include "tst_accountscli.moc"
