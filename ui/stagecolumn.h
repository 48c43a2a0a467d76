// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QAbstractItemDelegate;
class QLabel;
class QListView;

namespace Stageboard {

class BoardModel;

/// One stage on the board: a header with the stage's name, deal count, total and weighted
/// total, over a list of its cards.
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

private:
    BoardModel *m_model;
    int m_stageRow;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_totals = nullptr;
    QListView *m_view = nullptr;
};

} // namespace Stageboard
