// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"

#include "itemmodels/boardmodel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Stageboard {

namespace {
enum Column { FieldColumn, MineColumn, TheirsColumn };
}

ConflictDialog::ConflictDialog(const EditConflict &conflict, const BoardModel &board,
                               QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
{
    setWindowTitle(tr("Changed by Someone Else"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<b>\"%1\" was changed elsewhere while you edited it.</b><br>Nothing has been saved "
           "yet. For each field below, choose your value or the one saved meanwhile. Fields "
           "only one of you changed start with that change; fields you both changed are in "
           "bold.")
            .arg(conflict.theirs().title.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(conflict.fields().size()), 3, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Fields that differ"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your edit"), tr("Saved elsewhere")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus); // the choices take the focus, not the grid
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    for (int row = 0; row < conflict.fields().size(); ++row) {
        const FieldConflict &f = conflict.fields().at(row);
        auto *name = new QTableWidgetItem(EditConflict::fieldName(f.field));
        if (f.changedByMe && f.changedByThem) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(tr("You both changed this field."));
        }
        m_table->setItem(row, FieldColumn, name);
        auto *group = new QButtonGroup(this);
        for (const bool mine : {true, false}) {
            const Opportunity &deal = mine ? conflict.mine() : conflict.theirs();
            QString value = EditConflict::display(deal, f.field, board);
            if (value.isEmpty())
                value = tr("(empty)");
            auto *button = new QRadioButton(value, m_table);
            button->setAccessibleName((mine ? tr("Keep your %1: %2") : tr("Keep the saved %1: %2"))
                                          .arg(EditConflict::fieldName(f.field).toLower(), value));
            group->addButton(button, mine ? 1 : 0);
            m_table->setCellWidget(row, mine ? MineColumn : TheirsColumn, button);
        }
        group->button(conflict.keepsMineByDefault(f.field) ? 1 : 0)->setChecked(true);
        m_choices.append(group);
    }
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Save These Values"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    auto *discard = buttons->addButton(tr("Discard My Edit"), QDialogButtonBox::RejectRole);
    discard->setToolTip(tr("Keep the deal as it was saved elsewhere."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 160 + 34 * int(conflict.fields().size()));
}

QList<OpportunityField> ConflictDialog::keptFromMine() const
{
    QList<OpportunityField> result;
    for (int row = 0; row < m_choices.size(); ++row) {
        if (m_choices.at(row)->checkedId() == 1)
            result.append(m_conflict.fields().at(row).field);
    }
    return result;
}

Opportunity ConflictDialog::merged() const
{
    return m_conflict.merged(keptFromMine());
}

void ConflictDialog::choose(int row, bool mine)
{
    if (QAbstractButton *b =
            m_choices.value(row) ? m_choices.at(row)->button(mine ? 1 : 0) : nullptr)
        b->setChecked(true);
}

} // namespace Stageboard
