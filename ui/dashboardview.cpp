// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "colors.h"
#include "core/money.h"
#include "csvactions.h"
#include "emptystate.h"
#include "flowlayout.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/forecastmodels.h"
#include "pdfwriter.h"
#include "repchooser.h"
#include "reportparts.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>
#include <cmath>

namespace Stageboard {

namespace {

using namespace ForecastTables;

/// The rows of stage kinds: charts get models of their own rather than filter proxies, whose
/// header signals crash Qt Charts 6.4's bar model mapper.
QList<ForecastTableModel::Row> ofKinds(const QList<ForecastTableModel::Row> &rows,
                                       const QList<StageKind> &kinds)
{
    QList<ForecastTableModel::Row> result;
    for (const auto &row : rows) {
        if (kinds.contains(StageKind(row.tag)))
            result.append(row);
    }
    return result;
}

QChart *newChart()
{
    auto *chart = new QChart;
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setLocalizeNumbers(true);
    chart->setLocale(displayLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QBarCategoryAxis *categoryAxis()
{
    auto *axis = new QBarCategoryAxis;
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setLabelsFont(font);
    return axis;
}

/// A category label as the axis's HTML, on as many lines as it needs to fit width: broken
/// after a slash or at spaces ("Deliver/" "Finalize"), a word wider than width hyphenated
/// ("Unterschrie-" "ben"), so that the axis never elides a stage's name.
QString fittedLabel(const QString &text, const QFontMetrics &fm, int width)
{
    if (width <= 0 || fm.horizontalAdvance(text) <= width)
        return text.toHtmlEscaped();
    QStringList pieces; // words, each keeping the slash that ends it
    QString piece;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ')) {
            if (!piece.isEmpty())
                pieces.append(piece);
            piece.clear();
            continue;
        }
        piece.append(c);
        if (c == QLatin1Char('/')) {
            pieces.append(piece);
            piece.clear();
        }
    }
    if (!piece.isEmpty())
        pieces.append(piece);
    QStringList lines;
    QString line;
    for (QString word : std::as_const(pieces)) {
        // A word too wide for a line of its own is cut with a hyphen, three letters at least.
        while (fm.horizontalAdvance(word) > width && word.size() > 8) {
            qsizetype fits = 3;
            while (fits + 1 < word.size() - 2 &&
                   fm.horizontalAdvance(word.left(fits + 1) + QLatin1Char('-')) <= width)
                ++fits;
            if (!line.isEmpty())
                lines.append(line);
            lines.append(word.left(fits) + QLatin1Char('-'));
            line.clear();
            word = word.mid(fits);
        }
        const QString joined = line.isEmpty() || line.endsWith(QLatin1Char('/'))
                                   ? QString(line + word)
                                   : QString(line + u' ' + word);
        if (!line.isEmpty() && fm.horizontalAdvance(joined) > width) {
            lines.append(line);
            line = word;
        } else {
            line = joined;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QValueAxis *valueAxis(const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(format);
    axis->setMin(0);
    return axis;
}

/// An axis of amounts, labelled by setMoneyRange.
QValueAxis *moneyAxis()
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setMin(0);
    return axis;
}

/// Colours the bar sets of a series that a mapper fills from consecutive columns.
void colourSets(QAbstractBarSeries *series, const QList<Colors::Series> &meanings)
{
    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < sets.size() && i < meanings.size(); ++i) {
        sets[i]->setColor(Colors::series(meanings[i]));
        sets[i]->setBorderColor(Colors::series(meanings[i]));
    }
}

/// Category labels must be unique: a repeated one gets a number.
QStringList unique(const QStringList &labels)
{
    QStringList result;
    for (const QString &label : labels) {
        QString l = label.isEmpty() ? QStringLiteral("—") : label;
        for (int n = 2; result.contains(l); ++n)
            l = QStringLiteral("%1 (%2)").arg(label).arg(n);
        result.append(l);
    }
    return result;
}

QStringList column(const QAbstractItemModel *model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int r = 0; r < model->rowCount(); ++r)
        values.append(model->index(r, col).data(role).toString());
    return values;
}

double maximum(const QAbstractItemModel *model, const QList<int> &columns, bool stacked = false)
{
    double top = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        double sum = 0;
        for (int c : columns) {
            const double v = model->index(r, c).data().toDouble();
            sum = stacked ? sum + v : std::max(sum, v);
        }
        top = std::max(top, sum);
    }
    return top;
}

void setRange(QValueAxis *axis, double top)
{
    axis->setRange(0, top > 0 ? top * 1.08 : 1);
    axis->applyNiceNumbers();
}

/// "$1.5M", "1,5 Mio. $": an amount of major units, short, with its currency.
QString shortMoney(double value, const QString &currency)
{
    const QLocale locale = displayLocale();
    struct Scale
    {
        double size;
        const char *suffix;
    };
    static const Scale scales[] = {{1e9, QT_TRANSLATE_NOOP("Stageboard::DashboardView", "%1B")},
                                   {1e6, QT_TRANSLATE_NOOP("Stageboard::DashboardView", "%1M")},
                                   {1e3, QT_TRANSLATE_NOOP("Stageboard::DashboardView", "%1K")}};
    QString number = locale.toString(value, 'f', 0);
    for (const Scale &s : scales) {
        if (std::abs(value) >= s.size) {
            const double scaled = value / s.size;
            const int decimals = std::abs(scaled - std::round(scaled)) < 0.05 ? 0 : 1;
            number = QCoreApplication::translate("Stageboard::DashboardView", s.suffix)
                         .arg(locale.toString(scaled, 'f', decimals));
            break;
        }
    }
    // The currency where the locale puts it, around the short number.
    const QString symbol = currencySymbol(currency, locale);
    const QString placed = locale.toCurrencyString(1.0, QStringLiteral("\x01"), 0);
    QString result = placed;
    result.replace(locale.toString(1), number);
    result.replace(QLatin1Char('\x01'), symbol);
    return symbol.isEmpty() ? number : result;
}

/// A value axis of money: about five ticks at round amounts, labelled short ("$500K").
void setMoneyRange(QValueAxis *axis, double top, const QString &currency)
{
    auto *labelled = qobject_cast<QCategoryAxis *>(axis);
    const double wanted = top > 0 ? top * 1.08 : 1;
    const double rough = wanted / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= rough) {
            step = f * magnitude;
            break;
        }
    }
    const double end = step * std::ceil(wanted / step);
    axis->setRange(0, end);
    if (!labelled)
        return;
    for (const QString &label : labelled->categoriesLabels())
        labelled->remove(label);
    for (double v = 0; v <= end + step / 2; v += step)
        labelled->append(shortMoney(v, currency), v);
}

} // namespace

struct DashboardView::Charts
{
    QChart *period = nullptr;
    QStackedBarSeries *periodBars = nullptr;
    QLineSeries *quota = nullptr;
    QBarCategoryAxis *periodAxis = nullptr;
    QValueAxis *periodValues = nullptr;

    QBarCategoryAxis *stageAxis = nullptr;
    QValueAxis *stageValues = nullptr;

    QBarCategoryAxis *repAxis = nullptr;
    QValueAxis *repValues = nullptr;

    QBarCategoryAxis *funnelAxis = nullptr;
    QValueAxis *funnelValues = nullptr;

    QDateTimeAxis *timeAxis = nullptr;
    QValueAxis *timeValues = nullptr;

    QBarCategoryAxis *probabilityAxis = nullptr;

    ForecastTableModel *openStages = nullptr;
    ForecastTableModel *forwardStages = nullptr; ///< open and won: the funnel
};

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_refreshTimer(new QTimer(this))
    , m_charts(std::make_unique<Charts>())
{
    setObjectName(QStringLiteral("dashboard"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(120);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardView::refresh);

    m_periods = ForecastTables::periodModel(this);
    m_reps = ForecastTables::repModel(this);
    m_topReps = ForecastTables::repModel(this);
    m_stages = ForecastTables::stageModel(this);
    m_stalled = ForecastTables::stalledModel(this);
    m_snapshots = ForecastTables::snapshotModel(this);

    // The filters, which apply to everything below them; they wrap onto a second line rather
    // than make the window wider than the screen.
    auto *filterBar = new QWidget(this);
    auto *filters = new FlowLayout(filterBar);
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    auto monthEdit = [this](const QDate &date, const QString &name) {
        QDateEdit *edit = ReportParts::monthEdit(this, date, name);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardView::scheduleRefresh);
        return edit;
    };
    m_from = monthEdit(thisMonth.addMonths(-3), tr("First close month"));
    m_to = monthEdit(thisMonth.addMonths(5), tr("Last close month"));
    m_grouping = new QComboBox(this);
    m_grouping->addItem(tr("By month"), int(PeriodGrouping::Month));
    m_grouping->addItem(tr("By quarter"), int(PeriodGrouping::Quarter));
    m_grouping->addItem(tr("By year"), int(PeriodGrouping::Year));
    m_grouping->setAccessibleName(tr("Group periods"));
    m_grouping->setCurrentIndex(QSettings().value(QStringLiteral("dashboard/grouping"), 0).toInt());
    m_rep = new QComboBox(this);
    m_rep->setAccessibleName(tr("Rep filter"));
    m_territory = new QComboBox(this);
    m_territory->setAccessibleName(tr("Territory filter"));
    m_stage = new QComboBox(this);
    m_stage->setAccessibleName(tr("Stage filter"));
    m_pipelineFilter = new QComboBox(this);
    m_pipelineFilter->setObjectName(QStringLiteral("pipelineFilter"));
    m_pipelineFilter->setAccessibleName(tr("Pipeline filter"));
    // Another pipeline has other stages to choose from.
    connect(m_pipelineFilter, &QComboBox::activated, this, &DashboardView::populateFilters);
    for (QComboBox *box : {m_grouping, m_pipelineFilter, m_rep, m_territory, m_stage}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::activated, this, &DashboardView::scheduleRefresh);
    }
    connect(m_grouping, &QComboBox::activated, this, [this](int index) {
        QSettings().setValue(QStringLiteral("dashboard/grouping"), index);
    });
    // A label stays on the line of what it names.
    const auto group = [this](const QList<QWidget *> &widgets) {
        return ReportParts::oneLine(this, widgets);
    };
    filters->addWidget(group({new QLabel(tr("Close from"), this), m_from,
                              new QLabel(tr("to"), this), m_to, m_grouping}));
    filters->addWidget(m_pipelineFilter);
    filters->addWidget(m_rep);
    filters->addWidget(m_territory);
    filters->addWidget(m_stage);
    m_currency = new QLabel(this);
    auto *snapshot = new QPushButton(tr("Take Snapshot"), this);
    snapshot->setToolTip(tr("Record today's forecast, to compare with what closes. Stageboard "
                            "also records one each day it runs."));
    connect(snapshot, &QPushButton::clicked, this, [this] {
        if (auto ok = takeSnapshot(); !ok)
            Q_EMIT errorOccurred(ok.error().message);
    });
    filters->addWidget(m_currency);
    filters->addWidget(snapshot);

    // Key figures.
    // The figures wrap onto a second row rather than squeeze their numbers when narrow.
    auto *kpiBar = new QWidget(this);
    auto *kpis = new FlowLayout(kpiBar);
    const QList<QPair<QString, QString>> captions{
        {tr("Closed won"), tr("Won deals closing in the period")},
        {tr("Quota"), tr("The quotas of the reps shown, in the period")},
        {tr("Attainment"), tr("Closed won ÷ quota")},
        {tr("Coverage"), tr("Open pipeline ÷ the quota still to close")},
        {tr("Win rate"), tr("Won ÷ (won + lost); disqualified deals are not losses")},
        {tr("Average deal"), tr("The average amount of a won deal")},
        {tr("Sales cycle"), tr("Average days from creation to won")},
        {tr("Stalled"), tr("Open deals past their stage's age limit")},
        {tr("Awaiting review"),
         tr("Closed deals waiting for a manager's look-back (the Look-back tab); not filtered")}};
    for (const auto &[caption, tip] : captions) {
        auto *tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setToolTip(tip);
        auto *layout = new QVBoxLayout(tile);
        layout->setContentsMargins(10, 6, 10, 6);
        auto *value = new QLabel(QStringLiteral("—"), tile);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        value->setFont(big);
        auto *label = new QLabel(caption, tile);
        label->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(value);
        layout->addWidget(label);
        value->setAccessibleName(caption);
        kpis->addWidget(tile);
        m_kpis.append(qMakePair(value, label));
    }
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);

    m_content = new QWidget(this);
    auto *grid = new QGridLayout(m_content);
    grid->addWidget(kpiBar, 0, 0, 1, 2);
    grid->addWidget(m_notes, 1, 0, 1, 2);
    buildCharts();
    m_repChooser = new RepChooser(m_content);
    connect(m_repChooser, &RepChooser::changed, this, [this] {
        if (m_data)
            refreshNow();
    });
    for (int i = 0; i < m_chartViews.size(); ++i) {
        static const char *const titles[] = {
            QT_TR_NOOP("Forecast by close period, against quota"),
            QT_TR_NOOP("Open pipeline by stage"),
            QT_TR_NOOP("Reps against quota (largest best case first)"),
            QT_TR_NOOP("Conversion funnel: deals that reached each stage"),
            QT_TR_NOOP("Forecast over time, against what closed"),
            QT_TR_NOOP("Stage probability: configured and observed")};
        grid->addWidget(chartPanel(tr(titles[i]), m_chartViews[i], i == 2 ? m_repChooser : nullptr),
                        2 + i / 2, i % 2);
        m_chartEmpty.append(new EmptyState(m_chartViews[i]));
    }
    auto *tables = new QTabWidget(m_content);
    tables->setAccessibleName(tr("Forecast tables"));
    tables->addTab(tablePanel(tr("Stalled deals"), QStringLiteral("stalled-deals.csv"), m_stalled,
                              &m_stalledTable),
                   tr("Stalled Deals"));
    tables->addTab(
        tablePanel(tr("Forecast by period"), QStringLiteral("forecast-by-period.csv"), m_periods),
        tr("Periods"));
    tables->addTab(tablePanel(tr("Forecast by rep"), QStringLiteral("forecast-by-rep.csv"), m_reps),
                   tr("Reps"));
    tables->addTab(tablePanel(tr("Stages"), QStringLiteral("stages.csv"), m_stages), tr("Stages"));
    tables->addTab(
        tablePanel(tr("Forecast snapshots"), QStringLiteral("forecast-snapshots.csv"), m_snapshots),
        tr("Snapshots"));
    // Room for a year of months or a team of reps without a scroll bar inside the page's own.
    tables->setMinimumHeight(fontMetrics().height() * 26);
    grid->addWidget(tables, 5, 0, 1, 2);
    m_stalledTable->setSortingEnabled(false);
    connect(m_stalledTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT opportunityActivated(index.data(ForecastTableModel::KeyRole).toLongLong());
    });

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Forecast dashboard"));
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterBar);
    layout->addWidget(scroll);
}

DashboardView::~DashboardView()
{
    detach();
}

void DashboardView::buildCharts()
{
    Charts &c = *m_charts;
    const auto money = [this](double value) {
        return formatMoney(std::llround(value * 100), m_result.currency, displayLocale());
    };
    const auto percent = [](double value) {
        return tr("%1 %").arg(displayLocale().toString(value, 'f', 0));
    };
    const auto count = [](double value) { return displayLocale().toString(qint64(value)); };
    // Hovering a bar shows its category, its set and its value.
    const auto hover = [this](QAbstractBarSeries *series, QBarCategoryAxis *axis,
                              std::function<QString(double)> format) {
        connect(series, &QAbstractBarSeries::hovered, this,
                [axis, format](bool on, int index, QBarSet *set) {
                    if (!on) {
                        QToolTip::hideText();
                        return;
                    }
                    QToolTip::showText(QCursor::pos(),
                                       tr("%1\n%2: %3")
                                           .arg(axis->categories().value(index), set->label(),
                                                format(set->at(index))));
                });
    };
    const auto view = [this](QChart *chart, const QString &name) {
        auto *v = new QChartView(chart, m_content);
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(340);
        v->setObjectName(name);
        v->setAccessibleName(name);
        m_chartViews.append(v);
        // Stage names are fitted to their bars' width: fitted again when that changes.
        connect(chart, &QChart::plotAreaChanged, this, [this, v](const QRectF &plot) {
            const int width = int(plot.width());
            if (std::abs(width - v->property("fittedWidth").toInt()) > 8 && m_data) {
                v->setProperty("fittedWidth", width);
                updateAxes();
            }
        });
        return v;
    };

    // Forecast by period: closed, commit, best case and pipeline stacked; the quota as a line.
    c.period = newChart();
    c.periodBars = new QStackedBarSeries;
    auto *periodMapper = new QVBarModelMapper(this);
    periodMapper->setFirstBarSetColumn(PeriodClosed);
    periodMapper->setLastBarSetColumn(PeriodPipeline);
    periodMapper->setSeries(c.periodBars);
    periodMapper->setModel(m_periods);
    c.quota = new QLineSeries;
    c.quota->setName(tr("Quota"));
    c.quota->setPointsVisible(true);
    QPen quotaPen(Colors::series(Colors::Series::Quota));
    quotaPen.setWidth(2);
    quotaPen.setStyle(Qt::DashLine);
    c.quota->setPen(quotaPen);
    c.period->addSeries(c.periodBars);
    c.period->addSeries(c.quota);
    c.periodAxis = categoryAxis();
    c.periodValues = moneyAxis();
    c.period->addAxis(c.periodAxis, Qt::AlignBottom);
    c.period->addAxis(c.periodValues, Qt::AlignLeft);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(c.periodBars), static_cast<QAbstractSeries *>(c.quota)}) {
        s->attachAxis(c.periodAxis);
        s->attachAxis(c.periodValues);
    }
    hover(c.periodBars, c.periodAxis, money);
    connect(c.quota, &QLineSeries::hovered, this, [this, money](const QPointF &p, bool on) {
        if (on) {
            QToolTip::showText(
                QCursor::pos(),
                tr("%1\nQuota: %2")
                    .arg(m_charts->periodAxis->categories().value(qRound(p.x())), money(p.y())));
        }
    });
    view(c.period, tr("Forecast by period"));

    // Open pipeline by stage: amount and weighted amount.
    c.openStages = ForecastTables::stageModel(this);
    auto *stageChart = newChart();
    // Room right of the plot for the last stage's name, centred under its bars.
    stageChart->setMargins(QMargins(4, 4, 28, 4));
    auto *stageBars = new QBarSeries;
    auto *stageMapper = new QVBarModelMapper(this);
    stageMapper->setFirstBarSetColumn(StageAmount);
    stageMapper->setLastBarSetColumn(StageWeighted);
    stageMapper->setSeries(stageBars);
    stageMapper->setModel(c.openStages);
    stageChart->addSeries(stageBars);
    c.stageAxis = categoryAxis();
    c.stageValues = moneyAxis();
    stageChart->addAxis(c.stageAxis, Qt::AlignBottom);
    stageChart->addAxis(c.stageValues, Qt::AlignLeft);
    stageBars->attachAxis(c.stageAxis);
    stageBars->attachAxis(c.stageValues);
    hover(stageBars, c.stageAxis, money);
    view(stageChart, tr("Pipeline by stage"));

    // Reps against quota.
    auto *repChart = newChart();
    auto *repBars = new QHorizontalBarSeries;
    auto *repMapper = new QVBarModelMapper(this);
    repMapper->setFirstBarSetColumn(RepClosed);
    repMapper->setLastBarSetColumn(RepQuota);
    repMapper->setSeries(repBars);
    repMapper->setModel(m_topReps);
    repChart->addSeries(repBars);
    c.repAxis = categoryAxis();
    c.repValues = moneyAxis();
    repChart->addAxis(c.repAxis, Qt::AlignLeft);
    repChart->addAxis(c.repValues, Qt::AlignBottom);
    repBars->attachAxis(c.repAxis);
    repBars->attachAxis(c.repValues);
    hover(repBars, c.repAxis, money);
    view(repChart, tr("Reps against quota"));

    // The funnel.
    c.forwardStages = ForecastTables::stageModel(this);
    auto *funnelChart = newChart();
    auto *funnelBars = new QHorizontalBarSeries;
    auto *funnelMapper = new QVBarModelMapper(this);
    funnelMapper->setFirstBarSetColumn(StageReached);
    funnelMapper->setLastBarSetColumn(StageReached);
    funnelMapper->setSeries(funnelBars);
    funnelMapper->setModel(c.forwardStages);
    funnelChart->addSeries(funnelBars);
    funnelChart->legend()->hide();
    c.funnelAxis = categoryAxis();
    c.funnelValues = valueAxis(QStringLiteral("%.0f"));
    funnelChart->addAxis(c.funnelAxis, Qt::AlignLeft);
    funnelChart->addAxis(c.funnelValues, Qt::AlignBottom);
    funnelBars->attachAxis(c.funnelAxis);
    funnelBars->attachAxis(c.funnelValues);
    funnelBars->setLabelsVisible(true);
    funnelBars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    hover(funnelBars, c.funnelAxis, count);
    view(funnelChart, tr("Conversion funnel"));

    // Forecast over time, from the daily snapshots, with what has closed won.
    auto *timeChart = newChart();
    c.timeAxis = new QDateTimeAxis;
    c.timeAxis->setFormat(QStringLiteral("d MMM"));
    c.timeValues = moneyAxis();
    timeChart->addAxis(c.timeAxis, Qt::AlignBottom);
    timeChart->addAxis(c.timeValues, Qt::AlignLeft);
    for (int col : {SnapshotWeighted, SnapshotCommit, SnapshotBestCase, SnapshotClosed}) {
        auto *line = new QLineSeries;
        line->setName(m_snapshots->headerData(col, Qt::Horizontal).toString());
        auto *mapper = new QVXYModelMapper(this);
        mapper->setXColumn(SnapshotTime);
        mapper->setYColumn(col);
        mapper->setSeries(line);
        mapper->setModel(m_snapshots);
        line->setPointsVisible(true);
        const Colors::Series meaning = col == SnapshotWeighted   ? Colors::Series::Weighted
                                       : col == SnapshotCommit   ? Colors::Series::Commit
                                       : col == SnapshotBestCase ? Colors::Series::BestCase
                                                                 : Colors::Series::ClosedWon;
        line->setColor(Colors::series(meaning));
        if (col == SnapshotClosed) {
            QPen pen(Colors::series(meaning));
            pen.setWidth(3);
            line->setPen(pen);
        }
        timeChart->addSeries(line);
        line->attachAxis(c.timeAxis);
        line->attachAxis(c.timeValues);
        connect(line, &QLineSeries::hovered, this, [line, money](const QPointF &p, bool on) {
            if (!on)
                return;
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC).date();
            QToolTip::showText(QCursor::pos(),
                               tr("%1\n%2: %3")
                                   .arg(displayLocale().toString(day, QLocale::ShortFormat),
                                        line->name(), money(p.y())));
        });
    }
    view(timeChart, tr("Forecast over time"));

    // Configured against observed probability.
    auto *probabilityChart = newChart();
    probabilityChart->setMargins(QMargins(4, 4, 28, 4));
    auto *probabilityBars = new QBarSeries;
    auto *probabilityMapper = new QVBarModelMapper(this);
    probabilityMapper->setFirstBarSetColumn(StageConfigured);
    probabilityMapper->setLastBarSetColumn(StageObserved);
    probabilityMapper->setSeries(probabilityBars);
    probabilityMapper->setModel(c.openStages);
    probabilityChart->addSeries(probabilityBars);
    c.probabilityAxis = categoryAxis();
    auto *probabilityValues = valueAxis(QStringLiteral("%.0f"));
    probabilityValues->setTitleText(tr("Probability of closing won (%)"));
    probabilityValues->setRange(0, 100);
    probabilityChart->addAxis(c.probabilityAxis, Qt::AlignBottom);
    probabilityChart->addAxis(probabilityValues, Qt::AlignLeft);
    probabilityBars->attachAxis(c.probabilityAxis);
    probabilityBars->attachAxis(probabilityValues);
    hover(probabilityBars, c.probabilityAxis, percent);
    view(probabilityChart, tr("Configured and observed probability"));
}

QWidget *DashboardView::chartPanel(const QString &title, QChartView *view, QWidget *tool)
{
    QLabel *label = nullptr;
    QWidget *panel = ReportParts::chartPanel(
        m_content, title, view, tool,
        [this](const QString &message) { Q_EMIT errorOccurred(message); }, &label);
    m_chartTitles.append(label);
    return panel;
}

QWidget *DashboardView::tablePanel(const QString &title, const QString &fileName,
                                   ForecastTableModel *model, QTableView **viewOut)
{
    return ReportParts::tablePanel(m_content, title, fileName, model, viewOut);
}

void DashboardView::setWorkspace(Workspace *workspace)
{
    detach();
    m_workspace = workspace;
    BoardModel *board = workspace ? &workspace->board() : nullptr;
    m_board = board;
    m_data.reset();
    m_dirty = true;
    if (!board)
        return;
    auto changed = [this] {
        m_dirty = true;
        scheduleRefresh();
    };
    // A deal created, edited or restored: its account may be new to the forecast.
    auto upsert = [this, changed](const Opportunity &o) {
        if (!m_data)
            return;
        if (!m_data->knowsAccount(o.accountId))
            m_data->setAccounts(m_board->service().accounts());
        m_data->upsert(o);
        changed();
    };
    m_boardConnections = {
        connect(&board->service(), &BoardService::moved, this,
                [this, changed](const Opportunity &, const StageChange &change) {
                    if (!m_data)
                        return;
                    m_data->addStageEntry(change.opportunityId, change.toStageId, change.at);
                    if (auto now = m_board->service().opportunity(change.opportunityId))
                        m_data->upsert(*now);
                    changed();
                }),
        connect(&board->service(), &BoardService::edited, this,
                [upsert](const Opportunity &, const Opportunity &after) { upsert(after); }),
        connect(&board->service(), &BoardService::created, this, upsert),
        connect(&board->service(), &BoardService::restored, this, upsert),
        connect(&board->service(), &BoardService::removed, this,
                [this, changed](const Opportunity &o) {
                    if (!m_data)
                        return;
                    m_data->remove(o.id);
                    changed();
                }),
        // Someone else's change on a shared database.
        connect(&board->service(), &BoardService::changedElsewhere, this,
                [this, changed, upsert](const std::optional<Opportunity> &before,
                                        const std::optional<Opportunity> &after) {
                    if (!m_data)
                        return;
                    if (!after) {
                        m_data->remove(before->id);
                        changed();
                        return;
                    }
                    if (!before || before->stageId != after->stageId)
                        m_data->addStageEntry(after->id, after->stageId, after->enteredStageAt);
                    upsert(*after);
                }),
        // A reload (an import, a reconnection): read everything again when next shown. A
        // filter or pipeline switch resets the board too, but changes no deal.
        connect(&board->service(), &BoardService::reloaded, this,
                [this, changed] {
                    m_data.reset();
                    changed();
                }),
        connect(board, &QObject::destroyed, this, [this] { setWorkspace(nullptr); }),
        // The board shows another pipeline: so does the dashboard, until told otherwise.
        connect(&board->service(), &BoardService::pipelineChanged, this,
                [this](qint64 id) {
                    m_pipelineFilter->setCurrentIndex(std::max(0, m_pipelineFilter->findData(id)));
                    populateFilters();
                    scheduleRefresh();
                }),
    };
    m_pipelineFilter->clear();
    populateFilters();
    if (isVisible())
        refresh();
}

void DashboardView::detach()
{
    for (const auto &c : std::as_const(m_boardConnections))
        disconnect(c);
    m_boardConnections.clear();
    m_board = nullptr;
    m_workspace = nullptr;
}

bool DashboardView::ensureLoaded()
{
    if (m_data)
        return true;
    if (!m_board)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto loaded = ForecastData::load(m_workspace->forecastSources());
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        Q_EMIT errorOccurred(loaded.error().message);
        return false;
    }
    m_data = std::move(*loaded);
    populateFilters();
    return true;
}

void DashboardView::reloadSettings()
{
    if (!m_board || !m_data)
        return;
    ForecastStore &storage = m_workspace->forecast();
    auto quotas = storage.quotas();
    auto currency = storage.reportingCurrency();
    auto rates = storage.exchangeRates();
    if (!quotas || !currency || !rates) {
        Q_EMIT errorOccurred(!quotas     ? quotas.error().message
                             : !currency ? currency.error().message
                                         : rates.error().message);
        return;
    }
    m_data->setQuotas(*quotas);
    m_data->setCurrencies(*currency, *rates);
    m_dirty = true;
    refreshNow();
}

Result<void> DashboardView::takeSnapshot()
{
    if (!ensureLoaded())
        return fail(tr("The forecast could not be read."));
    auto ok =
        takeForecastSnapshot(m_workspace->forecast(), *m_data, QDateTime::currentSecsSinceEpoch());
    if (ok)
        refreshSnapshots();
    return ok;
}

void DashboardView::takeDailySnapshot()
{
    if (!m_board)
        return;
    auto last = m_workspace->forecast().lastSnapshotDay();
    if (last && *last >= QDateTime::currentDateTimeUtc().date())
        return;
    if (auto ok = takeSnapshot(); !ok)
        Q_EMIT errorOccurred(ok.error().message);
}

void DashboardView::populateFilters()
{
    if (!m_board)
        return;
    const auto refill = &ReportParts::refill;
    QList<QPair<QString, QVariant>> reps;
    for (const User &u : m_board->service().users()) {
        if (u.role == UserRole::Rep || u.role == UserRole::Manager)
            reps.append({u.name, u.id});
    }
    refill(m_rep, tr("All reps"), reps);
    QList<QPair<QString, QVariant>> territories;
    if (m_data) {
        for (const QString &t : m_data->territories())
            territories.append({t, t});
    }
    refill(m_territory, tr("All territories"), territories);
    QList<QPair<QString, QVariant>> pipelines;
    for (const SalesPipeline &p : m_board->service().gateEngine().pipelines())
        pipelines.append({p.name, p.id});
    if (m_pipelineFilter->count() == 0) // a new board: start on the pipeline it shows
        m_pipelineFilter->addItem(QString(), m_board->service().pipelineId());
    refill(m_pipelineFilter, tr("All pipelines"), pipelines);
    m_pipelineFilter->setVisible(pipelines.size() > 1);
    QList<QPair<QString, QVariant>> stages;
    for (const Stage &s : shownStages())
        stages.append({s.name, s.id});
    refill(m_stage, tr("All stages"), stages);
}

QList<Stage> DashboardView::shownStages() const
{
    if (!m_board)
        return {};
    const GateEngine &process = m_board->service().gateEngine();
    if (m_pipelineFilter->currentData().isValid())
        return process.stagesOf(m_pipelineFilter->currentData().toLongLong());
    // All pipelines: a stage's name says which one it is in, where there are several.
    QList<Stage> stages = process.stages();
    if (process.pipelines().size() > 1) {
        for (Stage &s : stages) {
            if (const SalesPipeline *p = process.pipeline(s.pipelineId))
                s.name = tr("%1 ▸ %2").arg(p->name, s.name);
        }
    }
    return stages;
}

ForecastFilter DashboardView::filter() const
{
    ForecastFilter f;
    f.fromMonth = QDate(m_from->date().year(), m_from->date().month(), 1);
    f.toMonth = QDate(m_to->date().year(), m_to->date().month(), 1);
    if (f.fromMonth > f.toMonth)
        std::swap(f.fromMonth, f.toMonth);
    if (m_rep->currentData().isValid())
        f.ownerId = m_rep->currentData().toLongLong();
    if (m_territory->currentData().isValid())
        f.territory = m_territory->currentData().toString();
    if (m_stage->currentData().isValid())
        f.stageId = m_stage->currentData().toLongLong();
    if (m_pipelineFilter->currentData().isValid())
        f.pipelineId = m_pipelineFilter->currentData().toLongLong();
    f.grouping = PeriodGrouping(m_grouping->currentData().toInt());
    return f;
}

void DashboardView::setFilter(const ForecastFilter &f)
{
    const QSignalBlocker a(m_from), b(m_to);
    if (f.fromMonth.isValid())
        m_from->setDate(f.fromMonth);
    if (f.toMonth.isValid())
        m_to->setDate(f.toMonth);
    m_grouping->setCurrentIndex(m_grouping->findData(int(f.grouping)));
    m_rep->setCurrentIndex(f.ownerId ? std::max(0, m_rep->findData(*f.ownerId)) : 0);
    m_territory->setCurrentIndex(f.territory ? std::max(0, m_territory->findData(*f.territory))
                                             : 0);
    m_pipelineFilter->setCurrentIndex(
        f.pipelineId ? std::max(0, m_pipelineFilter->findData(*f.pipelineId)) : 0);
    populateFilters();
    m_stage->setCurrentIndex(f.stageId ? std::max(0, m_stage->findData(*f.stageId)) : 0);
    refreshNow();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty || !m_data)
        QTimer::singleShot(0, this, &DashboardView::refresh);
}

void DashboardView::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
}

void DashboardView::refreshNow()
{
    m_refreshTimer->stop();
    refresh();
}

void DashboardView::refresh()
{
    if (!ensureLoaded())
        return;
    m_dirty = false;
    const ForecastFilter f = filter();
    m_result = m_data->compute(f, QDateTime::currentSecsSinceEpoch());
    for (ForecastTableModel *m : {m_periods, m_reps, m_topReps, m_stages, m_stalled, m_snapshots,
                                  m_charts->openStages, m_charts->forwardStages})
        m->setCurrency(m_result.currency);
    const auto userName = [this](qint64 id) { return m_board->service().userName(id); };
    m_periods->setRows(periodRows(m_result));
    m_reps->setRows(repRows(m_result, userName));
    // The reps the chart has room for, as the manager chose them; the choice offers them all.
    QList<QPair<qint64, QString>> everyRep;
    for (int row = 0; row < m_reps->rowCount(); ++row) {
        everyRep.append({m_reps->index(row, 0).data(ForecastTableModel::KeyRole).toLongLong(),
                         m_reps->index(row, RepName).data().toString()});
    }
    m_repChooser->setReps(everyRep);
    const RepRanking ranking = m_repChooser->ranking();
    auto topReps = rankedRepRows(m_result, userName, ranking,
                                 ranking == RepRanking::Chosen ? RepChooser::mostChosen
                                                               : RepChooser::shownReps,
                                 m_repChooser->chosen());
    std::reverse(topReps.begin(), topReps.end());
    m_topReps->setRows(topReps);
    if (QLabel *title = m_chartTitles.value(2)) {
        title->setText(QStringLiteral("<b>%1</b>")
                           .arg(m_repChooser->chartTitle(int(topReps.size()), m_reps->rowCount())
                                    .toHtmlEscaped()));
    }
    const auto stages = stageRows(m_result, shownStages());
    m_stages->setRows(stages);
    m_charts->openStages->setRows(ofKinds(stages, {StageKind::Open}));
    // Horizontal bars run bottom to top: the funnel's first stage, and the largest rep, go last.
    auto funnel = ofKinds(stages, {StageKind::Open, StageKind::Won});
    std::reverse(funnel.begin(), funnel.end());
    m_charts->forwardStages->setRows(funnel);
    m_stalled->setRows(stalledRows(
        m_result,
        [this](qint64 id) {
            const auto o = m_board->service().opportunity(id);
            return o ? o->title : QString();
        },
        [this](qint64 id) {
            const auto o = m_board->service().opportunity(id);
            return o ? m_board->service().accountName(o->accountId) : QString();
        },
        userName,
        [this](qint64 id) {
            const Stage *s = m_board->service().stage(id);
            return s ? s->name : QString();
        }));
    refreshSnapshots();
    updateAxes();
    colourCharts();
    updateKpis();
    updateEmptyCharts();
    Q_EMIT refreshed();
}

void DashboardView::colourCharts()
{
    // The mappers make the bar sets: colour them by what each shows, the same in every chart.
    using S = Colors::Series;
    for (QChartView *view : std::as_const(m_chartViews)) {
        for (QAbstractSeries *series : view->chart()->series()) {
            auto *bars = qobject_cast<QAbstractBarSeries *>(series);
            if (!bars)
                continue;
            if (bars == m_charts->periodBars)
                colourSets(bars, {S::ClosedWon, S::Commit, S::BestCase, S::Pipeline});
            else if (view == m_chartViews.value(1))
                colourSets(bars, {S::Pipeline, S::Weighted});
            else if (view == m_chartViews.value(2))
                colourSets(bars, {S::ClosedWon, S::BestCase, S::Quota});
            else if (view == m_chartViews.value(3))
                colourSets(bars, {S::Reached});
            else if (view == m_chartViews.value(5))
                colourSets(bars, {S::Configured, S::Observed});
        }
    }
}

void DashboardView::updateEmptyCharts()
{
    // A chart with nothing to draw says why instead of showing bare axes.
    const QString range =
        tr("%1 to %2")
            .arg(displayLocale().toString(filter().fromMonth, QStringLiteral("MMMM yyyy")),
                 displayLocale().toString(filter().toMonth, QStringLiteral("MMMM yyyy")));
    const bool anyDeal = m_board && m_board->service().opportunityCount() > 0;
    // Deals may all be there but in a currency without a rate: say that, not "widen the range".
    const QString noDeals =
        !m_result.missingRates.isEmpty()
            ? tr("%n deal(s) left out: no exchange rate into %1 for %2. Set one in Forecast ▸ "
                 "Quotas and Currencies.",
                 nullptr, int(m_result.unconverted))
                  .arg(m_result.currency, m_result.missingRates.join(QStringLiteral(", ")))
            : tr("No opportunities yet: add or import some on the board.");
    const bool counted = anyDeal && m_result.missingRates.isEmpty();
    const struct
    {
        bool empty;
        QString why;
    } charts[] = {
        {maximum(m_periods,
                 {PeriodClosed, PeriodCommit, PeriodBestCase, PeriodPipeline, PeriodQuota}) <= 0,
         counted ? tr("No deal closes from %1 with this filter, and no quota is set. Widen the "
                      "range above.")
                       .arg(range)
                 : noDeals},
        {maximum(m_charts->openStages, {StageAmount}) <= 0,
         counted ? tr("No open deal closes in this range with this filter.") : noDeals},
        {maximum(m_topReps, {RepClosed, RepBestCase, RepQuota}) <= 0,
         counted ? tr("No rep has a deal or a quota in this range with this filter.") : noDeals},
        {maximum(m_charts->forwardStages, {StageReached}) <= 0,
         counted ? tr("No deal of this range reached a stage with this filter.") : noDeals},
        {m_snapshots->rowCount() < 2,
         tr("The forecast is recorded once a day (Forecast ▸ Take Snapshot); the lines start "
            "with the second day.")},
        {maximum(m_charts->openStages, {StageObserved}) <= 0,
         counted ? tr("The observed probabilities need deals that closed won or lost; none in "
                      "this range with this filter.")
                 : noDeals},
    };
    for (int i = 0; i < m_chartEmpty.size() && i < int(std::size(charts)); ++i) {
        m_chartEmpty[i]->setMessage(tr("Nothing to chart"), charts[i].why);
        m_chartEmpty[i]->setVisible(charts[i].empty);
    }
}

void DashboardView::refreshSnapshots()
{
    if (!m_board)
        return;
    const ForecastFilter f = filter();
    auto points =
        m_workspace->forecast().forecastSnapshots(f.fromMonth, f.toMonth, f.ownerId, f.territory);
    if (!points) {
        Q_EMIT errorOccurred(points.error().message);
        return;
    }
    m_snapshots->setRows(snapshotRows(*points, m_result.total.closedWon()));
    Charts &c = *m_charts;
    if (points->isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        c.timeAxis->setRange(now.addDays(-7), now);
    } else {
        const QDateTime first(points->first().takenOn, QTime(0, 0), Qt::UTC);
        const QDateTime last(points->last().takenOn, QTime(23, 59), Qt::UTC);
        c.timeAxis->setRange(first.addDays(-1), last.addDays(1));
        c.timeAxis->setTickCount(std::clamp(int(points->size()), 2, 8));
    }
    setMoneyRange(
        c.timeValues,
        maximum(m_snapshots, {SnapshotWeighted, SnapshotCommit, SnapshotBestCase, SnapshotClosed}),
        m_result.currency);
}

void DashboardView::updateAxes()
{
    Charts &c = *m_charts;
    // Labels that cannot be misread as a day ("Mar 2027", "Q1 2027"); the tables keep ISO keys.
    QStringList periodLabels;
    const QLocale locale = displayLocale();
    const auto grouping = PeriodGrouping(m_grouping->currentData().toInt());
    for (const ForecastPeriodRow &p : std::as_const(m_result.periods)) {
        periodLabels.append(grouping == PeriodGrouping::Month
                                ? locale.toString(p.start, QStringLiteral("MMM"))
                            : grouping == PeriodGrouping::Quarter
                                ? tr("Q%1 %2").arg((p.start.month() + 2) / 3).arg(p.start.year())
                                : p.key);
    }
    c.periodAxis->setCategories(unique(periodLabels));
    // Months by name alone ("Sep" is never a day), the years they span in the axis title: a
    // narrow bar's label is not cut to "Sep…".
    if (grouping == PeriodGrouping::Month && !m_result.periods.isEmpty()) {
        const QDate first = m_result.periods.first().start;
        const QDate last = m_result.periods.last().start;
        c.periodAxis->setTitleText(
            first.year() == last.year()
                ? QString::number(first.year())
                : tr("%1 – %2").arg(locale.toString(first, QStringLiteral("MMM yyyy")),
                                    locale.toString(last, QStringLiteral("MMM yyyy"))));
    } else {
        c.periodAxis->setTitleText(QString());
    }
    c.periodAxis->setLabelsAngle(periodLabels.size() > 12 ? -45 : 0);
    c.quota->clear();
    double top =
        maximum(m_periods, {PeriodClosed, PeriodCommit, PeriodBestCase, PeriodPipeline}, true);
    for (int r = 0; r < m_periods->rowCount(); ++r) {
        const QVariant quota = m_periods->index(r, PeriodQuota).data();
        if (quota.isValid()) {
            c.quota->append(r, quota.toDouble());
            top = std::max(top, quota.toDouble());
        }
    }
    setMoneyRange(c.periodValues, top, m_result.currency);

    QStringList stageLabels;
    QStringList probabilityLabels;
    // Each stage's name fits the width its bars have, on two lines if it must.
    const auto slot = [&](QBarCategoryAxis *axis, int chart) {
        const QRectF plot =
            m_chartViews.value(chart) ? m_chartViews[chart]->chart()->plotArea() : QRectF();
        const qreal width =
            plot.width() > 50
                ? plot.width()
                : (m_chartViews.value(chart) ? m_chartViews[chart]->width() - 120 : 0);
        return std::make_pair(QFontMetrics(axis->labelsFont()),
                              // Qt Charts elides well before a label fills its slot.
                              int(0.72 * width / std::max(1, c.openStages->rowCount())));
    };
    const auto [stageMetrics, stageWidth] = slot(c.stageAxis, 1);
    const auto [probabilityMetrics, probabilityWidth] = slot(c.probabilityAxis, 5);
    for (int r = 0; r < c.openStages->rowCount(); ++r) {
        const QString name = c.openStages->index(r, StageName).data().toString();
        stageLabels.append(fittedLabel(name, stageMetrics, stageWidth));
        probabilityLabels.append(tr("%1<br>n = %2")
                                     .arg(fittedLabel(name, probabilityMetrics, probabilityWidth),
                                          c.openStages->index(r, StageSample).data().toString()));
    }
    c.stageAxis->setCategories(unique(stageLabels));
    setMoneyRange(c.stageValues, maximum(c.openStages, {StageAmount, StageWeighted}),
                  m_result.currency);
    c.probabilityAxis->setCategories(unique(probabilityLabels));

    c.repAxis->setCategories(unique(column(m_topReps, RepName)));
    setMoneyRange(c.repValues, maximum(m_topReps, {RepClosed, RepBestCase, RepQuota}),
                  m_result.currency);

    QStringList funnelLabels;
    for (int r = 0; r < c.forwardStages->rowCount(); ++r) {
        const QString name = c.forwardStages->index(r, StageName).data().toString();
        const QVariant conversion = c.forwardStages->index(r, StageConversion).data();
        funnelLabels.append(
            conversion.isValid()
                ? tr("%1 → %2 %").arg(name, displayLocale().toString(conversion.toDouble(), 'f', 0))
                : name);
    }
    c.funnelAxis->setCategories(unique(funnelLabels));
    setRange(c.funnelValues, maximum(c.forwardStages, {StageReached}));
}

void DashboardView::updateKpis()
{
    const QLocale locale = displayLocale();
    const ForecastResult &r = m_result;
    const auto money = [&](std::optional<Cents> c) {
        return c ? formatMoney(*c, r.currency, locale) : QStringLiteral("—");
    };
    const auto percent = [&](std::optional<double> v) {
        return v ? tr("%1 %").arg(locale.toString(*v * 100, 'f', 0)) : QStringLiteral("—");
    };
    const QStringList values{
        money(r.total.closedWon()),
        money(r.total.quota),
        percent(r.total.attainment()),
        r.total.coverage() ? tr("%1×").arg(locale.toString(*r.total.coverage(), 'f', 1))
                           : QStringLiteral("—"),
        percent(r.winRate),
        money(r.averageOpportunitySize ? std::optional<Cents>(*r.averageOpportunitySize / 100 * 100)
                                       : std::nullopt),
        r.averageCycleDays ? tr("%1 days").arg(locale.toString(*r.averageCycleDays, 'f', 0))
                           : QStringLiteral("—"),
        locale.toString(r.stalled.size())};
    for (int i = 0; i < m_kpis.size() && i < values.size(); ++i)
        m_kpis[i].first->setText(values[i]);
    m_currency->setText(tr("Amounts in %1").arg(r.currency));

    QStringList notes;
    if (!r.missingRates.isEmpty()) {
        notes.append(tr("%n deal(s) left out: no exchange rate into %1 for %2 (Forecast ▸ Quotas "
                        "and Currencies).",
                        nullptr, int(r.unconverted))
                         .arg(r.currency, r.missingRates.join(QStringLiteral(", "))));
    }
    if (r.overdue > 0) {
        notes.append(tr("%n open deal(s) past their close date are counted in this month.", nullptr,
                        int(r.overdue)));
    }
    if (filter().territory)
        notes.append(tr("Quotas are set per rep, so they are not shown for one territory."));
    if (filter().stageId)
        notes.append(tr("The forecast over time is not split by stage: it shows every stage."));
    m_notes->setText(notes.join(QLatin1Char(' ')));
    m_notes->setVisible(!notes.isEmpty());
}

Result<void> DashboardView::exportPdf(const QString &path)
{
    return ReportParts::exportPdf(m_content, path, tr("Stageboard forecast"));
}

void DashboardView::exportPdfInteractively()
{
    ReportParts::exportPdfInteractively(
        m_content, tr("Export Dashboard as PDF"), QStringLiteral("forecast.pdf"),
        tr("Stageboard forecast"),
        [this](const QString &message) { Q_EMIT errorOccurred(message); });
}

void DashboardView::print()
{
    ReportParts::print(m_content);
}

void DashboardView::setReviewsPending(qint64 count)
{
    // The last figure: not one of the forecast's, so not filtered by it.
    if (!m_kpis.isEmpty())
        m_kpis.last().first->setText(QLocale().toString(count));
}

} // namespace Stageboard
