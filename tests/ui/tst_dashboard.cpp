// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardview.h"
#include "core/money.h"
#include "dashboardview.h"
#include "forecastsettingsdialog.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/forecastmodels.h"
#include "mainwindow.h"
#include "opportunitypanel.h"
#include "repchooser.h"
#include "storage/sqlstorage.h"
#include "whendialog.h"
#include "workspace/workspace.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace Stageboard;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldDrawEveryChartWithData();
    void shouldApplyFiltersToEverything();
    void shouldFollowAMoveOnTheBoard();
    void shouldReadDealsAgainOnlyWhenTheBoardDoes();
    void shouldOpenAStalledDeal();
    void shouldExportPdf();
    void shouldSaveQuotasAndSayWhatIsWrong();
    void shouldTakeOneSnapshotADay();
    void shouldGiveEachMeaningOneColourAndReadableAxes();
    void shouldLetTheManagerChooseWhichRepsTheChartShows();
    void shouldFitStageNamesUnderTheirBars();

private:
    /// Shows the dashboard and waits for its numbers.
    bool showDashboard()
    {
        QSignalSpy refreshed(m_window->dashboard(), &DashboardView::refreshed);
        m_window->showPage(1);
        return refreshed.wait(5000);
    }
    qint64 managerId() const
    {
        for (const User &u : m_window->model()->service().users()) {
            if (u.role == UserRole::Manager)
                return u.id;
        }
        return 0;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_count = 0;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDashboard::init()
{
    m_window = std::make_unique<MainWindow>();
    const QString path = m_dir.filePath(QStringLiteral("dash%1.sqlite").arg(++m_count));
    QVERIFY(m_window->openDatabase(path)); // a new database gets the 60-deal demo
    m_window->resize(1400, 900);
    m_window->showPage(0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboard::cleanup()
{
    m_window.reset();
}

void TestDashboard::shouldDrawEveryChartWithData()
{
    QVERIFY(showDashboard());
    DashboardView *d = m_window->dashboard();
    QCOMPARE(d->chartViews().size(), 6);
    for (QChartView *view : d->chartViews()) {
        QChart *chart = view->chart();
        QVERIFY2(!chart->series().isEmpty(), qPrintable(view->objectName()));
        // Each chart has at least one series with a value above zero
        bool drawn = false;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
                for (QBarSet *set : bars->barSets()) {
                    for (int i = 0; i < set->count(); ++i)
                        drawn = drawn || set->at(i) > 0;
                }
            } else if (auto *line = qobject_cast<QXYSeries *>(s)) {
                for (const QPointF &p : line->points())
                    drawn = drawn || p.y() > 0;
            }
        }
        QVERIFY2(drawn, qPrintable(view->objectName()));
        QVERIFY(chart->legend()->isVisible() ||
                view->objectName() == QStringLiteral("Conversion funnel"));
        // And it paints something other than a blank rectangle
        const QImage image = view->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 10, qPrintable(view->objectName()));
    }
    // The stacked period chart holds the four categories, named for the legend
    const auto *periods =
        qobject_cast<QAbstractBarSeries *>(d->chartViews().first()->chart()->series().first());
    QStringList sets;
    for (QBarSet *set : periods->barSets())
        sets.append(set->label());
    QCOMPARE(sets, QStringList({"Closed won", "Commit", "Best Case", "Pipeline"}));
    QCOMPARE(periods->barSets().first()->count(), d->periodModel()->rowCount());
    // The key figures are filled in and say which currency
    const auto labels = d->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](QLabel *l) { return l->text() == QStringLiteral("Amounts in USD"); }));
    QVERIFY(d->result().winRate.has_value());
    QVERIFY(d->periodModel()->rowCount() >= 3);
}

void TestDashboard::shouldApplyFiltersToEverything()
{
    QVERIFY(showDashboard());
    DashboardView *d = m_window->dashboard();
    const ForecastResult all = d->result();
    QVERIFY(all.total.opportunities > 0);
    ForecastFilter f = d->filter();
    f.ownerId = all.reps.first().ownerId;
    d->setFilter(f);
    QCOMPARE(d->filter().ownerId, f.ownerId);
    const ForecastResult one = d->result();
    QVERIFY(one.total.opportunities < all.total.opportunities);
    QCOMPARE(one.reps.size(), 1);
    QCOMPARE(d->repModel()->rowCount(), 1);
    QVERIFY(d->stageModel()->index(0, ForecastTables::StageReached).data().toLongLong() <
            all.stages.first().reached);
    // A narrower period range leaves fewer periods
    f.ownerId.reset();
    f.toMonth = f.fromMonth.addMonths(1);
    d->setFilter(f);
    QCOMPARE(d->periodModel()->rowCount(), 2);
}

void TestDashboard::shouldFollowAMoveOnTheBoard()
{
    QVERIFY(showDashboard());
    DashboardView *d = m_window->dashboard();
    BoardModel *board = m_window->model();
    board->service().setCurrentUserId(managerId());
    // A deal in the first stage, closing within the dashboard's range
    const ForecastFilter f = d->filter();
    const Stage &first = board->service().stages().first();
    const Stage &won =
        *std::find_if(board->service().stages().begin(), board->service().stages().end(),
                      [](const Stage &s) { return s.kind == StageKind::Won; });
    std::optional<Opportunity> deal;
    for (const Opportunity &o : board->visibleOpportunities()) {
        if (o.stageId == first.id && o.closeDate >= f.fromMonth &&
            o.closeDate < f.toMonth.addMonths(1))
            deal = o;
    }
    QVERIFY(deal);
    const Cents closedBefore = d->result().total.closedWon();
    const qint64 inFirstBefore =
        d->stageModel()->index(0, ForecastTables::StageOpportunities).data().toLongLong();
    QSignalSpy reset(d->stageModel(), &QAbstractItemModel::modelReset);
    QSignalSpy periodReset(d->periodModel(), &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(d, &DashboardView::refreshed);

    // When the manager moves it to won on the board
    MoveRequest request;
    request.closeReason = QStringLiteral("Price");
    request.overrideReason = QStringLiteral("Signed on the spot");
    QVERIFY(board->service().moveToStage(deal->id, won.id, request));

    // Then the dashboard shows it within a moment, without a reload or a reset
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(d->result().total.closedWon(), closedBefore + deal->amount);
    QCOMPARE(d->stageModel()->index(0, ForecastTables::StageOpportunities).data().toLongLong(),
             inFirstBefore - 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(periodReset.size(), 0);
}

void TestDashboard::shouldReadDealsAgainOnlyWhenTheBoardDoes()
{
    QVERIFY(showDashboard());
    DashboardView *d = m_window->dashboard();
    BoardModel *board = m_window->model();
    const ForecastFilter f = d->filter();
    std::optional<Opportunity> deal;
    for (const Opportunity &o : board->visibleOpportunities()) {
        if (o.stageId == board->service().stages().first().id && o.closeDate >= f.fromMonth &&
            o.closeDate < f.toMonth.addMonths(1))
            deal = o;
    }
    QVERIFY(deal);
    const Cents before = d->result().total.amount;
    // Given someone else's change the board has not heard of (a second connection to the file)
    {
        auto other =
            SqlStorage::openSqlite(m_dir.filePath(QStringLiteral("dash%1.sqlite").arg(m_count)));
        QVERIFY(other);
        Opportunity changed = *deal;
        changed.amount += 1000000;
        QVERIFY((*other)->opportunityStore().updateOpportunity(changed));
    }
    // When the board is only filtered and unfiltered, the dashboard keeps what it had read
    BoardFilter filter;
    filter.text = QStringLiteral("zzz");
    board->service().setFilter(filter);
    board->service().setFilter({});
    d->refreshNow();
    QCOMPARE(d->result().total.amount, before);
    // When the board reads everything again, so does the dashboard
    QVERIFY(board->service().reload());
    d->refreshNow();
    QCOMPARE(d->result().total.amount, before + 1000000);
}

void TestDashboard::shouldOpenAStalledDeal()
{
    QVERIFY(showDashboard());
    DashboardView *d = m_window->dashboard();
    QVERIFY(d->stalledModel()->rowCount() > 1);
    // The longest stalled first
    for (int row = 1; row < d->stalledModel()->rowCount(); ++row) {
        QVERIFY(d->stalledModel()
                    ->index(row - 1, ForecastTables::StalledDays)
                    .data(ForecastTableModel::ValueRole)
                    .toInt() >= d->stalledModel()
                                    ->index(row, ForecastTables::StalledDays)
                                    .data(ForecastTableModel::ValueRole)
                                    .toInt());
    }
    QTableView *table = d->stalledTable();
    const QModelIndex first = table->model()->index(0, 0);
    const qint64 id = first.data(ForecastTableModel::KeyRole).toLongLong();
    QCOMPARE(first.data(ForecastTableModel::FormattedRole).toString(),
             m_window->model()->service().opportunity(id)->title);
    Q_EMIT table->doubleClicked(first);
    // The board comes back with the deal selected and open in the panel
    QCOMPARE(m_window->board()->currentOpportunityId(), id);
    QVERIFY(m_window->panel()->isVisible());
    QCOMPARE(m_window->panel()->opportunityId(), id);
}

void TestDashboard::shouldExportPdf()
{
    QVERIFY(showDashboard());
    const QString path = m_dir.filePath(QStringLiteral("dashboard.pdf"));
    QVERIFY(m_window->dashboard()->exportPdf(path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 20000);
    // A folder that cannot be written says so, and names the file
    const auto refused = m_window->dashboard()->exportPdf(QStringLiteral("/nonexistent/x.pdf"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.startsWith(QStringLiteral("Cannot write /nonexistent/x.pdf")));
}

void TestDashboard::shouldSaveQuotasAndSayWhatIsWrong()
{
    QVERIFY(showDashboard());
    BoardModel *board = m_window->model();
    ForecastStore &storage = m_window->workspace()->forecast();
    ForecastSettingsDialog dialog(storage, board->service().users(), {QStringLiteral("EUR")},
                                  false);
    QVERIFY(dialog.load());
    QTableWidget *quotas = dialog.quotaTable();
    QVERIFY(quotas->rowCount() > 0);
    // The demo's quotas are shown as they can be typed back (its plant manager and solutions
    // engineer, reps by permission, sell nothing and have none)
    const int month = QDate::currentDate().month() - 1;
    int row = 0;
    while (row < quotas->rowCount() && quotas->item(row, month)->text().isEmpty())
        ++row;
    QVERIFY2(row < quotas->rowCount(), "the demo's reps have quotas");
    const QString rep = quotas->verticalHeaderItem(row)->text();
    const QString shown = quotas->item(row, month)->text();
    QVERIFY(parseAmount(shown, displayLocale()));
    dialog.year()->setValue(2031);
    QCOMPARE(dialog.year()->value(), 2031);
    // A bad amount is named by rep and month, and nothing is saved
    quotas->item(row, 2)->setText(QStringLiteral("12,5k"));
    QVERIFY(!dialog.save());
    const auto errors = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(errors.begin(), errors.end(), [&](QLabel *l) {
        return l->text().startsWith(QStringLiteral("Quota of %1 for March 2031: ").arg(rep));
    }));
    auto saved = *storage.quotas();
    QVERIFY(!std::any_of(saved.begin(), saved.end(),
                         [](const Quota &q) { return q.month.year() == 2031; }));
    // A good one is saved, with an exchange rate
    quotas->item(row, 2)->setText(QStringLiteral("12,500"));
    QCOMPARE(quotas->item(row, 12)->text(), QStringLiteral("12,500"));
    dialog.rateTable()->item(0, 1)->setText(QStringLiteral("1.1"));
    QVERIFY(dialog.save());
    saved = *storage.quotas();
    QVERIFY(std::any_of(saved.begin(), saved.end(), [](const Quota &q) {
        return q.month == QDate(2031, 3, 1) && q.amount == 1250000;
    }));
    QCOMPARE(storage.exchangeRates()->first(), (ExchangeRate{QStringLiteral("EUR"), 1.1}));
    // Someone who is not a manager or admin may look, not change
    ForecastSettingsDialog readOnly(storage, board->service().users(), {}, true);
    QVERIFY(readOnly.load());
    QCOMPARE(readOnly.quotaTable()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(readOnly.reportingCurrency()->isReadOnly());
    // And the dashboard shows the new quota once told
    DashboardView *d = m_window->dashboard();
    d->reloadSettings();
    ForecastFilter f = d->filter();
    f.fromMonth = f.toMonth = QDate(2031, 3, 1);
    d->setFilter(f);
    QCOMPARE(*d->result().total.quota, Cents(1250000));
}

void TestDashboard::shouldTakeOneSnapshotADay()
{
    // Opening the database recorded today's snapshot (the demo also rebuilt earlier weeks)
    QVERIFY(showDashboard());
    ForecastStore &storage = m_window->workspace()->forecast();
    QCOMPARE(*storage.lastSnapshotDay(), QDateTime::currentDateTimeUtc().date());
    const int days = int(storage.forecastSnapshots({}, {}, {}, {})->size());
    QVERIFY(days > 1);
    QVERIFY(m_window->dashboard()->takeSnapshot());
    QCOMPARE(int(storage.forecastSnapshots({}, {}, {}, {})->size()), days);
    // The chart follows the snapshots
    QCOMPARE(m_window->dashboard()->snapshotModel()->rowCount(),
             int(storage
                     .forecastSnapshots(m_window->dashboard()->filter().fromMonth,
                                        m_window->dashboard()->filter().toMonth, {}, {})
                     ->size()));
    // The table a person reads shows each day in the locale's format, and no epoch milliseconds
    QTableView *table = nullptr;
    for (QTableView *t : m_window->dashboard()->findChildren<QTableView *>()) {
        if (t->accessibleName() == QStringLiteral("Forecast snapshots"))
            table = t;
    }
    QVERIFY(table);
    QVERIFY(table->model()->rowCount() > 0);
    QStringList shown;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (!table->isColumnHidden(c))
            shown.append(table->model()->headerData(c, Qt::Horizontal).toString());
    }
    QCOMPARE(shown.first(), QStringLiteral("Day"));
    QVERIFY(!shown.contains(QStringLiteral("Time")));
    const QModelIndex first = table->model()->index(0, 0);
    const QString day = first.data(ForecastTableModel::FormattedRole).toString();
    QCOMPARE(day, formatDate(first.data(ForecastTableModel::ValueRole).toDate()));
    QVERIFY2(
        day.contains(QString::number(first.data(ForecastTableModel::ValueRole).toDate().year())),
        qPrintable(day));
}

void TestDashboard::shouldGiveEachMeaningOneColourAndReadableAxes()
{
    QVERIFY(showDashboard());
    // Every series of every chart, by the name its legend shows
    QMultiHash<QString, QColor> colours;
    QStringList axisLabels;
    for (QChartView *view : m_window->dashboard()->chartViews()) {
        for (QAbstractSeries *series : view->chart()->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets())
                    colours.insert(set->label(), set->color());
            } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
                colours.insert(line->name(), line->color());
            }
        }
        for (QAbstractAxis *axis : view->chart()->axes()) {
            if (auto *money = qobject_cast<QCategoryAxis *>(axis))
                axisLabels += money->categoriesLabels();
        }
    }
    // The same meaning has the same colour in every chart ("Closed won" in three of them); the
    // snapshot lines name theirs "… forecast", the stage chart's "Amount" is the open pipeline
    const auto meaningOf = [](QString name) {
        name.remove(QStringLiteral(" forecast"));
        name.remove(QStringLiteral(" to date"));
        name.replace(QStringLiteral("Best-case"), QStringLiteral("Best Case"));
        return name == QStringLiteral("Amount") ? QStringLiteral("Pipeline") : name;
    };
    QVERIFY(colours.values(QStringLiteral("Closed won")).size() +
                colours.values(QStringLiteral("Closed won to date")).size() >=
            3);
    QHash<QString, QRgb> colourOf;
    QHash<QRgb, QString> meaningWith;
    for (auto it = colours.cbegin(); it != colours.cend(); ++it) {
        const QString meaning = meaningOf(it.key());
        const QRgb rgb = it.value().rgb();
        QVERIFY2(colourOf.value(meaning, rgb) == rgb, qPrintable(meaning));
        // And no two meanings share a colour
        QVERIFY2(meaningWith.value(rgb, meaning) == meaning,
                 qPrintable(meaningWith.value(rgb) + QStringLiteral(" and ") + meaning));
        colourOf.insert(meaning, rgb);
        meaningWith.insert(rgb, meaning);
    }
    // Money axes say the currency and read short: "$500K", "$1M"
    QVERIFY(!axisLabels.isEmpty());
    QVERIFY2(axisLabels.contains(QStringLiteral("$0")), qPrintable(axisLabels.join(u' ')));
    for (const QString &label : axisLabels) {
        QVERIFY2(label.startsWith(QLatin1Char('$')), qPrintable(label));
        QVERIFY2(label.size() <= 6, qPrintable(label));
    }
}

void TestDashboard::shouldLetTheManagerChooseWhichRepsTheChartShows()
{
    QVERIFY(showDashboard());
    DashboardView *d = m_window->dashboard();
    auto *chooser = d->findChild<RepChooser *>();
    QVERIFY(chooser);
    chooser->setRanking(ForecastTables::RepRanking::BestCase);
    QChartView *chart = d->findChild<QChartView *>(QStringLiteral("Reps against quota"));
    QVERIFY(chart);
    const auto shown = [&] {
        for (QAbstractAxis *axis : chart->chart()->axes()) {
            if (auto *names = qobject_cast<QBarCategoryAxis *>(axis))
                return names->categories();
        }
        return QStringList();
    };
    const auto title = [&] {
        for (QLabel *label : d->findChildren<QLabel *>(QStringLiteral("chartTitle"))) {
            if (label->text().contains(QStringLiteral("Reps against quota")))
                return label->text();
        }
        return QString();
    };
    const int reps = d->repModel()->rowCount();
    QVERIFY(reps >= 3);
    QCOMPARE(shown().size(), reps);

    // When the manager picks two reps by hand, finding one by typing part of the name
    const QString first = d->repModel()->index(0, ForecastTables::RepName).data().toString();
    const QString second = d->repModel()->index(1, ForecastTables::RepName).data().toString();
    Test::WhenDialog<RepChoiceDialog> pick([&](RepChoiceDialog *dialog) {
        QTest::keyClicks(dialog->filterEdit(), first.left(4));
        int visible = 0;
        for (int row = 0; row < dialog->list()->count(); ++row) {
            QListWidgetItem *item = dialog->list()->item(row);
            if (!item->isHidden()) {
                ++visible;
                QVERIFY(item->text().contains(first.left(4)));
            }
            if (item->text() == first || item->text() == second)
                item->setCheckState(Qt::Checked);
        }
        QVERIFY(visible < dialog->list()->count());
        dialog->accept();
    });
    chooser->menu()->findChild<QAction *>(QStringLiteral("chooseReps"))->trigger();
    QVERIFY(pick.seen);

    // Then the chart shows those two, and its title says so
    QTRY_COMPARE(shown().size(), 2);
    QVERIFY(shown().contains(first));
    QVERIFY(shown().contains(second));
    QVERIFY2(title().contains(QStringLiteral("2 chosen of %1").arg(reps)), qPrintable(title()));

    // And ranked by quota attainment, the highest (or, for coaching, the lowest) comes first,
    // at the top of the chart (its bars run bottom to top)
    QString highest, lowest;
    double most = -1, least = 1e9;
    for (int row = 0; row < reps; ++row) {
        const QVariant attainment = d->repModel()
                                        ->index(row, ForecastTables::RepAttainment)
                                        .data(ForecastTableModel::ValueRole);
        if (!attainment.isValid() || attainment.isNull())
            continue;
        const QString name = d->repModel()->index(row, ForecastTables::RepName).data().toString();
        if (attainment.toDouble() > most) {
            most = attainment.toDouble();
            highest = name;
        }
        if (attainment.toDouble() < least) {
            least = attainment.toDouble();
            lowest = name;
        }
    }
    QVERIFY(!highest.isEmpty() && highest != lowest);
    chooser->setRanking(ForecastTables::RepRanking::Attainment);
    QTRY_COMPARE(shown().size(), reps);
    QCOMPARE(shown().last(), highest);
    for (QAction *action : chooser->menu()->actions()) {
        if (action->data().toInt() == int(ForecastTables::RepRanking::LowestAttainment))
            action->trigger();
    }
    QTRY_COMPARE(shown().last(), lowest);
    QVERIFY(title().contains(QStringLiteral("lowest attainment first")));

    // And the choice is remembered for the next time
    QCOMPARE(QSettings().value(QStringLiteral("dashboard/repRanking")).toInt(),
             int(ForecastTables::RepRanking::LowestAttainment));
    chooser->setRanking(ForecastTables::RepRanking::BestCase);
}

void TestDashboard::shouldFitStageNamesUnderTheirBars()
{
    // Given a narrow window, where "Deliver/Finalize" is wider than its bars
    m_window->resize(1000, 760);
    QVERIFY(showDashboard());
    DashboardView *d = m_window->dashboard();
    QChartView *chart =
        d->findChild<QChartView *>(QStringLiteral("Configured and observed probability"));
    QVERIFY(chart);
    QTRY_VERIFY(chart->chart()->plotArea().width() > 100);
    d->refreshNow();
    QStringList labels;
    for (QAbstractAxis *axis : chart->chart()->axes()) {
        if (auto *names = qobject_cast<QBarCategoryAxis *>(axis))
            labels = names->categories();
    }
    QCOMPARE(labels.size(), 5);
    // Then each name is whole, broken over lines where it must be, with its sample size below
    const int slot = int(chart->chart()->plotArea().width() / labels.size());
    bool broken = false;
    for (const QString &label : std::as_const(labels)) {
        QStringList lines = label.split(QStringLiteral("<br>"));
        QVERIFY2(lines.last().startsWith(QStringLiteral("n = ")), qPrintable(label));
        lines.removeLast();
        broken = broken || lines.size() > 1;
        for (const QString &line : std::as_const(lines)) {
            QVERIFY2(QFontMetrics(chart->chart()->axes(Qt::Horizontal).first()->labelsFont())
                             .horizontalAdvance(line) < slot,
                     qPrintable(line));
        }
    }
    QVERIFY(broken);
    QVERIFY2(labels.last().startsWith(QStringLiteral("Deliver/<br>Finalize<br>")),
             qPrintable(labels.last()));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
