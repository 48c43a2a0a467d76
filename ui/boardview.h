// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QListView;

namespace Stageboard {

class BoardModel;
class CardDelegate;
class StageColumn;

/// The kanban board: one column per stage of a BoardModel, side by side, each a list view on
/// that stage's deals. Cards are dragged between columns through the model.
class BoardView final : public QScrollArea
{
    Q_OBJECT

public:
    explicit BoardView(QWidget *parent = nullptr);

    void setModel(BoardModel *model);
    BoardModel *model() const { return m_model; }

    /// The selected deal, 0 when none.
    qint64 currentOpportunityId() const;
    void selectOpportunity(qint64 id);
    /// Selects the deal and puts the keyboard focus on its card.
    void focusOpportunity(qint64 id);
    /// Compact cards (one title line, no owner line) show more at once.
    void setCompactCards(bool compact);
    /// The cards' font, in steps of two points from the desktop's; 0 is the desktop's.
    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    /// Orders every column's cards (View ▸ Sort Cards By); the headers say so.
    void setCardOrder(int order);
    /// Collapses a column to a narrow drop target, or expands it; remembered by stage name.
    void setCollapsed(int stageRow, bool collapsed);
    bool isCollapsed(int stageRow) const;
    /// Highlights this text on the cards (the filter's).
    void setHighlight(const QString &text);
    /// The list view showing a stage, for tests and keyboard navigation.
    QListView *columnView(int stageRow) const;
    int columnCount() const { return int(m_columns.size()); }

Q_SIGNALS:
    /// A card was double-clicked or Enter pressed on it.
    void opportunityActivated(qint64 id);
    void currentOpportunityChanged(qint64 id);
    /// A right-click on a card (it is selected first).
    void cardMenuRequested(qint64 id, const QPoint &globalPos);
    /// A right-click on a column's header.
    void columnMenuRequested(int stageRow, const QPoint &globalPos);
    /// A column's "+".
    void newOpportunityRequested(qint64 stageId);

protected:
    /// Left and Right move between columns (Up and Down move within one, as in any list).
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildColumns();
    /// Lays the cards out again after their size changed (compact, zoom).
    void relayoutCards();
    void applyCollapsed();
    void rememberCollapsed();
    void onSelectionChanged(StageColumn *column);

    BoardModel *m_model = nullptr;
    CardDelegate *m_delegate = nullptr;
    QWidget *m_strip = nullptr;
    QList<StageColumn *> m_columns;
    qint64 m_currentId = 0;
    int m_zoom = 0;
    /// No collapsed columns remembered yet: the closed ones collapse when the board is too
    /// narrow for every column at full width.
    bool m_collapseByWidth = true;
};

} // namespace Stageboard
