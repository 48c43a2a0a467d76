// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "forecast/forecast.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFillEveryStageWithHistory();
    void shouldGiveSameDataForSameSeed();
    void shouldTellATruePipelineStory();
    void shouldGiveCallsPlansAndDebriefsToCoachFrom();
    void shouldHaveSignOffsGivenByTheRolesMembersAndWaiting();
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
    // Two demos of the same seed at the same moment
    TestDatabase a;
    TestDatabase b;
    DemoOptions options;
    options.opportunities = 80;
    options.seed = 5;
    options.now = QDateTime(QDate(2026, 11, 30), QTime(16, 2, 7)).toSecsSinceEpoch();
    for (TestDatabase *db : {&a, &b}) {
        auto ok = generateDemo(db->storage->process(), db->storage->forecast(), db->storage->bulk(),
                               options);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
    }
    // Hold the same deals, the same activities at the same times, and the same debriefs
    for (const char *sql :
         {"SELECT title, amount, stage_id, next_activity_at FROM opportunities ORDER BY id",
          "SELECT subject, due_at, done_at FROM engagements ORDER BY id",
          "SELECT engagement_id, went_well, reviewer_id FROM debriefs ORDER BY engagement_id"}) {
        const QStringList first = a.rows(QString::fromLatin1(sql));
        QVERIFY2(!first.isEmpty(), sql);
        QCOMPARE(b.rows(QString::fromLatin1(sql)), first);
    }
}

void TestDemoGenerator::shouldHaveSignOffsGivenByTheRolesMembersAndWaiting()
{
    // Given a 500-deal demo
    TestDatabase db(500);
    // Then its plant manager and solutions engineer hold their roles
    for (const char *role : {"Plant manager", "Solutions engineer"}) {
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM team_role_members m JOIN "
                                          "team_roles r ON r.id = m.role_id WHERE r.name = ?"),
                           {QString::fromLatin1(role)})
                     .toInt(),
                 1);
    }
    // And every sign-off given was given by a member of its role, and is in the log
    const QString signOffChecks =
        QStringLiteral("FROM criterion_checks cc JOIN exit_criteria c ON c.id = cc.criterion_id "
                       "WHERE c.signoff_role_id IS NOT NULL");
    const int given = db.scalar(QStringLiteral("SELECT COUNT(*) ") + signOffChecks).toInt();
    QVERIFY(given > 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) ") + signOffChecks +
                       QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM team_role_members m WHERE "
                                      "m.role_id = c.signoff_role_id AND m.user_id = "
                                      "cc.user_id)"))
                 .toInt(),
             0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) ") + signOffChecks +
                       QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM signoff_decisions d WHERE "
                                      "d.opportunity_id = cc.opportunity_id AND d.criterion_id "
                                      "= cc.criterion_id AND d.user_id = cc.user_id AND "
                                      "d.decision = 'approved')"))
                 .toInt(),
             0);
    // And some still wait on the plant manager: open deals in Negotiate without it
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities o JOIN stages s ON s.id "
                                     "= o.stage_id JOIN exit_criteria c ON c.stage_id = s.id "
                                     "JOIN team_roles r ON r.id = c.signoff_role_id WHERE "
                                     "r.name = 'Plant manager' AND NOT EXISTS (SELECT 1 FROM "
                                     "criterion_checks cc WHERE cc.opportunity_id = o.id AND "
                                     "cc.criterion_id = c.id)"))
                .toInt() > 0);
}

void TestDemoGenerator::shouldTellATruePipelineStory()
{
    // Given a 2,000-deal demo
    TestDatabase db(2000);
    auto data = ForecastData::load(
        {db.storage->forecast(), db.storage->process(), db.storage->directory()});
    QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
    const ForecastResult all = data->compute({}, QDateTime::currentSecsSinceEpoch());

    // Then about a quarter to a third of the qualified deals that closed were won
    QVERIFY(all.winRate);
    QVERIFY2(*all.winRate >= 0.22 && *all.winRate <= 0.35,
             qPrintable(QString::number(*all.winRate)));
    // Deals were lost at every open stage
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT COUNT(DISTINCT h.from_stage_id) FROM stage_history h JOIN "
                                 "stages t ON t.id = h.to_stage_id WHERE t.kind = 'lost'"))
            .toInt(),
        5);
    // And the chance of winning observed from each open stage rises stage by stage, from about
    // 15 % to 80–90 %, a few points from each stage's configured probability
    QList<double> observed;
    const QList<Stage> stages = *db.storage->process().stages();
    for (const ForecastStageRow &row : all.stages) {
        const auto stage = std::find_if(stages.cbegin(), stages.cend(),
                                        [&](const Stage &s) { return s.id == row.stageId; });
        QVERIFY(stage != stages.cend());
        if (stage->kind != StageKind::Open)
            continue;
        QVERIFY(row.observedProbability());
        observed.append(*row.observedProbability());
        QVERIFY2(std::abs(*row.observedProbability() * 100 - row.configuredProbability) <= 20,
                 qPrintable(QStringLiteral("%1 observed against %2 configured")
                                .arg(*row.observedProbability())
                                .arg(row.configuredProbability)));
    }
    QCOMPARE(observed.size(), 5);
    for (int i = 1; i < observed.size(); ++i)
        QVERIFY2(observed[i] > observed[i - 1], qPrintable(QString::number(observed[i])));
    QVERIFY2(observed.first() >= 0.08 && observed.first() <= 0.22,
             qPrintable(QString::number(observed.first())));
    QVERIFY2(observed.last() >= 0.78 && observed.last() <= 0.95,
             qPrintable(QString::number(observed.last())));

    // And even the 60-deal demo gives every rep a quota of the same order: none a token one
    // that reads as 1,700 % coverage
    TestDatabase small(60);
    QHash<qint64, Cents> monthly;
    const QList<Quota> quotas = *small.storage->forecast().quotas();
    for (const Quota &q : quotas)
        monthly[q.userId] = q.amount;
    QVERIFY(monthly.size() >= 3);
    const auto [least, most] = std::minmax_element(monthly.cbegin(), monthly.cend());
    QVERIFY2(*most <= 3 * *least, qPrintable(QStringLiteral("%1 to %2").arg(*least).arg(*most)));
}

void TestDemoGenerator::shouldGiveCallsPlansAndDebriefsToCoachFrom()
{
    TestDatabase db(500);
    const auto count = [&](const char *sql) { return db.scalar(QString::fromLatin1(sql)).toInt(); };
    // Calls and meetings still to come have a plan from their stage's template
    QVERIFY(count("SELECT COUNT(*) FROM engagements WHERE done_at IS NULL AND kind IN ('call', "
                  "'meeting') AND plan_objective <> '' AND plan_questions <> ''") > 0);
    QCOMPARE(count("SELECT COUNT(*) FROM engagements e JOIN opportunities o ON o.id = "
                   "e.opportunity_id JOIN stages s ON s.id = o.stage_id WHERE e.done_at IS NULL "
                   "AND e.kind = 'call' AND e.plan_questions <> s.call_questions"),
             0);
    // Done calls and meetings are debriefed, only they; some wait for the manager's review,
    // some have been answered
    QVERIFY(count("SELECT COUNT(*) FROM debriefs") > 50);
    QCOMPARE(count("SELECT COUNT(*) FROM debriefs d JOIN engagements e ON e.id = d.engagement_id "
                   "WHERE e.done_at IS NULL OR e.kind NOT IN ('call', 'meeting') OR "
                   "d.author_id <> e.owner_id"),
             0);
    QVERIFY(count("SELECT COUNT(*) FROM debriefs d JOIN users u ON u.id = d.reviewer_id WHERE "
                  "u.role = 'manager' AND d.reviewed_at IS NULL") > 0);
    QVERIFY(count("SELECT COUNT(*) FROM debriefs WHERE reviewed_at IS NOT NULL AND feedback <> "
                  "''") > 0);
    QCOMPARE(count("SELECT COUNT(*) FROM debriefs WHERE reviewed_at IS NOT NULL AND (feedback = "
                   "'' OR reviewer_id IS NULL)"),
             0);
    // Objections left open stay only on open deals; closed ones had theirs settled
    QVERIFY(count("SELECT COUNT(*) FROM objections WHERE resolved_at IS NULL") > 0);
    QCOMPARE(count("SELECT COUNT(*) FROM objections b JOIN opportunities o ON o.id = "
                   "b.opportunity_id JOIN stages s ON s.id = o.stage_id WHERE b.resolved_at IS "
                   "NULL AND s.kind <> 'open'"),
             0);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
