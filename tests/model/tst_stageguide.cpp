// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "process/stageguide.h"

#include <QTest>
#include <QTextDocument>

using namespace Stageboard;

class TestStageGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteOutEveryStageInOrder();
    void shouldShowTextFromTheProcessAsText();
};

void TestStageGuide::shouldWriteOutEveryStageInOrder()
{
    // Given the default process
    const ProcessDefinition process = ProcessDefinition::defaultProcess();

    // When its guide is laid out as a reader sees it
    QTextDocument document;
    document.setHtml(StageGuide::html(process));
    const QString text = document.toPlainText();

    // Then every stage comes in order, with its definition, goal, activities and criteria
    qsizetype at = 0;
    for (const StageDefinition &d : process.stages) {
        const qsizetype heading = text.indexOf(d.stage.name, at);
        QVERIFY2(heading >= at, qPrintable(d.stage.name));
        at = heading;
        QVERIFY(text.contains(d.stage.definition));
        QVERIFY(text.contains(d.stage.goal));
        for (const QString &a : d.activities)
            QVERIFY2(text.contains(a), qPrintable(a));
        for (const ExitCriterion &c : d.exitCriteria)
            QVERIFY2(text.contains(c.text), qPrintable(c.text));
    }
    // And the gates say what kind they are and who signs off
    QVERIFY(text.contains(QStringLiteral("MSA, SLA and order form agreed (required; signed off "
                                         "by Legal)")));
    QVERIFY(text.contains(QStringLiteral("Prospect has at least $50M annual revenue (advisory; "
                                         "deal killer")));
    QVERIFY(text.contains(QStringLiteral("Probability of close: 75 %")));
}

void TestStageGuide::shouldShowTextFromTheProcessAsText()
{
    ProcessDefinition process;
    process.name = QStringLiteral("R&D <pilots>");
    StageDefinition stage;
    stage.stage.name = QStringLiteral("<b>Qualified</b>");
    stage.activities = {QStringLiteral("Ask \"why now?\" & listen")};
    process.stages.append(stage);

    QTextDocument document;
    document.setHtml(StageGuide::html(process));
    const QString text = document.toPlainText();
    QVERIFY(text.contains(QStringLiteral("R&D <pilots>")));
    QVERIFY(text.contains(QStringLiteral("<b>Qualified</b>")));
    QVERIFY(text.contains(QStringLiteral("Ask \"why now?\" & listen")));
}

QTEST_MAIN(TestStageGuide)
#include "tst_stageguide.moc"
