// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvexport.h"
#include "forecast/forecast.h"

#include <QAbstractTableModel>
#include <QSet>
#include <functional>

namespace Stageboard {

/// One table of the forecast dashboard (periods, reps, stages, stalled deals, snapshots) as an
/// item model that charts (through model mappers) and table views share. Each row has a key;
/// setRows() compares the new rows with the old by key and emits only the inserts, removals,
/// moves and dataChanged needed, so a card moved on the board never resets a table.
///
/// Qt::DisplayRole gives numbers a chart can plot: money in major units, percentages 0–100,
/// days; an unknown value (no quota, no sample) is an invalid QVariant. FormattedRole gives the
/// same value as a person reads it ("$12,500", "42 %", "—").
class ForecastTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Axis: a number only a chart reads (a day as milliseconds for a date-time axis); tables
    /// hide it (isAxisOnly()) and CSV leaves it out.
    enum class Kind { Text, Count, Money, Percent, Days, Date, Axis };
    enum Role {
        FormattedRole = Qt::UserRole + 1,
        KeyRole,  ///< the row's key: a period's first day (Julian), a user, stage or deal id
        TagRole,  ///< what a row is beyond its key, e.g. the stage kind
        ValueRole ///< the value as stored: cents, a fraction, a QDate
    };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
    };
    struct Row
    {
        qint64 key = 0;
        QVariantList values; ///< one per column: cents, counts, fractions, days, text or dates
        int tag = 0;
        friend bool operator==(const Row &, const Row &) = default;
    };

    ForecastTableModel(QList<Column> columns, QObject *parent = nullptr);

    /// The currency money columns are in.
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
    void setRows(const QList<Row> &rows);
    /// Renames a column (a table whose first column is named for what it groups by).
    void setColumnTitle(int column, const QString &title);
    const QList<Row> &rows() const { return m_rows; }
    Kind kind(int column) const { return m_columns.value(column).kind; }
    bool isAxisOnly(int column) const { return kind(column) == Kind::Axis; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The value as a person reads it.
    QString format(int column, const QVariant &value) const;
    /// The table as CSV for spreadsheets: plain amounts, percentages as numbers, ISO dates.
    Result<qint64> writeCsv(QIODevice *out, const ExportOptions &options) const;

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
    QString m_currency;
};

/// The dashboard's tables: their columns, and their rows from a forecast.
namespace ForecastTables {

enum PeriodColumn {
    PeriodName,
    PeriodClosed, ///< the four stacked categories, in order, for the chart
    PeriodCommit,
    PeriodBestCase,
    PeriodPipeline,
    PeriodQuota,
    PeriodOpportunities,
    PeriodAmount,
    PeriodWeighted,
    PeriodCommitTotal,
    PeriodBestCaseTotal,
    PeriodAttainment,
    PeriodColumnCount
};
enum RepColumn {
    RepName,
    RepClosed, ///< closed won, best case and quota, in order, for the chart
    RepBestCase,
    RepQuota,
    RepCommit, ///< closed won plus Commit
    RepWeighted,
    RepOpportunities,
    RepAttainment,
    RepCoverage,
    RepColumnCount
};
enum StageColumn {
    StageName,
    StageOpportunities,
    StageAmount,
    StageWeighted,
    StageReached,
    StageConversion,
    StageAverageDays,
    StageConfigured,
    StageObserved,
    StageSample,
    StageColumnCount
};
enum StalledColumn {
    StalledTitle,
    StalledAccount, ///< deals of one title are told apart by their account
    StalledOwner,
    StalledStage,
    StalledDays,
    StalledLimit,
    StalledAmount,
    StalledColumnCount
};
enum SnapshotColumn {
    SnapshotDay,
    SnapshotTime, ///< the day's noon in milliseconds since the epoch, for the chart's axis only
    SnapshotWeighted,
    SnapshotCommit,
    SnapshotBestCase,
    SnapshotClosed,
    SnapshotColumnCount
};

ForecastTableModel *periodModel(QObject *parent);
ForecastTableModel *repModel(QObject *parent);
ForecastTableModel *stageModel(QObject *parent);
ForecastTableModel *stalledModel(QObject *parent);
ForecastTableModel *snapshotModel(QObject *parent);

using NameOf = std::function<QString(qint64)>;

QList<ForecastTableModel::Row> periodRows(const ForecastResult &result);
/// At most limit reps (all when 0), those with the largest best case first; else by name.
QList<ForecastTableModel::Row> repRows(const ForecastResult &result, const NameOf &userName,
                                       int limit = 0);
/// How a chart with room for a few reps picks them.
enum class RepRanking {
    BestCase,         ///< the largest best case first
    ClosedWon,        ///< the most closed won first
    Attainment,       ///< the highest share of quota closed first (reps without quota last)
    LowestAttainment, ///< the lowest share of quota closed first, for coaching
    Chosen,           ///< the reps a manager chose, the largest best case first
};
/// At most limit reps (all when 0) ranked so; with Chosen, only the reps in chosen.
QList<ForecastTableModel::Row> rankedRepRows(const ForecastResult &result, const NameOf &userName,
                                             RepRanking ranking, int limit,
                                             const QSet<qint64> &chosen = {});
/// The stages' rows; tag is the StageKind.
QList<ForecastTableModel::Row> stageRows(const ForecastResult &result, const QList<Stage> &stages);
/// dealTitle and dealAccount take a deal's id; userName and stageName their ids.
QList<ForecastTableModel::Row> stalledRows(const ForecastResult &result, const NameOf &dealTitle,
                                           const NameOf &dealAccount, const NameOf &userName,
                                           const NameOf &stageName);
/// Each snapshot day, with what has actually closed won in the range beside it.
QList<ForecastTableModel::Row> snapshotRows(const QList<ForecastSnapshotPoint> &points,
                                            Cents closedWon);

} // namespace ForecastTables

} // namespace Stageboard
