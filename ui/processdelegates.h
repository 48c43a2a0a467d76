// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"
#include "itemmodels/roles.h"
#include "processeditor.h"

#include <QComboBox>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>

// How the process editor draws and edits its lists. The texts are the editor's (its tr()
// context), as the delegates are part of it.
namespace Stageboard {

/// Picks one of a few values for a cell (its Qt::EditRole), shown by name: who signs off a
/// criterion, the activity type that ticks an activity, the rule a criterion checks.
class ChoiceDelegate final : public QStyledItemDelegate
{
public:
    using Choices = QList<std::pair<QString, QString>>; ///< name, value

    ChoiceDelegate(Choices choices, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
    {}

    void setChoices(Choices choices) { m_choices = std::move(choices); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (const auto &[name, value] : m_choices)
            box->addItem(name, value);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData());
    }

private:
    Choices m_choices;
};

/// Picks several of a few values for a cell whose Qt::EditRole is a QStringList: the deal
/// fields whose change re-opens a sign-off. A menu of check boxes opens at once; closing it
/// saves what is ticked.
class MultiChoiceDelegate final : public QStyledItemDelegate
{
public:
    using Choices = QList<std::pair<QString, QString>>; ///< name, value

    MultiChoiceDelegate(Choices choices, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *button = new QToolButton(parent);
        button->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(button);
        for (const auto &[name, value] : m_choices) {
            QAction *action = menu->addAction(name);
            action->setCheckable(true);
            action->setData(value);
        }
        button->setMenu(menu);
        QObject::connect(menu, &QMenu::aboutToHide, button, [this, button] {
            auto *self = const_cast<MultiChoiceDelegate *>(this);
            Q_EMIT self->commitData(button);
            Q_EMIT self->closeEditor(button);
        });
        QTimer::singleShot(0, button, &QToolButton::showMenu);
        return button;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QStringList chosen = index.data(Qt::EditRole).toStringList();
        auto *button = static_cast<QToolButton *>(editor);
        for (QAction *action : button->menu()->actions())
            action->setChecked(chosen.contains(action->data().toString()));
        button->setText(index.data(Qt::DisplayRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        QStringList chosen;
        for (QAction *action : static_cast<QToolButton *>(editor)->menu()->actions()) {
            if (action->isChecked())
                chosen.append(action->data().toString());
        }
        model->setData(index, chosen);
    }

private:
    Choices m_choices;
};

/// A stage in the list: its name, a warning sign when the lint has something to say about it,
/// and its probability on the right.
class StageListDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QStringList findings = index.data(StageFindingsRole).toStringList();
        if (!findings.isEmpty()) {
            opt.features |= QStyleOptionViewItem::HasDecoration;
            opt.icon = opt.widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        const StageKind kind = StageKind(index.data(StageKindRole).toInt());
        const QString right =
            kind == StageKind::Won ? ProcessEditor::tr("won")
            : kind == StageKind::Lost
                ? ProcessEditor::tr("lost")
                : ProcessEditor::tr("%1 %").arg(index.data(StageProbabilityRole).toInt());
        const int width = opt.fontMetrics.horizontalAdvance(right) + 8;
        QStyleOptionViewItem left = opt;
        left.rect.setRight(opt.rect.right() - width);
        opt.widget->style()->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
        left.backgroundBrush = Qt::NoBrush;
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &left, painter, opt.widget);
        painter->save();
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected
                                              ? QPalette::HighlightedText
                                              : QPalette::PlaceholderText));
        painter->drawText(opt.rect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, right);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

} // namespace Stageboard
