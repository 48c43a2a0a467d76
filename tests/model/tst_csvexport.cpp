// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvexport.h"
#include "csv/csvreader.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAddUpForecastFromTheDeals_data();
    void shouldAddUpForecastFromTheDeals();
    void shouldWriteEveryLedgerRow();
};

void TestCsvExport::shouldAddUpForecastFromTheDeals_data()
{
    QTest::addColumn<int>("period");
    QTest::newRow("month") << int(Period::Month);
    QTest::newRow("quarter") << int(Period::Quarter);
}

void TestCsvExport::shouldAddUpForecastFromTheDeals()
{
    QFETCH(int, period);
    // Given a demo pipeline
    TestDatabase db(300);
    GateEngine pipeline(db.storage->opportunityStore(), db.storage->process(),
                        db.storage->directory());
    QVERIFY(pipeline.load());
    // The expected table, added up here from every deal
    QHash<QString, QPair<qint64, Cents>> expected; // period|category → deals, weighted cents
    const QList<Opportunity> deals = *db.storage->opportunityStore().opportunities();
    for (const Opportunity &o : deals) {
        const Stage *stage = pipeline.stage(o.stageId);
        const QDate d = o.closeDate;
        const QString key =
            (Period(period) == Period::Month
                 ? d.toString(QStringLiteral("yyyy-MM"))
                 : QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() + 2) / 3)) +
            QLatin1Char('|') +
            forecastCategoryKey(effectiveForecastCategory(*stage, o.forecastCategory));
        expected[key].first += 1;
        expected[key].second += o.amount * o.probability.value_or(stage->probability);
    }
    // When the forecast is exported
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(CsvExporter(db.storage->opportunityStore(), db.storage->forecast(),
                        db.storage->directory(), pipeline)
                .exportForecast(&out, Period(period), {}));
    out.close();
    // Then, owners added together, every period and category matches
    out.open(QIODevice::ReadOnly);
    CsvReader reader(&out);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, CsvExporter::forecastHeader());
    QHash<QString, QPair<qint64, Cents>> actual;
    while (reader.readRecord(fields)) {
        const QString key = fields.at(0) + QLatin1Char('|') + fields.at(2);
        actual[key].first += fields.at(4).toLongLong();
        actual[key].second += qRound64(fields.at(6).toDouble() * 100) * 100;
    }
    QCOMPARE(actual.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(actual.value(it.key()).first, it.value().first);
        // weighted cents may differ by rounding of each owner's row, never by more
        QVERIFY2(std::abs(actual.value(it.key()).second - it.value().second) <= 100 * 100,
                 qPrintable(it.key()));
    }
}

void TestCsvExport::shouldWriteEveryLedgerRow()
{
    TestDatabase db(50);
    GateEngine pipeline(db.storage->opportunityStore(), db.storage->process(),
                        db.storage->directory());
    QVERIFY(pipeline.load());
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const auto written = CsvExporter(db.storage->opportunityStore(), db.storage->forecast(),
                                     db.storage->directory(), pipeline)
                             .exportHistory(&out, {});
    QVERIFY(written);
    QCOMPARE(*written,
             db.scalar(QStringLiteral("SELECT COUNT(*) FROM stage_history")).toLongLong());
    QCOMPARE(out.data().count("\r\n"), *written + 1);

    // And a move made by a change to the process says so in its own column
    const Stage *propose = pipeline.stageNamed(QStringLiteral("Propose"));
    const Stage *negotiate = pipeline.stageNamed(QStringLiteral("Negotiate"));
    const auto moved = db.storage->process().removeStage(propose->id, negotiate->id, 0);
    QVERIFY(moved && !moved->isEmpty());
    QVERIFY(pipeline.load());
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    QVERIFY(CsvExporter(db.storage->opportunityStore(), db.storage->forecast(),
                        db.storage->directory(), pipeline)
                .exportHistory(&again, {}));
    again.close();
    again.open(QIODevice::ReadOnly);
    CsvReader reader(&again);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, CsvExporter::historyHeader());
    const qsizetype column = fields.indexOf(QStringLiteral("process_change"));
    QVERIFY(column > 0);
    int changes = 0;
    while (reader.readRecord(fields)) {
        if (!fields.at(column).isEmpty()) {
            ++changes;
            QVERIFY(fields.at(column).contains(QStringLiteral("Propose")));
            QCOMPARE(fields.at(4), QStringLiteral("Negotiate"));
        }
    }
    QCOMPARE(changes, moved->size());
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
