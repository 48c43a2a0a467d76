// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Which accounts are overdue for contact against their tier, and how a territory tree adds
// them up.
#include "services/coverage.h"
#include "services/territoryrules.h"

#include <QTest>

using namespace Stageboard;

class TestCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBeOverdueOnlyPastTheTiersInterval();
    void shouldAddUpARegionsTerritoriesAndKeepTheUnassignedApart();
    void shouldMatchARuleOnEveryFieldItSets();
    void shouldSuggestATierByWhereTheValueRanks();
};

namespace {
constexpr qint64 day = 86400;
constexpr qint64 now = 1'800'000'000;

AccountSummary account(qint64 id, AttentionTier tier, qint64 lastContact, qint64 territory = 0)
{
    AccountSummary s;
    s.account.id = id;
    s.account.name = QStringLiteral("Account %1").arg(id);
    s.account.tier = tier;
    s.account.territoryId = territory;
    s.lastActivityAt = lastContact;
    return s;
}
} // namespace

void TestCoverage::shouldBeOverdueOnlyPastTheTiersInterval()
{
    const TierIntervals intervals{7, 30, 90};
    // No tier: no target, never overdue
    QVERIFY(!coverageOf(account(1, AttentionTier::None, 0), intervals, now).tracked);
    QVERIFY(!coverageOf(account(1, AttentionTier::None, 0), intervals, now).overdue);
    // Exactly at the interval: still in time; a second later: overdue, 0 whole days
    const Coverage atEdge = coverageOf(account(2, AttentionTier::A, now - 7 * day), intervals, now);
    QVERIFY(atEdge.tracked);
    QVERIFY(!atEdge.overdue);
    QCOMPARE(atEdge.dueBy, now);
    const Coverage justLate =
        coverageOf(account(2, AttentionTier::A, now - 7 * day - 1), intervals, now);
    QVERIFY(justLate.overdue);
    QCOMPARE(justLate.overdueDays, 0);
    // Ten and a half days past a tier B interval
    const Coverage late =
        coverageOf(account(3, AttentionTier::B, now - 40 * day - day / 2), intervals, now);
    QVERIFY(late.overdue);
    QCOMPARE(late.overdueDays, 10);
    // Never contacted: overdue at once, no due date
    const Coverage never = coverageOf(account(4, AttentionTier::C, 0), intervals, now);
    QVERIFY(never.overdue);
    QCOMPARE(never.dueBy, qint64(0));

    // The overdue list: never contacted first, then the longest overdue
    const QList<AccountSummary> all = {
        account(5, AttentionTier::B, now - 35 * day), account(6, AttentionTier::A, now - day),
        account(7, AttentionTier::C, 0), account(8, AttentionTier::A, now - 60 * day),
        account(9, AttentionTier::None, 0)};
    QList<qint64> order;
    for (const AccountSummary &s : overdueAccounts(all, intervals, now))
        order.append(s.account.id);
    QCOMPARE(order, QList<qint64>({7, 8, 5}));
}

void TestCoverage::shouldAddUpARegionsTerritoriesAndKeepTheUnassignedApart()
{
    const TierIntervals intervals;
    const QList<Territory> tree = {{10, QStringLiteral("Europe"), 0, 1},
                                   {11, QStringLiteral("DACH"), 10, 2},
                                   {12, QStringLiteral("Nordics"), 10, 3},
                                   {20, QStringLiteral("Americas"), 0, 1}};
    const QList<AccountSummary> accounts = {
        account(1, AttentionTier::A, 0, 11),    // DACH, overdue
        account(2, AttentionTier::A, now, 11),  // DACH, in time
        account(3, AttentionTier::C, 0, 12),    // Nordics, overdue
        account(4, AttentionTier::None, 0, 10), // Europe itself, no target
        account(5, AttentionTier::B, 0, 0),     // no territory, overdue
        account(6, AttentionTier::B, now, 99)}; // a territory gone: counted as none
    const QList<TerritoryCoverage> rows = territoryCoverage(tree, accounts, intervals, now);
    QCOMPARE(rows.size(), 5);
    const auto row = [&](int i) {
        return std::tuple(rows.at(i).territory.id, rows.at(i).depth, rows.at(i).accounts,
                          rows.at(i).overdue);
    };
    QCOMPARE(row(0), std::tuple(qint64(10), 0, 4, 2));
    QCOMPARE(row(1), std::tuple(qint64(11), 1, 2, 1));
    QCOMPARE(row(2), std::tuple(qint64(12), 1, 1, 1));
    QCOMPARE(row(3), std::tuple(qint64(20), 0, 0, 0));
    QCOMPARE(row(4), std::tuple(qint64(0), 0, 2, 1));
}

void TestCoverage::shouldMatchARuleOnEveryFieldItSets()
{
    Account a;
    a.industry = QStringLiteral("Retail");
    a.country = QStringLiteral("Germany");
    a.employees = 250;
    // Nothing set: everything matches (a rule for "the rest")
    QVERIFY(ruleMatches({}, a));
    QVERIFY(ruleMatches({0, 1, QStringLiteral(" retail "), {}, 0, 0}, a));
    QVERIFY(!ruleMatches({0, 1, QStringLiteral("Foods"), {}, 0, 0}, a));
    QVERIFY(ruleMatches({0, 1, {}, QStringLiteral("GERMANY"), 100, 250}, a));
    QVERIFY(!ruleMatches({0, 1, {}, QStringLiteral("Germany"), 251, 0}, a));
    QVERIFY(!ruleMatches({0, 1, {}, {}, 0, 249}, a));
    // A head count not known matches no size band
    a.employees = 0;
    QVERIFY(!ruleMatches({0, 1, {}, {}, 0, 1000}, a));
    QVERIFY(ruleMatches({0, 1, QStringLiteral("Retail"), {}, 0, 0}, a));
    // The first rule that matches decides
    QCOMPARE(territoryByRules({{0, 7, {}, QStringLiteral("France"), 0, 0},
                               {0, 8, QStringLiteral("Retail"), {}, 0, 0},
                               {0, 9, {}, {}, 0, 0}},
                              a),
             std::optional<qint64>(8));
    QCOMPARE(territoryByRules({{0, 7, {}, QStringLiteral("France"), 0, 0}}, a), std::nullopt);
}

void TestCoverage::shouldSuggestATierByWhereTheValueRanks()
{
    // Ten accounts with a value, two without: the top two A, the next three B, the rest C
    const QList<Cents> values = {100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 0, 0};
    QString tiers;
    for (Cents v : values)
        tiers += tierKey(suggestedTier(v, values)).isEmpty() ? QStringLiteral("-")
                                                             : tierKey(suggestedTier(v, values));
    QCOMPARE(tiers, QStringLiteral("AABBBCCCCC--"));
    // A tie ranks as high as the first of them
    QCOMPARE(suggestedTier(80, {100, 80, 80, 80, 80, 10, 10, 10, 10, 10}), AttentionTier::A);
    // Alone, an account with any value is in the top fifth
    QCOMPARE(suggestedTier(5, {5}), AttentionTier::A);
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
