// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFillEveryStageWithHistory();
    void shouldGiveSameDataForSameSeed();
};

void TestDemoGenerator::shouldFillEveryStageWithHistory()
{
    TestDatabase db(500);
    // Every stage holds deals
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT COUNT(DISTINCT stage_id) FROM opportunities")).toInt(), 7);
    // Several reps, a manager, legal and finance
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'rep'")).toInt() >=
            4);
    for (const char *role : {"manager", "legal", "finance"}) {
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ?"),
                           {QString::fromLatin1(role)})
                     .toInt(),
                 1);
    }
    // The ledger agrees with every deal's stage: its last row leads to where the deal is
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities o WHERE o.stage_id <> (SELECT "
                                 "h.to_stage_id FROM stage_history h WHERE h.opportunity_id = o.id "
                                 "ORDER BY h.at DESC, h.id DESC LIMIT 1)"))
            .toInt(),
        0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT MIN(n) FROM (SELECT COUNT(*) AS n FROM "
                                      "stage_history GROUP BY opportunity_id) AS moves"))
                 .toInt(),
             1);
    // Closed-lost deals reached Qualify first (seed 002); those that did not are disqualified
    const QString lostWithoutQualify = QStringLiteral(
        "SELECT COUNT(*) FROM opportunities o JOIN stages s ON s.id = o.stage_id WHERE s.kind = "
        "'lost' AND o.disqualified = ? AND NOT EXISTS (SELECT 1 FROM stage_history h JOIN stages q "
        "ON q.id = h.to_stage_id WHERE h.opportunity_id = o.id AND q.name = 'Qualify')");
    QCOMPARE(db.scalar(lostWithoutQualify, {0}).toInt(), 0);
    QVERIFY(db.scalar(lostWithoutQualify, {1}).toInt() > 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE disqualified = 1"))
                 .toInt(),
             db.scalar(lostWithoutQualify, {1}).toInt());
    // The ledger keeps each stage's probability at the time of the move
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM stage_history h JOIN stages s ON s.id "
                                      "= h.to_stage_id WHERE h.probability <> s.probability"))
                 .toInt(),
             0);
    // On the demo board some open deals may move on and others are held by their gate
    const QString gateMet = QStringLiteral(
        "SELECT COUNT(*) FROM opportunities o JOIN stages s ON s.id = o.stage_id WHERE s.kind = "
        "'open' AND %1 (SELECT 1 FROM exit_criteria c WHERE c.stage_id = o.stage_id AND "
        "c.required = 1 AND NOT EXISTS (SELECT 1 FROM criterion_checks k WHERE k.criterion_id = "
        "c.id AND k.opportunity_id = o.id AND k.state = 'met'))");
    QVERIFY(db.scalar(gateMet.arg(QStringLiteral("NOT EXISTS"))).toInt() > 20);
    QVERIFY(db.scalar(gateMet.arg(QStringLiteral("EXISTS"))).toInt() > 20);
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM activity_checks")).toInt() > 100);
    // The progress kept on each deal is what its ticks add up to
    QCOMPARE(db.scalar(QStringLiteral(
                           "SELECT COUNT(*) FROM opportunities o WHERE o.activities_done <> "
                           "(SELECT COUNT(*) FROM activity_checks ac JOIN stage_activities a ON "
                           "a.id = ac.activity_id WHERE ac.opportunity_id = o.id AND a.stage_id = "
                           "o.stage_id) OR o.required_met <> (SELECT COUNT(*) FROM "
                           "criterion_checks cc JOIN exit_criteria c ON c.id = cc.criterion_id "
                           "WHERE cc.opportunity_id = o.id AND c.stage_id = o.stage_id AND "
                           "c.required = 1 AND cc.state = 'met')"))
                 .toInt(),
             0);
    // Deals entered their stage after they were created
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE entered_stage_at "
                                      "< created_at"))
                 .toInt(),
             0);
}

void TestDemoGenerator::shouldGiveSameDataForSameSeed()
{
    TestDatabase a(50);
    TestDatabase b(50);
    const QString sql = QStringLiteral("SELECT group_concat(title || amount || stage_id, '|') FROM "
                                       "(SELECT * FROM opportunities ORDER BY id)");
    QCOMPARE(a.scalar(sql).toString(), b.scalar(sql).toString());
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
