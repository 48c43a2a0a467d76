// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Stageboard::Test::CliRun;
using Stageboard::Test::runCli;

/// stageboard-cli contacts and contact add, end to end.
class TestContactsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAddContactsAndListThemByAccount();
    void shouldRefuseABadContactAndWriteNothing();

private:
    QString demo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const CliRun made = runCli({QStringLiteral("demo"), QStringLiteral("--database"), path,
                                    QStringLiteral("--deals"), QStringLiteral("5")});
        if (made.exitCode != 0)
            qFatal("demo failed: %s", qPrintable(made.err));
        return path;
    }
    static qint64 count(const QString &path, const QString &sql)
    {
        qint64 n = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return n;
    }
    QTemporaryDir m_dir;
};

void TestContactsCli::shouldAddContactsAndListThemByAccount()
{
    const QString path = demo(QStringLiteral("contacts.sqlite"));
    // A contact at an account of the demo, looked after by a rep, prints its new id
    const CliRun noor =
        runCli({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--database"),
                path, QStringLiteral("--name"), QStringLiteral("Noor Moreau"),
                QStringLiteral("--account"), QStringLiteral("glacier manufacturing"),
                QStringLiteral("--title"), QStringLiteral("VP Operations"),
                QStringLiteral("--email"), QStringLiteral("noor@example.com"),
                QStringLiteral("--as"), QStringLiteral("Riley Kowalski")});
    QCOMPARE(noor.exitCode, 0);
    bool isNumber = false;
    QVERIFY(noor.out.trimmed().toLongLong(&isNumber) > 0 && isNumber);
    // One at an account the database does not have yet brings the account along, and says so
    const CliRun kim =
        runCli({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--database"),
                path, QStringLiteral("--name"), QStringLiteral("Kim Byrne"),
                QStringLiteral("--account"), QStringLiteral("Nordlicht GmbH")});
    QCOMPARE(kim.exitCode, 0);
    QVERIFY2(kim.err.contains(QStringLiteral("Added the account \"Nordlicht GmbH\"")),
             qPrintable(kim.err));

    // Then the list shows both as CSV, by name, and --account narrows it
    const CliRun all = runCli({QStringLiteral("contacts"), QStringLiteral("--database"), path});
    QCOMPARE(all.exitCode, 0);
    const QStringList lines = all.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("id,name,title,email,phone,account,owner"));
    QVERIFY2(lines.at(1).startsWith(kim.out.trimmed() + QStringLiteral(",Kim Byrne,")),
             qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), noor.out.trimmed() +
                              QStringLiteral(",Noor Moreau,VP Operations,noor@example.com,,Glacier "
                                             "Manufacturing,Riley Kowalski"));
    const CliRun one = runCli({QStringLiteral("contacts"), QStringLiteral("--database"), path,
                               QStringLiteral("--account"), QStringLiteral("Nordlicht GmbH")});
    QCOMPARE(one.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 2);
}

void TestContactsCli::shouldRefuseABadContactAndWriteNothing()
{
    const QString path = demo(QStringLiteral("refused.sqlite"));
    const qint64 accounts = count(path, QStringLiteral("SELECT COUNT(*) FROM accounts"));
    // No name: refused with exit 2, saying which field, and no new account left behind
    const CliRun nameless =
        runCli({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--database"),
                path, QStringLiteral("--name"), QStringLiteral(" "), QStringLiteral("--account"),
                QStringLiteral("Somewhere New")});
    QCOMPARE(nameless.exitCode, 2);
    QVERIFY2(nameless.err.contains(QStringLiteral("Name: is empty")), qPrintable(nameless.err));
    QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM accounts")), accounts);
    QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM contacts")), 0);
    // An unknown account to list, or a missing --account to add: exit 2 with the reason
    const CliRun unknown = runCli({QStringLiteral("contacts"), QStringLiteral("--database"), path,
                                   QStringLiteral("--account"), QStringLiteral("Nobody Inc")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("no account named \"Nobody Inc\"")));
    const CliRun half =
        runCli({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--database"),
                path, QStringLiteral("--name"), QStringLiteral("Kim")});
    QCOMPARE(half.exitCode, 2);
    QVERIFY(half.err.contains(QStringLiteral("--name and --account")));
}

QTEST_GUILESS_MAIN(TestContactsCli)
#include "tst_contactscli.moc"
