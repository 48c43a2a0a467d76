// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Stageboard::Test::CliRun;
using Stageboard::Test::runCli;

/// stageboard-cli roles, role add, waiting, signoff and signoffs, end to end.
class TestAccountabilityCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListTheRolesWithTheirMembers();
    void shouldLetOnlyAnAdminAddARole();
    void shouldSignOffWhatWaitsOnAMember();
    void shouldCloseAndReviewADealFromTheCommandLine();
    void shouldPrintWinLossAsTheListSaysIt();
    void shouldPrintTheCoachingGridAsTheListSaysIt();

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
    static CliRun roles(const QString &path)
    {
        return runCli({QStringLiteral("roles"), QStringLiteral("--database"), path});
    }
    QTemporaryDir m_dir;
};

void TestAccountabilityCli::shouldListTheRolesWithTheirMembers()
{
    // Given the demo, whose legal and finance people hold Legal and Finance, and who has a
    // plant manager and a solutions engineer
    const QString path = demo(QStringLiteral("roles.sqlite"));
    // When the roles are printed
    const CliRun listed = roles(path);
    // Then they come as CSV, by name, each with its members
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines[3].startsWith(QLatin1String("Plant manager,")) &&
                 lines[3].trimmed().endsWith(QLatin1String(",Avery Okafor")),
             qPrintable(lines[3]));
    QVERIFY2(lines[4].startsWith(QLatin1String("Solutions engineer,")) &&
                 lines[4].trimmed().endsWith(QLatin1String(",Quinn Fischer")),
             qPrintable(lines[4]));
    QCOMPARE(lines[0].trimmed(), QStringLiteral("name,description,members"));
    QVERIFY2(lines[1].startsWith(QLatin1String("Finance,")) &&
                 lines[1].trimmed().endsWith(QLatin1String(",Taylor Laurent")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QLatin1String("Legal,")) &&
                 lines[2].trimmed().endsWith(QLatin1String(",Jordan Dubois")),
             qPrintable(lines[2]));
}

void TestAccountabilityCli::shouldLetOnlyAnAdminAddARole()
{
    const QString path = demo(QStringLiteral("add.sqlite"));
    const QStringList add{QStringLiteral("role"),          QStringLiteral("add"),
                          QStringLiteral("--database"),    path,
                          QStringLiteral("--name"),        QStringLiteral("Supply team"),
                          QStringLiteral("--description"), QStringLiteral("Plans the deliveries"),
                          QStringLiteral("--member"),      QStringLiteral("Jamie Novak"),
                          QStringLiteral("--member"),      QStringLiteral("Casey Ivanova")};
    // A manager may not: exit 3, and nothing is added
    const CliRun manager =
        runCli(add + QStringList{QStringLiteral("--as"), QStringLiteral("Alex Becker")});
    QCOMPARE(manager.exitCode, 3);
    QVERIFY2(manager.err.contains(QLatin1String("only an admin")), qPrintable(manager.err));
    QVERIFY(!roles(path).out.contains(QLatin1String("Supply team")));
    // Without --as, nobody is named: refused as bad input
    QCOMPARE(runCli(add).exitCode, 2);
    // A member who is no user is named
    const CliRun nobody =
        runCli(add + QStringList{QStringLiteral("--member"), QStringLiteral("Nobody Here"),
                                 QStringLiteral("--as"), QStringLiteral("Sam Haddad")});
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY2(nobody.err.contains(QLatin1String("Nobody Here")), qPrintable(nobody.err));
    // The admin may, and the role is listed with both members by name
    const CliRun admin =
        runCli(add + QStringList{QStringLiteral("--as"), QStringLiteral("Sam Haddad")});
    QCOMPARE(admin.exitCode, 0);
    QVERIFY2(admin.out.contains(QLatin1String("Added the role Supply team with 2")),
             qPrintable(admin.out));
    QVERIFY2(roles(path).out.contains(
                 QLatin1String("Supply team,Plans the deliveries,Casey Ivanova; Jamie Novak")),
             qPrintable(roles(path).out));
    // Adding to it again adds only the new member
    const CliRun again = runCli(
        {QStringLiteral("role"), QStringLiteral("add"), QStringLiteral("--database"), path,
         QStringLiteral("--name"), QStringLiteral("supply team"), QStringLiteral("--member"),
         QStringLiteral("Riley Kowalski"), QStringLiteral("--member"),
         QStringLiteral("Jamie Novak"), QStringLiteral("--as"), QStringLiteral("Sam Haddad")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("Changed the role Supply team: 3")),
             qPrintable(again.out));
    QVERIFY(roles(path).out.contains(QLatin1String(
        "Supply team,Plans the deliveries,Casey Ivanova; Jamie Novak; Riley Kowalski")));
}

void TestAccountabilityCli::shouldSignOffWhatWaitsOnAMember()
{
    // Given the demo, where deals in Negotiate wait for Legal's sign-off
    const QString path = m_dir.filePath(QStringLiteral("signoff.sqlite"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), path,
                     QStringLiteral("--deals"), QStringLiteral("60"), QStringLiteral("--seed"),
                     QStringLiteral("3")})
                 .exitCode,
             0);
    const auto waiting = [&] {
        return runCli({QStringLiteral("waiting"), QStringLiteral("--database"), path,
                       QStringLiteral("--as"), QStringLiteral("Jordan Dubois")});
    };
    // When Jordan (Legal) asks what waits on them
    const CliRun listed = waiting();
    QCOMPARE(listed.exitCode, 0);
    QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first().trimmed(),
             QStringLiteral("deal_id,title,stage,criterion,role,waiting_days"));
    QVERIFY2(lines.size() > 1, qPrintable(listed.out));
    // Then each row is a deal, its stage, the criterion, Legal and the days it has waited
    // (the criterion quoted, as it holds commas)
    static const QRegularExpression row(
        QStringLiteral(R"(^(\d+),[^,]+,Negotiate,("[^"]*"|[^,]*),([^,]*),(\d+)$)"));
    const QRegularExpressionMatch first = row.match(lines.at(1).trimmed());
    QVERIFY2(first.hasMatch(), qPrintable(lines.at(1)));
    QCOMPARE(first.captured(3), QStringLiteral("Legal"));
    const QString deal = first.captured(1);
    const QString criterion = first.captured(2).remove(QLatin1Char('"'));
    const QStringList signOff{QStringLiteral("signoff"),
                              QStringLiteral("--database"),
                              path,
                              QStringLiteral("--deal"),
                              deal,
                              QStringLiteral("--criterion"),
                              criterion};

    // A rep who does not hold Legal is refused (exit 3); a rejection needs a comment
    const CliRun rep =
        runCli(signOff + QStringList{QStringLiteral("--approve"), QStringLiteral("--as"),
                                     QStringLiteral("Morgan Tanaka")});
    QCOMPARE(rep.exitCode, 3);
    QVERIFY2(rep.err.contains(QLatin1String("Legal")), qPrintable(rep.err));
    QCOMPARE(runCli(signOff + QStringList{QStringLiteral("--reject"), QStringLiteral("--as"),
                                          QStringLiteral("Jordan Dubois")})
                 .exitCode,
             2);
    QCOMPARE(runCli(signOff + QStringList{QStringLiteral("--as"), QStringLiteral("Jordan Dubois")})
                 .exitCode,
             2);

    // Jordan signs it off: it no longer waits, and the log says who, with the comment
    const CliRun approved =
        runCli(signOff + QStringList{QStringLiteral("--approve"), QStringLiteral("--comment"),
                                     QStringLiteral("Standard terms"), QStringLiteral("--as"),
                                     QStringLiteral("Jordan Dubois")});
    QCOMPARE(approved.exitCode, 0);
    QVERIFY2(approved.out.contains(QLatin1String("Jordan Dubois signed off")),
             qPrintable(approved.out));
    QVERIFY(!waiting().out.contains(lines.at(1).trimmed()));
    const CliRun log = runCli({QStringLiteral("signoffs"), QStringLiteral("--database"), path,
                               QStringLiteral("--deal"), deal});
    QCOMPARE(log.exitCode, 0);
    const QStringList logLines = log.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(logLines.first().trimmed(),
             QStringLiteral("deal_id,title,criterion,role,decision,user,at,comment,field,"
                            "old_value,new_value"));
    QCOMPARE(logLines.size(), 2);
    QVERIFY2(logLines.at(1).contains(QLatin1String(",Legal,approved,Jordan Dubois,")) &&
                 logLines.at(1).contains(QLatin1String(",Standard terms,")),
             qPrintable(logLines.at(1)));
}

void TestAccountabilityCli::shouldCloseAndReviewADealFromTheCommandLine()
{
    // Given the demo's first open deal
    const QString path = demo(QStringLiteral("review.sqlite"));
    const CliRun listed = runCli({QStringLiteral("list"), QStringLiteral("--database"), path});
    QCOMPARE(listed.exitCode, 0);
    QString deal;
    const QStringList rows = listed.out.trimmed().split(QLatin1Char('\n'));
    for (const QString &line : rows) {
        if (line.section(QLatin1Char(','), 8, 8) == QLatin1String("open"))
            deal = line.section(QLatin1Char(','), 0, 0);
    }
    QVERIFY2(!deal.isEmpty(), qPrintable(listed.out));
    const QStringList lose{QStringLiteral("move"),
                           QStringLiteral("--database"),
                           path,
                           QStringLiteral("--deal"),
                           deal,
                           QStringLiteral("--to"),
                           QStringLiteral("Closed Lost"),
                           QStringLiteral("--reason"),
                           QStringLiteral("Lost to competitor"),
                           QStringLiteral("--as"),
                           QStringLiteral("Alex Becker"),
                           QStringLiteral("--override"),
                           QStringLiteral("The customer chose")};
    const QStringList reopen{QStringLiteral("move"),
                             QStringLiteral("--database"),
                             path,
                             QStringLiteral("--deal"),
                             deal,
                             QStringLiteral("--to"),
                             QStringLiteral("Negotiate"),
                             QStringLiteral("--as"),
                             QStringLiteral("Alex Becker"),
                             QStringLiteral("--override"),
                             QStringLiteral("Reopened")};
    // A competitor named on a win is left out, with a warning
    const CliRun won = runCli(
        {QStringLiteral("move"), QStringLiteral("--database"), path, QStringLiteral("--deal"), deal,
         QStringLiteral("--to"), QStringLiteral("Closed Won"), QStringLiteral("--reason"),
         QStringLiteral("Price"), QStringLiteral("--as"), QStringLiteral("Alex Becker"),
         QStringLiteral("--override"), QStringLiteral("Signed"), QStringLiteral("--lost-to"),
         QStringLiteral("Northbeam")});
    QCOMPARE(won.exitCode, 0);
    QVERIFY2(won.err.contains(QLatin1String("--lost-to")), qPrintable(won.err));
    QCOMPARE(runCli(reopen).exitCode, 0);
    // And a competitor not in the list joins it, as in the app
    const CliRun newcomer =
        runCli(lose + QStringList{QStringLiteral("--lost-to"), QStringLiteral("Zeta Corp")});
    QCOMPARE(newcomer.exitCode, 0);
    QVERIFY2(newcomer.out.contains(QLatin1String("Added the competitor Zeta Corp")),
             qPrintable(newcomer.out));
    QCOMPARE(runCli(reopen).exitCode, 0);

    // When it is lost to Northbeam, for a further reason, with notes
    const CliRun lost =
        runCli(lose + QStringList{QStringLiteral("--lost-to"), QStringLiteral("northbeam"),
                                  QStringLiteral("--also"), QStringLiteral("No budget"),
                                  QStringLiteral("--notes"), QStringLiteral("Three-year deal")});
    QCOMPARE(lost.exitCode, 0);

    // Then it awaits review with all of that
    const auto reviews = [&](bool pending) {
        QStringList args{QStringLiteral("reviews"), QStringLiteral("--database"), path};
        if (pending)
            args.append(QStringLiteral("--pending"));
        return runCli(args);
    };
    const CliRun waiting = reviews(true);
    QCOMPARE(waiting.exitCode, 0);
    QCOMPARE(waiting.out.section(QLatin1Char('\n'), 0, 0).trimmed(),
             QStringLiteral("deal_id,title,outcome,stage,reason,secondary_reasons,lost_to,notes,"
                            "closed_by,closed_at,status,reviewed_by,reviewed_at,lesson,"
                            "process_suggestion"));
    QString row;
    for (const QString &line : waiting.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(deal + QLatin1Char(',')))
            row = line.trimmed();
    }
    QVERIFY2(row.contains(QLatin1String(",lost,Closed Lost,Lost to competitor,No budget,"
                                        "Northbeam,Three-year deal,Alex Becker,")) &&
                 row.contains(QLatin1String(",pending,,,,")),
             qPrintable(row));

    // A rep may not review it (exit 3); a review needs its lesson
    const QStringList done{QStringLiteral("review"),     QStringLiteral("done"),
                           QStringLiteral("--database"), path,
                           QStringLiteral("--deal"),     deal};
    QCOMPARE(runCli(done + QStringList{QStringLiteral("--lesson"), QStringLiteral("x"),
                                       QStringLiteral("--as"), QStringLiteral("Morgan Tanaka")})
                 .exitCode,
             3);
    QCOMPARE(
        runCli(done + QStringList{QStringLiteral("--as"), QStringLiteral("Alex Becker")}).exitCode,
        2);

    // When the manager writes the lesson, it is reviewed and no longer pending
    const CliRun reviewed = runCli(
        done + QStringList{QStringLiteral("--lesson"), QStringLiteral("Offer a pilot sooner"),
                           QStringLiteral("--suggestion"), QStringLiteral("Pilot in Propose"),
                           QStringLiteral("--as"), QStringLiteral("Alex Becker")});
    QCOMPARE(reviewed.exitCode, 0);
    QVERIFY(!reviews(true).out.contains(QLatin1Char('\n') + deal + QLatin1Char(',')));
    QVERIFY2(
        reviews(false).out.contains(QLatin1String(",reviewed,Alex Becker,")) &&
            reviews(false).out.contains(QLatin1String(",Offer a pilot sooner,Pilot in Propose")),
        qPrintable(reviews(false).out));
}

void TestAccountabilityCli::shouldPrintWinLossAsTheListSaysIt()
{
    // Given the demo, whose list says which deals each rep won and lost
    const QString path = m_dir.filePath(QStringLiteral("winloss.sqlite"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), path,
                     QStringLiteral("--deals"), QStringLiteral("120")})
                 .exitCode,
             0);
    const CliRun listed = runCli({QStringLiteral("list"), QStringLiteral("--database"), path});
    QHash<QString, QPair<int, int>> byRep; // won, lost
    for (const QString &line : listed.out.trimmed().split(QLatin1Char('\n')).mid(1)) {
        const QString outcome = line.section(QLatin1Char(','), 8, 8);
        const QString rep = line.section(QLatin1Char(','), 3, 3);
        if (outcome == QLatin1String("won"))
            ++byRep[rep].first;
        else if (outcome == QLatin1String("lost"))
            ++byRep[rep].second;
    }
    QVERIFY(!byRep.isEmpty());

    // When win/loss is printed by rep
    const CliRun printed = runCli({QStringLiteral("winloss"), QStringLiteral("--database"), path,
                                   QStringLiteral("--by"), QStringLiteral("rep")});
    QCOMPARE(printed.exitCode, 0);
    const QStringList lines = printed.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first().trimmed(),
             QStringLiteral("key,won,lost,win_rate,won_amount,lost_amount,avg_cycle_days"));

    // Then each rep's row says what the list says, disqualified deals left out
    QCOMPARE(lines.size() - 1, byRep.size());
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.trimmed().split(QLatin1Char(','));
        QCOMPARE(f.size(), 7);
        QVERIFY2(byRep.contains(f[0]), qPrintable(line));
        QCOMPARE(f[1].toInt(), byRep.value(f[0]).first);
        QCOMPARE(f[2].toInt(), byRep.value(f[0]).second);
        const double rate = double(f[1].toInt()) / double(f[1].toInt() + f[2].toInt());
        QVERIFY(std::abs(f[3].toDouble() - rate) < 0.001);
    }
    // And a grouping it does not know, or a month that is not one, is refused
    QCOMPARE(runCli({QStringLiteral("winloss"), QStringLiteral("--database"), path,
                     QStringLiteral("--by"), QStringLiteral("colour")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("winloss"), QStringLiteral("--database"), path,
                     QStringLiteral("--by"), QStringLiteral("reason"), QStringLiteral("--from"),
                     QStringLiteral("soon")})
                 .exitCode,
             2);
}

void TestAccountabilityCli::shouldPrintTheCoachingGridAsTheListSaysIt()
{
    // Given the demo, whose list says which open deals each rep has in each stage
    const QString path = m_dir.filePath(QStringLiteral("coaching.sqlite"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), path,
                     QStringLiteral("--deals"), QStringLiteral("120")})
                 .exitCode,
             0);
    const CliRun listed = runCli({QStringLiteral("list"), QStringLiteral("--database"), path});
    QHash<QString, int> openDeals; // "rep|stage"
    for (const QString &line : listed.out.trimmed().split(QLatin1Char('\n')).mid(1)) {
        const QStringList f = line.trimmed().split(QLatin1Char(','));
        if (f.value(8) == QLatin1String("open"))
            ++openDeals[f.value(3) + QLatin1Char('|') + f.value(4)];
    }
    QVERIFY(openDeals.size() > 3);

    // When the coaching grid is printed
    const CliRun printed = runCli({QStringLiteral("coaching"), QStringLiteral("--database"), path});
    QCOMPARE(printed.exitCode, 0);
    const QStringList lines = printed.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first().trimmed(),
             QStringLiteral("rep,stage,deals,activity_completion,stalled,overrides,median_days,"
                            "team_median_days"));

    // Then there is a row for each rep and stage with open deals, counting them
    QCOMPARE(lines.size() - 1, openDeals.size());
    QHash<QString, QString> teamMedian;
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.trimmed().split(QLatin1Char(','));
        QCOMPARE(f.size(), 8);
        const int deals = f[2].toInt();
        QCOMPARE(deals, openDeals.value(f[0] + QLatin1Char('|') + f[1]));
        // And its figures are in range: a share, counts of its deals, days
        QVERIFY2(f[3].isEmpty() || (f[3].toDouble() >= 0 && f[3].toDouble() <= 1),
                 qPrintable(line));
        QVERIFY(f[4].toInt() >= 0 && f[4].toInt() <= deals);
        QVERIFY(f[5].toInt() >= 0 && f[5].toInt() <= deals);
        QVERIFY(f[6].toDouble() >= 0);
        // And the team's median is one per stage
        if (teamMedian.contains(f[1]))
            QCOMPARE(f[7], teamMedian.value(f[1]));
        teamMedian.insert(f[1], f[7]);
    }
}

QTEST_GUILESS_MAIN(TestAccountabilityCli)
#include "tst_accountabilitycli.moc"
