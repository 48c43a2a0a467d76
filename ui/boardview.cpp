// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardview.h"

#include "carddelegate.h"
#include "core/types.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "stagecolumn.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QListView>
#include <QSettings>

namespace Stageboard {

BoardView::BoardView(QWidget *parent)
    : QScrollArea(parent)
    , m_delegate(new CardDelegate(this))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Sales board"));
    m_collapseByWidth = !QSettings().contains(QStringLiteral("board/collapsed"));
}

void BoardView::setCardOrder(int order)
{
    if (m_model)
        m_model->setCardOrder(BoardModel::CardOrder(order));
    for (StageColumn *column : std::as_const(m_columns))
        column->updateHeader();
}

void BoardView::setCollapsed(int stageRow, bool collapsed)
{
    if (StageColumn *column = m_columns.value(stageRow)) {
        column->setCollapsed(collapsed);
        m_collapseByWidth = false;
        rememberCollapsed();
    }
}

bool BoardView::isCollapsed(int stageRow) const
{
    const StageColumn *column = m_columns.value(stageRow);
    return column && column->isCollapsed();
}

void BoardView::rememberCollapsed()
{
    QStringList names;
    for (StageColumn *column : std::as_const(m_columns)) {
        if (column->isCollapsed())
            names.append(m_model->index(column->stageRow(), 0).data(StageNameRole).toString());
    }
    QSettings().setValue(QStringLiteral("board/collapsed"), names);
}

void BoardView::applyCollapsed()
{
    if (!m_model)
        return;
    const QStringList remembered =
        QSettings().value(QStringLiteral("board/collapsed")).toStringList();
    // Every column at its narrowest, side by side, with the margins.
    const int fullWidth = int(m_columns.size()) * (StageColumn::narrowest + 6) + 12;
    for (StageColumn *column : std::as_const(m_columns)) {
        const QModelIndex stage = m_model->index(column->stageRow(), 0);
        const bool closed = stage.data(StageKindRole).toInt() != int(StageKind::Open);
        column->setCollapsed(m_collapseByWidth
                                 ? closed && viewport()->width() < fullWidth
                                 : remembered.contains(stage.data(StageNameRole).toString()));
    }
}

void BoardView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_collapseByWidth)
        applyCollapsed();
}

void BoardView::setModel(BoardModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    rebuildColumns();
    if (!m_model)
        return;
    // Each column takes its stage again after a reset (StageColumn::reattach); only another
    // number of stages needs new columns.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (int(m_columns.size()) != m_model->rowCount())
            rebuildColumns();
        selectOpportunity(m_currentId);
    });
    // A moved card keeps its selection in its new column; follow it there.
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] {
        if (m_currentId != 0)
            selectOpportunity(m_currentId);
    });
}

void BoardView::rebuildColumns()
{
    qDeleteAll(m_columns);
    m_columns.clear();
    delete m_strip;
    m_strip = new QWidget;
    auto *layout = new QHBoxLayout(m_strip);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            auto *column = new StageColumn(m_model, row, m_delegate, m_strip);
            layout->addWidget(column, 1);
            m_columns.append(column);
            connect(column, &StageColumn::headerMenuRequested, this,
                    &BoardView::columnMenuRequested);
            connect(column, &StageColumn::newRequested, this, [this](int stageRow) {
                Q_EMIT newOpportunityRequested(
                    m_model->index(stageRow, 0).data(IdRole).toLongLong());
            });
            QListView *cards = column->view();
            cards->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(cards, &QWidget::customContextMenuRequested, this,
                    [this, cards](const QPoint &at) {
                        const QModelIndex index = cards->indexAt(at);
                        if (const qint64 id = index.isValid() ? m_model->opportunityId(index) : 0) {
                            selectOpportunity(id);
                            Q_EMIT cardMenuRequested(id, cards->viewport()->mapToGlobal(at));
                        } else {
                            Q_EMIT columnMenuRequested(
                                int(std::find_if(
                                        m_columns.cbegin(), m_columns.cend(),
                                        [cards](StageColumn *c) { return c->view() == cards; }) -
                                    m_columns.cbegin()),
                                cards->viewport()->mapToGlobal(at));
                        }
                    });
            connect(column, &StageColumn::collapseToggled, this, [this] {
                m_collapseByWidth = false;
                rememberCollapsed();
            });
            QListView *view = column->view();
            connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    [this, column] { onSelectionChanged(column); });
            view->installEventFilter(this);
            connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
                if (const qint64 id = m_model->opportunityId(i))
                    Q_EMIT opportunityActivated(id);
            });
        }
    }
    setWidget(m_strip);
    relayoutCards();
    applyCollapsed();
}

void BoardView::setCompactCards(bool compact)
{
    m_delegate->setCompact(compact);
    relayoutCards();
}

void BoardView::setZoom(int steps)
{
    m_zoom = steps;
    relayoutCards();
}

void BoardView::setHighlight(const QString &text)
{
    m_delegate->setHighlight(text);
    for (StageColumn *column : std::as_const(m_columns))
        column->view()->viewport()->update();
}

void BoardView::relayoutCards()
{
    QFont font = QApplication::font();
    double scale = 1.0;
    if (font.pointSizeF() > 0) {
        scale = (font.pointSizeF() + 2 * m_zoom) / font.pointSizeF();
        font.setPointSizeF(font.pointSizeF() + 2 * m_zoom);
    }
    for (StageColumn *column : std::as_const(m_columns)) {
        column->setWidthScale(scale);
        QListView *view = column->view();
        view->setFont(font);
        // The cards' one size is measured again.
        view->setUniformItemSizes(false);
        view->setUniformItemSizes(true);
        view->doItemsLayout();
        view->viewport()->update();
    }
}

void BoardView::onSelectionChanged(StageColumn *column)
{
    const QModelIndexList selected = column->view()->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    // One selection across the board: picking a card in one column clears the others.
    for (StageColumn *other : std::as_const(m_columns)) {
        if (other != column)
            other->view()->selectionModel()->clearSelection();
    }
    // Usually the current card; a card selected without becoming current (by a screen reader's
    // select action) counts too.
    const QModelIndex current = column->view()->currentIndex();
    const qint64 id =
        m_model->opportunityId(selected.contains(current) ? current : selected.first());
    if (id != 0 && id != m_currentId) {
        m_currentId = id;
        Q_EMIT currentOpportunityChanged(id);
    }
}

qint64 BoardView::currentOpportunityId() const
{
    return m_model && m_model->service().opportunity(m_currentId) ? m_currentId : 0;
}

void BoardView::selectOpportunity(qint64 id)
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->opportunityIndex(id);
    if (!index.isValid())
        return;
    m_currentId = id;
    const int row = index.parent().row();
    if (row < 0 || row >= m_columns.size())
        return;
    QListView *view = m_columns[row]->view();
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(index);
    ensureWidgetVisible(m_columns[row], 0, 0);
}

void BoardView::focusOpportunity(qint64 id)
{
    const QModelIndex index = m_model ? m_model->opportunityIndex(id) : QModelIndex();
    // The card the keyboard follows is shown: its column opens if it was collapsed.
    if (index.isValid() && isCollapsed(index.parent().row()))
        setCollapsed(index.parent().row(), false);
    selectOpportunity(id);
    if (QListView *view = index.isValid() ? columnView(index.parent().row()) : nullptr)
        view->setFocus(Qt::OtherFocusReason);
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QScrollArea::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const int step = key->key() == Qt::Key_Right ? 1 : key->key() == Qt::Key_Left ? -1 : 0;
    if (step == 0 || key->modifiers() != Qt::NoModifier)
        return QScrollArea::eventFilter(watched, event);
    // Left and Right go to the card at the same height in the next column that has cards.
    int from = -1;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c]->view() == watched)
            from = c;
    }
    if (from < 0)
        return false;
    const int row = std::max(0, m_columns[from]->view()->currentIndex().row());
    for (int c = from + step; c >= 0 && c < m_columns.size(); c += step) {
        QListView *view = m_columns[c]->view();
        const int count = m_model->rowCount(view->rootIndex());
        if (count == 0)
            continue;
        const QModelIndex target = m_model->index(std::min(row, count - 1), 0, view->rootIndex());
        focusOpportunity(m_model->opportunityId(target));
        return true;
    }
    return true;
}

QListView *BoardView::columnView(int stageRow) const
{
    return stageRow >= 0 && stageRow < m_columns.size() ? m_columns[stageRow]->view() : nullptr;
}

} // namespace Stageboard
