// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "process/processlint.h"

#include <QTest>

using namespace Stageboard;
using Rule = LintFinding::Rule;

Q_DECLARE_METATYPE(Rule)
Q_DECLARE_METATYPE(ProcessDefinition)

/// The advice the process editor shows as the admin types, rule by rule.
class TestProcessLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFindNothingInTheDefaultProcess();
    void shouldFlag_data();
    void shouldFlag();
    void readsAsOngoing_data();
    void readsAsOngoing();
};

namespace {

/// A sound three-stage process (two open, won, lost) for each case to spoil in one way.
ProcessDefinition sound()
{
    ProcessDefinition p;
    p.name = QStringLiteral("Renewals");
    const auto stage = [](const char *name, int probability, StageKind kind) {
        StageDefinition s;
        s.stage.name = QString::fromLatin1(name);
        s.stage.definition = QStringLiteral("What is true of a deal here.");
        s.stage.probability = probability;
        s.stage.kind = kind;
        if (kind == StageKind::Open) {
            s.stage.ownerRoles = {UserRole::Rep};
            s.activities = {QStringLiteral("Call"), QStringLiteral("Write"),
                            QStringLiteral("Meet")};
        }
        return s;
    };
    p.stages = {stage("Contacted", 20, StageKind::Open), stage("Quoted", 60, StageKind::Open),
                stage("Renewed", 100, StageKind::Won), stage("Churned", 0, StageKind::Lost)};
    return p;
}

} // namespace

void TestProcessLint::shouldFindNothingInTheDefaultProcess()
{
    const QList<LintFinding> findings = ProcessLint::check(ProcessDefinition::defaultProcess());
    QStringList messages;
    for (const LintFinding &f : findings)
        messages.append(f.message);
    QVERIFY2(findings.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    QVERIFY(ProcessLint::check(sound()).isEmpty());
}

void TestProcessLint::shouldFlag_data()
{
    QTest::addColumn<ProcessDefinition>("process");
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("message");

    ProcessDefinition p = sound();
    p.stages[1].stage.name = QStringLiteral("Negotiating terms");
    QTest::newRow("-ing name") << p << Rule::OngoingName << 1
                               << "\"Negotiating terms\" reads as something under way; name a "
                                  "stage for the state a deal has reached (\"Qualified\", not "
                                  "\"Qualifying\").";
    p = sound();
    p.stages[1].stage.probability = 20;
    QTest::newRow("probability flat") << p << Rule::ProbabilityNotRising << 1
                                      << "\"Quoted\" is no likelier to close (20 %) than "
                                         "\"Contacted\" before it (20 %): probabilities should "
                                         "rise stage by stage.";
    p = sound();
    p.stages[1].stage.probability = 10;
    QTest::newRow("probability falling") << p << Rule::ProbabilityNotRising << 1
                                         << "\"Quoted\" is no likelier to close (10 %) than "
                                            "\"Contacted\" before it (20 %): probabilities should "
                                            "rise stage by stage.";
    p = sound();
    p.stages.removeAt(2);
    QTest::newRow("no won stage") << p << Rule::NoWonStage << -1
                                  << "The process has no won stage: no deal can be closed as won.";
    p = sound();
    p.stages.removeAt(3);
    QTest::newRow("no lost stage")
        << p << Rule::NoLostStage << -1
        << "The process has no lost stage: no deal can be closed as lost.";
    p = sound();
    p.stages[0].stage.definition = QStringLiteral("  ");
    QTest::newRow("no definition") << p << Rule::NoDefinition << 0
                                   << "\"Contacted\" has no definition: say what is true of a "
                                      "deal in it.";
    p = sound();
    p.stages[1].stage.ownerRoles.clear();
    QTest::newRow("no owner") << p << Rule::NoOwner << 1
                              << "\"Quoted\" has no owner: say who moves deals through it.";
    p = sound();
    p.stages[0].activities = {QStringLiteral("Call")};
    QTest::newRow("one activity") << p << Rule::TooFewActivities << 0
                                  << "\"Contacted\" needs at least 2 recommended activities to "
                                     "guide a rep; it has 1.";
    p = sound();
    p.stages[1].activities.clear();
    for (int i = 0; i < 9; ++i)
        p.stages[1].activities.append(QStringLiteral("Step %1").arg(i));
    QTest::newRow("nine activities") << p << Rule::TooManyActivities << 1
                                     << "\"Quoted\" has 9 recommended activities; more than 8 "
                                        "are rarely all done: keep the ones that matter.";
}

void TestProcessLint::shouldFlag()
{
    QFETCH(ProcessDefinition, process);
    QFETCH(Rule, rule);
    QFETCH(int, stage);
    QFETCH(QString, message);
    const QList<LintFinding> findings = ProcessLint::check(process);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, rule);
    QCOMPARE(findings.first().stage, stage);
    QCOMPARE(findings.first().message, message);
}

void TestProcessLint::readsAsOngoing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ongoing");
    QTest::newRow("Qualifying") << "Qualifying" << true;
    QTest::newRow("Closing soon") << "Closing soon" << true;
    QTest::newRow("Qualified") << "Qualified" << false;
    QTest::newRow("Bring-in is short") << "Bring" << false;
    QTest::newRow("Onboarding") << " onboarding " << true;
    QTest::newRow("Closed Won") << "Closed Won" << false;
}

void TestProcessLint::readsAsOngoing()
{
    QFETCH(QString, name);
    QFETCH(bool, ongoing);
    QCOMPARE(ProcessLint::readsAsOngoing(name), ongoing);
}

QTEST_GUILESS_MAIN(TestProcessLint)
#include "tst_processlint.moc"
