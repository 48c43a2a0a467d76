// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/coaching.h"

#include <QAbstractTableModel>

namespace Stageboard {

/// The coaching grid: a row for each rep (and anyone else owning open deals), a column for
/// each open stage of the board's pipeline; each cell the rep's open deals in that stage with
/// their recommended-activity completion, stalled deals, gate overrides and median days in
/// the stage against the team's median. A refresh with the same reps and stages changes only
/// the cells' data.
class CoachingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        DealsRole = Qt::UserRole + 1,
        CompletionRole, ///< 0–1; invalid when the stage recommends no activity or has no deals
        StalledRole,
        OverridesRole,
        MedianDaysRole,     ///< invalid without deals
        TeamMedianDaysRole, ///< the stage's, over every rep; invalid without deals
        RepIdRole,
        StageIdRole,
    };

    explicit CoachingModel(CoachingService &service, QObject *parent = nullptr);

    /// Reads the figures again.
    Result<void> refresh();

    qint64 repId(int row) const { return m_reps.value(row); }
    qint64 stageId(int column) const { return m_stages.value(column); }
    /// The cell's figures; null when the rep has no open deal in the stage.
    const CoachingCell *cell(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CoachingService &m_service;
    QList<qint64> m_reps;
    QList<qint64> m_stages;
    QHash<QPair<qint64, qint64>, CoachingCell> m_cells;
    QHash<qint64, double> m_teamMedian;
};

} // namespace Stageboard
