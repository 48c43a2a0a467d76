// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "competitorsdialog.h"

#include "services/lookback.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stageboard {

CompetitorsDialog::CompetitorsDialog(LookBackService &lookBack, QWidget *parent)
    : QDialog(parent)
    , m_lookBack(lookBack)
{
    setWindowTitle(tr("Competitors"));
    auto *hint = new QLabel(tr("The companies the team competes with. Deals name them, with our "
                               "strengths and weaknesses against each, and a lost deal says "
                               "which one it was lost to."),
                            this);
    hint->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("competitorList"));
    m_list->setAccessibleName(tr("Competitors"));
    connect(m_list, &QListWidget::currentRowChanged, this, &CompetitorsDialog::showSelected);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addCompetitor"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeCompetitor"));
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Competitor"), tr("Name:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            addCompetitor(name);
    });
    connect(m_remove, &QPushButton::clicked, this, &CompetitorsDialog::removeSelected);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("competitorName"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("competitorDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What they offer, how they price and sell, where they "
                                         "win"));
    connect(m_name, &QLineEdit::editingFinished, this, &CompetitorsDialog::saveSelected);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&What we know:"), m_description);
    auto *save = new QPushButton(tr("&Save Description"), this);
    save->setObjectName(QStringLiteral("saveCompetitor"));
    connect(save, &QPushButton::clicked, this, &CompetitorsDialog::saveSelected);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(save, 0, Qt::AlignRight);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        saveSelected();
        reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(680, 420);
    fill();
}

void CompetitorsDialog::fill(qint64 select)
{
    m_filling = true;
    m_list->clear();
    int row = m_lookBack.competitors().isEmpty() ? -1 : 0;
    for (const auto &c : m_lookBack.competitors()) {
        auto *item = new QListWidgetItem(c.name, m_list);
        item->setData(Qt::UserRole, c.id);
        if (c.id == select)
            row = m_list->count() - 1;
    }
    m_filling = false;
    m_list->setCurrentRow(row);
    showSelected();
}

qint64 CompetitorsDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CompetitorsDialog::showSelected()
{
    if (m_filling)
        return;
    const Competitor *c = m_lookBack.competitor(selectedId());
    m_name->setText(c ? c->name : QString());
    m_description->setPlainText(c ? c->description : QString());
    m_name->setEnabled(c != nullptr);
    m_description->setEnabled(c != nullptr);
    m_remove->setEnabled(c != nullptr && m_lookBack.canReview());
    m_remove->setToolTip(m_lookBack.canReview()
                             ? QString()
                             : tr("Only a manager or an admin removes a competitor."));
}

void CompetitorsDialog::saveSelected()
{
    const Competitor *c = m_lookBack.competitor(selectedId());
    if (!c)
        return;
    Competitor changed = *c;
    changed.name = m_name->text();
    changed.description = m_description->toPlainText();
    if (changed.name.trimmed() == c->name && changed.description.trimmed() == c->description)
        return;
    auto saved = m_lookBack.saveCompetitor(changed);
    if (!saved) {
        showError(saved.error().message);
        m_name->setText(c->name);
        return;
    }
    m_error->hide();
    fill(saved->id);
}

bool CompetitorsDialog::addCompetitor(const QString &name)
{
    auto added = m_lookBack.saveCompetitor({0, name});
    if (!added) {
        showError(added.error().message);
        return false;
    }
    m_error->hide();
    fill(added->id);
    return true;
}

bool CompetitorsDialog::removeSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return false;
    if (auto ok = m_lookBack.removeCompetitor(id); !ok) {
        showError(ok.error().message);
        return false;
    }
    m_error->hide();
    fill();
    return true;
}

QString CompetitorsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CompetitorsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace Stageboard
