// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"
#include "services/boardservice.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace Stageboard {

/// The sales board as an item model over a BoardService: one top-level row per stage of the
/// pipeline shown, in process order, whose children are the deals in that stage that pass the
/// service's filter, soonest close date first (latest first in closed stages). Stage rows carry
/// the service's totals of their visible deals.
///
/// It holds only what a view needs: the order of each column's cards. Every change comes from
/// the service as one deal before and after, and becomes row signals for just the rows it
/// touched; a reload, filter or pipeline switch is one reset. Drag and drop is done here, with
/// the MIME type "application/x-stageboard-opportunity-ids", so any view gets it: a drop is a
/// move through the service.
class BoardModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr const char *mimeType = "application/x-stageboard-opportunity-ids";

    explicit BoardModel(BoardService &service, QObject *parent = nullptr);
    /// A board over a service of its own on these stores (read it with service().reload()).
    BoardModel(OpportunityStore &deals, ProcessStore &process, Directory &directory,
               QObject *parent = nullptr);
    ~BoardModel() override;

    /// The service whose deals the board shows, and through which every change is made.
    BoardService &service() const { return m_service; }

    /// How the cards of a column are ordered. Closed columns show the latest first.
    enum class CardOrder { CloseDate, Amount, DaysInStage, Title };
    static QString cardOrderName(CardOrder order);
    /// Orders every column again (one reset).
    void setCardOrder(CardOrder order);
    CardOrder cardOrder() const { return m_order; }

    /// The deals the board shows, column by column, in display order.
    QList<Opportunity> visibleOpportunities() const;
    QModelIndex stageIndex(qint64 stageId) const;
    /// Invalid when the deal is unknown or hidden by the filter.
    QModelIndex opportunityIndex(qint64 id) const;
    qint64 opportunityId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    // removeRows is deliberately not overridden: after a move drop a view asks the model to
    // remove the dragged rows, and the default (refuse) keeps the deal, which has already moved.

Q_SIGNALS:
    /// A move a view started (a drop) was refused; error.kind says whether a close reason or a
    /// manager's override would let it through.
    void moveRefused(qint64 opportunityId, qint64 toStageId, const Stageboard::Error &error);

private:
    /// "next activity today at 14:00", "no next activity scheduled": its card's state in words.
    QString nextActivityText(const Opportunity &o) const;
    struct Column
    {
        Stage stage;
        QList<qint64> ids; ///< visible deals, in display order
    };

    /// The deal with this id as the column's order knows it: stand-in while a changed deal's
    /// old row is looked for, else as the service holds it.
    const Opportunity &valueOf(qint64 id) const;
    int stageRow(qint64 stageId) const;
    /// The row the deal has, or would have, in its column.
    int lowerBound(const Column &column, const Opportunity &o) const;
    /// Brings the rows from "old" to "now" (either may be absent) with row signals.
    void place(const std::optional<Opportunity> &old, const std::optional<Opportunity> &now);
    void emitTotalsChanged(int stageRow);
    void rebuildColumns();

    std::unique_ptr<BoardService> m_ownService;
    BoardService &m_service;
    const Opportunity *m_standIn = nullptr;
    /// Whether a comes before b in a column of this kind, in the card order.
    bool before(const Opportunity &a, const Opportunity &b, bool closedColumn) const;

    std::vector<Column> m_columns;
    QHash<qint64, int> m_stageRows;
    CardOrder m_order = CardOrder::CloseDate;
};

} // namespace Stageboard
