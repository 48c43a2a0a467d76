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
    /// Highlights this text on the cards (the filter's).
    void setHighlight(const QString &text);
    /// The list view showing a stage, for tests and keyboard navigation.
    QListView *columnView(int stageRow) const;
    int columnCount() const { return int(m_columns.size()); }

Q_SIGNALS:
    /// A card was double-clicked or Enter pressed on it.
    void opportunityActivated(qint64 id);
    void currentOpportunityChanged(qint64 id);

protected:
    /// Left and Right move between columns (Up and Down move within one, as in any list).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildColumns();
    /// Lays the cards out again after their size changed (compact, zoom).
    void relayoutCards();
    void onSelectionChanged(StageColumn *column);

    BoardModel *m_model = nullptr;
    CardDelegate *m_delegate = nullptr;
    QWidget *m_strip = nullptr;
    QList<StageColumn *> m_columns;
    qint64 m_currentId = 0;
    int m_zoom = 0;
};

} // namespace Stageboard
