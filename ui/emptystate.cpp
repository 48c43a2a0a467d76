// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Stageboard {

EmptyState::EmptyState(QWidget *over)
    : QFrame(over)
{
    setObjectName(QStringLiteral("emptyState"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("emptyTitle"));
    QFont bigger = m_title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    m_title->setFont(bigger);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emptyText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(m_buttons);
    over->installEventFilter(this);
    hide();
}

void EmptyState::setMessage(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(text);
    place();
}

void EmptyState::setActions(const QList<QAction *> &actions)
{
    while (m_buttons->count() > 2) {
        QLayoutItem *item = m_buttons->takeAt(1);
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
        m_buttons->insertWidget(m_buttons->count() - 1, button);
    }
    place();
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    place();
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void EmptyState::place()
{
    const QWidget *over = parentWidget();
    // The heights of wrapped, changed texts and new buttons, not those of the last message.
    ensurePolished();
    layout()->invalidate();
    layout()->activate();
    const int width = std::min(over->width() - 40, std::max(560, sizeHint().width()));
    // Never less than the layout asks for (a wrapped label's height for width alone can be
    // short of its lines, as over a table).
    const int height = std::max(
        {heightForWidth(width), sizeHint().height(), layout()->totalMinimumSize().height()});
    setGeometry((over->width() - width) / 2, std::max(20, over->height() / 4), width, height);
    // The labels at that size now, hidden or not: a layout activated at the last message's
    // size would keep a wrapped text at its old height.
    layout()->setGeometry(QRect(0, 0, width, height));
    raise();
}

} // namespace Stageboard
