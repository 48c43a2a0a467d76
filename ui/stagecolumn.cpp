// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagecolumn.h"

#include "core/money.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Stageboard {

StageColumn::StageColumn(BoardModel *model, int stageRow, QAbstractItemDelegate *delegate,
                         QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_stageRow(stageRow)
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(190);
    setMaximumWidth(320);

    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_count = new QLabel(this);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totals = new QLabel(this);
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QListView(this);
    m_view->setModel(model);
    m_view->setItemDelegate(delegate);
    // Equal card heights let the view lay out and paint only the visible cards.
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundRole(QPalette::Window);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_totals);
    layout->addWidget(m_view, 1);

    reattach();
    // The view forgets its root on a reset; connected after the view's own handler, this
    // gives it back.
    connect(model, &QAbstractItemModel::modelReset, this, &StageColumn::reattach);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (!topLeft.parent().isValid() && topLeft.row() <= m_stageRow &&
                    bottomRight.row() >= m_stageRow)
                    updateHeader();
            });
}

void StageColumn::reattach()
{
    const QModelIndex stage = m_model->index(m_stageRow, 0);
    m_view->setRootIndex(stage);
    m_view->setAccessibleName(tr("Stage %1").arg(stage.data(StageNameRole).toString()));
    updateHeader();
}

void StageColumn::updateHeader()
{
    const QModelIndex stage = m_model->index(m_stageRow, 0);
    const QString currency = m_model->service().totalsCurrency();
    const QLocale locale = displayLocale();
    m_title->setText(stage.data(StageNameRole).toString());
    m_count->setText(locale.toString(stage.data(StageCountRole).toLongLong()));
    m_totals->setText(
        tr("Total %1\nWeighted %2")
            .arg(formatMoney(stage.data(StageAmountRole).toLongLong(), currency, locale),
                 formatMoney(stage.data(StageWeightedAmountRole).toLongLong(), currency, locale)));
    const QString owners = stage.data(StageOwnerRolesRole).toString();
    setToolTip(tr("%1 (%2 %)\n%3\nOwner: %4")
                   .arg(stage.data(StageNameRole).toString())
                   .arg(stage.data(StageProbabilityRole).toInt())
                   .arg(stage.data(StageDefinitionRole).toString(),
                        owners.isEmpty() ? tr("none") : owners));
}

} // namespace Stageboard
