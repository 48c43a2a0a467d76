// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/forecastmodels.h"

#include "core/money.h"
#include "csv/csvwriter.h"

#include <QDateTime>
#include <QIODevice>
#include <QSet>
#include <algorithm>

namespace Stageboard {

ForecastTableModel::ForecastTableModel(QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{}

void ForecastTableModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    // Headers stay as they are: chart model mappers take their series names from them, and
    // Qt Charts 6.4 crashes on a header change before the first row.
}

void ForecastTableModel::setRows(const QList<Row> &rows)
{
    QSet<qint64> newKeys;
    newKeys.reserve(rows.size());
    for (const Row &r : rows)
        newKeys.insert(r.key);
    // Rows that are gone, a run at a time from the bottom.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (newKeys.contains(m_rows[i].key))
            continue;
        const int last = i;
        while (i > 0 && !newKeys.contains(m_rows[i - 1].key))
            --i;
        beginRemoveRows({}, i, last);
        m_rows.remove(i, last - i + 1);
        endRemoveRows();
    }
    QSet<qint64> oldKeys;
    oldKeys.reserve(m_rows.size());
    for (const Row &r : std::as_const(m_rows))
        oldKeys.insert(r.key);
    // Then in the new order: keep, update, insert, or take a row from further down. A row that
    // changes place is removed and inserted, which chart model mappers follow (they ignore
    // row moves).
    for (int i = 0; i < rows.size(); ++i) {
        const Row &wanted = rows[i];
        if (i < m_rows.size() && m_rows[i].key == wanted.key) {
            if (m_rows[i] != wanted) {
                m_rows[i] = wanted;
                Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
            }
            continue;
        }
        if (oldKeys.contains(wanted.key)) {
            for (int j = i + 1; j < m_rows.size(); ++j) {
                if (m_rows[j].key == wanted.key) {
                    beginRemoveRows({}, j, j);
                    m_rows.remove(j);
                    endRemoveRows();
                    break;
                }
            }
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, wanted);
        endInsertRows();
    }
}

int ForecastTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ForecastTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ForecastTableModel::format(int column, const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("—");
    const QLocale locale = displayLocale();
    switch (kind(column)) {
    case Kind::Text:
        return value.toString();
    case Kind::Count:
        return locale.toString(value.toLongLong());
    case Kind::Money:
        return formatMoney(value.toLongLong(), m_currency, locale);
    case Kind::Percent:
        return tr("%1 %").arg(locale.toString(value.toDouble() * 100, 'f', 0));
    case Kind::Days:
        return tr("%1 d").arg(locale.toString(value.toDouble(), 'f', 1));
    case Kind::Date:
        return formatDate(value.toDate(), locale);
    case Kind::Axis:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(value.toLongLong()),
                               QLocale::ShortFormat);
    }
    return value.toString();
}

Result<qint64> ForecastTableModel::writeCsv(QIODevice *out, const ExportOptions &options) const
{
    CsvWriter csv(out, options.delimiter);
    if (options.byteOrderMark)
        csv.writeByteOrderMark();
    QStringList header;
    for (int c = 0; c < columnCount(); ++c) {
        if (isAxisOnly(c))
            continue;
        header.append(options.text(kind(c) == Kind::Money && !m_currency.isEmpty()
                                       ? tr("%1 (%2)").arg(m_columns[c].title, m_currency)
                                       : m_columns[c].title));
    }
    if (!csv.writeRow(header))
        return fail(tr("Cannot write the table: %1").arg(out->errorString()));
    qint64 written = 0;
    for (const Row &row : m_rows) {
        QStringList fields;
        for (int c = 0; c < columnCount(); ++c) {
            if (isAxisOnly(c))
                continue;
            const QVariant v = row.values.value(c);
            if (!v.isValid() || v.isNull()) {
                fields.append(QString());
                continue;
            }
            switch (kind(c)) {
            case Kind::Money:
                fields.append(formatPlainAmount(v.toLongLong()));
                break;
            case Kind::Percent:
                fields.append(QString::number(v.toDouble() * 100, 'f', 1));
                break;
            case Kind::Days:
                fields.append(QString::number(v.toDouble(), 'f', 1));
                break;
            case Kind::Date:
                fields.append(v.toDate().toString(Qt::ISODate));
                break;
            case Kind::Text:
                fields.append(options.text(v.toString()));
                break;
            case Kind::Count:
                fields.append(v.toString());
                break;
            case Kind::Axis:
                break;
            }
        }
        if (!csv.writeRow(fields))
            return fail(tr("Cannot write the table: %1").arg(out->errorString()));
        ++written;
        if (options.progress && written % 500 == 0 && !options.progress(written))
            return fail(tr("The export was cancelled."));
    }
    return written;
}

QVariant ForecastTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const QVariant value = row.values.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!value.isValid() || value.isNull())
            return {};
        switch (kind(index.column())) {
        case Kind::Money:
            return double(value.toLongLong()) / 100.0;
        case Kind::Percent:
            return value.toDouble() * 100.0;
        default:
            return value;
        }
    case FormattedRole:
    case Qt::ToolTipRole:
        return format(index.column(), value);
    case Qt::TextAlignmentRole:
        return kind(index.column()) == Kind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case KeyRole:
        return row.key;
    case TagRole:
        return row.tag;
    case ValueRole:
        return value;
    default:
        return {};
    }
}

void ForecastTableModel::setColumnTitle(int column, const QString &title)
{
    if (column < 0 || column >= m_columns.size() || m_columns[column].title == title)
        return;
    m_columns[column].title = title;
    Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
}

QVariant ForecastTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns[section].title;
    return {};
}

QHash<int, QByteArray> ForecastTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FormattedRole, "formatted");
    names.insert(KeyRole, "key");
    names.insert(TagRole, "tag");
    names.insert(ValueRole, "value");
    return names;
}

namespace ForecastTables {

namespace {

using Kind = ForecastTableModel::Kind;
using Row = ForecastTableModel::Row;

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optional(const std::optional<Cents> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Stageboard::ForecastTables", text);
}

} // namespace

ForecastTableModel *periodModel(QObject *parent)
{
    return new ForecastTableModel({{tr("Period"), Kind::Text},
                                   {tr("Closed won"), Kind::Money},
                                   {tr("Commit"), Kind::Money},
                                   {tr("Best Case"), Kind::Money},
                                   {tr("Pipeline"), Kind::Money},
                                   {tr("Quota"), Kind::Money},
                                   {tr("Deals"), Kind::Count},
                                   {tr("Amount"), Kind::Money},
                                   {tr("Weighted"), Kind::Money},
                                   {tr("Commit forecast"), Kind::Money},
                                   {tr("Best-case forecast"), Kind::Money},
                                   {tr("Attainment"), Kind::Percent}},
                                  parent);
}

ForecastTableModel *repModel(QObject *parent)
{
    return new ForecastTableModel({{tr("Rep"), Kind::Text},
                                   {tr("Closed won"), Kind::Money},
                                   {tr("Best-case forecast"), Kind::Money},
                                   {tr("Quota"), Kind::Money},
                                   {tr("Commit forecast"), Kind::Money},
                                   {tr("Weighted"), Kind::Money},
                                   {tr("Deals"), Kind::Count},
                                   {tr("Attainment"), Kind::Percent},
                                   {tr("Coverage"), Kind::Percent}},
                                  parent);
}

ForecastTableModel *stageModel(QObject *parent)
{
    return new ForecastTableModel({{tr("Stage"), Kind::Text},
                                   {tr("Deals"), Kind::Count},
                                   {tr("Amount"), Kind::Money},
                                   {tr("Weighted"), Kind::Money},
                                   {tr("Reached"), Kind::Count},
                                   {tr("To next stage"), Kind::Percent},
                                   {tr("Average time"), Kind::Days},
                                   {tr("Configured probability"), Kind::Percent},
                                   {tr("Observed probability"), Kind::Percent},
                                   {tr("Closed deals seen"), Kind::Count}},
                                  parent);
}

ForecastTableModel *stalledModel(QObject *parent)
{
    return new ForecastTableModel({{tr("Deal"), Kind::Text},
                                   {tr("Account"), Kind::Text},
                                   {tr("Owner"), Kind::Text},
                                   {tr("Stage"), Kind::Text},
                                   {tr("Days in stage"), Kind::Count},
                                   {tr("Limit"), Kind::Count},
                                   {tr("Amount"), Kind::Money}},
                                  parent);
}

ForecastTableModel *snapshotModel(QObject *parent)
{
    return new ForecastTableModel({{tr("Day"), Kind::Date},
                                   {tr("Time"), Kind::Axis},
                                   {tr("Weighted"), Kind::Money},
                                   {tr("Commit forecast"), Kind::Money},
                                   {tr("Best-case forecast"), Kind::Money},
                                   // What has closed won in the range by today: the mark each
                                   // day's forecast is measured against.
                                   {tr("Closed won to date"), Kind::Money}},
                                  parent);
}

QList<Row> periodRows(const ForecastResult &result)
{
    QList<Row> rows;
    for (const ForecastPeriodRow &p : result.periods) {
        const ForecastFigures &f = p.figures;
        QVariantList v(PeriodColumnCount);
        v[PeriodName] = p.key;
        v[PeriodClosed] = f.closedWon();
        v[PeriodCommit] = f.category(ForecastCategory::Commit);
        v[PeriodBestCase] = f.category(ForecastCategory::BestCase);
        v[PeriodPipeline] = f.category(ForecastCategory::Pipeline);
        v[PeriodQuota] = optional(f.quota);
        v[PeriodOpportunities] = f.opportunities;
        v[PeriodAmount] = f.amount;
        v[PeriodWeighted] = f.weighted;
        v[PeriodCommitTotal] = f.commit();
        v[PeriodBestCaseTotal] = f.bestCase();
        v[PeriodAttainment] = optional(f.attainment());
        rows.append({p.start.toJulianDay(), v, 0});
    }
    return rows;
}

namespace {

QList<Row> rowsOfReps(const QList<ForecastRepRow> &reps, const NameOf &userName)
{
    QList<Row> rows;
    for (const ForecastRepRow &r : reps) {
        const ForecastFigures &f = r.figures;
        QVariantList v(RepColumnCount);
        v[RepName] = userName(r.ownerId);
        v[RepClosed] = f.closedWon();
        v[RepCommit] = f.commit();
        v[RepBestCase] = f.bestCase();
        v[RepQuota] = optional(f.quota);
        v[RepWeighted] = f.weighted;
        v[RepOpportunities] = f.opportunities;
        v[RepAttainment] = optional(f.attainment());
        v[RepCoverage] = optional(f.coverage());
        rows.append({r.ownerId, v, 0});
    }
    return rows;
}

} // namespace

QList<Row> rankedRepRows(const ForecastResult &result, const NameOf &userName, RepRanking ranking,
                         int limit, const QSet<qint64> &chosen)
{
    QList<ForecastRepRow> reps = result.reps;
    if (ranking == RepRanking::Chosen)
        reps.removeIf([&](const ForecastRepRow &r) { return !chosen.contains(r.ownerId); });
    // A rep without a quota has no attainment: last in either order.
    const auto attainment = [](const ForecastRepRow &r) { return r.figures.attainment(); };
    std::stable_sort(reps.begin(), reps.end(), [&](const auto &a, const auto &b) {
        switch (ranking) {
        case RepRanking::ClosedWon:
            return a.figures.closedWon() > b.figures.closedWon();
        case RepRanking::Attainment:
        case RepRanking::LowestAttainment: {
            const auto x = attainment(a);
            const auto y = attainment(b);
            if (!x || !y)
                return x.has_value() && !y.has_value();
            return ranking == RepRanking::Attainment ? *x > *y : *x < *y;
        }
        case RepRanking::BestCase:
        case RepRanking::Chosen:
            break;
        }
        return a.figures.bestCase() > b.figures.bestCase();
    });
    if (limit > 0)
        reps = reps.mid(0, limit);
    return rowsOfReps(reps, userName);
}

QList<Row> repRows(const ForecastResult &result, const NameOf &userName, int limit)
{
    if (limit > 0)
        return rankedRepRows(result, userName, RepRanking::BestCase, limit);
    QList<Row> rows = rowsOfReps(result.reps, userName);
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.values[RepName].toString().localeAwareCompare(b.values[RepName].toString()) < 0;
    });
    return rows;
}

QList<Row> stageRows(const ForecastResult &result, const QList<Stage> &stages)
{
    QList<Row> rows;
    for (const ForecastStageRow &s : result.stages) {
        const auto stage = std::find_if(stages.begin(), stages.end(),
                                        [&](const Stage &st) { return st.id == s.stageId; });
        if (stage == stages.end())
            continue;
        QVariantList v(StageColumnCount);
        v[StageName] = stage->name;
        v[StageOpportunities] = s.opportunities;
        v[StageAmount] = s.amount;
        v[StageWeighted] = s.weighted;
        v[StageReached] = s.reached;
        v[StageConversion] = optional(s.conversion);
        v[StageAverageDays] = optional(s.averageDays);
        v[StageConfigured] = s.configuredProbability / 100.0;
        v[StageObserved] = optional(s.observedProbability());
        v[StageSample] = s.closedThrough;
        rows.append({s.stageId, v, int(stage->kind)});
    }
    return rows;
}

QList<Row> stalledRows(const ForecastResult &result, const NameOf &dealTitle,
                       const NameOf &dealAccount, const NameOf &userName, const NameOf &stageName)
{
    QList<Row> rows;
    rows.reserve(result.stalled.size());
    // The longest stalled first: where a manager looks first.
    QList<StalledOpportunity> stalled = result.stalled;
    std::stable_sort(stalled.begin(), stalled.end(),
                     [](const auto &a, const auto &b) { return a.daysInStage > b.daysInStage; });
    for (const StalledOpportunity &d : std::as_const(stalled)) {
        QVariantList v(StalledColumnCount);
        v[StalledTitle] = dealTitle(d.id);
        v[StalledAccount] = dealAccount(d.id);
        v[StalledOwner] = userName(d.ownerId);
        v[StalledStage] = stageName(d.stageId);
        v[StalledDays] = d.daysInStage;
        v[StalledLimit] = d.limitDays;
        v[StalledAmount] = d.amount;
        rows.append({d.id, v, 0});
    }
    return rows;
}

QList<Row> snapshotRows(const QList<ForecastSnapshotPoint> &points, Cents closedWon)
{
    QList<Row> rows;
    for (const ForecastSnapshotPoint &p : points) {
        QVariantList v(SnapshotColumnCount);
        v[SnapshotDay] = p.takenOn;
        v[SnapshotTime] = QDateTime(p.takenOn, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        v[SnapshotWeighted] = p.weighted;
        v[SnapshotCommit] = p.commit;
        v[SnapshotBestCase] = p.bestCase;
        v[SnapshotClosed] = closedWon;
        rows.append({p.takenOn.toJulianDay(), v, 0});
    }
    return rows;
}

} // namespace ForecastTables

} // namespace Stageboard
