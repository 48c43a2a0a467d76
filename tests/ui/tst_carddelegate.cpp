// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carddelegate.h"
#include "colors.h"
#include "core/types.h"
#include "itemmodels/roles.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace Stageboard;

namespace {

// One card in an open stage, as the board model gives it.
struct OneCard
{
    QStandardItemModel model;
    QStandardItem *card = new QStandardItem;

    explicit OneCard(const QString &title, const QDate &close = QDate::currentDate().addDays(30))
    {
        auto *stage = new QStandardItem;
        stage->setData(int(StageKind::Open), StageKindRole);
        stage->setData(30, StageRotDaysRole);
        model.appendRow(stage);
        card->setData(title, TitleRole);
        card->setData(QStringLiteral("Glacier Manufacturing"), AccountNameRole);
        card->setData(QStringLiteral("Morgan Tanaka"), OwnerNameRole);
        card->setData(qint64(12500000), AmountRole);
        card->setData(QStringLiteral("USD"), CurrencyRole);
        card->setData(close, CloseDateRole);
        card->setData(41, DaysInStageRole);
        card->setData(true, IsStalledRole);
        card->setData(4, ActivitiesDoneRole);
        card->setData(6, ActivityCountRole);
        card->setData(true, RequiredUnmetRole);
        stage->appendRow(card);
    }
    QModelIndex index() const { return card->index(); }
};

QStyleOptionViewItem optionFor(int width, CardDelegate &delegate, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    option.rect = QRect(QPoint(0, 0), QSize(width, delegate.sizeHint(option, index).height()));
    return option;
}

QImage paint(CardDelegate &delegate, const QModelIndex &index, int width)
{
    QStyleOptionViewItem option = optionFor(width, delegate, index);
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

// Whether any pixel in the band of rows is dark (text).
bool hasInk(const QImage &image, int top, int bottom, int left, int right)
{
    for (int y = top; y < bottom; ++y) {
        for (int x = left; x < right; ++x) {
            if (qGray(image.pixel(x, y)) < 110)
                return true;
        }
    }
    return false;
}

} // namespace

class TestCardDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWrapALongTitleOntoTwoLines();
    void shouldExplainEachMarker();
    void shouldShowAPastCloseDateInTheWarningColour();
    void shouldFlagACardMovedByAnOverride();
};

void TestCardDelegate::shouldWrapALongTitleOntoTwoLines()
{
    CardDelegate delegate;
    OneCard longTitle(QStringLiteral("Onboarding package for the northern plants"));
    OneCard shortTitle(QStringLiteral("Pilot"));
    const int line = QFontMetrics(QApplication::font()).height();
    // The second title line sits below the first: 4 px margin, 8 px padding, one line, a gap
    const int second = 4 + 8 + line + 2;
    const QImage wrapped = paint(delegate, longTitle.index(), 200);
    const QImage single = paint(delegate, shortTitle.index(), 200);
    QVERIFY(hasInk(wrapped, second + 2, second + line - 2, 14, 150));
    QVERIFY(!hasInk(single, second + 2, second + line - 2, 14, 150));
    // A word wider than the card (a German compound) goes on across the second line instead of
    // being elided on the first
    OneCard compound(QStringLiteral("Supportverlängerungsvereinbarung"));
    QVERIFY(hasInk(paint(delegate, compound.index(), 200), second + 2, second + line - 2, 14, 60));
    // And the filter's match is highlighted across the break
    const QColor marked = QApplication::palette().highlight().color().lighter(160);
    const auto highlighted = [&](const QImage &image) {
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - marked.red()) + qAbs(c.green() - marked.green()) +
                        qAbs(c.blue() - marked.blue()) <
                    6)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(!highlighted(paint(delegate, compound.index(), 200)));
    delegate.setHighlight(QStringLiteral("Supportverlängerungsvereinbarung"));
    QVERIFY(highlighted(paint(delegate, compound.index(), 200)));
    delegate.setHighlight({});
    // Compact cards keep one title line and are shorter
    const int normalHeight =
        delegate.sizeHint(optionFor(200, delegate, longTitle.index()), longTitle.index()).height();
    delegate.setCompact(true);
    QVERIFY(
        delegate.sizeHint(optionFor(200, delegate, longTitle.index()), longTitle.index()).height() <
        normalHeight);
}

void TestCardDelegate::shouldExplainEachMarker()
{
    CardDelegate delegate;
    OneCard card(QStringLiteral("Seat expansion"));
    const QStyleOptionViewItem option = optionFor(200, delegate, card.index());
    const QRect r = option.rect.adjusted(4, 4, -4, -4);
    const int line = option.fontMetrics.height();
    // The red dot in the top right corner
    QVERIFY(delegate.markerToolTip(option, card.index(), QPoint(r.right() - 7, r.top() + 10))
                .contains(QStringLiteral("required exit criterion")));
    // The checklist progress at the end of the account's line (after two title lines)
    const int accountY = r.top() + 8 + 2 * (line + 2) + line / 2;
    QCOMPARE(delegate.markerToolTip(option, card.index(), QPoint(r.right() - 12, accountY)),
             QStringLiteral("4 of 6 recommended activities of this stage done."));
    // The days in stage, at the end of the owner's line, saying it is stalled
    const int ownerY = r.top() + 8 + 4 * (line + 2) + line / 2;
    QVERIFY(delegate.markerToolTip(option, card.index(), QPoint(r.right() - 12, ownerY))
                .contains(QStringLiteral("stalled")));
    // The title has no marker of its own
    QVERIFY(delegate.markerToolTip(option, card.index(), QPoint(r.left() + 20, r.top() + 12))
                .isEmpty());
}

void TestCardDelegate::shouldShowAPastCloseDateInTheWarningColour()
{
    CardDelegate delegate;
    OneCard late(QStringLiteral("Late deal"), QDate::currentDate().addDays(-3));
    OneCard onTime(QStringLiteral("On time"), QDate::currentDate().addDays(30));
    const auto warm = [&](const QImage &image) {
        const int line = QFontMetrics(QApplication::font()).height();
        const int y0 = 4 + 8 + 3 * (line + 2);
        for (int y = y0; y < y0 + line; ++y) {
            for (int x = image.width() / 2; x < image.width() - 10; ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 150 && c.blue() < 80 && c.green() < 160)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(warm(paint(delegate, late.index(), 220)));
    QVERIFY(!warm(paint(delegate, onTime.index(), 220)));
    const QStyleOptionViewItem option = optionFor(220, delegate, late.index());
    const int line = option.fontMetrics.height();
    const QPoint date(option.rect.right() - 20, 4 + 8 + 3 * (line + 2) + line / 2);
    QVERIFY(delegate.markerToolTip(option, late.index(), date).contains(QStringLiteral("passed")));
}

void TestCardDelegate::shouldFlagACardMovedByAnOverride()
{
    CardDelegate delegate;
    OneCard plain(QStringLiteral("Seat expansion"));
    OneCard overridden(QStringLiteral("Seat expansion"));
    overridden.card->setData(QStringLiteral("Board approved the budget"), OverrideReasonRole);
    const QStyleOptionViewItem option = optionFor(200, delegate, overridden.index());
    const QRect r = option.rect.adjusted(4, 4, -4, -4);
    const int line = option.fontMetrics.height();
    // The flag is drawn left of the red dot, on the title's first line, only on the overridden
    // card (the short title leaves that place empty otherwise)
    const int flagLeft = r.right() - 8 - 9 - line;
    const QImage withFlag = paint(delegate, overridden.index(), 200);
    const QImage without = paint(delegate, plain.index(), 200);
    QVERIFY(hasInk(withFlag, r.top() + 8, r.top() + 8 + line, flagLeft, r.right() - 14));
    QVERIFY(!hasInk(without, r.top() + 8, r.top() + 8 + line, flagLeft, r.right() - 14));
    // Pointing at it gives the reason
    QString tip;
    for (int x = flagLeft; x < r.right() - 14 && tip.isEmpty(); ++x)
        tip = delegate.markerToolTip(option, overridden.index(), QPoint(x, r.top() + 8 + line / 3));
    QVERIFY2(tip.contains(QStringLiteral("Board approved the budget")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("override")));
}

QTEST_MAIN(TestCardDelegate)
#include "tst_carddelegate.moc"
