// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/lookback.h"

#include <QAbstractTableModel>

namespace Stageboard {

/// The look-back list: the closes a filter keeps (awaiting review by default), newest first,
/// read a page at a time as a view scrolls (canFetchMore). Columns: deal, account, outcome,
/// reasons, lost to, closed, closed by, review. A change (a close, a review, a deal opened
/// again) inserts, removes and updates only the rows it touches; the count awaiting review is
/// one aggregate query.
class ReviewsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DealColumn,
        AccountColumn,
        OutcomeColumn,
        ReasonColumn,
        LostToColumn,
        ClosedColumn,
        ClosedByColumn,
        ReviewColumn,
        ColumnCount
    };
    static constexpr int pageSize = 200;

    explicit ReviewsModel(LookBackService &lookBack, QObject *parent = nullptr);

    CloseFilter filter() const { return m_filter; }
    /// Shows the closes this filter keeps, from the first page.
    Result<void> setFilter(CloseFilter filter);
    /// Reads the rows shown (at least a page) again and the count awaiting review.
    Result<void> refresh();
    /// How many closes await review, as of the last refresh.
    qint64 pendingCount() const { return m_pending; }
    const DealClose *close(int row) const;
    /// Writes the acting manager's review of the row's close.
    Result<void> review(int row, const QString &lesson, const QString &processSuggestion);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The count awaiting review changed (for a tab's title and the dashboard).
    void pendingCountChanged(qint64 count);
    void errorOccurred(const QString &message);

private:
    void scheduleRefresh();
    QString outcome(const DealClose &close) const;

    LookBackService &m_lookBack;
    CloseFilter m_filter = CloseFilter::Pending;
    QList<DealClose> m_rows;
    bool m_more = false; ///< the last read filled its page: there may be more
    bool m_scheduled = false;
    qint64 m_pending = -1;
};

} // namespace Stageboard
