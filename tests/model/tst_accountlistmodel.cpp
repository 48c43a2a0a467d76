// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"
#include "itemmodels/accountlistmodel.h"
#include "storage/sqlstorage.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

class TestAccountListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListEveryAccountAndFollowChangesRowByRow();
    void shouldFilterBySearchTerritoryOwnerAndTier();
    void shouldSortByTheFiguresThemselves();
};

void TestAccountListModel::shouldListEveryAccountAndFollowChangesRowByRow()
{
    TestDatabase db(120);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    AccountListModel model(db.storage->accounts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCurrency(QStringLiteral("USD"));
    QVERIFY(model.reload(now));
    const int count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt();
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(
        model.index(0, AccountListModel::NameColumn).data().toString(),
        db.scalar(QStringLiteral("SELECT name FROM accounts ORDER BY name LIMIT 1")).toString());
    QCOMPARE(model.headerData(AccountListModel::OpenColumn, Qt::Horizontal).toString(),
             QStringLiteral("Pipeline"));

    // A change to one account changes its row only; a new account is a new row; no reset
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Account a = model.summary(3).account;
    a.tier = a.tier == AttentionTier::A ? AttentionTier::B : AttentionTier::A;
    QVERIFY(db.storage->accounts().updateAccount(a));
    db.storage->directory().addAccount({0, QStringLiteral("Aardvark Ltd"), {}, {}, 0});
    QVERIFY(model.reload(now));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(model.index(3, AccountListModel::TierColumn).data().toString(), tierKey(a.tier));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), count + 1);
    QCOMPARE(model.summary(count).account.name, QStringLiteral("Aardvark Ltd"));

    // Reading one account again reads only it
    changed.clear();
    a = model.summary(5).account;
    a.potential += 100'00;
    QVERIFY(db.storage->accounts().updateAccount(a));
    QVERIFY(model.reloadAccounts({a.id}, now));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.summary(5).account.potential, a.potential);
    // Its value adds the potential to what is open and won, and shows so
    const AccountSummary &five = model.summary(5);
    QCOMPARE(
        model.index(5, AccountListModel::ValueColumn).data().toString(),
        formatMoney(five.openWeighted + five.won12Months + a.potential, QStringLiteral("USD")));
    QVERIFY(model.index(5, AccountListModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Potential")));
}

void TestAccountListModel::shouldFilterBySearchTerritoryOwnerAndTier()
{
    TestDatabase db(120);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    AccountListModel model(db.storage->accounts());
    AccountFilterModel filter(model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(now));
    const auto count = [&](const QString &where) {
        return db
            .scalar(QStringLiteral("SELECT COUNT(*) FROM accounts a LEFT JOIN territories t "
                                   "ON t.id = a.territory_id WHERE ") +
                    where)
            .toInt();
    };
    QCOMPARE(filter.rowCount(), model.rowCount());
    QVERIFY(!filter.isFiltered());
    filter.setSearch(QStringLiteral("  retail "));
    QVERIFY(filter.isFiltered());
    QCOMPARE(filter.rowCount(), count(QStringLiteral("LOWER(a.name) LIKE '%retail%' OR "
                                                     "LOWER(a.industry) LIKE '%retail%'")));
    QVERIFY(filter.rowCount() > 0);
    filter.setSearch(QString());

    const auto territories = *db.storage->territories().territories();
    const qint64 europe = territories.at(2).id; // Americas, North America, Europe, …
    QCOMPARE(territories.at(2).name, QStringLiteral("Europe"));
    filter.setTerritories(territoryAndBelow(territories, europe));
    QCOMPARE(filter.rowCount(), count(QStringLiteral("t.parent_id = %1").arg(europe)));
    QVERIFY(filter.rowCount() > 0);

    const qint64 owner = model.summary(0).account.ownerId;
    filter.setOwner(owner);
    QCOMPARE(filter.rowCount(),
             count(QStringLiteral("t.parent_id = %1 AND a.owner_id = %2").arg(europe).arg(owner)));
    filter.setTier(AttentionTier::A);
    QCOMPARE(filter.rowCount(),
             count(QStringLiteral("t.parent_id = %1 AND a.owner_id = %2 AND a.tier = 'A'")
                       .arg(europe)
                       .arg(owner)));
    filter.setTerritories({});
    filter.setOwner(0);
    filter.setTier(std::nullopt);
    QCOMPARE(filter.rowCount(), model.rowCount());
}

void TestAccountListModel::shouldSortByTheFiguresThemselves()
{
    TestDatabase db(120);
    AccountListModel model(db.storage->accounts());
    AccountFilterModel filter(model);
    QVERIFY(model.reload(QDateTime::currentSecsSinceEpoch()));
    filter.sort(AccountListModel::OpenColumn, Qt::DescendingOrder);
    const auto open = [&](int row) {
        return model.summary(filter.mapToSource(filter.index(row, 0)).row()).openAmount;
    };
    QCOMPARE(open(0), db.scalar(QStringLiteral("SELECT MAX(t) FROM (SELECT SUM(o.amount) AS t "
                                               "FROM opportunities o JOIN stages s ON s.id = "
                                               "o.stage_id WHERE s.kind = 'open' AND o.deleted_at "
                                               "IS NULL AND o.disqualified = 0 GROUP BY "
                                               "o.account_id) x"))
                          .toLongLong());
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(open(row - 1) >= open(row));
    // Accounts with no activity yet come last, not first, by last activity
    filter.sort(AccountListModel::LastActivityColumn, Qt::AscendingOrder);
    const auto last = [&](int row) {
        return model.summary(filter.mapToSource(filter.index(row, 0)).row()).lastActivityAt;
    };
    QVERIFY(last(0) > 0);
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(last(row) == 0 || (last(row - 1) != 0 && last(row - 1) <= last(row)));
}

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
