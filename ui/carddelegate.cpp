#include "carddelegate.h"

#include "money.h"
#include "roles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

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
    drawElided(row(1), index.data(AccountNameRole).toString(), Qt::AlignLeft | Qt::AlignVCenter);

    const QLocale locale = displayLocale();
    const QString amount = formatMoney(index.data(AmountRole).toLongLong(),
                                       index.data(CurrencyRole).toString(), locale);
    const QString close = locale.toString(index.data(CloseDateRole).toDate(), QLocale::ShortFormat);
    painter->setFont(bold);
    painter->setPen(palette.text().color());
    const int amountWidth = QFontMetrics(bold).horizontalAdvance(amount);
    painter->drawText(row(2), Qt::AlignLeft | Qt::AlignVCenter, amount);
    painter->setFont(option.font);
    painter->setPen(palette.placeholderText().color());
    const QRect closeRect = row(2).adjusted(amountWidth + 8, 0, 0, 0);
    drawElided(closeRect, close, Qt::AlignRight | Qt::AlignVCenter);

    const int days = index.data(DaysInStageRole).toInt();
    const QString age = stalled ? tr("%n d, stalled", nullptr, days) : tr("%n d", nullptr, days);
    const int ageWidth = fm.horizontalAdvance(age);
    painter->setPen(stalled ? stalledColor : palette.placeholderText().color());
    painter->drawText(row(3), Qt::AlignRight | Qt::AlignVCenter, age);
    painter->setPen(palette.placeholderText().color());
    drawElided(row(3).adjusted(0, 0, -(ageWidth + 8), 0), index.data(OwnerNameRole).toString(),
               Qt::AlignLeft | Qt::AlignVCenter);

    if (option.state & QStyle::State_HasFocus && selected) {
        painter->setPen(QPen(palette.highlight().color(), 1, Qt::DotLine));
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 5, 5);
    }
    painter->restore();
}

} // namespace Stageboard
