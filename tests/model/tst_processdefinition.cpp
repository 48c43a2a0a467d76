// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvimport.h"
#include "process/processdefinition.h"
#include "process/processlint.h"
#include "services/gateengine.h"
#include "storage/sqlstorage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Stageboard;

/// The JSON form a process is shared in: what is written reads back the same, and a bad file
/// is refused with what is wrong and where.
class TestProcessDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadBackWhatItWrites();
    void shouldReadOwnersAsLevelsAndRoles();
    void shouldRefuseABadFile_data();
    void shouldRefuseABadFile();
    void shouldStartANewDatabaseInTheUsersLanguage_data();
    void shouldStartANewDatabaseInTheUsersLanguage();
};

void TestProcessDefinition::shouldReadBackWhatItWrites()
{
    ProcessDefinition original = ProcessDefinition::defaultProcess();
    original.stages[0].stage.rotDays.reset();
    original.stages[1].exitCriteria[0].signOff = SignOff{QStringLiteral("Finance")};
    SignOff plant{QStringLiteral("Plant manager")};
    plant.minAmount = 5'000'000;
    plant.reopenOn = {QStringLiteral("close_date"), QStringLiteral("amount")};
    plant.notOwnDeal = true;
    original.stages[2].exitCriteria[0].signOff = plant;
    original.roles = {TeamRole{0, QStringLiteral("Plant manager"),
                               QStringLiteral("Confirms the delivery dates.")}};
    const QByteArray json = original.toJson();
    const auto read = ProcessDefinition::fromJson(json);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->name, original.name);
    QCOMPARE(read->stages.size(), original.stages.size());
    for (int i = 0; i < original.stages.size(); ++i) {
        const StageDefinition &a = original.stages.at(i);
        const StageDefinition &b = read->stages.at(i);
        QCOMPARE(b.stage.name, a.stage.name);
        QCOMPARE(b.stage.position, i);
        QCOMPARE(b.stage.definition, a.stage.definition);
        QCOMPARE(b.stage.goal, a.stage.goal);
        QCOMPARE(b.stage.ownerRoles, a.stage.ownerRoles);
        QCOMPARE(b.stage.ownerTeams, a.stage.ownerTeams);
        QCOMPARE(b.stage.probability, a.stage.probability);
        QCOMPARE(b.stage.kind, a.stage.kind);
        QCOMPARE(b.stage.rotDays, a.stage.rotDays);
        QCOMPARE(b.stage.forecastCategory, a.stage.forecastCategory);
        QCOMPARE(b.activities, a.activities);
        QCOMPARE(b.exitCriteria.size(), a.exitCriteria.size());
        for (int c = 0; c < a.exitCriteria.size(); ++c) {
            QCOMPARE(b.exitCriteria.at(c).text, a.exitCriteria.at(c).text);
            QCOMPARE(b.exitCriteria.at(c).required, a.exitCriteria.at(c).required);
            QCOMPARE(b.exitCriteria.at(c).knockOut, a.exitCriteria.at(c).knockOut);
            QCOMPARE(b.exitCriteria.at(c).signOff, a.exitCriteria.at(c).signOff);
        }
    }
    QCOMPARE(read->wonReasons, original.wonReasons);
    QCOMPARE(read->lostReasons, original.lostReasons);
    QVERIFY(!original.wonReasons.isEmpty());
    QCOMPARE(read->roles.size(), 1);
    QCOMPARE(read->roles.at(0).name, QStringLiteral("Plant manager"));
    QCOMPARE(read->roles.at(0).description, QStringLiteral("Confirms the delivery dates."));
    QCOMPARE(read->stages.at(2).exitCriteria.at(0).signOff->minAmount, 5'000'000);
    // and writing it again gives the same bytes
    QCOMPARE(read->toJson(), json);
}

void TestProcessDefinition::shouldReadOwnersAsLevelsAndRoles()
{
    // Given a file whose stage is owned by the rep, "legal" (a level in older files) and a
    // role of the company's own
    const QByteArray json = R"({"format": "stageboard-process", "formatVersion": 1,
        "name": "Sales", "stages": [{"name": "Negotiate", "probability": 60, "kind": "open",
        "owners": ["rep", "legal", "Plant manager", "plant manager"]}]})";
    // When it is read
    const auto read = ProcessDefinition::fromJson(json);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    // Then the rep owns it as a level, and "Legal" and "Plant manager" (once) as roles
    const Stage &s = read->stages.at(0).stage;
    QCOMPARE(s.ownerRoles, QList<UserRole>{UserRole::Rep});
    QCOMPARE(s.ownerTeams, (QStringList{QStringLiteral("Legal"), QStringLiteral("Plant manager")}));
    // And it is written back with the role by its name
    QVERIFY(read->toJson().contains(R"("Legal")"));
    QVERIFY(!read->toJson().contains(R"("legal")"));
}

void TestProcessDefinition::shouldRefuseABadFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"format": "stageboard-process", "formatVersion": 1, "name": "R", )";
    const auto with = [&head](const char *stages) -> QByteArray {
        return head + R"("stages": [)" + stages + R"(, {"name": "Won", "probability": 100,
            "kind": "won"}]})";
    };
    QTest::newRow("broken JSON") << QByteArray("{\n  \"format\": \"stageboard-process\",\n  "
                                               "\"name\" \"R\"\n}")
                                 << "The process definition is not valid JSON at line 3, column "
                                    "10: missing name separator.";
    QTest::newRow("not a process") << QByteArray(R"({"format": "csv"})")
                                   << "The file is not a Stageboard process definition "
                                      "(\"format\" is not \"stageboard-process\").";
    QTest::newRow("newer format")
        << QByteArray(R"({"format": "stageboard-process", "formatVersion": 2, "name": "R"})")
        << "The process definition is of format version 2, newer than this Stageboard reads (1): "
           "update Stageboard to import it.";
    QTest::newRow("no name") << QByteArray(R"({"format": "stageboard-process", "stages": []})")
                             << "The process definition has no \"name\".";
    QTest::newRow("stages not a list") << QByteArray(head + R"("stages": "Identify"})")
                                       << "The process definition has no \"stages\" list.";
    QTest::newRow("stage not an object")
        << with(R"("Identify")") << "Stage 1 is not an object with a name and fields.";
    QTest::newRow("two stages with one name")
        << with(R"({"name": "Open", "probability": 10, "kind": "open"},
                   {"name": "open", "probability": 20, "kind": "open"})")
        << "Two stages are named \"open\"; each needs its own name.";
    QTest::newRow("probability 150")
        << with(R"({"name": "Open", "probability": 150, "kind": "open"})")
        << "Stage \"Open\": probability must be a number from 0 to "
           "100.";
    QTest::newRow("unknown kind") << with(R"({"name": "Open", "probability": 10, "kind": "maybe"})")
                                  << "Stage \"Open\": kind must be open, won or lost.";
    QTest::newRow("owners not a list")
        << with(R"({"name": "Open", "probability": 10, "kind": "open", "owners": "rep"})")
        << "Stage \"Open\": \"owners\" must be a list.";
    QTest::newRow("owner without a name")
        << with(R"({"name": "Open", "probability": 10, "kind": "open", "owners": ["rep", " "]})")
        << "Stage \"Open\": owner 2 is not the name of a role.";
    QTest::newRow("rot days 0")
        << with(R"({"name": "Open", "probability": 10, "kind": "open", "rotDays": 0})")
        << "Stage \"Open\": rotDays must be a number of days from 1 to 3650.";
    QTest::newRow("criterion without text")
        << with(R"({"name": "Open", "probability": 10, "kind": "open",
                   "exitCriteria": [{"text": "Budget"}, {"required": true}]})")
        << "Stage \"Open\": exit criterion 2 has no text.";
    QTest::newRow("sign-off without a role")
        << with(R"({"name": "Open", "probability": 10, "kind": "open",
                   "exitCriteria": [{"text": "Budget", "signOff": {"minAmount": "100.00"}}]})")
        << "Stage \"Open\", criterion \"Budget\": the sign-off names no role.";
    QTest::newRow("sign-off re-opened by an unknown field")
        << with(R"({"name": "Open", "probability": 10, "kind": "open",
                   "exitCriteria": [{"text": "Budget",
                                     "signOff": {"role": "CFO", "reopenOn": ["colour"]}}]})")
        << "Stage \"Open\", criterion \"Budget\": reopenOn names \"colour\", which is not one "
           "of amount, currency, close_date, probability, owner, account, contact, title, "
           "next_step.";
    QTest::newRow("sign-off from a negative amount")
        << with(R"({"name": "Open", "probability": 10, "kind": "open",
                   "exitCriteria": [{"text": "Budget",
                                     "signOff": {"role": "CFO", "minAmount": "-5"}}]})")
        << "Stage \"Open\", criterion \"Budget\": minAmount must be an amount such as "
           "\"50000.00\".";
    QTest::newRow("no open stage")
        << QByteArray(head + R"("stages": [{"name": "Won", "probability": 100, "kind": "won"}]})")
        << "The process has no open stage for a deal to start in.";
}

void TestProcessDefinition::shouldRefuseABadFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto read = ProcessDefinition::fromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().message, message);
}

void TestProcessDefinition::shouldStartANewDatabaseInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("pipeline");
    QTest::addColumn<QString>("firstStage");
    QTest::addRow("German") << "de_DE"
                            << "Neugeschäft"
                            << "Identifiziert";
    QTest::addRow("French") << "fr_FR"
                            << "Nouvelles affaires"
                            << "Identifiée";
    QTest::addRow("Austrian German") << "de_AT"
                                     << "Neugeschäft"
                                     << "Identifiziert";
    QTest::addRow("English") << "en_GB"
                             << "New business"
                             << "Identify";
    QTest::addRow("Spanish: not translated") << "es_ES"
                                             << "New business"
                                             << "Identify";
}

void TestProcessDefinition::shouldStartANewDatabaseInTheUsersLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, pipeline);
    QFETCH(QString, firstStage);
    const ProcessDefinition english = ProcessDefinition::defaultProcess(QLocale::English);

    // When a new database is made by someone working in this language
    QTemporaryDir dir;
    QLocale::setDefault(QLocale(locale));
    auto storage = SqlStorage::openSqlite(dir.filePath(QStringLiteral("new.sqlite")));
    QLocale::setDefault(QLocale::c());
    QVERIFY(storage);
    const ProcessDefinition made =
        *(*storage)->process().processDefinition((*storage)->process().pipelines()->first().id);

    // Then its process is the default one in that language: the same stages, gates and
    // numbers, in their words, and as sound (the lint has nothing to say)
    QCOMPARE(made.name, pipeline);
    QCOMPARE(made.stages.first().stage.name, firstStage);
    QCOMPARE(made.stages.size(), english.stages.size());
    for (int i = 0; i < english.stages.size(); ++i) {
        const StageDefinition &e = english.stages.at(i);
        const StageDefinition &m = made.stages.at(i);
        QCOMPARE(m.stage.kind, e.stage.kind);
        QCOMPARE(m.stage.probability, e.stage.probability);
        QCOMPARE(m.stage.ownerRoles, e.stage.ownerRoles);
        QCOMPARE(m.stage.rotDays, e.stage.rotDays);
        QCOMPARE(m.activities.size(), e.activities.size());
        QCOMPARE(m.exitCriteria.size(), e.exitCriteria.size());
        for (int c = 0; c < e.exitCriteria.size(); ++c) {
            QCOMPARE(m.exitCriteria.at(c).required, e.exitCriteria.at(c).required);
            QCOMPARE(m.exitCriteria.at(c).signOff, e.exitCriteria.at(c).signOff);
            QCOMPARE(m.exitCriteria.at(c).knockOut, e.exitCriteria.at(c).knockOut);
        }
        QVERIFY(!m.stage.definition.isEmpty() && !m.stage.goal.isEmpty());
    }
    QVERIFY(ProcessLint::check(made).isEmpty());
    // And a CRM's stage name in an imported file still finds its stage there
    GateEngine process((*storage)->opportunityStore(), (*storage)->process(),
                       (*storage)->directory());
    QVERIFY(process.load());
    QLocale::setDefault(QLocale(locale));
    const Stage *mapped = resolveImportStage(process, QStringLiteral("appointmentscheduled"));
    QLocale::setDefault(QLocale::c());
    QVERIFY(mapped);
    QCOMPARE(mapped->name, firstStage);
}

QTEST_GUILESS_MAIN(TestProcessDefinition)
#include "tst_processdefinition.moc"
