// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carddelegate.h"

#include "core/money.h"
#include "itemmodels/roles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace Stageboard {

namespace {
constexpr int outerMargin = 4;
constexpr int padding = 8;
constexpr int lines = 4;
constexpr int lineGap = 2;
} // namespace

CardDelegate::CardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int line = option.fontMetrics.height();
    return {180, 2 * outerMargin + 2 * padding + lines * line + (lines - 1) * lineGap};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool stalled = index.data(IsStalledRole).toBool();

    const QRectF card =
        QRectF(option.rect).adjusted(outerMargin, outerMargin, -outerMargin, -outerMargin);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, palette.base());
    painter->setPen(
        QPen(selected ? palette.highlight().color() : palette.mid().color(), selected ? 2 : 1));
    painter->drawPath(path);
    // A warm edge marks a deal that has sat in its stage past the stage's age limit.
    const QColor stalledColor(0xd9, 0x6c, 0x00);
    if (stalled) {
        painter->save();
        painter->setClipPath(path);
        painter->fillRect(QRectF(card.left(), card.top(), 4, card.height()), stalledColor);
        painter->restore();
    }

    const QRect content = card.toRect().adjusted(padding + 2, padding, -padding, -padding);
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    auto row = [&](int n) {
        return QRect(content.left(), content.top() + n * (line + lineGap), content.width(), line);
    };
    auto drawElided = [&](const QRect &r, const QString &text, int flags) {
        painter->drawText(
            r, flags, QFontMetrics(painter->font()).elidedText(text, Qt::ElideRight, r.width()));
    };

    QFont bold = option.font;
    bold.setBold(true);
    painter->setPen(palette.text().color());
    painter->setFont(bold);
    drawElided(row(0), index.data(TitleRole).toString(), Qt::AlignLeft | Qt::AlignVCenter);

    painter->setFont(option.font);
    painter->setPen(palette.placeholderText().color());
    // Checklist progress of the current stage, right of the account.
    const int activityCount = index.data(ActivityCountRole).toInt();
    QString progress;
    if (activityCount > 0) {
        progress = tr("✓ %1/%2").arg(index.data(ActivitiesDoneRole).toInt()).arg(activityCount);
    }
    const int progressWidth = progress.isEmpty() ? 0 : fm.horizontalAdvance(progress) + 8;
    drawElided(row(1).adjusted(0, 0, -progressWidth, 0), index.data(AccountNameRole).toString(),
               Qt::AlignLeft | Qt::AlignVCenter);
    if (!progress.isEmpty())
        painter->drawText(row(1), Qt::AlignRight | Qt::AlignVCenter, progress);

    const QLocale locale = displayLocale();
    const QString amount = formatMoney(index.data(AmountRole).toLongLong(),
                                       index.data(CurrencyRole).toString(), locale);
    // The locale's short date with a two-digit year (French and others write four), so that
    // it fits beside the amount on a narrow card.
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    dateFormat.replace(QStringLiteral("yyyy"), QStringLiteral("yy"));
    const QString close = locale.toString(index.data(CloseDateRole).toDate(), dateFormat);
    painter->setFont(bold);
    painter->setPen(palette.text().color());
    const int amountWidth = QFontMetrics(bold).horizontalAdvance(amount);
    painter->drawText(row(2), Qt::AlignLeft | Qt::AlignVCenter, amount);
    painter->setFont(option.font);
    painter->setPen(palette.placeholderText().color());
    const QRect closeRect = row(2).adjusted(amountWidth + 8, 0, 0, 0);
    drawElided(closeRect, close, Qt::AlignRight | Qt::AlignVCenter);

    // Open deals show how long they have sat in their stage; closed ones, why they closed.
    QString status;
    QColor statusColor = palette.placeholderText().color();
    if (index.data(DisqualifiedRole).toBool()) {
        status = tr("Disqualified");
    } else if (!index.data(CloseReasonRole).toString().isEmpty()) {
        status = index.data(CloseReasonRole).toString();
    } else {
        const int days = index.data(DaysInStageRole).toInt();
        status = stalled ? tr("%n d, stalled", nullptr, days) : tr("%n d", nullptr, days);
        if (stalled)
            statusColor = stalledColor;
    }
    // Eliding at exactly the text's advance can still elide it; leave a pixel or two.
    const int statusWidth = std::min(fm.horizontalAdvance(status) + 2, content.width() * 3 / 5);
    painter->setPen(statusColor);
    painter->drawText(row(3), Qt::AlignRight | Qt::AlignVCenter,
                      fm.elidedText(status, Qt::ElideRight, statusWidth));
    painter->setPen(palette.placeholderText().color());
    drawElided(row(3).adjusted(0, 0, -(statusWidth + 8), 0), index.data(OwnerNameRole).toString(),
               Qt::AlignLeft | Qt::AlignVCenter);

    // A required exit criterion of the stage is unmet: the card cannot move on yet.
    if (index.data(RequiredUnmetRole).toBool()) {
        const qreal r = 4.5;
        const QPointF centre(card.right() - padding + 1, card.top() + padding + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc0, 0x1c, 0x28));
        painter->drawEllipse(centre, r, r);
    }

    painter->setBrush(Qt::NoBrush);
    if (option.state & QStyle::State_HasFocus && selected) {
        painter->setPen(QPen(palette.highlight().color(), 1, Qt::DotLine));
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 5, 5);
    }
    painter->restore();
}

} // namespace Stageboard
