// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QAbstractItemDelegate;
class QLabel;
class QListView;
class QToolButton;

namespace Stageboard {

class BoardModel;

/// One stage on the board: a header with the stage's name, deal count, total and weighted
/// total and the cards' order, over a list of its cards. Collapsed, it is a narrow strip with
/// the name and count that still takes dropped cards. While cards are dragged over it, it is
/// highlighted.
class StageColumn final : public QFrame
{
    Q_OBJECT

public:
    StageColumn(BoardModel *model, int stageRow, QAbstractItemDelegate *delegate,
                QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    int stageRow() const { return m_stageRow; }
    /// Points the list at the stage again (a model reset detaches every view from its root).
    void reattach();
    void updateHeader();

    void setCollapsed(bool collapsed);
    bool isCollapsed() const { return m_collapsed; }
    /// Widens the column with the cards' zoom (1 at actual size), so that zoomed cards show
    /// their text rather than ellipses.
    void setWidthScale(double scale);
    static constexpr int narrowest = 190;
    static constexpr int widest = 320;
    /// Whether cards are being dragged over it now.
    bool isDropTarget() const { return m_dropTarget; }

Q_SIGNALS:
    /// The person collapsed or expanded the column.
    void collapseToggled(bool collapsed);
    /// "+": a new opportunity in this stage.
    void newRequested(int stageRow);
    /// A right-click on the header (not on a card).
    void headerMenuRequested(int stageRow, const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setDropTarget(bool on);

    BoardModel *m_model;
    int m_stageRow;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_order = nullptr;
    QListView *m_view = nullptr;
    QToolButton *m_collapse = nullptr;
    QToolButton *m_add = nullptr;
    QWidget *m_strut = nullptr;
    bool m_collapsed = false;
    double m_widthScale = 1.0;
    bool m_dropTarget = false;
};

} // namespace Stageboard
