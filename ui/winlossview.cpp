// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "winlossview.h"

#include "colors.h"
#include "core/money.h"
#include "emptystate.h"
#include "flowlayout.h"
#include "itemmodels/forecastmodels.h"
#include "reportparts.h"
#include "services/boardservice.h"
#include "services/lookback.h"
#include "workspace/workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace Stageboard {

namespace {

/// The groups the bar chart has room for; the table lists them all.
constexpr int chartGroups = 12;
/// The lessons listed at once, newest first.
constexpr int lessonLimit = 100;

const QList<WinLossBy> groupings{WinLossBy::Reason,   WinLossBy::Competitor, WinLossBy::Stage,
                                 WinLossBy::Industry, WinLossBy::Territory,  WinLossBy::Rep,
                                 WinLossBy::Size};

QList<ForecastTableModel::Column> figureColumns(const QString &first)
{
    using K = ForecastTableModel::Kind;
    return {{first, K::Text},
            {WinLossView::tr("Won"), K::Count},
            {WinLossView::tr("Lost"), K::Count},
            {WinLossView::tr("Win rate"), K::Percent},
            {WinLossView::tr("Won amount"), K::Money},
            {WinLossView::tr("Lost amount"), K::Money},
            {WinLossView::tr("Average cycle"), K::Days}};
}

/// A table as tall as its rows (at most 40), so that the page scrolls, not the table, and the
/// PDF has every row.
void fitToRows(QTableView *table, int rows)
{
    const int shown = std::clamp(rows, 3, 40);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + shown * rowHeight +
                            2 * table->frameWidth() +
                            table->horizontalScrollBar()->sizeHint().height());
}

void setColour(QBarSet *set, Colors::Series meaning)
{
    set->setColor(Colors::series(meaning));
    set->setBorderColor(Colors::series(meaning));
}

QChartView *chartView(const QString &name, QWidget *parent)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    view->setMinimumHeight(view->fontMetrics().height() * 22);
    return view;
}

} // namespace

WinLossView::WinLossView(QWidget *parent)
    : QWidget(parent)
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("winLoss"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &WinLossView::refresh);

    // The filters, as on the forecast; they wrap onto a second line when narrow.
    auto *filterBar = new QWidget(this);
    auto *filters = new FlowLayout(filterBar);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("winLossGrouping"));
    m_grouping->setAccessibleName(tr("Group closed deals by"));
    for (WinLossBy by : groupings)
        m_grouping->addItem(groupingName(by), int(by));
    m_grouping->setCurrentIndex(std::max(
        0, m_grouping->findData(QSettings().value(QStringLiteral("winloss/grouping")).toInt())));
    connect(m_grouping, &QComboBox::activated, this, [this] {
        QSettings().setValue(QStringLiteral("winloss/grouping"), int(grouping()));
        refreshNow();
    });
    const QDate today = QDate::currentDate();
    const QDate thisQuarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    auto monthEdit = [this](const QDate &date, const QString &name) {
        QDateEdit *edit = ReportParts::monthEdit(this, date, name);
        connect(edit, &QDateEdit::dateChanged, this, &WinLossView::scheduleRefresh);
        return edit;
    };
    // The last four quarters, this one included.
    m_from = monthEdit(thisQuarter.addMonths(-9), tr("First close month"));
    m_to = monthEdit(QDate(today.year(), today.month(), 1), tr("Last close month"));
    m_pipeline = new QComboBox(this);
    m_pipeline->setAccessibleName(tr("Pipeline filter"));
    m_rep = new QComboBox(this);
    m_rep->setAccessibleName(tr("Rep filter"));
    m_territory = new QComboBox(this);
    m_territory->setAccessibleName(tr("Territory filter"));
    for (QComboBox *box : {m_grouping, m_pipeline, m_rep, m_territory})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *box : {m_pipeline, m_rep, m_territory})
        connect(box, &QComboBox::activated, this, &WinLossView::scheduleRefresh);
    // A label stays on the line of what it names.
    const auto group = [this](const QList<QWidget *> &widgets) {
        return ReportParts::oneLine(this, widgets);
    };
    filters->addWidget(group({new QLabel(tr("Group by"), this), m_grouping}));
    filters->addWidget(
        group({new QLabel(tr("Closed from"), this), m_from, new QLabel(tr("to"), this), m_to}));
    filters->addWidget(m_pipeline);
    filters->addWidget(m_rep);
    filters->addWidget(m_territory);
    auto *pdf = new QPushButton(tr("Export PDF…"), this);
    pdf->setAccessibleName(tr("Export the win/loss view as PDF"));
    connect(pdf, &QPushButton::clicked, this, &WinLossView::exportPdfInteractively);
    filters->addWidget(pdf);

    m_groups = new ForecastTableModel(figureColumns(tr("Group")), this);
    m_quarters = new ForecastTableModel(figureColumns(tr("Quarter")), this);
    using K = ForecastTableModel::Kind;
    m_lessons = new ForecastTableModel({{tr("Group"), K::Text},
                                        {tr("Deal"), K::Text},
                                        {tr("Outcome"), K::Text},
                                        {tr("Lesson learned"), K::Text},
                                        {tr("Suggested change"), K::Text},
                                        {tr("Reviewed"), K::Date}},
                                       this);

    m_content = new QWidget(this);
    auto *grid = new QGridLayout(m_content);
    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("winLossSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_summary->setFont(big);
    grid->addWidget(m_summary, 0, 0, 1, 2);

    const auto onError = [this](const QString &message) { Q_EMIT errorOccurred(message); };
    m_chartViews = {chartView(tr("Won and lost by group"), m_content),
                    chartView(tr("Won, lost and win rate by quarter"), m_content)};
    grid->addWidget(ReportParts::chartPanel(m_content, tr("Won and lost"), m_chartViews[0], nullptr,
                                            onError, &m_groupChartTitle),
                    1, 0);
    grid->addWidget(ReportParts::chartPanel(m_content, tr("Win rate by quarter"), m_chartViews[1],
                                            nullptr, onError),
                    1, 1);
    for (QChartView *view : std::as_const(m_chartViews))
        m_chartEmpty.append(new EmptyState(view));
    buildCharts();

    auto *tables = new QTabWidget(m_content);
    tables->setAccessibleName(tr("Win/loss tables"));
    tables->addTab(ReportParts::tablePanel(m_content, tr("Win/loss by group"),
                                           QStringLiteral("win-loss.csv"), m_groups, &m_groupTable),
                   tr("Groups"));
    tables->addTab(ReportParts::tablePanel(m_content, tr("Win/loss by quarter"),
                                           QStringLiteral("win-loss-by-quarter.csv"), m_quarters),
                   tr("Quarters"));
    tables->setMinimumHeight(fontMetrics().height() * 18);
    m_groupTable->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WinLossView::refreshLessons);
    grid->addWidget(tables, 2, 0, 1, 2);

    auto *lessonPanel = new QWidget(m_content);
    auto *lessonLayout = new QVBoxLayout(lessonPanel);
    lessonLayout->setContentsMargins(0, 0, 0, 0);
    m_lessonTitle = new QLabel(lessonPanel);
    m_lessonTitle->setWordWrap(true);
    lessonLayout->addWidget(m_lessonTitle);
    QWidget *lessonTable =
        ReportParts::tablePanel(lessonPanel, tr("Lessons learned"), QStringLiteral("lessons.csv"),
                                m_lessons, &m_lessonTable);
    // The lesson takes the room left and wraps; the deal and the suggestion get a fair share.
    QHeaderView *header = m_lessonTable->horizontalHeader();
    const int chars = fontMetrics().averageCharWidth();
    for (int column : {1, 4}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, chars * 28);
    }
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    m_lessonTable->setWordWrap(true);
    m_lessonTable->setTextElideMode(Qt::ElideRight);
    m_lessonTable->setMinimumHeight(fontMetrics().height() * 18);
    m_lessonTable->setToolTip(tr("Double-click a lesson to open its deal."));
    connect(m_lessonTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 row = index.data(ForecastTableModel::KeyRole).toLongLong() - 1;
        if (row >= 0 && row < m_lessonDeals.size())
            Q_EMIT opportunityActivated(m_lessonDeals.at(row));
    });
    lessonLayout->addWidget(lessonTable, 1);
    grid->addWidget(lessonPanel, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Win/loss analysis"));
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterBar);
    layout->addWidget(scroll);
    updateCharts();
}

WinLossView::~WinLossView()
{
    detach();
}

QString WinLossView::groupingName(WinLossBy by)
{
    switch (by) {
    case WinLossBy::Reason:
        return tr("Close reason");
    case WinLossBy::Competitor:
        return tr("Competitor");
    case WinLossBy::Stage:
        return tr("Stage closed from");
    case WinLossBy::Industry:
        return tr("Industry");
    case WinLossBy::Territory:
        return tr("Territory");
    case WinLossBy::Rep:
        return tr("Rep");
    case WinLossBy::Size:
        return tr("Deal size");
    case WinLossBy::Quarter:
        return tr("Quarter");
    }
    return {};
}

void WinLossView::detach()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
}

void WinLossView::setWorkspace(Workspace *workspace)
{
    detach();
    m_workspace = workspace;
    m_dirty = true;
    m_groupRows.clear();
    m_quarterRows.clear();
    m_groups->setRows({});
    m_quarters->setRows({});
    m_lessons->setRows({});
    m_lessonDeals.clear();
    if (!workspace) {
        updateCharts();
        return;
    }
    // A close, a reopening, an edit of a closed deal, here or elsewhere: read again when shown.
    const auto changed = [this] {
        m_dirty = true;
        scheduleRefresh();
    };
    BoardService &board = workspace->boardService();
    m_connections = {
        connect(&workspace->lookBackService(), &LookBackService::changed, this, changed),
        connect(&board, &BoardService::changed, this, changed),
        connect(&board, &BoardService::changedElsewhere, this, changed),
        connect(&board, &BoardService::reloaded, this, changed),
        connect(&board, &BoardService::usersChanged, this, &WinLossView::populateFilters),
        connect(&board, &BoardService::pipelineChanged, this, &WinLossView::populateFilters),
    };
    populateFilters();
    if (isVisible())
        refresh();
}

void WinLossView::populateFilters()
{
    if (!m_workspace)
        return;
    const BoardService &board = m_workspace->boardService();
    const auto refill = &ReportParts::refill;
    QList<QPair<QString, QVariant>> reps;
    for (const User &u : board.users()) {
        if (u.role == UserRole::Rep || u.role == UserRole::Manager)
            reps.append({u.name, u.id});
    }
    refill(m_rep, tr("All reps"), reps);
    QStringList territoryNames;
    for (const Account &a : board.accounts()) {
        if (!a.territory.isEmpty() && !territoryNames.contains(a.territory))
            territoryNames.append(a.territory);
    }
    std::sort(territoryNames.begin(), territoryNames.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QList<QPair<QString, QVariant>> territories;
    for (const QString &t : std::as_const(territoryNames))
        territories.append({t, t});
    refill(m_territory, tr("All territories"), territories);
    QList<QPair<QString, QVariant>> pipelines;
    for (const SalesPipeline &p : board.gateEngine().pipelines())
        pipelines.append({p.name, p.id});
    refill(m_pipeline, tr("All pipelines"), pipelines);
    m_pipeline->setVisible(pipelines.size() > 1);
}

WinLossBy WinLossView::grouping() const
{
    return WinLossBy(m_grouping->currentData().toInt());
}

void WinLossView::setGrouping(WinLossBy by)
{
    m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(int(by))));
    refreshNow();
}

WinLossFilter WinLossView::filter() const
{
    WinLossFilter f;
    QDate from(m_from->date().year(), m_from->date().month(), 1);
    QDate to(m_to->date().year(), m_to->date().month(), 1);
    if (from > to)
        std::swap(from, to);
    f.from = from;
    f.to = to.addMonths(1).addDays(-1); // the whole last month
    if (m_pipeline->currentData().isValid())
        f.pipelineId = m_pipeline->currentData().toLongLong();
    if (m_rep->currentData().isValid())
        f.ownerId = m_rep->currentData().toLongLong();
    if (m_territory->currentData().isValid())
        f.territory = m_territory->currentData().toString();
    return f;
}

void WinLossView::setFilter(const WinLossFilter &f)
{
    {
        const QSignalBlocker a(m_from), b(m_to);
        if (f.from.isValid())
            m_from->setDate(f.from);
        if (f.to.isValid())
            m_to->setDate(f.to);
    }
    m_pipeline->setCurrentIndex(f.pipelineId ? std::max(0, m_pipeline->findData(*f.pipelineId))
                                             : 0);
    m_rep->setCurrentIndex(f.ownerId ? std::max(0, m_rep->findData(*f.ownerId)) : 0);
    m_territory->setCurrentIndex(f.territory ? std::max(0, m_territory->findData(*f.territory))
                                             : 0);
    refreshNow();
}

void WinLossView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        QTimer::singleShot(0, this, &WinLossView::refresh);
}

void WinLossView::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
}

void WinLossView::refreshNow()
{
    m_refreshTimer->stop();
    refresh();
}

QString WinLossView::shownKey(WinLossBy by, const QString &key)
{
    if (by == WinLossBy::Quarter) {
        const QStringList parts = key.split(QStringLiteral("-Q"));
        if (parts.size() == 2 && parts[0].size() == 4)
            return tr("Q%1 %2").arg(parts[1], parts[0]);
    }
    if (!key.isEmpty())
        return key;
    switch (by) {
    case WinLossBy::Reason:
        return tr("No reason given");
    case WinLossBy::Stage:
        return tr("Closed from its first stage");
    case WinLossBy::Rep:
        return tr("No owner");
    default:
        return tr("Not set");
    }
}

void WinLossView::refresh()
{
    m_refreshTimer->stop();
    if (!m_workspace)
        return;
    m_dirty = false;
    LookBackStore &store = m_workspace->lookBack();
    const WinLossFilter f = filter();
    auto groups = store.winLoss(grouping(), f);
    auto quarters = store.winLoss(WinLossBy::Quarter, f);
    auto currency = m_workspace->forecast().reportingCurrency();
    if (!groups || !quarters || !currency) {
        Q_EMIT errorOccurred(!groups     ? groups.error().message
                             : !quarters ? quarters.error().message
                                         : currency.error().message);
        return;
    }
    m_groupRows = std::move(*groups);
    // Every quarter of the period, those without a closed deal too: a trend has no gaps.
    m_quarterRows.clear();
    for (QDate q(f.from.year(), (f.from.month() - 1) / 3 * 3 + 1, 1); q <= f.to;
         q = q.addMonths(3)) {
        const QString key = QStringLiteral("%1-Q%2").arg(q.year()).arg((q.month() + 2) / 3);
        const auto found = std::find_if(quarters->cbegin(), quarters->cend(),
                                        [&](const WinLossRow &r) { return r.key == key; });
        WinLossRow row = found != quarters->cend() ? *found : WinLossRow{};
        row.key = key;
        m_quarterRows.append(row);
    }
    m_currency = *currency;
    const auto rowsOf = [](WinLossBy by, const QList<WinLossRow> &rows) {
        QList<ForecastTableModel::Row> out;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const WinLossRow &r = rows.at(i);
            const bool any = r.won + r.lost > 0; // else no rate and no cycle, rather than 0
            out.append(
                {i + 1,
                 {shownKey(by, r.key), r.won, r.lost, any ? QVariant(r.winRate()) : QVariant(),
                  r.wonAmount, r.lostAmount, any ? QVariant(r.averageCycleDays) : QVariant()}});
        }
        return out;
    };
    m_groups->setCurrency(m_currency);
    m_quarters->setCurrency(m_currency);
    m_groups->setRows(rowsOf(grouping(), m_groupRows));
    m_quarters->setRows(rowsOf(WinLossBy::Quarter, m_quarterRows));
    // What the figures cover, said with them (the PDF has no filter bar).
    QStringList scope{tr("Closed %1 to %2")
                          .arg(displayLocale().toString(f.from, QStringLiteral("MMMM yyyy")),
                               displayLocale().toString(f.to, QStringLiteral("MMMM yyyy")))};
    for (QComboBox *box : {m_pipeline, m_rep, m_territory}) {
        if (box->isVisibleTo(this) || box->currentIndex() > 0)
            scope.append(box->currentText());
    }
    QString caveat;
    if (grouping() == WinLossBy::Competitor)
        caveat = QLatin1Char('\n') +
                 tr("A deal that named several competitors counts once for each of them.");
    m_summary->setText(summary() + QLatin1Char('\n') + scope.join(QStringLiteral(" · ")) + caveat);
    updateCharts();
    refreshLessons();
    fitToRows(m_groupTable, m_groups->rowCount());
    Q_EMIT refreshed();
}

QString WinLossView::summary() const
{
    qint64 won = 0;
    qint64 lost = 0;
    Cents wonAmount = 0;
    qint64 unconverted = 0;
    double cycleDays = 0;
    // By quarter, each deal counts once.
    for (const WinLossRow &r : m_quarterRows) {
        won += r.won;
        lost += r.lost;
        wonAmount += r.wonAmount;
        unconverted += r.unconverted;
        cycleDays += r.averageCycleDays * double(r.won + r.lost);
    }
    if (won + lost == 0)
        return tr("No deals won or lost in this period.");
    const QLocale locale = displayLocale();
    QString text =
        tr("%1 won, %2 lost: win rate %3 %, %4 won, %5 days from creation to close on average.")
            .arg(locale.toString(won), locale.toString(lost),
                 locale.toString(100.0 * double(won) / double(won + lost), 'f', 0),
                 formatMoney(wonAmount, m_currency, locale),
                 locale.toString(cycleDays / double(won + lost), 'f', 0));
    if (unconverted > 0)
        text += QLatin1Char(' ') +
                tr("%n deal(s) in a currency without an exchange rate left out of the amounts.",
                   nullptr, int(unconverted));
    return text;
}

QString WinLossView::emptyMessage() const
{
    return m_chartEmpty.isEmpty() || m_chartEmpty.first()->isHidden()
               ? QString()
               : m_chartEmpty.first()->title();
}

void WinLossView::buildCharts()
{
    // Made once; a refresh refills the sets and the categories (a chart whose axes are replaced
    // lays out the new labels in the old ones' room, elided).
    auto set = [](const QString &name, Colors::Series meaning) {
        auto *s = new QBarSet(name);
        setColour(s, meaning);
        return s;
    };
    auto countAxis = [] {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->setTitleText(tr("Deals closed"));
        return axis;
    };
    QChart *groupChart = m_chartViews[0]->chart();
    m_groupWon = set(tr("Won"), Colors::Series::ClosedWon);
    m_groupLost = set(tr("Lost"), Colors::Series::ClosedLost);
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(m_groupWon);
    bars->append(m_groupLost);
    groupChart->addSeries(bars);
    m_groupAxis = new QBarCategoryAxis;
    m_groupCounts = countAxis();
    groupChart->addAxis(m_groupAxis, Qt::AlignLeft);
    groupChart->addAxis(m_groupCounts, Qt::AlignBottom);
    bars->attachAxis(m_groupAxis);
    bars->attachAxis(m_groupCounts);

    QChart *quarterChart = m_chartViews[1]->chart();
    m_quarterWon = set(tr("Won"), Colors::Series::ClosedWon);
    m_quarterLost = set(tr("Lost"), Colors::Series::ClosedLost);
    auto *quarterBars = new QBarSeries;
    quarterBars->append(m_quarterWon);
    quarterBars->append(m_quarterLost);
    m_rate = new QLineSeries;
    m_rate->setName(tr("Win rate"));
    QPen pen(Colors::series(Colors::Series::Observed));
    pen.setWidth(3);
    m_rate->setPen(pen);
    m_rate->setPointsVisible(true);
    quarterChart->addSeries(quarterBars);
    quarterChart->addSeries(m_rate);
    m_quarterAxis = new QBarCategoryAxis;
    m_quarterCounts = countAxis();
    auto *rateAxis = new QValueAxis;
    rateAxis->setRange(0, 100);
    rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    rateAxis->setTitleText(tr("Win rate (%)"));
    quarterChart->addAxis(m_quarterAxis, Qt::AlignBottom);
    quarterChart->addAxis(m_quarterCounts, Qt::AlignLeft);
    quarterChart->addAxis(rateAxis, Qt::AlignRight);
    quarterBars->attachAxis(m_quarterAxis);
    quarterBars->attachAxis(m_quarterCounts);
    m_rate->attachAxis(m_quarterAxis);
    m_rate->attachAxis(rateAxis);
}

namespace {

/// Whole deals from 0 to at least top: ticks on whole numbers only, never "1, 1, 1".
void setCountRange(QValueAxis *axis, double top)
{
    if (top <= 5) {
        const int end = std::max(1, int(std::ceil(top)));
        axis->setRange(0, end);
        axis->setTickCount(end + 1);
        return;
    }
    axis->setTickCount(5);
    axis->setRange(0, top * 1.08);
    axis->applyNiceNumbers();
}

void refill(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() > 0)
        set->remove(0, set->count());
    set->append(values);
}

} // namespace

void WinLossView::updateCharts()
{
    const QString name = groupingName(grouping());
    m_groupChartTitle->setText(
        QStringLiteral("<b>%1</b>").arg(tr("Won and lost: %1").arg(name).toHtmlEscaped()));
    m_groups->setColumnTitle(0, name);

    // Won and lost by group: the groups with the most closed deals (in order for sizes).
    QList<WinLossRow> shown = m_groupRows;
    if (grouping() != WinLossBy::Size) {
        std::stable_sort(shown.begin(), shown.end(), [](const WinLossRow &a, const WinLossRow &b) {
            return a.won + a.lost > b.won + b.lost;
        });
    }
    if (shown.size() > chartGroups)
        shown.resize(chartGroups);
    std::reverse(shown.begin(), shown.end()); // the first at the top
    QStringList categories;
    QList<qreal> won;
    QList<qreal> lost;
    double top = 0;
    for (const WinLossRow &r : std::as_const(shown)) {
        QString label = shownKey(grouping(), r.key);
        for (int n = 2; categories.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(shownKey(grouping(), r.key)).arg(n);
        categories.append(label);
        won.append(double(r.won));
        lost.append(double(r.lost));
        top = std::max(top, double(r.won + r.lost));
    }
    m_groupAxis->setCategories(categories);
    // Room for every label: Qt Charts elides one that has less height than it needs.
    const int line = m_chartViews[0]->fontMetrics().height();
    m_chartViews[0]->setMinimumHeight(std::max(22, int(categories.size()) * 2 + 9) * line);
    refill(m_groupWon, won);
    refill(m_groupLost, lost);
    setCountRange(m_groupCounts, top);

    // By quarter: won and lost bars, and the win rate as a line on its own axis.
    QStringList quarters;
    QList<qreal> quarterWon;
    QList<qreal> quarterLost;
    QList<QPointF> rates;
    double quarterTop = 0;
    for (qsizetype i = 0; i < m_quarterRows.size(); ++i) {
        const WinLossRow &r = m_quarterRows.at(i);
        quarters.append(shownKey(WinLossBy::Quarter, r.key));
        quarterWon.append(double(r.won));
        quarterLost.append(double(r.lost));
        if (r.won + r.lost > 0) // a quarter without a closed deal has no win rate, not 0 %
            rates.append(QPointF(double(i), 100.0 * r.winRate()));
        quarterTop = std::max(quarterTop, double(std::max(r.won, r.lost)));
    }
    m_quarterAxis->setCategories(quarters);
    refill(m_quarterWon, quarterWon);
    refill(m_quarterLost, quarterLost);
    m_rate->replace(rates);
    setCountRange(m_quarterCounts, quarterTop);

    // Nothing to draw: say why, and what to do.
    const bool none = std::all_of(m_quarterRows.cbegin(), m_quarterRows.cend(),
                                  [](const WinLossRow &r) { return r.won + r.lost == 0; });
    const QLocale locale = displayLocale();
    const WinLossFilter f = filter();
    for (EmptyState *empty : std::as_const(m_chartEmpty)) {
        empty->setMessage(tr("No deals closed in this period"),
                          !m_workspace
                              ? tr("Open a database to see its closed deals.")
                              : tr("Deals won or lost with a close date from %1 to %2 "
                                   "are counted here. Choose an earlier month, other "
                                   "filters, or close deals on the board.")
                                    .arg(locale.toString(f.from, QStringLiteral("MMMM yyyy")),
                                         locale.toString(f.to, QStringLiteral("MMMM yyyy"))));
        empty->setVisible(none);
    }
}

void WinLossView::refreshLessons()
{
    if (!m_workspace)
        return;
    std::optional<QString> key;
    const QModelIndexList selected = m_groupTable->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        const qint64 row = selected.first().data(ForecastTableModel::KeyRole).toLongLong() - 1;
        if (row >= 0 && row < m_groupRows.size())
            key = m_groupRows.at(row).key;
    }
    auto lessons = m_workspace->lookBack().lessons(grouping(), key, filter(), lessonLimit);
    if (!lessons) {
        Q_EMIT errorOccurred(lessons.error().message);
        return;
    }
    QList<ForecastTableModel::Row> rows;
    m_lessonDeals.clear();
    for (qsizetype i = 0; i < lessons->size(); ++i) {
        const WinLossLesson &l = lessons->at(i);
        m_lessonDeals.append(l.opportunityId);
        rows.append(
            {i + 1,
             {shownKey(grouping(), l.key), l.title, l.won ? tr("Won") : tr("Lost"), l.lesson,
              l.processSuggestion, QDateTime::fromSecsSinceEpoch(l.reviewedAt).date()}});
    }
    m_lessons->setRows(rows);
    m_lessonTable->resizeRowsToContents();
    // The group column says nothing new when one group is chosen.
    m_lessonTable->setColumnHidden(0, key.has_value());
    if (key && lessons->isEmpty())
        m_lessonTitle->setText(tr("<b>Lessons learned: %1</b>: none yet. A manager writes them on "
                                  "the Look-back tab.")
                                   .arg(shownKey(grouping(), *key).toHtmlEscaped()));
    else if (key)
        m_lessonTitle->setText(tr("<b>Lessons learned: %1</b>, newest first.")
                                   .arg(shownKey(grouping(), *key).toHtmlEscaped()));
    else if (lessons->isEmpty())
        m_lessonTitle->setText(
            tr("<b>Lessons learned</b>: none yet. A manager writes them on the Look-back tab."));
    else
        m_lessonTitle->setText(
            tr("<b>Lessons learned</b>, newest first. Select a row above to see its own."));
}

Result<void> WinLossView::exportPdf(const QString &path)
{
    return ReportParts::exportPdf(m_content, path, tr("Stageboard win/loss"));
}

void WinLossView::exportPdfInteractively()
{
    ReportParts::exportPdfInteractively(
        m_content, tr("Export Win/Loss as PDF"), QStringLiteral("win-loss.pdf"),
        tr("Stageboard win/loss"),
        [this](const QString &message) { Q_EMIT errorOccurred(message); });
}

} // namespace Stageboard
