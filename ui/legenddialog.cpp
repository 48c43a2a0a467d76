// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "legenddialog.h"

#include "carddelegate.h"
#include "colors.h"
#include "core/types.h"
#include "itemmodels/roles.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Stageboard {

namespace {

// A card as the board would paint it: stalled, a criterion unmet, its close date passed, moved
// by an override.
QPixmap sampleCard(QWidget *widget)
{
    QStandardItemModel model;
    auto *stage = new QStandardItem;
    stage->setData(int(StageKind::Open), StageKindRole);
    model.appendRow(stage);
    auto *card = new QStandardItem;
    card->setData(LegendDialog::tr("Onboarding package for the northern plants"), TitleRole);
    card->setData(QStringLiteral("Glacier Manufacturing"), AccountNameRole);
    card->setData(QStringLiteral("Morgan Tanaka"), OwnerNameRole);
    card->setData(qint64(10500000), AmountRole);
    card->setData(QStringLiteral("USD"), CurrencyRole);
    card->setData(QDate::currentDate().addDays(-3), CloseDateRole);
    card->setData(41, DaysInStageRole);
    card->setData(true, IsStalledRole);
    card->setData(4, ActivitiesDoneRole);
    card->setData(6, ActivityCountRole);
    card->setData(true, RequiredUnmetRole);
    card->setData(int(ActivityDue::Overdue), NextActivityDueRole);
    card->setData(LegendDialog::tr("Customer's board approved the budget"), OverrideReasonRole);
    stage->appendRow(card);
    CardDelegate delegate;
    QStyleOptionViewItem option;
    option.font = widget->font();
    option.fontMetrics = widget->fontMetrics();
    option.palette = widget->palette();
    option.rect = QRect(0, 0, 240, delegate.sizeHint(option, card->index()).height());
    QPixmap pixmap(option.rect.size() * widget->devicePixelRatioF());
    pixmap.setDevicePixelRatio(widget->devicePixelRatioF());
    pixmap.fill(widget->palette().window().color());
    QPainter painter(&pixmap);
    delegate.paint(&painter, option, card->index());
    return pixmap;
}

} // namespace

LegendDialog::LegendDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Card Legend"));
    auto *card = new QLabel(this);
    card->setPixmap(sampleCard(this));
    card->setAlignment(Qt::AlignTop);
    const QString warm = Colors::warning().name();
    const QString red = Colors::error().name();
    const QStringList rows{
        tr("<b>Title</b> on up to two lines, then the account and the owner."),
        tr("<b>✓ 4/6</b>: recommended activities of the stage done, of all."),
        tr("<b>Amount</b> and <b>close date</b>; the date is <span style=\"color:%1\">orange"
           "</span> once it has passed.")
            .arg(warm),
        tr("<b>41 d</b>: days in the stage; <span style=\"color:%1\">orange, with an orange "
           "edge</span>, when the deal stalled, longer in the stage than its limit.")
            .arg(warm),
        tr("<span style=\"color:%1\">●</span> Red dot: a required exit criterion is not met; "
           "the deal cannot move on until it is (a manager may override).")
            .arg(red),
        tr("<span style=\"color:%1\">●</span> Next activity: red overdue, <span "
           "style=\"color:%2\">green</span> due today, grey planned later; an <span "
           "style=\"color:%3\">orange ring</span> when none is planned.")
            .arg(red, Colors::dueToday().name(), warm),
        tr("<b>⚑</b> Flag: a manager or admin moved the deal into this stage by an override, "
           "past unmet required criteria; its tool tip gives the reason."),
        tr("Closed deals show why they closed instead of the days; a deal lost before it was "
           "qualified says <b>Disqualified</b>."),
        tr("Text matching the filter is highlighted. Point at a marker for its tool tip.")};
    auto *text = new QLabel(QStringLiteral("<ul><li>") + rows.join(QStringLiteral("</li><li>")) +
                                QStringLiteral("</li></ul>"),
                            this);
    text->setObjectName(QStringLiteral("legend"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setMinimumWidth(360);
    auto *row = new QHBoxLayout;
    row->addWidget(card);
    row->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace Stageboard
