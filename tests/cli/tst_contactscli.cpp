// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Stageboard::Test::CliRun;
using Stageboard::Test::runCli;

/// stageboard-cli contacts, contact add, activities, activity add|done, stakeholders and
/// stakeholder add|remove, end to end.
class TestContactsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAddContactsAndListThemByAccount();
    void shouldRefuseABadContactAndWriteNothing();
    void shouldPlanAnActivityListItAndMarkItDone();
    void shouldLetAQualifyDealThroughOnceItHasAChampion();
    void shouldImportContactsAllOrNothingAndExportThePeople();

private:
    QString demo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const CliRun made = runCli({QStringLiteral("demo"), QStringLiteral("--database"), path,
                                    QStringLiteral("--deals"), QStringLiteral("5")});
        if (made.exitCode != 0)
            qFatal("demo failed: %s", qPrintable(made.err));
        // Without the demo's own people and calls, so that the lists hold what a test adds.
        for (const char *sql :
             {"DELETE FROM stakeholders", "DELETE FROM engagements", "DELETE FROM contacts"}) {
            if (count(path, QString::fromLatin1(sql) + QStringLiteral(" RETURNING 0")) < -1)
                qFatal("cannot empty the demo's people");
        }
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

void TestContactsCli::shouldImportContactsAllOrNothingAndExportThePeople()
{
    const QString path = demo(QStringLiteral("import.sqlite"));
    const QString file = m_dir.filePath(QStringLiteral("salesforce.csv"));
    {
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("\"First Name\",\"Last Name\",\"Title\",\"Email\",\"Phone\",\"Account Name\"\r\n"
                  "\"Maria\",\"Okonkwo\",\"CFO\",\"maria@newco.example\",\"+1 555 0101\",\"NewCo "
                  "Ltd\"\r\n"
                  "\"Jon\",\"Berg\",\"Buyer\",\"not-an-email\",\"\",\"\"\r\n");
    }
    const QStringList import = {QStringLiteral("contact"), QStringLiteral("import"), file,
                                QStringLiteral("--database"), path};
    // The bad row by its line, the missing account, and nothing imported: exit 3
    const CliRun refused = runCli(import);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.out.contains(
                 QStringLiteral("line 3 — Email: \"not-an-email\" is not an email address.")),
             qPrintable(refused.out));
    QVERIFY(refused.out.contains(QStringLiteral("1 account does not exist yet: NewCo Ltd")));
    QVERIFY(refused.out.contains(QStringLiteral("Nothing was imported.")));
    QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM contacts")), 0);
    // Told to skip it and create the account: the good row is in
    const CliRun done = runCli(
        import + QStringList{QStringLiteral("--skip-bad-rows"), QStringLiteral("--create-missing"),
                             QStringLiteral("--as"), QStringLiteral("Riley Kowalski")});
    QVERIFY2(done.out.contains(QStringLiteral("Imported 1 of 2 rows.")), qPrintable(done.out));
    const CliRun list = runCli(
        {QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--database"), path});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("id,name,title,email,phone,account,owner,notes"));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",Maria Okonkwo,CFO,maria@newco.example,'+1 555 "
                                                 "0101,NewCo Ltd,Riley Kowalski,")),
             qPrintable(lines.at(1)));
    // Stakeholders and activities of every deal, with their headers
    for (const auto &[table, header] :
         {std::pair{"stakeholders", "deal_id,contact_id,contact,role,stance,influence,reports_to"},
          std::pair{"activities",
                    "id,type,subject,due,owner,deal_id,contact_id,done_at,outcome"}}) {
        const CliRun exported = runCli({QStringLiteral("export"), QString::fromLatin1(table),
                                        QStringLiteral("--database"), path});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out.section(QStringLiteral("\r\n"), 0, 0), QString::fromLatin1(header));
    }
}

void TestContactsCli::shouldPlanAnActivityListItAndMarkItDone()
{
    const QString path = demo(QStringLiteral("activities.sqlite"));
    const auto arguments = [&](QStringList more) {
        return QStringList{QStringLiteral("--database"), path} + more;
    };
    // A call about deal 1, long overdue, and a task far ahead, both the rep's
    const CliRun call = runCli(
        QStringList{QStringLiteral("activity"), QStringLiteral("add")} +
        arguments({QStringLiteral("--type"), QStringLiteral("call"), QStringLiteral("--subject"),
                   QStringLiteral("Discovery call"), QStringLiteral("--due"),
                   QStringLiteral("2020-01-02T10:00Z"), QStringLiteral("--deal"),
                   QStringLiteral("1"), QStringLiteral("--as"), QStringLiteral("Riley Kowalski")}));
    QCOMPARE(call.exitCode, 0);
    const QString id = call.out.trimmed();
    QVERIFY(id.toLongLong() > 0);
    QCOMPARE(runCli(QStringList{QStringLiteral("activity"), QStringLiteral("add")} +
                    arguments({QStringLiteral("--type"), QStringLiteral("task"),
                               QStringLiteral("--subject"), QStringLiteral("Send the deck"),
                               QStringLiteral("--due"), QStringLiteral("2099-01-01T10:00Z"),
                               QStringLiteral("--as"), QStringLiteral("Riley Kowalski")}))
                 .exitCode,
             0);
    // Overdue: the call alone, its time in UTC
    const CliRun overdue = runCli(QStringList{QStringLiteral("activities")} +
                                  arguments({QStringLiteral("--due"), QStringLiteral("overdue")}));
    QCOMPARE(overdue.exitCode, 0);
    QStringList lines = overdue.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("id,type,subject,due,owner,deal_id,contact_id,done_at,outcome"));
    QCOMPARE(lines.at(1), id + QStringLiteral(",call,Discovery call,2020-01-02T10:00:00Z,Riley "
                                              "Kowalski,1,,,"));
    // Done with its outcome, it is no longer overdue, and the full list says when and what
    const CliRun done = runCli(QStringList{QStringLiteral("activity"), QStringLiteral("done")} +
                               arguments({QStringLiteral("--id"), id, QStringLiteral("--outcome"),
                                          QStringLiteral("Budget confirmed")}));
    QCOMPARE(done.exitCode, 0);
    lines = runCli(QStringList{QStringLiteral("activities")} +
                   arguments({QStringLiteral("--due"), QStringLiteral("overdue")}))
                .out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    lines = runCli(QStringList{QStringLiteral("activities")} + arguments({}))
                .out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",Budget confirmed")), qPrintable(lines.at(1)));
    // Bad input is refused with exit 2 and the reason
    const CliRun visit =
        runCli(QStringList{QStringLiteral("activity"), QStringLiteral("add")} +
               arguments({QStringLiteral("--type"), QStringLiteral("visit"),
                          QStringLiteral("--subject"), QStringLiteral("x"), QStringLiteral("--due"),
                          QStringLiteral("2027-01-01T10:00")}));
    QCOMPARE(visit.exitCode, 2);
    QVERIFY(visit.err.contains(QStringLiteral("call, meeting, task or email")));
    // The call is debriefed, two more objections left open on its deal
    const QString openObjections = QStringLiteral(
        "SELECT COUNT(*) FROM objections WHERE opportunity_id = 1 AND resolved_at IS NULL");
    const int openBefore = count(path, openObjections);
    const CliRun debriefed =
        runCli(QStringList{QStringLiteral("debrief")} +
               arguments({QStringLiteral("--id"), id, QStringLiteral("--went-well"),
                          QStringLiteral("They opened up about the budget"),
                          QStringLiteral("--improve"), QStringLiteral("Ask about timing"),
                          QStringLiteral("--unresolved"), QStringLiteral("Too expensive this year"),
                          QStringLiteral("--unresolved"), QStringLiteral("IT must approve"),
                          QStringLiteral("--as"), QStringLiteral("Riley Kowalski")}));
    QVERIFY2(debriefed.exitCode == 0, qPrintable(debriefed.err));
    QVERIFY2(debriefed.out.contains(QStringLiteral("2 objections left open")),
             qPrintable(debriefed.out));
    QCOMPARE(count(path, openObjections), openBefore + 2);
    QCOMPARE(
        runCli(QStringList{QStringLiteral("debrief")} + arguments({QStringLiteral("--id"), id}))
            .exitCode,
        2);
    const CliRun nobody = runCli(QStringList{QStringLiteral("activity"), QStringLiteral("done")} +
                                 arguments({QStringLiteral("--id"), QStringLiteral("999")}));
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY(nobody.err.contains(QStringLiteral("no activity 999")));
}

void TestContactsCli::shouldLetAQualifyDealThroughOnceItHasAChampion()
{
    const QString path = m_dir.filePath(QStringLiteral("champion.sqlite"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), path,
                     QStringLiteral("--deals"), QStringLiteral("200"), QStringLiteral("--seed"),
                     QStringLiteral("3")})
                 .exitCode,
             0);
    const auto arguments = [&](QStringList more) {
        return QStringList{QStringLiteral("--database"), path} + more;
    };
    // Given a Qualify deal whose only unmet criterion is its champion
    const QString champion =
        QStringLiteral("Internal champion established (no Champion among the stakeholders)");
    QString deal;
    QString account;
    QString owner;
    const QStringList qualify =
        runCli(QStringList{QStringLiteral("list")} +
               arguments({QStringLiteral("--stage"), QStringLiteral("Qualify")}))
            .out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)
            .mid(1);
    for (const QString &line : qualify) {
        const QString id = line.section(u',', 0, 0);
        const CliRun refused =
            runCli(QStringList{QStringLiteral("move")} +
                   arguments({QStringLiteral("--deal"), id, QStringLiteral("--to"),
                              QStringLiteral("Propose"), QStringLiteral("--as"),
                              line.section(u',', 3, 3)}));
        if (refused.exitCode == 3 &&
            refused.err.split(u'\n', Qt::SkipEmptyParts).contains(champion) &&
            !refused.err.contains(QStringLiteral("Budget confirmed"))) {
            deal = id;
            account = line.section(u',', 2, 2);
            owner = line.section(u',', 3, 3);
            break;
        }
    }
    QVERIFY2(!deal.isEmpty(), "the demo has no Qualify deal held only by its champion");
    // When the rep adds a contact at its account as the deal's champion
    const CliRun contact =
        runCli(QStringList{QStringLiteral("contact"), QStringLiteral("add")} +
               arguments({QStringLiteral("--name"), QStringLiteral("Noor Moreau"),
                          QStringLiteral("--account"), account, QStringLiteral("--as"), owner}));
    QCOMPARE(contact.exitCode, 0);
    const QString contactId = contact.out.trimmed();
    // (an unknown role is refused with the ones there are)
    const CliRun badRole =
        runCli(QStringList{QStringLiteral("stakeholder"), QStringLiteral("add")} +
               arguments({QStringLiteral("--deal"), deal, QStringLiteral("--contact"), contactId,
                          QStringLiteral("--role"), QStringLiteral("sponsor")}));
    QCOMPARE(badRole.exitCode, 2);
    QVERIFY2(badRole.err.contains(QStringLiteral("champion")), qPrintable(badRole.err));
    const CliRun added = runCli(
        QStringList{QStringLiteral("stakeholder"), QStringLiteral("add")} +
        arguments({QStringLiteral("--deal"), deal, QStringLiteral("--contact"), contactId,
                   QStringLiteral("--role"), QStringLiteral("champion"), QStringLiteral("--stance"),
                   QStringLiteral("supporter"), QStringLiteral("--as"), owner}));
    QCOMPARE(added.exitCode, 0);
    // Then the buying group lists them, the deal counts them, and the move goes through
    const QStringList group = runCli(QStringList{QStringLiteral("stakeholders")} +
                                     arguments({QStringLiteral("--deal"), deal}))
                                  .out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(group.first(), QStringLiteral("contact_id,contact,role,stance,influence,reports_to"));
    QVERIFY(group.contains(contactId + QStringLiteral(",Noor Moreau,champion,supporter,medium,")));
    const CliRun moved =
        runCli(QStringList{QStringLiteral("move")} +
               arguments({QStringLiteral("--deal"), deal, QStringLiteral("--to"),
                          QStringLiteral("Propose"), QStringLiteral("--as"), owner}));
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    // Taken out of the group, it is gone from the list
    QCOMPARE(
        runCli(QStringList{QStringLiteral("stakeholder"), QStringLiteral("remove")} +
               arguments({QStringLiteral("--deal"), deal, QStringLiteral("--contact"), contactId}))
            .exitCode,
        0);
    QVERIFY(!runCli(QStringList{QStringLiteral("stakeholders")} +
                    arguments({QStringLiteral("--deal"), deal}))
                 .out.contains(QStringLiteral("Noor Moreau")));
}

QTEST_GUILESS_MAIN(TestContactsCli)
#include "tst_contactscli.moc"
