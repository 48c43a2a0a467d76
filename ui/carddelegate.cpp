// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carddelegate.h"

#include "colors.h"
#include "core/money.h"
#include "core/types.h"
#include "itemmodels/roles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolTip>
#include <algorithm>

namespace Stageboard {

namespace {
constexpr int outerMargin = 4;
constexpr int padding = 8;
constexpr int lineGap = 2;
constexpr qreal dotRadius = 4.5;

// The ranges of text that match the filter, for QTextLayout; soft hyphens put into long words
// do not stop a match ("verlängerung" in "Supportverlänge\u00adrung").
QList<QTextLayout::FormatRange> matches(const QString &text, const QString &needle,
                                        const QPalette &palette)
{
    QList<QTextLayout::FormatRange> ranges;
    if (needle.isEmpty())
        return ranges;
    QTextCharFormat format;
    format.setBackground(palette.highlight().color().lighter(160));
    format.setForeground(palette.text().color());
    const QChar softHyphen(0x00AD);
    QString plain;
    QList<int> at; // where each character of plain is in text
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] != softHyphen) {
            plain.append(text[i]);
            at.append(i);
        }
    }
    for (qsizetype found = plain.indexOf(needle, 0, Qt::CaseInsensitive); found >= 0;
         found = plain.indexOf(needle, found + needle.size(), Qt::CaseInsensitive)) {
        const int start = at[found];
        const int end = at[found + needle.size() - 1] + 1;
        ranges.append({start, end - start, format});
    }
    return ranges;
}

// A word wider than width gets a soft hyphen where its first part ends, leaving at least three
// letters for the next line: "Supportverlänge-" / "rung" rather than "Supportverlänger…".
QString hyphenateLongWords(const QString &text, const QFontMetrics &fm, int width)
{
    QStringList words = text.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (word.size() < 7 || fm.horizontalAdvance(word) <= width)
            continue;
        qsizetype fits = 3;
        while (fits + 1 < word.size() &&
               fm.horizontalAdvance(word.left(fits + 1) + QLatin1Char('-')) <= width)
            ++fits;
        word.insert(std::min(fits, word.size() - 3), QChar(0x00AD));
    }
    return words.join(QLatin1Char(' '));
}

// Draws text in rect on at most maxLines lines, wrapping between words; a word wider than the
// card (a German compound such as "Supportverlängerung") is hyphenated onto the next line
// rather than elided, so that all of it shows. Only text left over after the last line is
// elided. The parts matching the filter are highlighted.
void drawText(QPainter *painter, const QRect &rect, const QString &original, const QFont &font,
              int maxLines, const QString &highlight, const QPalette &palette,
              Qt::Alignment align = Qt::AlignLeft)
{
    const QFontMetrics fm(font);
    QTextOption option(align);
    option.setWrapMode(maxLines > 1 ? QTextOption::WordWrap : QTextOption::NoWrap);
    const auto layOut = [&](QTextLayout &layout) {
        layout.setTextOption(option);
        layout.beginLayout();
        for (int n = 0; n < maxLines; ++n) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(rect.width());
            line.setPosition(QPointF(0, n * fm.height()));
        }
        layout.endLayout();
    };
    const QString text = maxLines > 1 ? hyphenateLongWords(original, fm, rect.width()) : original;
    QTextLayout layout(text, font);
    layOut(layout);
    // The first line that does not fit (a word wider than the card, or more text after the
    // last line) is elided from its start.
    int cut = -1;
    for (int n = 0; n < layout.lineCount(); ++n) {
        const QTextLine line = layout.lineAt(n);
        const bool tooWide = line.naturalTextWidth() > rect.width();
        const bool moreAfter =
            n == layout.lineCount() - 1 && line.textStart() + line.textLength() < text.size();
        if (tooWide || moreAfter) {
            cut = n;
            break;
        }
    }
    if (cut < 0) {
        layout.draw(painter, rect.topLeft(), matches(text, highlight, palette));
        return;
    }
    const int start = layout.lineAt(cut).textStart();
    const QString shown = text.left(start) +
                          fm.elidedText(text.mid(start).simplified(), Qt::ElideRight, rect.width());
    QTextLayout again(shown, font);
    layOut(again);
    again.draw(painter, rect.topLeft(), matches(shown, highlight, palette));
}

} // namespace

/// Where each part of a card goes, shared by painting and tool tips.
struct CardDelegate::Layout
{
    QRectF card;
    QRect title;
    QRect account;
    QRect progress;
    QRect amount;
    QRect close;
    QRect owner;
    QRect status;
    QRect flag;   ///< the override's mark; empty when the last move was an ordinary one
    QRect next;   ///< an open deal's next-activity mark; empty for a closed deal
    int due = -1; ///< ActivityDue of the next activity; -1 for a closed deal
    QPointF dot;
    QString progressText;
    QString amountText;
    QString closeText;
    QString statusText;
    bool closePast = false;
};

CardDelegate::CardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void CardDelegate::setCompact(bool compact)
{
    m_compact = compact;
}

void CardDelegate::setHighlight(const QString &text)
{
    m_highlight = text.trimmed();
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    // Title (two lines), account, amount and date, owner and status; compact: one line less
    // for the title and no owner line.
    const int lines = m_compact ? 3 : 5;
    const int line = option.fontMetrics.height();
    return {180, 2 * outerMargin + 2 * padding + lines * line + (lines - 1) * lineGap};
}

CardDelegate::Layout CardDelegate::layout(const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Layout l;
    l.card = QRectF(option.rect).adjusted(outerMargin, outerMargin, -outerMargin, -outerMargin);
    const QRect content = l.card.toRect().adjusted(padding + 2, padding, -padding, -padding);
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int line = fm.height();
    const auto row = [&](int n, int span = 1) {
        return QRect(content.left(), content.top() + n * (line + lineGap), content.width(),
                     span * line + (span - 1) * lineGap);
    };
    const int titleLines = m_compact ? 1 : 2;
    // The title leaves room for the red dot in the corner.
    l.title = row(0, titleLines).adjusted(0, 0, -int(2 * dotRadius + 2), 0);
    l.dot = QPointF(l.card.right() - padding + 1, l.card.top() + padding + 2);
    // An override's flag sits left of the dot, the title making room for it.
    if (!index.data(OverrideReasonRole).toString().isEmpty()) {
        const int size = std::max(8, line * 3 / 4);
        l.flag = QRect(l.title.right() - size + 1, l.title.top() + 1, size, size);
        l.title.setRight(l.flag.left() - 3);
    }

    const int activityCount = index.data(ActivityCountRole).toInt();
    if (activityCount > 0) {
        l.progressText =
            tr("✓ %1/%2").arg(index.data(ActivitiesDoneRole).toInt()).arg(activityCount);
    }
    const QRect accountRow = row(titleLines);
    const int progressWidth = l.progressText.isEmpty() ? 0 : fm.horizontalAdvance(l.progressText);
    l.progress =
        QRect(accountRow.right() - progressWidth + 1, accountRow.top(), progressWidth, line);
    l.account = accountRow.adjusted(0, 0, -(progressWidth > 0 ? progressWidth + 8 : 0), 0);
    l.due = index.data(NextActivityDueRole).toInt();
    const int mark = std::max(8, line * 3 / 4);

    const QLocale locale = displayLocale();
    l.amountText = formatMoney(index.data(AmountRole).toLongLong(),
                               index.data(CurrencyRole).toString(), locale);
    const QRect amountRow = row(titleLines + 1);
    const int amountWidth = boldMetrics.horizontalAdvance(l.amountText);
    l.amount = QRect(amountRow.left(), amountRow.top(), amountWidth, line);
    // The locale's short date with a four-digit year where it fits, else two digits.
    const QDate closeDate = index.data(CloseDateRole).toDate();
    const QRect closeRoom = amountRow.adjusted(amountWidth + 8, 0, 0, 0);
    l.closeText = formatDate(closeDate, locale);
    // Decided as if every column had a scroll bar, so that a column that has one and its
    // neighbour that has none show dates alike.
    int spare = 0;
    if (const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget);
        view && !view->verticalScrollBar()->isVisible())
        spare = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    if (fm.horizontalAdvance(l.closeText) + 3 + spare > closeRoom.width()) {
        QString pattern = shortDatePattern(locale);
        pattern.replace(QStringLiteral("yyyy"), QStringLiteral("yy"));
        l.closeText = locale.toString(closeDate, pattern);
    }
    const int closeWidth = std::min(fm.horizontalAdvance(l.closeText) + 3, closeRoom.width());
    l.close = QRect(amountRow.right() - closeWidth + 1, amountRow.top(), closeWidth, line);
    const bool open = index.parent().data(StageKindRole).toInt() == int(StageKind::Open);
    l.closePast = open && closeDate.isValid() && closeDate < QDate::currentDate();

    // Open deals show how long they have sat in their stage; closed ones, why they closed.
    if (index.data(DisqualifiedRole).toBool()) {
        l.statusText = tr("Disqualified");
    } else if (!index.data(CloseReasonRole).toString().isEmpty()) {
        l.statusText = index.data(CloseReasonRole).toString();
    } else if (open) {
        // Stalled shows in the warning colour (and the edge); the tool tip says it in words.
        l.statusText = tr("%n d", nullptr, index.data(DaysInStageRole).toInt());
    }
    if (!m_compact) {
        // The owner is never dropped for the status: the owner's name gets the room it needs,
        // leaving the status at least a short word; a long close reason is elided (its tool
        // tip has it whole).
        const QRect ownerRow = row(titleLines + 2);
        const int statusNeeds = fm.horizontalAdvance(l.statusText) + 2;
        const int ownerNeeds = fm.horizontalAdvance(index.data(OwnerNameRole).toString()) + 2;
        const int ownerWidth = std::min(
            ownerNeeds, ownerRow.width() - std::min(statusNeeds, 5 * fm.averageCharWidth()) - 8);
        const int statusWidth =
            std::max(0, std::min(statusNeeds, ownerRow.width() - ownerWidth - 8));
        const int markWidth = l.due >= 0 ? mark + 4 : 0;
        l.owner = QRect(ownerRow.left(), ownerRow.top(),
                        ownerRow.width() - statusWidth - 8 - markWidth, line);
        l.status = QRect(ownerRow.right() - statusWidth + 1, ownerRow.top(), statusWidth, line);
        if (l.due >= 0)
            l.next =
                QRect(l.status.left() - mark - 3, ownerRow.top() + (line - mark) / 2, mark, mark);
    } else {
        // Compact: the status shares the account's line, after the progress.
        l.status = QRect();
        if (l.due >= 0) {
            const int right = l.progressText.isEmpty() ? accountRow.right() : l.progress.left() - 4;
            l.next = QRect(right - mark + 1, accountRow.top() + (line - mark) / 2, mark, mark);
            l.account.setRight(std::min(l.account.right(), l.next.left() - 4));
        }
    }
    return l;
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool stalled = index.data(IsStalledRole).toBool();
    const Layout l = layout(option, index);

    QPainterPath path;
    path.addRoundedRect(l.card, 6, 6);
    painter->fillPath(path, palette.base());
    painter->setPen(
        QPen(selected ? palette.highlight().color() : palette.mid().color(), selected ? 2 : 1));
    painter->drawPath(path);
    // A warm edge marks a deal that has sat in its stage past the stage's age limit.
    if (stalled) {
        painter->save();
        painter->setClipPath(path);
        painter->fillRect(QRectF(l.card.left(), l.card.top(), 4, l.card.height()),
                          Colors::warning());
        painter->restore();
    }

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    QPalette text = palette;
    painter->setPen(palette.text().color());
    drawText(painter, l.title, index.data(TitleRole).toString(), bold, m_compact ? 1 : 2,
             m_highlight, palette);

    painter->setPen(palette.placeholderText().color());
    drawText(painter, l.account, index.data(AccountNameRole).toString(), option.font, 1,
             m_highlight, palette);
    painter->setFont(option.font);
    if (!l.progressText.isEmpty())
        painter->drawText(l.progress, Qt::AlignRight | Qt::AlignVCenter, l.progressText);

    painter->setFont(bold);
    painter->setPen(palette.text().color());
    painter->drawText(l.amount, Qt::AlignLeft | Qt::AlignVCenter, l.amountText);
    painter->setFont(option.font);
    painter->setPen(l.closePast ? Colors::warning() : palette.placeholderText().color());
    painter->drawText(l.close, Qt::AlignRight | Qt::AlignVCenter,
                      fm.elidedText(l.closeText, Qt::ElideRight, l.close.width()));

    if (!m_compact) {
        painter->setPen(stalled && index.data(CloseReasonRole).toString().isEmpty()
                            ? Colors::warning()
                            : palette.placeholderText().color());
        painter->drawText(l.status, Qt::AlignRight | Qt::AlignVCenter,
                          fm.elidedText(l.statusText, Qt::ElideRight, l.status.width()));
        painter->setPen(palette.placeholderText().color());
        drawText(painter, l.owner, index.data(OwnerNameRole).toString(), option.font, 1,
                 m_highlight, palette);
    }

    // Moved into its stage by an override, past unmet required criteria: a small flag.
    if (!l.flag.isEmpty()) {
        const QRectF f(l.flag);
        painter->setPen(QPen(palette.text().color(), 1.4));
        painter->drawLine(QPointF(f.left() + 1.5, f.top()), QPointF(f.left() + 1.5, f.bottom()));
        QPainterPath pennant;
        pennant.moveTo(f.left() + 1.5, f.top());
        pennant.lineTo(f.right(), f.top() + f.height() * 0.3);
        pennant.lineTo(f.left() + 1.5, f.top() + f.height() * 0.6);
        pennant.closeSubpath();
        painter->fillPath(pennant, palette.text());
    }

    // Its next activity, as Pipedrive's reps read it at a glance: red overdue, green today,
    // grey planned, an amber ring when nothing is planned.
    if (!l.next.isEmpty()) {
        const QRectF r = QRectF(l.next).adjusted(0.5, 0.5, -0.5, -0.5);
        switch (ActivityDue(l.due)) {
        case ActivityDue::None:
            painter->setPen(QPen(Colors::warning(), 1.6));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(r.adjusted(0.8, 0.8, -0.8, -0.8));
            break;
        case ActivityDue::Overdue:
        case ActivityDue::Today:
        case ActivityDue::Later: {
            const QColor colour = ActivityDue(l.due) == ActivityDue::Overdue ? Colors::error()
                                  : ActivityDue(l.due) == ActivityDue::Today
                                      ? Colors::dueToday()
                                      : palette.placeholderText().color();
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawEllipse(r);
            // The hands of a clock, in the card's colour.
            painter->setPen(QPen(palette.base().color(), 1.3));
            const QPointF c = r.center();
            painter->drawLine(c, QPointF(c.x(), r.top() + r.height() * 0.22));
            painter->drawLine(c, QPointF(r.right() - r.width() * 0.25, c.y()));
            break;
        }
        }
        painter->setBrush(Qt::NoBrush);
    }

    // A required exit criterion of the stage is unmet: the card cannot move on yet.
    if (index.data(RequiredUnmetRole).toBool()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Colors::error());
        painter->drawEllipse(l.dot, dotRadius, dotRadius);
    }

    painter->setBrush(Qt::NoBrush);
    if (option.state & QStyle::State_HasFocus && selected) {
        painter->setPen(QPen(palette.highlight().color(), 1, Qt::DotLine));
        painter->drawRoundedRect(l.card.adjusted(2, 2, -2, -2), 5, 5);
    }
    painter->restore();
}

QString CardDelegate::markerToolTip(const QStyleOptionViewItem &option, const QModelIndex &index,
                                    const QPoint &point) const
{
    const Layout l = layout(option, index);
    const QLocale locale = displayLocale();
    const QPointF p(point);
    if (index.data(RequiredUnmetRole).toBool() && QLineF(p, l.dot).length() <= dotRadius + 3) {
        return tr("Red dot: a required exit criterion of this stage is not met yet, so the deal "
                  "cannot move on.");
    }
    if (!l.flag.isEmpty() && l.flag.adjusted(-3, -3, 3, 3).contains(point)) {
        return tr("Flag: moved into this stage past unmet required criteria by an override. "
                  "Reason: %1")
            .arg(index.data(OverrideReasonRole).toString());
    }
    if (!l.next.isEmpty() && l.next.adjusted(-3, -3, 3, 3).contains(point)) {
        const QString when = formatDateTime(index.data(NextActivityAtRole).toDateTime(), locale);
        switch (ActivityDue(l.due)) {
        case ActivityDue::None:
            return tr("No next activity planned: plan a call, meeting, task or email so that "
                      "the deal does not stall.");
        case ActivityDue::Overdue:
            return tr("Next activity overdue: it was due %1.").arg(when);
        case ActivityDue::Today:
            return tr("Next activity due today: %1.").arg(when);
        case ActivityDue::Later:
            return tr("Next activity planned for %1.").arg(when);
        }
    }
    if (!l.progressText.isEmpty() && l.progress.adjusted(-2, -2, 2, 2).contains(point)) {
        return tr("%1 of %2 recommended activities of this stage done.")
            .arg(index.data(ActivitiesDoneRole).toInt())
            .arg(index.data(ActivityCountRole).toInt());
    }
    if (l.close.adjusted(-2, -2, 2, 2).contains(point)) {
        const QString when =
            locale.toString(index.data(CloseDateRole).toDate(), QLocale::LongFormat);
        return l.closePast ? tr("Expected to close on %1: that date has passed. Update the close "
                                "date or the stage.")
                                 .arg(when)
                           : tr("Expected to close on %1.").arg(when);
    }
    if (l.status.adjusted(-2, -2, 2, 2).contains(point)) {
        if (index.data(DisqualifiedRole).toBool())
            return tr("Disqualified: lost before it reached qualification.");
        if (!index.data(CloseReasonRole).toString().isEmpty())
            return tr("Why it closed: %1").arg(index.data(CloseReasonRole).toString());
        const int days = index.data(DaysInStageRole).toInt();
        const QVariant limit = index.parent().data(StageRotDaysRole);
        if (index.data(IsStalledRole).toBool()) {
            return tr("%n day(s) in this stage: stalled, past the stage's limit of %1.", nullptr,
                      days)
                .arg(tr("%n day(s)", nullptr, limit.toInt()));
        }
        return tr("%n day(s) in this stage.", nullptr, days);
    }
    if (l.amount.contains(point)) {
        return tr("Amount; weighted by its %1 % probability: %2")
            .arg(index.data(ProbabilityRole).toInt())
            .arg(formatMoney(index.data(WeightedAmountRole).toLongLong(),
                             index.data(CurrencyRole).toString(), locale));
    }
    return {};
}

bool CardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip) {
        const QString marker = markerToolTip(option, index, event->pos());
        if (!marker.isEmpty()) {
            QToolTip::showText(event->globalPos(), marker, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Stageboard
