// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Stageboard {

/// Paints one opportunity card: the title on up to two lines, account and checklist progress,
/// amount and close date (in the warning colour once past), owner and days in stage or why it
/// closed, with a warm edge when stalled and a red dot while a required criterion is unmet.
/// Every card has the same height, so a list view lays out tens of thousands of them without
/// measuring each. Each marker has its own tool tip; text matching the board's filter is
/// highlighted.
class CardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CardDelegate(QObject *parent = nullptr);

    /// Compact cards: a one-line title and no owner line, to see more cards at once.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    /// Text to highlight in titles, accounts and owners (the board's filter); empty for none.
    void setHighlight(const QString &text);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// What the marker under a point of a card means, as its tool tip says; empty when the
    /// point is on no marker.
    QString markerToolTip(const QStyleOptionViewItem &option, const QModelIndex &index,
                          const QPoint &point) const;

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool m_compact = false;
    QString m_highlight;
};

} // namespace Stageboard
