// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "buyingrolesdialog.h"

#include "colors.h"
#include "storage/stakeholderstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stageboard {

BuyingRolesDialog::BuyingRolesDialog(StakeholderStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Buying Roles"));
    auto *intro = new QLabel(tr("The roles a person can have in a deal's buying group. A renamed "
                                "role keeps its place in the gate criteria that ask for it; a "
                                "removed one stays on the people who have it and is offered for "
                                "nobody new."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("buyingRoles"));
    m_list->setAccessibleName(tr("Buying roles"));
    connect(m_list, &QListWidget::currentRowChanged, this, &BuyingRolesDialog::updateButtons);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addBuyingRole"));
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameBuyingRole"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeBuyingRole"));
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Buying Role"), tr("Name:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok)
            addRole(name);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Rename Buying Role"), tr("Name:"), QLineEdit::Normal,
                                  item->data(Qt::UserRole + 1).toString(), &ok);
        if (ok)
            renameSelected(name);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        // Removing is undone with Bring Back, but say what it means first.
        if (!item->data(Qt::UserRole + 2).toBool() &&
            QMessageBox::question(this, tr("Remove Buying Role"),
                                  tr("Remove “%1”? Nobody new can be given it; the people who "
                                     "have it keep it, and Bring Back offers it again.")
                                      .arg(item->data(Qt::UserRole + 1).toString()),
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        toggleSelectedRemoved();
    });
    connect(m_list, &QListWidget::itemActivated, m_rename, &QPushButton::click);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("buyingRoleProblem"));
    m_problem->setWordWrap(true);
    Colors::markAsError(m_problem);
    m_problem->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_problem);
    layout->addWidget(close);
    resize(560, 400);
    reload();
}

void BuyingRolesDialog::reload(qint64 select)
{
    const qint64 keep = select ? select : selectedId();
    m_list->clear();
    const auto roles = m_store.buyingRoles();
    if (!roles) {
        saved(false, roles.error().message);
        return;
    }
    for (const BuyingRole &r : *roles) {
        auto *item =
            new QListWidgetItem(r.removed ? tr("%1 (removed)").arg(r.name) : r.name, m_list);
        item->setData(Qt::UserRole, r.id);
        item->setData(Qt::UserRole + 1, r.name);
        item->setData(Qt::UserRole + 2, r.removed);
        item->setToolTip(tr("Key: %1").arg(r.key));
        if (r.removed)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (r.id == keep)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

qint64 BuyingRolesDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void BuyingRolesDialog::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_rename->setEnabled(item != nullptr);
    m_remove->setEnabled(item != nullptr);
    m_remove->setText(item && item->data(Qt::UserRole + 2).toBool() ? tr("Bring &Back")
                                                                    : tr("Re&move"));
}

bool BuyingRolesDialog::saved(bool ok, const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!ok);
    m_changed = m_changed || ok;
    return ok;
}

bool BuyingRolesDialog::addRole(const QString &name)
{
    const auto added = m_store.addBuyingRole(name);
    if (!saved(bool(added), added ? QString() : added.error().message))
        return false;
    reload(added->id);
    return true;
}

bool BuyingRolesDialog::renameSelected(const QString &name)
{
    const qint64 id = selectedId();
    if (!id)
        return false;
    const auto renamed = m_store.renameBuyingRole(id, name);
    if (!saved(bool(renamed), renamed ? QString() : renamed.error().message))
        return false;
    reload(id);
    return true;
}

bool BuyingRolesDialog::toggleSelectedRemoved()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    const qint64 id = selectedId();
    const auto changed = m_store.setBuyingRoleRemoved(id, !item->data(Qt::UserRole + 2).toBool());
    if (!saved(bool(changed), changed ? QString() : changed.error().message))
        return false;
    reload(id);
    return true;
}

} // namespace Stageboard
