// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"
#include "csv/csvexport.h"
#include "csv/csvimport.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

namespace {

struct Target
{
    TestDatabase db;
    GateEngine pipeline{db.storage->opportunityStore(), db.storage->process(),
                        db.storage->directory()};
    qint64 manager = 0;

    explicit Target(int demoOpportunities = 0)
        : db(demoOpportunities)
    {
        if (demoOpportunities == 0)
            db.storage->directory().addUser(
                {0, QStringLiteral("Mona Manager"), UserRole::Manager, {}});
        if (!pipeline.load())
            qFatal("Cannot load the pipeline");
        for (const User &u : pipeline.users()) {
            if (u.role == UserRole::Manager)
                manager = u.id;
        }
    }

    Result<ImportReport> import(const QByteArray &csv, ImportOptions options = {})
    {
        QByteArray bytes = csv;
        QBuffer file(&bytes);
        file.open(QIODevice::ReadOnly);
        options.actorId = manager;
        return CsvImporter(db.storage->opportunityStore(), db.storage->directory(),
                           db.storage->bulk(), pipeline)
            .run(&file, options);
    }

    int count(const char *table) const
    {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1StringView(table))
            .toInt();
    }

    /// The database's own indexes, which a large import drops and builds again.
    QString indexes() const
    {
        return db
            .scalar(db.server ? QStringLiteral("SELECT string_agg(indexname, ',' ORDER BY "
                                               "indexname) FROM pg_indexes WHERE schemaname = "
                                               "'public' AND indexname NOT LIKE '%_pkey'")
                              : QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM "
                                               "sqlite_master WHERE type = 'index' AND sql IS "
                                               "NOT NULL ORDER BY name)"))
            .toString();
    }
};

QByteArray rows(const QByteArray &header, const QList<QByteArray> &lines)
{
    QByteArray csv = header + "\r\n";
    for (const QByteArray &l : lines)
        csv += l + "\r\n";
    return csv;
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRecogniseHeadersOfOtherCrms_data();
    void shouldRecogniseHeadersOfOtherCrms();
    void shouldMapStagesOfOtherCrms();
    void shouldReportExactlyTheBadRowsAndImportNothing();
    void shouldRefuseAbsurdValuesWithLineAndColumn();
    void shouldImportGoodRowsWhenAskedToSkipBadOnes();
    void shouldCountBadRowsNotProblems();
    void shouldFoldLineBreaksWithAWarning();
    void shouldReportRaggedRows();
    void shouldRefuseMalformedFiles_data();
    void shouldRefuseMalformedFiles();
    void shouldLeaveDatabaseUntouchedWhenCancelledWhileWriting();
    void shouldAskBeforeCreatingAccountsAndOwners();
    void shouldRecordImportedDealsInLedger();
    void shouldReproduceDealsThroughExportAndImport();
    void shouldNeutraliseFormulasInExportsAndReadThemBack();
};

void TestCsvImport::shouldRecogniseHeadersOfOtherCrms_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<ImportField>>("fields");
    using F = ImportField;
    QTest::newRow("Salesforce")
        << QStringList{"Opportunity Name", "Account Name", "Stage",
                       "Amount",           "Close Date",   "Opportunity Owner",
                       "Probability (%)",  "Next Step",    "Opportunity ID"}
        << QList<F>{F::Title, F::Account,     F::Stage,    F::Amount, F::CloseDate,
                    F::Owner, F::Probability, F::NextStep, F::Ignore};
    QTest::newRow("HubSpot") << QStringList{"Deal Name",  "Deal Stage", "Amount",
                                            "Close Date", "Deal owner", "Associated Company",
                                            "Record ID"}
                             << QList<F>{F::Title, F::Stage,   F::Amount, F::CloseDate,
                                         F::Owner, F::Account, F::Ignore};
    QTest::newRow("Pipedrive") << QStringList{"Title",    "Organization",        "Stage", "Value",
                                              "Currency", "Expected close date", "Owner"}
                               << QList<F>{F::Title,    F::Account,   F::Stage, F::Amount,
                                           F::Currency, F::CloseDate, F::Owner};
    QTest::newRow("Stageboard") << CsvExporter::opportunityHeader().mid(0, 8)
                                << QList<F>{F::Ignore, F::Title,  F::Account,  F::Owner,
                                            F::Stage,  F::Amount, F::Currency, F::Probability};
}

void TestCsvImport::shouldRecogniseHeadersOfOtherCrms()
{
    QFETCH(QStringList, header);
    QFETCH(QList<ImportField>, fields);
    QCOMPARE(guessImportColumns(header), fields);
}

void TestCsvImport::shouldMapStagesOfOtherCrms()
{
    Target t;
    ImportOptions options;
    options.createMissing = true;
    options.stageMap.insert(QStringLiteral("Pilot running"), QStringLiteral("Propose"));
    const auto report = t.import(
        rows("Deal Name,Deal Stage", {"A,appointmentscheduled", "B,Closed Won", "C,closedlost",
                                      "D,Negotiation/Review", "E,Pilot running", "F,"}),
        options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY(report->problems.isEmpty());
    QCOMPARE(report->imported, 6);
    const QString stageOf = QStringLiteral(
        "SELECT s.name FROM opportunities o JOIN stages s ON s.id = o.stage_id WHERE o.title = ?");
    QCOMPARE(t.db.scalar(stageOf, {QStringLiteral("A")}).toString(), QStringLiteral("Identify"));
    QCOMPARE(t.db.scalar(stageOf, {QStringLiteral("B")}).toString(), QStringLiteral("Closed Won"));
    QCOMPARE(t.db.scalar(stageOf, {QStringLiteral("C")}).toString(), QStringLiteral("Closed Lost"));
    QCOMPARE(t.db.scalar(stageOf, {QStringLiteral("D")}).toString(), QStringLiteral("Negotiate"));
    QCOMPARE(t.db.scalar(stageOf, {QStringLiteral("E")}).toString(), QStringLiteral("Propose"));
    QCOMPARE(t.db.scalar(stageOf, {QStringLiteral("F")}).toString(), QStringLiteral("Identify"));
}

void TestCsvImport::shouldReportExactlyTheBadRowsAndImportNothing()
{
    // Given a 1,000-row file with three bad rows
    QList<QByteArray> lines;
    for (int i = 1; i <= 1000; ++i)
        lines.append("Deal " + QByteArray::number(i) + ",Qualify," + QByteArray::number(i * 100) +
                     ",2027-03-31");
    lines[16 - 1] = "Deal 16,Qualify,\"12,5k\",2027-03-31"; // line 17 of the file
    lines[500 - 1] = ",Qualify,100,2027-03-31";             // line 501
    lines[998 - 1] = "Deal 998,Qualify,100,2025-02-30";     // line 999
    Target t;
    const int before = t.count("opportunities");
    const auto report = t.import(rows("Title,Stage,Amount,Close Date", lines));
    QVERIFY(report);
    // Then exactly those three are reported, with line, column and reason
    QCOMPARE(report->rows, 1000);
    QStringList texts;
    for (const ImportProblem &p : report->problems)
        texts.append(p.text());
    QCOMPARE(texts, QStringList({QStringLiteral("line 17, Amount: \"12,5k\" is not a number."),
                                 QStringLiteral("line 501, Title: is empty; every opportunity "
                                                "needs a title."),
                                 QStringLiteral("line 999, Close Date: \"2025-02-30\" is not a "
                                                "date: February 2025 has only 28 days.")}));
    // And nothing is imported
    QCOMPARE(report->imported, 0);
    QCOMPARE(t.count("opportunities"), before);
    QCOMPARE(t.count("stage_history"), 0);
}

void TestCsvImport::shouldRefuseAbsurdValuesWithLineAndColumn()
{
    // Given a file with an astronomical amount, a 1 MB title, a close date in year 9999 and
    // control characters, among good rows
    const QByteArray megabyte(1024 * 1024, 'X');
    Target t(3);
    const int before = t.count("opportunities");
    const auto report =
        t.import(rows("Title,Stage,Amount,Close Date,Next Step",
                      {"Good,Qualify,100,2027-03-31,Call", "Huge,Qualify,1e300,2027-03-31,Call",
                       megabyte + ",Qualify,100,2027-03-31,Call", "Far,Qualify,100,9999-12-31,Call",
                       "\"Bell\x07\",Qualify,100,2027-03-31,Call",
                       "Escape,Qualify,100,2027-03-31,\"\x1b[31mred\"",
                       "Largest,Qualify,10000000000,2027-03-31,Call"}));
    QVERIFY(report);
    // Then each is reported with its line, column and reason
    QStringList texts;
    for (const ImportProblem &p : report->problems)
        texts.append(p.text());
    const QString control = QStringLiteral(
        "contains control characters (such as line breaks or escape codes), which are not "
        "allowed.");
    QCOMPARE(texts,
             QStringList({QStringLiteral("line 3, Amount: \"1e300\" is too large."),
                          QStringLiteral("line 4, Title: is longer than 500 characters."),
                          QStringLiteral("line 5, Close Date: 9999-12-31 is out of range (1900 "
                                         "to 2999)."),
                          QStringLiteral("line 6, Title: ") + control,
                          QStringLiteral("line 7, Next Step: ") + control}));
    // And nothing is imported: the board and the forecast are as they were
    QCOMPARE(report->imported, 0);
    QCOMPARE(t.count("opportunities"), before);

    // When the bad rows are skipped, the good ones - the largest amount among them - go in
    ImportOptions skip;
    skip.skipBadRows = true;
    const auto skipped = t.import(rows("Title,Stage,Amount,Close Date",
                                       {"Good,Qualify,100,2027-03-31", megabyte + ",Qualify,1,",
                                        "Largest,Qualify,10000000000,2027-03-31"}),
                                  skip);
    QVERIFY(skipped);
    QCOMPARE(skipped->imported, 2);
    QCOMPARE(t.db.scalar(QStringLiteral("SELECT amount FROM opportunities WHERE title = "
                                        "'Largest'"))
                 .toLongLong(),
             maximumAmount);
    QCOMPARE(t.db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE LENGTH(title) "
                                        "> 500"))
                 .toInt(),
             0);
}

void TestCsvImport::shouldImportGoodRowsWhenAskedToSkipBadOnes()
{
    Target t;
    ImportOptions options;
    options.skipBadRows = true;
    const auto report = t.import(rows("Title,Amount", {"A,1", "B,-5", "C,3", "D,x"}), options);
    QVERIFY(report);
    QCOMPARE(report->problems.size(), 2);
    QCOMPARE(report->imported, 2);
    QCOMPARE(t.count("opportunities"), 2);
}

void TestCsvImport::shouldCountBadRowsNotProblems()
{
    // Given a 7-row Salesforce export whose last row (line 8) has three problems
    Target t;
    const QByteArray csv = rows("Opportunity Name,Stage,Amount,Close Date",
                                {"A,Prospecting,100,2027-01-31", "B,Prospecting,200,2027-01-31",
                                 "C,Prospecting,300,2027-01-31", "D,Prospecting,400,2027-01-31",
                                 "E,Prospecting,500,2027-01-31", "F,Prospecting,600,2027-01-31",
                                 "G,Pilot,lots,2025-02-30"});
    const auto report = t.import(csv);
    QVERIFY(report);
    // Then one row is bad, with all three of its problems on one line, and six are good
    QCOMPARE(report->rows, 7);
    QCOMPARE(report->badRows, 1);
    QCOMPARE(report->goodRows(), 6);
    QCOMPARE(report->problems.size(), 3);
    QCOMPARE(report->badRowTexts(),
             QStringList{QStringLiteral(
                 "line 8 — Stage: \"Pilot\" is not a stage of this process; choose the stage it "
                 "means. Amount: \"lots\" is not a number. Close Date: \"2025-02-30\" is not "
                 "a date: February 2025 has only 28 days.")});
    QCOMPARE(report->unknownStages, QStringList{QStringLiteral("Pilot")});
    // And skipping it imports the other six
    ImportOptions skip;
    skip.skipBadRows = true;
    const auto skipped = t.import(csv, skip);
    QVERIFY(skipped);
    QCOMPARE(skipped->imported, 6);
    QCOMPARE(t.count("opportunities"), 6);
}

void TestCsvImport::shouldFoldLineBreaksWithAWarning()
{
    // Given a title and an account with a line break pasted in, and a next step with an escape
    Target t;
    ImportOptions options;
    options.createMissing = true;
    const auto report =
        t.import(rows("Title,Account,Amount,Next Step",
                      {"\"Onboarding\r\npackage\",\"Glacier\nManufacturing\",100,Call",
                       "Plain,Glacier Manufacturing,200,\"\x1b[31mred\""}),
                 options);
    QVERIFY(report);
    // Then the line breaks become spaces, each with a warning naming line and column
    QCOMPARE(report->badRows, 1);
    QCOMPARE(report->warnings.size(), 2);
    QCOMPARE(report->warnings.at(0).text(),
             QStringLiteral("line 2, Title: a line break was folded into a space."));
    QCOMPARE(report->warnings.at(1).text(),
             QStringLiteral("line 2, Account: a line break was folded into a space."));
    // And other control characters are still refused; nothing goes in while a row is bad
    QCOMPARE(report->problems.size(), 1);
    QVERIFY(report->problems.first().text().startsWith(QStringLiteral("line 5, Next Step:")));
    options.skipBadRows = true;
    const auto imported = t.import(
        rows("Title,Account,Amount", {"\"Onboarding\r\npackage\",\"Glacier\nManufacturing\",100"}),
        options);
    QVERIFY(imported);
    QCOMPARE(imported->imported, 1);
    QCOMPARE(t.db.scalar(QStringLiteral("SELECT title FROM opportunities")).toString(),
             QStringLiteral("Onboarding package"));
    QCOMPARE(t.db.scalar(QStringLiteral("SELECT name FROM accounts")).toString(),
             QStringLiteral("Glacier Manufacturing"));
}

void TestCsvImport::shouldReportRaggedRows()
{
    Target t;
    const auto report =
        t.import(rows("Title,Amount,Stage", {"A,1,Qualify", "B,2", "C,3,Qualify,x"}));
    QVERIFY(report);
    QCOMPARE(report->problems.size(), 2);
    QCOMPARE(report->problems.at(0).text(),
             QStringLiteral("line 3: the row has 2 fields, the header has 3."));
    QCOMPARE(report->problems.at(1).text(),
             QStringLiteral("line 4: the row has 4 fields, the header has 3."));
    QCOMPARE(t.count("opportunities"), 0);
}

void TestCsvImport::shouldRefuseMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("header only") << QByteArray("Title,Amount\r\n") << "line 1";
    QTest::newRow("no title column") << QByteArray("Foo,Bar\n1,2\n") << "titles";
    QTest::newRow("unterminated quote on the last line")
        << QByteArray("Title,Amount\nA,1\nB,\"2\n") << "line 3";
    QTest::newRow("invalid UTF-8") << QByteArray("Title\nA\n\xc3\x28\n") << "UTF-8";
}

void TestCsvImport::shouldRefuseMalformedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    Target t;
    const auto report = t.import(bytes);
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
    QCOMPARE(t.count("opportunities"), 0);
}

void TestCsvImport::shouldLeaveDatabaseUntouchedWhenCancelledWhileWriting()
{
    // Given a large file, and a person who cancels once writing has begun
    Target t(50);
    const int deals = t.count("opportunities");
    const int accounts = t.count("accounts");
    const QString indexes = t.indexes();
    QVERIFY(indexes.contains(QStringLiteral("opportunities_stage")));
    QList<QByteArray> lines;
    for (int i = 0; i < 3000; ++i)
        lines.append("Deal " + QByteArray::number(i) + ",New Account " + QByteArray::number(i));
    ImportOptions options;
    options.createMissing = true;
    int calls = 0;
    options.progress = [&calls](qint64) { return ++calls < 8; }; // 6 calls in the first pass
    const auto report = t.import(rows("Title,Account", lines), options);
    QVERIFY(report);
    QVERIFY(report->cancelled);
    // Then nothing at all was written: no deals, no accounts
    QCOMPARE(t.count("opportunities"), deals);
    QCOMPARE(t.count("accounts"), accounts);
    QCOMPARE(t.indexes(), indexes);
}

void TestCsvImport::shouldAskBeforeCreatingAccountsAndOwners()
{
    Target t;
    const QByteArray csv = rows("Title,Account,Owner", {"A,Acme,Olga Owner", "B,acme,"});
    const auto asked = t.import(csv);
    QVERIFY(asked);
    QCOMPARE(asked->missingAccounts, QStringList{QStringLiteral("Acme")});
    QCOMPARE(asked->missingOwners, QStringList{QStringLiteral("Olga Owner")});
    QVERIFY(asked->refused({}));
    QCOMPARE(t.count("opportunities"), 0);

    ImportOptions create;
    create.createMissing = true;
    const auto done = t.import(csv, create);
    QVERIFY(done);
    QCOMPARE(done->imported, 2);
    QCOMPARE(t.count("accounts"), 1);
    QCOMPARE(
        t.db.scalar(QStringLiteral("SELECT role FROM users WHERE name = 'Olga Owner'")).toString(),
        QStringLiteral("rep"));
    // A row without an owner belongs to whoever imported it
    QCOMPARE(t.db.scalar(QStringLiteral("SELECT owner_id FROM opportunities WHERE title = 'B'"))
                 .toLongLong(),
             t.manager);
}

void TestCsvImport::shouldRecordImportedDealsInLedger()
{
    Target t;
    const auto report = t.import(rows("Title,Stage,Amount", {"A,Negotiate,1000"}));
    QVERIFY(report);
    const auto deals = *t.db.storage->opportunityStore().opportunities();
    QCOMPARE(deals.size(), 1);
    const auto history = *t.db.storage->opportunityStore().stageHistory(deals.first().id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().kind, ChangeKind::Imported);
    QVERIFY(!history.first().fromStageId);
    QVERIFY(history.first().overrideReason.isEmpty());
    QVERIFY(history.first().unmetCriteria.isEmpty());
    QCOMPARE(history.first().amount, Cents(100000));
    QCOMPARE(history.first().probability, 75);
    QCOMPARE(history.first().userId, t.manager);
}

void TestCsvImport::shouldReproduceDealsThroughExportAndImport()
{
    // Given a demo database, exported
    Target source(200);
    QBuffer exported;
    exported.open(QIODevice::WriteOnly);
    auto deals = *source.db.storage->opportunityStore().opportunities();
    std::sort(deals.begin(), deals.end(),
              [](const Opportunity &a, const Opportunity &b) { return a.id < b.id; });
    QVERIFY(CsvExporter(source.db.storage->opportunityStore(), source.db.storage->forecast(),
                        source.db.storage->directory(), source.pipeline)
                .exportOpportunities(&exported, deals, {QLatin1Char(';'), true, false, {}}));
    exported.close();

    // When it is imported into an empty database
    Target target;
    const QString indexes = target.indexes();
    ImportOptions options;
    options.createMissing = true;
    const auto report = target.import(exported.data(), options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY(report->problems.isEmpty());
    QCOMPARE(report->imported, 200);
    // (an import that outgrows the board rebuilds the indexes: they are all there again)
    QCOMPARE(target.indexes(), indexes);

    // Then the same opportunities are there
    const auto describe = [](SqlStorage &storage, const GateEngine &pipeline) {
        QHash<qint64, QString> accounts;
        const QList<Account> all = *storage.directory().accounts();
        for (const Account &a : all)
            accounts.insert(a.id, a.name);
        QStringList lines;
        auto deals = *storage.opportunityStore().opportunities();
        std::sort(deals.begin(), deals.end(),
                  [](const Opportunity &a, const Opportunity &b) { return a.id < b.id; });
        for (const Opportunity &o : deals) {
            const User *owner = pipeline.user(o.ownerId);
            lines.append(
                QStringList{o.title, accounts.value(o.accountId), owner ? owner->name : QString(),
                            pipeline.stage(o.stageId)->name, QString::number(o.amount), o.currency,
                            o.closeDate.toString(Qt::ISODate), o.nextStep, o.closeReason, o.contact,
                            QString::number(o.probability.value_or(-1))}
                    .join(QLatin1Char('|')));
        }
        return lines;
    };
    QVERIFY(target.pipeline.load());
    QCOMPARE(describe(*target.db.storage, target.pipeline),
             describe(*source.db.storage, source.pipeline));
}

void TestCsvImport::shouldNeutraliseFormulasInExportsAndReadThemBack()
{
    // Given deals whose title, account and next step a spreadsheet would run as formulas
    Target source;
    ImportOptions create;
    create.createMissing = true;
    const auto imported = source.import(
        rows("Title,Account,Amount,Next Step",
             {"\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",@Acme,100,+call",
              "\"@SUM(1+1)*cmd|' /C calc'!A0\",Plain Co,250,-"}),
        create);
    QVERIFY(imported);
    QCOMPARE(imported->imported, 2);
    auto deals = *source.db.storage->opportunityStore().opportunities();
    std::sort(deals.begin(), deals.end(),
              [](const Opportunity &a, const Opportunity &b) { return a.id < b.id; });
    const auto exportWith = [&](bool raw) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.raw = raw;
        if (!CsvExporter(source.db.storage->opportunityStore(), source.db.storage->forecast(),
                         source.db.storage->directory(), source.pipeline)
                 .exportOpportunities(&out, deals, options))
            return QByteArray();
        return out.data();
    };

    // When they are exported for people, no cell starts a formula; amounts are untouched
    const QByteArray safe = exportWith(false);
    QVERIFY2(safe.contains("\"'=HYPERLINK("), safe.constData());
    QVERIFY(safe.contains(",'@Acme,"));
    QVERIFY(safe.contains(",'@SUM(1+1)*cmd|' /C calc'!A0,"));
    QVERIFY(safe.contains(",'+call,"));
    QVERIFY(safe.contains(",100.00,") || safe.contains(",100,"));
    for (const QByteArray &line : safe.split('\n')) {
        for (const QByteArray &cell : line.split(',')) {
            const QByteArray bare = cell.startsWith('"') ? cell.mid(1) : cell;
            QVERIFY2(bare.isEmpty() || !QByteArray("=+-@").contains(bare.at(0)), line.constData());
        }
    }
    // And --raw writes them exactly
    const QByteArray raw = exportWith(true);
    QVERIFY(raw.contains("\"=HYPERLINK("));
    QVERIFY(raw.contains(",@Acme,"));

    // And importing the safe export gives back exactly the original text
    Target target;
    const auto report = target.import(safe, create);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->imported, 2);
    const auto texts = [](Target &t) {
        QHash<qint64, QString> accounts;
        const QList<Account> known = *t.db.storage->directory().accounts();
        for (const Account &a : known)
            accounts.insert(a.id, a.name);
        auto all = *t.db.storage->opportunityStore().opportunities();
        std::sort(all.begin(), all.end(),
                  [](const Opportunity &a, const Opportunity &b) { return a.id < b.id; });
        QStringList lines;
        for (const Opportunity &o : all) {
            lines.append(QStringList{o.title, accounts.value(o.accountId), o.nextStep,
                                     QString::number(o.amount)}
                             .join(QLatin1Char('|')));
        }
        return lines.join(QLatin1Char(';'));
    };
    QCOMPARE(texts(target), texts(source));
    QVERIFY(texts(target).startsWith(
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")|@Acme|+call|10000")));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
