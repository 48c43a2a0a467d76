// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/forecastmodels.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace Stageboard;
using Row = ForecastTableModel::Row;

class TestForecastModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldChangeOnlyWhatChanged();
    void shouldFollowNewOrderWithoutReset();
    void shouldGiveChartsNumbersAndPeopleText();
    void shouldBuildStageRowsInProcessOrder();
    void shouldExportTableAsCsv();
};

namespace {

ForecastTableModel *model(QObject *parent)
{
    return new ForecastTableModel({{QStringLiteral("Name"), ForecastTableModel::Kind::Text},
                                   {QStringLiteral("Amount"), ForecastTableModel::Kind::Money},
                                   {QStringLiteral("Share"), ForecastTableModel::Kind::Percent}},
                                  parent);
}

Row row(qint64 key, Cents amount, QVariant share = {})
{
    return {key, {QStringLiteral("row %1").arg(key), amount, share}, 0};
}

} // namespace

void TestForecastModels::shouldChangeOnlyWhatChanged()
{
    QObject owner;
    ForecastTableModel *m = model(&owner);
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->setRows({row(1, 100), row(2, 200), row(3, 300)});
    QCOMPARE(m->rowCount(), 3);

    QSignalSpy reset(m, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m, &QAbstractItemModel::rowsRemoved);
    // One row's amount changes: one dataChanged, for that row
    m->setRows({row(1, 100), row(2, 250), row(3, 300)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m->index(1, 1).data().toDouble(), 2.5);
    // The same rows again: nothing at all
    m->setRows({row(1, 100), row(2, 250), row(3, 300)});
    QCOMPARE(changed.size(), 1);
    // A row goes, another comes
    m->setRows({row(1, 100), row(3, 300), row(4, 400)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m->index(2, 0).data().toString(), QStringLiteral("row 4"));
    QCOMPARE(reset.size(), 0);
}

void TestForecastModels::shouldFollowNewOrderWithoutReset()
{
    QObject owner;
    ForecastTableModel *m = model(&owner);
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->setRows({row(1, 1), row(2, 2), row(3, 3), row(4, 4)});
    QSignalSpy reset(m, &QAbstractItemModel::modelReset);
    m->setRows({row(4, 4), row(2, 2), row(5, 5), row(1, 1)});
    QCOMPARE(reset.size(), 0);
    QStringList names;
    for (int r = 0; r < m->rowCount(); ++r)
        names.append(m->index(r, 0).data().toString());
    QCOMPARE(names, QStringList({"row 4", "row 2", "row 5", "row 1"}));
    m->setRows({});
    QCOMPARE(m->rowCount(), 0);
}

void TestForecastModels::shouldGiveChartsNumbersAndPeopleText()
{
    QObject owner;
    ForecastTableModel *m = model(&owner);
    m->setCurrency(QStringLiteral("USD"));
    m->setRows({row(1, 1250050, 0.425), row(2, 0)});
    // A chart reads plain numbers: money in dollars, shares in percent
    QCOMPARE(m->index(0, 1).data().toDouble(), 12500.5);
    QCOMPARE(m->index(0, 2).data().toDouble(), 42.5);
    // People read money and percentages, and a dash where there is nothing to say
    QCOMPARE(m->index(0, 1).data(ForecastTableModel::FormattedRole).toString(),
             QStringLiteral("$12,500.50"));
    QCOMPARE(m->index(0, 2).data(ForecastTableModel::FormattedRole).toString(),
             QStringLiteral("43 %"));
    QVERIFY(!m->index(1, 2).data().isValid());
    QCOMPARE(m->index(1, 2).data(ForecastTableModel::FormattedRole).toString(),
             QStringLiteral("—"));
    QCOMPARE(m->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Amount"));
}

void TestForecastModels::shouldBuildStageRowsInProcessOrder()
{
    ForecastResult result;
    ForecastStageRow a;
    a.stageId = 10;
    a.configuredProbability = 25;
    a.closedThrough = 4;
    a.wonThrough = 1;
    ForecastStageRow b;
    b.stageId = 20;
    result.stages = {a, b};
    Stage s1;
    s1.id = 10;
    s1.name = QStringLiteral("Qualify");
    Stage s2;
    s2.id = 20;
    s2.name = QStringLiteral("Won");
    s2.kind = StageKind::Won;
    QObject owner;
    ForecastTableModel *m = ForecastTables::stageModel(&owner);
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->setRows(ForecastTables::stageRows(result, {s1, s2}));
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->index(0, ForecastTables::StageName).data().toString(), QStringLiteral("Qualify"));
    QCOMPARE(m->index(0, ForecastTables::StageConfigured).data().toDouble(), 25.0);
    QCOMPARE(m->index(0, ForecastTables::StageObserved).data().toDouble(), 25.0);
    QCOMPARE(m->index(0, ForecastTables::StageSample).data().toLongLong(), 4);
    QVERIFY(!m->index(1, ForecastTables::StageObserved).data().isValid());
    QCOMPARE(m->index(1, 0).data(ForecastTableModel::TagRole).toInt(), int(StageKind::Won));
}

void TestForecastModels::shouldExportTableAsCsv()
{
    QObject owner;
    ForecastTableModel *m = model(&owner);
    m->setCurrency(QStringLiteral("EUR"));
    m->setRows({row(1, 1250050, 0.425), row(2, 7)});
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const auto written = m->writeCsv(&out, {});
    QVERIFY(written);
    QCOMPARE(*written, 2);
    QCOMPARE(QString::fromUtf8(out.data()),
             QStringLiteral("Name,Amount (EUR),Share\r\nrow 1,12500.50,42.5\r\nrow 2,0.07,\r\n"));
}

QTEST_GUILESS_MAIN(TestForecastModels)
#include "tst_forecastmodels.moc"
