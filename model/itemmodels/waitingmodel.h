// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/boardservice.h"
#include "storage/signoffstore.h"

#include <QAbstractTableModel>

namespace Stageboard {

/// What waits on one person: the sign-offs their roles are asked for and not given yet, longest
/// waiting first (SignOffStore::waitingOn). Columns: deal, account, owner, stage, criterion,
/// role, amount, waiting (days). A refresh inserts, removes and updates only the rows that changed;
/// it follows the board service's changes (its own and, on a server, everyone's) on its own.
class WaitingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DealColumn,
        AccountColumn,
        OwnerColumn,
        StageColumn,
        CriterionColumn,
        RoleColumn,
        AmountColumn,
        WaitingColumn,
        ColumnCount
    };

    WaitingModel(BoardService &service, SignOffStore &store, QObject *parent = nullptr);

    /// Whose list it is; reads it.
    Result<void> setUser(qint64 userId);
    qint64 user() const { return m_user; }
    /// Reads the list again against now (the clock, unless set).
    Result<void> refresh();
    /// For tests: what "now" is (seconds since the epoch); 0 for the clock.
    void setNow(qint64 now) { m_now = now; }

    const PendingSignOff *pending(int row) const;
    /// Signs off (or, with a comment saying why, rejects) the row's criterion as the acting
    /// user; the row leaves the list.
    Result<void> answer(int row, bool approve, const QString &comment);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The number of rows changed (for the tab's title).
    void countChanged(int count);
    /// A refresh the model started itself failed.
    void errorOccurred(const QString &message);

private:
    /// Refreshes once, after the current burst of changes.
    void scheduleRefresh();
    QString stageName(const PendingSignOff &p) const;
    int waitingDays(const PendingSignOff &p) const;

    BoardService &m_service;
    SignOffStore &m_store;
    qint64 m_user = 0;
    qint64 m_now = 0;
    bool m_scheduled = false;
    QList<PendingSignOff> m_rows;
};

} // namespace Stageboard
