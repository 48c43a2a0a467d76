// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagecolumn.h"

#include "core/money.h"
#include "core/types.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Stageboard {

StageColumn::StageColumn(BoardModel *model, int stageRow, QAbstractItemDelegate *delegate,
                         QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_stageRow(stageRow)
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(narrowest);
    setMaximumWidth(widest);

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
    m_order = new QLabel(this);
    m_order->setObjectName(QStringLiteral("cardOrder"));
    m_order->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_order->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_order->setFont(small);
    m_collapse = new QToolButton(this);
    m_collapse->setObjectName(QStringLiteral("collapse"));
    m_collapse->setAutoRaise(true);
    m_collapse->setArrowType(Qt::LeftArrow);
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addHere"));
    m_add->setAutoRaise(true);
    m_add->setText(QStringLiteral("+"));
    connect(m_add, &QToolButton::clicked, this, [this] { Q_EMIT newRequested(m_stageRow); });
    connect(m_collapse, &QToolButton::clicked, this, [this] {
        setCollapsed(!m_collapsed);
        Q_EMIT collapseToggled(m_collapsed);
    });

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
    header->addWidget(m_add);
    header->addWidget(m_collapse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_totals);
    layout->addWidget(m_order);
    layout->addWidget(m_view, 1);
    // Collapsed, the header stays at the top of the strip.
    m_strut = new QWidget(this);
    m_strut->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_strut->hide();
    layout->addWidget(m_strut, 1);
    // The column lights up while cards are dragged over its list.
    m_view->viewport()->installEventFilter(this);

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
    m_order->setText(tr("Sorted by %1").arg(BoardModel::cardOrderName(m_model->cardOrder())));
    m_collapse->setToolTip(m_collapsed ? tr("Expand %1").arg(m_title->text())
                                       : tr("Collapse %1 to a narrow strip; cards can still be "
                                            "dropped on it")
                                             .arg(m_title->text()));
    m_collapse->setAccessibleName(m_collapse->toolTip());
    // New deals start in open stages only: a won or lost one is reached by moving.
    m_add->setVisible(!m_collapsed && stage.data(StageKindRole).toInt() == int(StageKind::Open));
    m_add->setToolTip(tr("New opportunity in %1").arg(m_title->text()));
    m_add->setAccessibleName(m_add->toolTip());
    const QString owners = stage.data(StageOwnerRolesRole).toString();
    setToolTip(tr("%1 (%2 %)\n%3\nOwner: %4")
                   .arg(stage.data(StageNameRole).toString())
                   .arg(stage.data(StageProbabilityRole).toInt())
                   .arg(stage.data(StageDefinitionRole).toString(),
                        owners.isEmpty() ? tr("none") : owners));
}

void StageColumn::setCollapsed(bool collapsed)
{
    m_collapsed = collapsed;
    m_view->setVisible(!collapsed);
    m_totals->setVisible(!collapsed);
    m_order->setVisible(!collapsed);
    m_title->setVisible(!collapsed);
    m_strut->setVisible(collapsed);
    m_collapse->setArrowType(collapsed ? Qt::RightArrow : Qt::LeftArrow);
    // Collapsed, the strip itself takes the drops its hidden list would have.
    setAcceptDrops(collapsed);
    if (collapsed) {
        setMinimumWidth(44);
        setMaximumWidth(44);
    } else {
        setMinimumWidth(int(narrowest * m_widthScale));
        setMaximumWidth(int(widest * m_widthScale));
    }
    updateHeader();
    update();
}

void StageColumn::setWidthScale(double scale)
{
    m_widthScale = scale;
    setCollapsed(m_collapsed);
}

void StageColumn::setDropTarget(bool on)
{
    if (m_dropTarget == on)
        return;
    m_dropTarget = on;
    update();
}

bool StageColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove:
            setDropTarget(true);
            break;
        case QEvent::DragLeave:
        case QEvent::Drop:
            setDropTarget(false);
            break;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void StageColumn::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT headerMenuRequested(m_stageRow, event->globalPos());
    event->accept();
}

void StageColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_collapsed && event->mimeData()->hasFormat(QLatin1StringView(BoardModel::mimeType))) {
        event->acceptProposedAction();
        setDropTarget(true);
    }
}

void StageColumn::dragLeaveEvent(QDragLeaveEvent *event)
{
    Q_UNUSED(event)
    setDropTarget(false);
}

void StageColumn::dropEvent(QDropEvent *event)
{
    setDropTarget(false);
    if (!m_collapsed)
        return;
    // The hidden list's drop: the same move through the model, into this stage.
    if (m_model->dropMimeData(event->mimeData(), Qt::MoveAction, -1, 0,
                              m_model->index(m_stageRow, 0)))
        event->acceptProposedAction();
}

void StageColumn::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    if (m_dropTarget) {
        QColor fill = palette().highlight().color();
        fill.setAlpha(60);
        painter.fillRect(rect().adjusted(1, 1, -1, -1), fill);
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.drawRect(rect().adjusted(1, 1, -2, -2));
    }
    if (m_collapsed) {
        // The stage's name, written upwards along the strip.
        painter.setPen(palette().text().color());
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.translate(width() / 2.0 + painter.fontMetrics().ascent() / 2.0 - 2, height() - 12);
        painter.rotate(-90);
        const int room = height() - 80;
        painter.drawText(0, 0,
                         painter.fontMetrics().elidedText(
                             m_model->index(m_stageRow, 0).data(StageNameRole).toString(),
                             Qt::ElideRight, room));
    }
}

} // namespace Stageboard
