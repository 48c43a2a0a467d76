// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomeoverlay.h"

#include <QEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtMath>
#include <algorithm>

namespace Stageboard {

namespace {
constexpr int margin = 12;

// The point of rect nearest to p: where an arrow from the callout towards p starts.
QPointF nearestOn(const QRectF &rect, const QPointF &p)
{
    return {std::clamp(p.x(), rect.left(), rect.right()),
            std::clamp(p.y(), rect.top(), rect.bottom())};
}
} // namespace

WelcomeOverlay::WelcomeOverlay(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("welcomeOverlay"));
    setAccessibleName(tr("Welcome"));
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::StrongFocus);
    m_closing = new QFrame(this);
    m_closing->setObjectName(QStringLiteral("welcomeClosing"));
    m_close = new QPushButton(tr("Got It"), this);
    m_close->setObjectName(QStringLiteral("welcomeClose"));
    m_close->setDefault(true);
    connect(m_close, &QPushButton::clicked, this, &WelcomeOverlay::dismiss);
    window->installEventFilter(this);
    hide();
}

QFrame *WelcomeOverlay::callout(const QString &title, const QString &text)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::ToolTipBase);
    frame->setForegroundRole(QPalette::ToolTipText);
    frame->setAccessibleName(title);
    frame->setAccessibleDescription(text);
    auto *heading = new QLabel(title, frame);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setWordWrap(true);
    heading->setForegroundRole(QPalette::ToolTipText);
    auto *body = new QLabel(text, frame);
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    body->setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(body);
    return frame;
}

void WelcomeOverlay::addPointer(QWidget *target, std::function<QPoint()> at, QPointF where,
                                const QString &title, const QString &text)
{
    QFrame *frame = callout(title, text);
    frame->setObjectName(QStringLiteral("welcomeCallout%1").arg(m_pointers.size() + 1));
    m_pointers.append({target, std::move(at), where, frame});
}

void WelcomeOverlay::setClosing(QPointF where, const QString &title, const QString &text)
{
    delete m_closing;
    m_closing = callout(title, text);
    m_closing->setObjectName(QStringLiteral("welcomeClosing"));
    m_closing->layout()->addWidget(m_close);
    m_closing->layout()->setAlignment(m_close, Qt::AlignRight);
    m_closingAt = where;
}

QList<QFrame *> WelcomeOverlay::callouts() const
{
    QList<QFrame *> frames;
    for (const Pointer &p : m_pointers)
        frames.append(p.callout);
    return frames;
}

void WelcomeOverlay::start()
{
    place();
    show();
    raise();
    m_close->setFocus(Qt::OtherFocusReason);
}

void WelcomeOverlay::placeCallout(QFrame *frame, QPointF where)
{
    const int width = std::clamp(this->width() / 4, 240, 380);
    frame->setFixedWidth(width);
    const int height = frame->heightForWidth(width) > 0 ? frame->heightForWidth(width)
                                                        : frame->sizeHint().height();
    frame->setFixedHeight(height);
    const int x = std::clamp(int(where.x() * this->width()) - width / 2, margin,
                             std::max(margin, this->width() - width - margin));
    const int y = std::clamp(int(where.y() * this->height()) - height / 2, margin,
                             std::max(margin, this->height() - height - margin));
    frame->move(x, y);
}

void WelcomeOverlay::place()
{
    if (!parentWidget())
        return;
    setGeometry(parentWidget()->rect());
    for (const Pointer &p : std::as_const(m_pointers))
        placeCallout(p.callout, p.where);
    if (m_closing)
        placeCallout(m_closing, m_closingAt);
    update();
}

bool WelcomeOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QWidget::eventFilter(watched, event);
}

void WelcomeOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0, 0, 0, 140));
    // Dark arrows with a light halo: readable over the dimmed board in light and dark palettes.
    const QColor halo = palette().color(QPalette::ToolTipBase);
    const QColor ink = palette().color(QPalette::ToolTipText);
    for (const Pointer &p : std::as_const(m_pointers)) {
        if (!p.target || !p.target->isVisible())
            continue;
        const QPointF to = p.target->mapTo(parentWidget(), p.at());
        const QRectF box = QRectF(p.callout->geometry()).adjusted(-1, -1, 1, 1);
        if (box.contains(to))
            continue;
        const QPointF from = nearestOn(box, to);
        const qreal angle = qAtan2(to.y() - from.y(), to.x() - from.x());
        QPainterPath arrow;
        arrow.moveTo(from);
        arrow.lineTo(to);
        arrow.moveTo(to - QPointF(qCos(angle - 0.45) * 14, qSin(angle - 0.45) * 14));
        arrow.lineTo(to);
        arrow.lineTo(to - QPointF(qCos(angle + 0.45) * 14, qSin(angle + 0.45) * 14));
        arrow.addEllipse(to, 10, 10);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(halo, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(arrow);
        painter.setPen(QPen(ink, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(arrow);
    }
}

void WelcomeOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WelcomeOverlay::dismiss()
{
    hide();
    Q_EMIT dismissed();
}

} // namespace Stageboard
