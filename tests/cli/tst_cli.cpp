// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "hostilefiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCreateDemoAndListIt();
    void shouldListOneStage();
    void shouldRefuseBadArguments_data();
    void shouldRefuseBadArguments();
    void shouldRefuseCorruptDatabase();
    void shouldRefuseHostileFileUntouched_data();
    void shouldRefuseHostileFileUntouched();
    void shouldSayDiskIsFullAndImportNothing();
    void shouldShowHelpAndVersion();
    void shouldShowEachCommandsOwnHelp_data();
    void shouldShowEachCommandsOwnHelp();
    void shouldRefuseAnOptionTheCommandDoesNotTake();
    void shouldSpeakTheUsersLanguage();
    void shouldListUsers();
    void shouldMoveThroughGateAndRecordHistory();
    void shouldExportAndImportCsv();
    void shouldPrintForecastAgreeingWithSql();
    void shouldCopyADatabaseAndRefuseToCopyOverDeals();
    void shouldShareAProcessBetweenDatabases();

private:
    using Run = Stageboard::Test::CliRun;
    static Run run(const QStringList &arguments, rlim_t fileSizeLimit = 0,
                   const QString &language = QStringLiteral("en"))
    {
        return Stageboard::Test::runCli(arguments, fileSizeLimit, language);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Stageboard::Test::HostileFiles> m_hostile;
};

void TestCli::shouldCreateDemoAndListIt()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo =
        run({QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--deals"),
             QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("5")});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(demo.out.contains(QStringLiteral("250 opportunities")));

    const Run list = run({QStringLiteral("list"), QStringLiteral("--database"), path});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 251);
    QCOMPARE(lines.first(), QStringLiteral("id,title,account,owner,stage,amount,currency,"
                                           "close_date,outcome,next_activity_due,stakeholders"));
    const QStringList first = lines.at(1).split(QLatin1Char(','));
    QCOMPARE(first.size(), 11);
    // An open deal's next activity in UTC, or nothing; its buying group counted
    QVERIFY2(first.at(9).isEmpty() || first.at(9).contains(QRegularExpression(
                                          QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT.*Z$"))),
             qPrintable(first.at(9)));
    QVERIFY(first.at(10).toInt() >= 0);
    QCOMPARE(first.at(0), QStringLiteral("1"));
    QVERIFY(first.at(5).contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d\\d$"))));
    QCOMPARE(first.at(6), QStringLiteral("USD"));
    QVERIFY(QDate::fromString(first.at(7), Qt::ISODate).isValid());
    QVERIFY(QStringList({"open", "won", "lost", "disqualified"}).contains(first.at(8)));

    // The same seed gives the same deals. Their next activities are planned from the moment the
    // demo runs, on the five minutes, so that column may move on between the two runs (the
    // demo's own test holds the moment still and compares them too).
    const auto withoutNextActivity = [](const QString &csv) {
        QStringList rows = csv.split(QStringLiteral("\r\n"));
        for (QString &row : rows) {
            QStringList fields = row.split(QLatin1Char(','));
            if (fields.size() >= 2) // the last but one, whatever commas a title holds
                fields.removeAt(fields.size() - 2);
            row = fields.join(QLatin1Char(','));
        }
        return rows;
    };
    const QString again = m_dir.filePath(QStringLiteral("again.sqlite"));
    QCOMPARE(
        run({QStringLiteral("demo"), QStringLiteral("--database"), again, QStringLiteral("--deals"),
             QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("5")})
            .exitCode,
        0);
    QCOMPARE(
        withoutNextActivity(run({QStringLiteral("list"), QStringLiteral("--database"), again}).out),
        withoutNextActivity(list.out));

    // A second demo into the same file is refused, and the file keeps its deals
    const Run twice = run({QStringLiteral("demo"), QStringLiteral("--database"), path});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY(twice.err.contains(QStringLiteral("already holds 250")));
}

void TestCli::shouldListOneStage()
{
    const QString path = m_dir.filePath(QStringLiteral("stage.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), path,
                  QStringLiteral("--deals"), QStringLiteral("120")})
                 .exitCode,
             0);
    const Run list = run({QStringLiteral("list"), QStringLiteral("--database"), path,
                          QStringLiteral("--stage"), QStringLiteral("negotiate")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    for (const QString &line : lines.mid(1))
        QCOMPARE(line.split(QLatin1Char(',')).at(4), QStringLiteral("Negotiate"));
}

void TestCli::shouldRefuseBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "Give one command";
    QTest::newRow("unknown command")
        << QStringList{"dance", "--database", "x.sqlite"} << "Unknown command";
    QTest::newRow("no database") << QStringList{"list"} << "--database";
    QTest::newRow("bad count") << QStringList{"demo", "--database", "y.sqlite", "--deals", "many"}
                               << "--deals";
    QTest::newRow("unknown option") << QStringList{"list", "--colour"} << "colour";
    QTest::newRow("missing file") << QStringList{"list", "--database", "/nonexistent/none.sqlite"}
                                  << "no database";
    QTest::newRow("unknown stage")
        << QStringList{"list", "--database", "@demo", "--stage", "Dreaming"} << "Identify, Qualify";
    QTest::newRow("forecast by week")
        << QStringList{"forecast", "--database", "@demo", "--by", "week"} << "--by must be";
    QTest::newRow("forecast from a 13th month")
        << QStringList{"forecast", "--database", "@demo", "--from", "2026-13"}
        << "--from must be a date (YYYY-MM-DD) or a month (YYYY-MM), not \"2026-13\".";
    QTest::newRow("forecast backwards")
        << QStringList{"forecast", "--database", "@demo", "--from", "2027-05", "--to", "2027-01"}
        << "--from must not come after --to.";
    QTest::newRow("copy without --to") << QStringList{"copy", "--from", "@demo"} << "--to";
    QTest::newRow("copy to a bad address")
        << QStringList{"copy", "--from", "@demo", "--to", "postgresql://alex@db.example.com"}
        << "names no database";
    QTest::newRow("copy from nothing")
        << QStringList{"copy", "--from", "/nonexistent/none.sqlite", "--to", "z.sqlite"}
        << "There is no database at /nonexistent/none.sqlite.";
}

void TestCli::shouldRefuseBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (arguments.contains(QStringLiteral("@demo"))) {
        const QString path = m_dir.filePath(QStringLiteral("args.sqlite"));
        if (!QFile::exists(path)) {
            run({QStringLiteral("demo"), QStringLiteral("--database"), path,
                 QStringLiteral("--deals"), QStringLiteral("5")});
        }
        arguments.replace(arguments.indexOf(QStringLiteral("@demo")), path);
    }
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::shouldRefuseCorruptDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(2000, '\x7f'));
    file.close();
    const Run r = run({QStringLiteral("list"), QStringLiteral("--database"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QCOMPARE(QFileInfo(path).size(), 2016);
}

void TestCli::shouldRefuseHostileFileUntouched_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    if (!m_hostile) {
        const QString good = m_dir.filePath(QStringLiteral("hostile/good.sqlite"));
        QDir().mkpath(QFileInfo(good).absolutePath());
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), good,
                      QStringLiteral("--deals"), QStringLiteral("5")})
                     .exitCode,
                 0);
        m_hostile =
            std::make_unique<Stageboard::Test::HostileFiles>(QFileInfo(good).absolutePath(), good);
    }
    for (const auto &c : m_hostile->cases())
        QTest::newRow(c.name) << c.path << c.message;
}

void TestCli::shouldRefuseHostileFileUntouched()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    using Stageboard::Test::HostileFiles;
    const QByteArray before = HostileFiles::fingerprint(path);
    const Run r = run({QStringLiteral("list"), QStringLiteral("--database"), path});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, message + QLatin1Char('\n'));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(HostileFiles::fingerprint(path), before);
}

void TestCli::shouldSayDiskIsFullAndImportNothing()
{
    // Given 2000 deals to import into a database on a disk with 64 KiB left for new data
    const QString source = m_dir.filePath(QStringLiteral("full-source.sqlite"));
    const QString csv = m_dir.filePath(QStringLiteral("full.csv"));
    const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), source,
                  QStringLiteral("--deals"), QStringLiteral("2000")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("opportunities"),
                  QStringLiteral("--database"), source, QStringLiteral("--output"), csv})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), path,
                  QStringLiteral("--deals"), QStringLiteral("5")})
                 .exitCode,
             0);
    const QByteArray before = Stageboard::Test::HostileFiles::fingerprint(path);
    // When they are imported
    const Run r = run({QStringLiteral("import"), csv, QStringLiteral("--database"), path,
                       QStringLiteral("--create-missing")},
                      64 * 1024);
    // Then the import says the disk is full, and the file is as it was
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, Stageboard::Test::HostileFiles::diskFull(
                        QStringLiteral("%1: Could not save the change to %2: ").arg(csv, path)) +
                        QLatin1Char('\n'));
    QCOMPARE(Stageboard::Test::HostileFiles::fingerprint(path), before);
    const Run list = run({QStringLiteral("list"), QStringLiteral("--database"), path});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.count(QStringLiteral("\r\n")), 6);
    // And with room again, the same import goes through
    QCOMPARE(run({QStringLiteral("import"), csv, QStringLiteral("--database"), path,
                  QStringLiteral("--create-missing")})
                 .exitCode,
             0);
}

void TestCli::shouldShowHelpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("demo")));
    QVERIFY(help.out.contains(QStringLiteral("--database")));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(QStringLiteral("stageboard-cli 0.")));
}

void TestCli::shouldShowEachCommandsOwnHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("itsOptions");
    QTest::addColumn<QStringList>("othersOptions");
    QTest::newRow("move") << QStringLiteral("move")
                          << QStringList{QStringLiteral("--deal"), QStringLiteral("--to"),
                                         QStringLiteral("--override"), QStringLiteral("--database")}
                          << QStringList{QStringLiteral("--stage-map"), QStringLiteral("--deals"),
                                         QStringLiteral("--bom")};
    QTest::newRow("import") << QStringLiteral("import")
                            << QStringList{QStringLiteral("--stage-map"),
                                           QStringLiteral("--dry-run"), QStringLiteral("FILE")}
                            << QStringList{QStringLiteral("--override"), QStringLiteral("--by")};
    QTest::newRow("copy") << QStringLiteral("copy")
                          << QStringList{QStringLiteral("--from"), QStringLiteral("--to")}
                          << QStringList{QStringLiteral("--database")};
    QTest::newRow("export") << QStringLiteral("export")
                            << QStringList{QStringLiteral("--delimiter"), QStringLiteral("--bom"),
                                           QStringLiteral("--raw"),
                                           QStringLiteral("opportunities|history|forecast")}
                            << QStringList{QStringLiteral("--deal"), QStringLiteral("--seed")};
}

void TestCli::shouldShowEachCommandsOwnHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, itsOptions);
    QFETCH(QStringList, othersOptions);
    // "stageboard-cli move --help" is about move alone, as "git commit --help" is about commit
    const Run help = run({command, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: stageboard-cli %1 [options]").arg(command)),
             qPrintable(help.out));
    for (const QString &option : itsOptions)
        QVERIFY2(help.out.contains(option), qPrintable(option + QLatin1Char('\n') + help.out));
    for (const QString &option : othersOptions)
        QVERIFY2(!help.out.contains(option), qPrintable(option + QLatin1Char('\n') + help.out));
    // The overview names every command, with a line each; "help move" is "move --help"
    const Run overview = run({QStringLiteral("--help")});
    QVERIFY(overview.out.contains(QStringLiteral("\n  %1 ").arg(command)));
    QCOMPARE(run({QStringLiteral("help"), command}).out, help.out);
}

void TestCli::shouldRefuseAnOptionTheCommandDoesNotTake()
{
    const QString path = m_dir.filePath(QStringLiteral("options.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), path,
                  QStringLiteral("--deals"), QStringLiteral("5")})
                 .exitCode,
             0);
    // --to belongs to move, forecast and copy, not to list: refused, naming it and the command
    const Run r = run({QStringLiteral("list"), QStringLiteral("--database"), path,
                       QStringLiteral("--to"), QStringLiteral("Qualify")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("list:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("'to'")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("stageboard-cli list --help")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // An unknown command is named too
    const Run unknown = run({QStringLiteral("lsit"), QStringLiteral("--database"), path});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("\"lsit\"")), qPrintable(unknown.err));
}

void TestCli::shouldSpeakTheUsersLanguage()
{
    const QString missing = m_dir.filePath(QStringLiteral("nowhere.sqlite"));
    const Run german = run({QStringLiteral("list"), QStringLiteral("--database"), missing}, 0,
                           QStringLiteral("de"));
    QCOMPARE(german.exitCode, 2);
    QCOMPARE(german.err.trimmed(),
             QStringLiteral("Unter %1 gibt es keine Datenbank.").arg(missing));
    const Run french =
        run({QStringLiteral("move"), QStringLiteral("--help")}, 0, QStringLiteral("fr"));
    QVERIFY2(french.out.startsWith(QStringLiteral("Utilisation : stageboard-cli move [options]")),
             qPrintable(french.out));
    QVERIFY2(french.out.contains(QStringLiteral("L’identifiant de l’opportunité.")),
             qPrintable(french.out));
    // Longer words, the same terminal: every line of the overview still fits
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        const Run overview = run({QStringLiteral("--help")}, 0, language);
        for (const QString &line : overview.out.split(QLatin1Char('\n')))
            QVERIFY2(line.size() < 80, qPrintable(language + QStringLiteral(": ") + line));
    }
}

void TestCli::shouldListUsers()
{
    const QString path = m_dir.filePath(QStringLiteral("users.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), path}).exitCode, 0);
    const Run users = run({QStringLiteral("users"), QStringLiteral("--database"), path});
    QCOMPARE(users.exitCode, 0);
    const QStringList lines = users.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("name,role,login"));
    QVERIFY(lines.size() >= 8);
    for (const char *role : {"manager", "legal", "finance", "rep"}) {
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [role](const QString &line) {
            return line.section(QLatin1Char(','), 1, 1) == QLatin1StringView(role);
        }));
    }
}

void TestCli::shouldMoveThroughGateAndRecordHistory()
{
    // Given a new deal in Qualify, created by "demo" with no deals and no criteria met
    const QString path = m_dir.filePath(QStringLiteral("move.sqlite"));
    QCOMPARE(
        run({QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--deals"),
             QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("2")})
            .exitCode,
        0);
    QString held;
    QString rep;
    QString manager;
    for (const QString &line : run({QStringLiteral("users"), QStringLiteral("--database"), path})
                                   .out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        if (line.section(QLatin1Char(','), 1, 1) == QLatin1StringView("manager"))
            manager = line.section(QLatin1Char(','), 0, 0);
    }
    // Find a Qualify deal the gate holds: a rep's move to Propose exits 3
    const QStringList qualify = run({QStringLiteral("list"), QStringLiteral("--database"), path,
                                     QStringLiteral("--stage"), QStringLiteral("Qualify")})
                                    .out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)
                                    .mid(1);
    Run refused;
    for (const QString &line : qualify) {
        const QString id = line.section(QLatin1Char(','), 0, 0);
        rep = line.section(QLatin1Char(','), 3, 3); // its owner, a rep
        refused = run({QStringLiteral("move"), QStringLiteral("--database"), path,
                       QStringLiteral("--deal"), id, QStringLiteral("--to"),
                       QStringLiteral("Propose"), QStringLiteral("--as"), rep});
        if (refused.exitCode == 3) {
            held = id;
            break;
        }
    }
    QVERIFY2(!held.isEmpty(), "the demo has no Qualify deal held by its gate");
    // The unmet criteria come one a line on stderr
    const QStringList reasons = refused.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(reasons.size() >= 2);
    QVERIFY2(std::any_of(reasons.cbegin(), reasons.cend(),
                         [](const QString &r) {
                             return r == QLatin1String("Budget confirmed") ||
                                    r.startsWith(QLatin1String("Internal champion established"));
                         }),
             qPrintable(refused.err));

    // A rep cannot override; a manager can, with a reason
    QCOMPARE(
        run({QStringLiteral("move"), QStringLiteral("--database"), path, QStringLiteral("--deal"),
             held, QStringLiteral("--to"), QStringLiteral("Propose"), QStringLiteral("--as"), rep,
             QStringLiteral("--override"), QStringLiteral("please")})
            .exitCode,
        3);
    const Run moved =
        run({QStringLiteral("move"), QStringLiteral("--database"), path, QStringLiteral("--deal"),
             held, QStringLiteral("--to"), QStringLiteral("Propose"), QStringLiteral("--as"),
             manager, QStringLiteral("--override"), QStringLiteral("CFO said yes")});
    QCOMPARE(moved.exitCode, 0);

    // The history ends with the override, its reason and the criteria it skipped
    const Run history = run({QStringLiteral("history"), QStringLiteral("--database"), path,
                             QStringLiteral("--deal"), held});
    QCOMPARE(history.exitCode, 0);
    const QStringList rows = history.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.first(), QStringLiteral("when,from,to,user,amount,probability,close_date,"
                                          "override_reason,unmet_criteria,process_change"));
    const QStringList last = rows.last().split(QLatin1Char(','));
    QCOMPARE(last.at(1), QStringLiteral("Qualify"));
    QCOMPARE(last.at(2), QStringLiteral("Propose"));
    QCOMPARE(last.at(3), manager);
    QCOMPARE(last.at(5), QStringLiteral("50"));
    QCOMPARE(last.at(7), QStringLiteral("CFO said yes"));
    QVERIFY(!last.at(8).isEmpty());
    // Moving it where it already is says so and records nothing
    const Run again = run({QStringLiteral("move"), QStringLiteral("--database"), path,
                           QStringLiteral("--deal"), held, QStringLiteral("--to"),
                           QStringLiteral("Propose"), QStringLiteral("--as"), manager});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("is already in Propose; nothing was moved.")),
             qPrintable(again.out));
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--database"), path,
                  QStringLiteral("--deal"), held})
                 .out,
             history.out);

    // Closing needs a reason; from Identify it is recorded as disqualified
    const QString early = run({QStringLiteral("list"), QStringLiteral("--database"), path,
                               QStringLiteral("--stage"), QStringLiteral("Identify")})
                              .out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)
                              .at(1)
                              .section(QLatin1Char(','), 0, 0);
    QCOMPARE(run({QStringLiteral("move"), QStringLiteral("--database"), path,
                  QStringLiteral("--deal"), early, QStringLiteral("--to"),
                  QStringLiteral("Closed Lost"), QStringLiteral("--as"), rep})
                 .exitCode,
             2);
    QCOMPARE(
        run({QStringLiteral("move"), QStringLiteral("--database"), path, QStringLiteral("--deal"),
             early, QStringLiteral("--to"), QStringLiteral("Closed Lost"), QStringLiteral("--as"),
             rep, QStringLiteral("--reason"), QStringLiteral("Not a fit")})
            .exitCode,
        0);
    const QString listed = run({QStringLiteral("list"), QStringLiteral("--database"), path}).out;
    QVERIFY(listed.contains(QRegularExpression(QStringLiteral("\r\n") + early +
                                               QStringLiteral(",[^\r]*,disqualified,[^\r]*\r\n"))));
    // Unknown deals and users are bad arguments
    QCOMPARE(run({QStringLiteral("move"), QStringLiteral("--database"), path,
                  QStringLiteral("--deal"), QStringLiteral("99999"), QStringLiteral("--to"),
                  QStringLiteral("Propose"), QStringLiteral("--as"), rep})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("move"), QStringLiteral("--database"), path,
                  QStringLiteral("--deal"), held, QStringLiteral("--to"), QStringLiteral("Propose"),
                  QStringLiteral("--as"), QStringLiteral("Nobody")})
                 .exitCode,
             2);
}

void TestCli::shouldExportAndImportCsv()
{
    // Given a demo database exported with semicolons
    const QString source = m_dir.filePath(QStringLiteral("export.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), source,
                  QStringLiteral("--deals"), QStringLiteral("80")})
                 .exitCode,
             0);
    const QString csv = m_dir.filePath(QStringLiteral("deals.csv"));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("opportunities"),
                              QStringLiteral("--database"), source, QStringLiteral("--output"), csv,
                              QStringLiteral("--delimiter"), QStringLiteral(";")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains(QStringLiteral("80 rows")));

    // When it is imported into a new, empty database
    const QString target = m_dir.filePath(QStringLiteral("import.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), target,
                  QStringLiteral("--deals"), QStringLiteral("0")})
                 .exitCode,
             0);
    const Run dry = run({QStringLiteral("import"), QStringLiteral("--database"), target, csv,
                         QStringLiteral("--dry-run"), QStringLiteral("--create-missing")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(QStringLiteral("Nothing was imported (dry run)")));
    const Run refused = run({QStringLiteral("import"), QStringLiteral("--database"), target, csv});
    QCOMPARE(refused.exitCode, 3); // accounts are missing until --create-missing
    QVERIFY(refused.out.contains(QStringLiteral("--create-missing")));
    const Run imported = run({QStringLiteral("import"), QStringLiteral("--database"), target, csv,
                              QStringLiteral("--create-missing")});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.contains(QStringLiteral("Imported 80 of 80 rows")));
    // Then listing both gives the same deals (but for ids, which are new)
    const auto withoutIds = [this](const QString &path) {
        QStringList lines = run({QStringLiteral("list"), QStringLiteral("--database"), path})
                                .out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        // The deal's fields, without its id, next activity and stakeholders (an import brings
        // no people along)
        for (QString &line : lines)
            line = line.section(QLatin1Char(','), 1, -3);
        return lines;
    };
    QCOMPARE(withoutIds(target).size(), 81);
    QCOMPARE(withoutIds(target).mid(1, 5), withoutIds(source).mid(1, 5));

    // A file with bad rows is refused line by line, and nothing is imported
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Deal Name,Deal Stage,Amount\nGood,Qualify,100\nWorse,Dreaming,100\nBad,Qualify,"
               "\"12,5k\"\n");
    file.close();
    const Run rows = run({QStringLiteral("import"), QStringLiteral("--database"), target, bad});
    QCOMPARE(rows.exitCode, 3);
    QVERIFY2(rows.out.contains(QStringLiteral("line 3 — Deal Stage: \"Dreaming\" is not a stage")),
             qPrintable(rows.out));
    QVERIFY(rows.out.contains(QStringLiteral("line 4 — Amount: \"12,5k\" is not a number.")));
    QVERIFY2(rows.out.contains(QStringLiteral("Nothing was imported. Fix the 2 rows above")),
             qPrintable(rows.out));
    QVERIFY(rows.out.contains(QStringLiteral("--stage-map \"Dreaming=Identify\"")));
    QVERIFY(!run({QStringLiteral("list"), QStringLiteral("--database"), target})
                 .out.contains(QStringLiteral(",Good,")));
    // Mapping the stage and skipping the bad row imports the rest
    const Run skipped = run({QStringLiteral("import"), QStringLiteral("--database"), target, bad,
                             QStringLiteral("--stage-map"), QStringLiteral("Dreaming=Identify"),
                             QStringLiteral("--skip-bad-rows")});
    QCOMPARE(skipped.exitCode, 3);
    QVERIFY(skipped.out.contains(QStringLiteral("Imported 2 of 3 rows")));

    // An unreadable file is a bad argument
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), target,
                  m_dir.filePath(QStringLiteral("missing.csv"))})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("everything"),
                  QStringLiteral("--database"), source})
                 .exitCode,
             2);

    // A title a spreadsheet would run is exported with an apostrophe, and exactly with --raw
    const QString hostile = m_dir.filePath(QStringLiteral("hostile.csv"));
    QFile formula(hostile);
    QVERIFY(formula.open(QIODevice::WriteOnly));
    formula.write("Deal Name,Deal Stage,Amount\n=1+1,Qualify,100\n");
    formula.close();
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral("--database"), target, hostile}).exitCode, 0);
    const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("opportunities"),
                                 QStringLiteral("--database"), target};
    const Run safe = run(exportArgs);
    QVERIFY2(safe.out.contains(QStringLiteral(",'=1+1,")), qPrintable(safe.out));
    const Run raw = run(exportArgs + QStringList{QStringLiteral("--raw")});
    QVERIFY2(raw.out.contains(QStringLiteral(",=1+1,")), qPrintable(raw.out));
    QVERIFY(!raw.out.contains(QStringLiteral("'=1+1")));
}

void TestCli::shouldPrintForecastAgreeingWithSql()
{
    // Given a demo pipeline
    const QString path = m_dir.filePath(QStringLiteral("forecast.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), path,
                  QStringLiteral("--deals"), QStringLiteral("300")})
                 .exitCode,
             0);
    // When the forecast is printed by quarter
    const Run forecast = run({QStringLiteral("forecast"), QStringLiteral("--database"), path,
                              QStringLiteral("--by"), QStringLiteral("quarter")});
    QCOMPARE(forecast.exitCode, 0);
    QVERIFY2(forecast.err.isEmpty(), qPrintable(forecast.err));
    const QStringList lines = forecast.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("period,deals,amount,weighted,commit,best_case,"
                                           "closed_won,quota,currency"));

    // Then it agrees with this query: open deals past their close date belong to this month;
    // won deals count in full, lost ones not at all; commit is won plus Commit deals; quotas
    // are per rep and month.
    QStringList expected;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral(R"(
            WITH d AS (
                SELECT CASE WHEN s.kind = 'open' AND o.close_date < :today
                            THEN substr(:today, 1, 7) ELSE substr(o.close_date, 1, 7) END AS m,
                       o.amount AS a,
                       CASE s.kind WHEN 'won' THEN 100 WHEN 'lost' THEN 0
                            ELSE COALESCE(o.probability, s.probability) END AS p,
                       CASE s.kind WHEN 'won' THEN 'closed' WHEN 'lost' THEN 'omitted'
                            ELSE COALESCE(o.forecast_category, s.forecast_category) END AS c
                FROM opportunities o JOIN stages s ON s.id = o.stage_id
                WHERE o.deleted_at IS NULL),
            quarters AS (
                SELECT substr(m, 1, 4) || '-Q' || ((CAST(substr(m, 6, 2) AS INTEGER) + 2) / 3) AS q,
                       COUNT(*) AS deals, SUM(a) AS amount, SUM(a * p) / 100 AS weighted,
                       SUM(CASE WHEN c IN ('closed', 'commit') THEN a ELSE 0 END) AS commit_,
                       SUM(CASE WHEN c IN ('closed', 'commit', 'best_case') THEN a ELSE 0 END) AS best,
                       SUM(CASE WHEN c = 'closed' THEN a ELSE 0 END) AS won
                FROM d WHERE c <> 'omitted' GROUP BY q),
            quotas_q AS (
                SELECT substr(month, 1, 4) || '-Q' || ((CAST(substr(month, 6, 2) AS INTEGER) + 2) / 3)
                       AS q, SUM(amount) AS quota FROM quotas GROUP BY q)
            SELECT k.q, COALESCE(deals, 0), COALESCE(amount, 0), COALESCE(weighted, 0),
                   COALESCE(commit_, 0), COALESCE(best, 0), COALESCE(won, 0), quota
            FROM (SELECT q FROM quarters UNION SELECT q FROM quotas_q) k
            LEFT JOIN quarters USING (q) LEFT JOIN quotas_q USING (q) ORDER BY k.q)")));
        q.bindValue(QStringLiteral(":today"),
                    QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        QVERIFY(q.exec());
        auto money = [](const QVariant &cents) {
            const qint64 c = cents.toLongLong();
            return QStringLiteral("%1.%2").arg(c / 100).arg(c % 100, 2, 10, QLatin1Char('0'));
        };
        while (q.next()) {
            expected.append(QStringList{
                q.value(0).toString(), q.value(1).toString(), money(q.value(2)), money(q.value(3)),
                money(q.value(4)), money(q.value(5)), money(q.value(6)),
                q.value(7).isNull() ? QString() : money(q.value(7)), QStringLiteral("USD")}
                                .join(QLatin1Char(',')));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
    QVERIFY(expected.size() >= 3);
    QCOMPARE(lines.mid(1), expected);

    // And a rep's forecast holds only that rep's deals; the reps add up to the whole
    const Run byRep = run({QStringLiteral("forecast"), QStringLiteral("--database"), path,
                           QStringLiteral("--by"), QStringLiteral("rep")});
    QCOMPARE(byRep.exitCode, 0);
    double repTotal = 0;
    for (const QString &line : byRep.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1))
        repTotal += line.split(QLatin1Char(',')).at(2).toDouble();
    double quarterTotal = 0;
    for (const QString &line : std::as_const(expected))
        quarterTotal += line.split(QLatin1Char(',')).at(2).toDouble();
    QCOMPARE(qRound64(repTotal * 100), qRound64(quarterTotal * 100));
}

void TestCli::shouldCopyADatabaseAndRefuseToCopyOverDeals()
{
    const QString from = m_dir.filePath(QStringLiteral("copy-from.sqlite"));
    const QString to = m_dir.filePath(QStringLiteral("copy-to.sqlite"));
    QCOMPARE(
        run({QStringLiteral("demo"), QStringLiteral("--database"), from, QStringLiteral("--deals"),
             QStringLiteral("80"), QStringLiteral("--seed"), QStringLiteral("2")})
            .exitCode,
        0);
    const Run copy =
        run({QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QCOMPARE(copy.exitCode, 0);
    QVERIFY2(copy.out.contains(QStringLiteral("every table's count matches")),
             qPrintable(copy.out));
    QVERIFY(copy.err.contains(QStringLiteral("opportunities: 80 rows")));
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--database"), to}).out,
             run({QStringLiteral("list"), QStringLiteral("--database"), from}).out);

    // Copying again would mix two pipelines: refused, exit 1, and the copy is left as it was
    const Run again =
        run({QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err.trimmed(),
             QStringLiteral("%1 already holds 80 opportunities; copy into a new, empty database.")
                 .arg(QFileInfo(to).absoluteFilePath()));
}

void TestCli::shouldShareAProcessBetweenDatabases()
{
    // Given one database's process written out as JSON
    const QString from = m_dir.filePath(QStringLiteral("process-from.sqlite"));
    const QString to = m_dir.filePath(QStringLiteral("process-to.sqlite"));
    const QString json = m_dir.filePath(QStringLiteral("renewals.json"));
    for (const QString &path : {from, to}) {
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), path,
                      QStringLiteral("--deals"), QStringLiteral("10")})
                     .exitCode,
                 0);
    }
    QCOMPARE(run({QStringLiteral("process"), QStringLiteral("export"), QStringLiteral("--database"),
                  from, QStringLiteral("--output"), json})
                 .exitCode,
             0);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray text = file.readAll();
    QVERIFY(text.contains("\"format\": \"stageboard-process\""));
    QVERIFY(text.contains("\"name\": \"Identify\""));
    // (renamed, as the other database has a "New business" already)
    text.replace("\"name\": \"New business\"", "\"name\": \"Renewals\"");
    file.resize(0);
    file.write(text);
    file.close();

    // When it is imported into another, it is a second pipeline there, with the same stages
    const Run imported = run({QStringLiteral("process"), QStringLiteral("import"), json,
                              QStringLiteral("--database"), to});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out.trimmed(),
             QStringLiteral("Added the pipeline \"Renewals\" with 7 stages."));
    const Run exported =
        run({QStringLiteral("process"), QStringLiteral("export"), QStringLiteral("--database"), to,
             QStringLiteral("--pipeline"), QStringLiteral("renewals")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out.toUtf8(), text);

    // And a file with a mistake is refused with the file and what is wrong, changing nothing
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(QByteArray(text)
                      .replace("\"name\": \"Renewals\"", "\"name\": \"Upsell\"")
                      .replace("\"probability\": 25", "\"probability\": \"25 %\""));
    badFile.close();
    // the file and its write-ahead log, byte for byte
    const auto fingerprint = [](const QString &path) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &name : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile f(name);
            if (f.open(QIODevice::ReadOnly))
                hash.addData(&f);
        }
        return hash.result();
    };
    const QByteArray before = fingerprint(to);
    const Run refused = run({QStringLiteral("process"), QStringLiteral("import"), bad,
                             QStringLiteral("--database"), to});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(
        refused.err.trimmed(),
        bad + QStringLiteral(": Stage \"Qualify\": probability must be a number from 0 to 100."));
    QCOMPARE(fingerprint(to), before);
    // as is a second pipeline of the same name
    const Run twice = run({QStringLiteral("process"), QStringLiteral("import"), json,
                           QStringLiteral("--database"), to});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains(QLatin1String("already a pipeline named \"Renewals\"")),
             qPrintable(twice.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
