// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "process/gate.h"

#include <QTest>

using namespace Stageboard;

namespace {

// A small process: A(10) → B(20) → C(30) → Won, Lost; each open stage has one required and one
// advisory criterion; B's advisory one is a knock-out question.
QList<Stage> stages()
{
    return {{1, 0, QStringLiteral("A"), {}, {}, {}, 10, StageKind::Open, {}},
            {2, 1, QStringLiteral("B"), {}, {}, {}, 20, StageKind::Open, {}},
            {3, 2, QStringLiteral("C"), {}, {}, {}, 30, StageKind::Open, {}},
            {4, 3, QStringLiteral("Won"), {}, {}, {}, 100, StageKind::Won, {}},
            {5, 4, QStringLiteral("Lost"), {}, {}, {}, 0, StageKind::Lost, {}}};
}

QList<ExitCriterion> criteria()
{
    return {{11, 1, 0, QStringLiteral("A required"), true, {}, false},
            {12, 1, 1, QStringLiteral("A advisory"), false, {}, false},
            {21, 2, 0, QStringLiteral("B required"), true, SignOff{QStringLiteral("Legal")}, false},
            {22, 2, 1, QStringLiteral("B deal killer"), false, {}, true},
            {31, 3, 0, QStringLiteral("C required"), true, {}, false}};
}

QStringList texts(const QList<ExitCriterion> &list)
{
    QStringList result;
    for (const ExitCriterion &c : list)
        result.append(c.text);
    return result;
}

} // namespace

using Answers = QHash<qint64, CriterionState>;
Q_DECLARE_METATYPE(Answers)

class TestGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldApplyTheGateRule_data();
    void shouldApplyTheGateRule();
};

void TestGate::shouldApplyTheGateRule_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<QStringList>("unmetRequired");
    QTest::addColumn<QStringList>("unmetAdvisory");
    QTest::addColumn<QStringList>("failedKnockOuts");
    QTest::addColumn<bool>("backward");

    const auto met = CriterionState::Met;
    const auto failed = CriterionState::Failed;
    QTest::newRow("forward, nothing met: refused")
        << qint64(1) << qint64(2) << Answers{} << QStringList{"A required"}
        << QStringList{"A advisory"} << QStringList{} << false;
    QTest::newRow("forward, required met: allowed with a warning")
        << qint64(1) << qint64(2) << Answers{{11, met}} << QStringList{}
        << QStringList{"A advisory"} << QStringList{} << false;
    QTest::newRow("forward, all met: allowed quietly")
        << qint64(1) << qint64(2) << Answers{{11, met}, {12, met}} << QStringList{} << QStringList{}
        << QStringList{} << false;
    QTest::newRow("skipping checks every stage passed over")
        << qint64(1) << qint64(3) << Answers{{11, met}} << QStringList{"B required"}
        << QStringList{"A advisory", "B deal killer"} << QStringList{} << false;
    QTest::newRow("skipping with all required met")
        << qint64(1) << qint64(3) << Answers{{11, met}, {21, met}} << QStringList{}
        << QStringList{"A advisory", "B deal killer"} << QStringList{} << false;
    QTest::newRow("backward is always allowed")
        << qint64(3) << qint64(1) << Answers{} << QStringList{} << QStringList{} << QStringList{}
        << true;
    QTest::newRow("losing is always allowed")
        << qint64(1) << qint64(5) << Answers{} << QStringList{} << QStringList{} << QStringList{}
        << false;
    QTest::newRow("winning checks the stages still ahead")
        << qint64(2) << qint64(4) << Answers{{21, met}} << QStringList{"C required"}
        << QStringList{"B deal killer"} << QStringList{} << false;
    QTest::newRow("a failed deal killer is reported, and is not met")
        << qint64(2) << qint64(3) << Answers{{21, met}, {22, failed}} << QStringList{}
        << QStringList{"B deal killer"} << QStringList{"B deal killer"} << false;
    QTest::newRow("reopening a lost deal checks nothing")
        << qint64(5) << qint64(2) << Answers{} << QStringList{} << QStringList{} << QStringList{}
        << true;
    QTest::newRow("winning a lost deal checks every open stage")
        << qint64(5) << qint64(4) << Answers{{11, met}, {21, met}} << QStringList{"C required"}
        << QStringList{"A advisory", "B deal killer"} << QStringList{} << false;
    QTest::newRow("staying put checks nothing")
        << qint64(2) << qint64(2) << Answers{} << QStringList{} << QStringList{} << QStringList{}
        << false;
}

void TestGate::shouldApplyTheGateRule()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(Answers, answers);
    QFETCH(QStringList, unmetRequired);
    QFETCH(QStringList, unmetAdvisory);
    QFETCH(QStringList, failedKnockOuts);
    QFETCH(bool, backward);

    const GateResult result = evaluateGate(stages(), criteria(), answers, from, to);
    QCOMPARE(texts(result.unmetRequired), unmetRequired);
    QCOMPARE(texts(result.unmetAdvisory), unmetAdvisory);
    QCOMPARE(texts(result.failedKnockOuts), failedKnockOuts);
    QCOMPARE(result.backward, backward);
    QCOMPARE(result.refused(), !unmetRequired.isEmpty());
}

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
