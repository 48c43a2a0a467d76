// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "buyinggroupview.h"

#include "core/money.h"
#include "services/boardservice.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace Stageboard {

StakeholderDialog::StakeholderDialog(const QList<Contact> &contacts, const QList<BuyingRole> &roles,
                                     const QList<std::pair<qint64, QString>> &group,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add Stakeholder"));
    auto *form = new QFormLayout;
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("stakeholderContact"));
    // Someone at the account, or a new name typed in.
    m_contact->setEditable(true);
    m_contact->setInsertPolicy(QComboBox::NoInsert);
    for (const Contact &c : contacts)
        m_contact->addItem(c.jobTitle.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.jobTitle),
                           c.id);
    m_contact->lineEdit()->setPlaceholderText(tr("A contact at the account, or a new name"));
    form->addRow(tr("&Contact:"), m_contact);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("stakeholderRole"));
    for (const BuyingRole &r : roles) {
        if (!r.removed)
            m_role->addItem(r.name, r.id);
    }
    form->addRow(tr("Buying &role:"), m_role);
    m_stance = new QComboBox(this);
    for (Stance s : {Stance::Supporter, Stance::Neutral, Stance::Opponent})
        m_stance->addItem(stanceName(s), int(s));
    m_stance->setCurrentIndex(1);
    form->addRow(tr("&Stance:"), m_stance);
    m_influence = new QComboBox(this);
    for (Influence i : {Influence::Low, Influence::Medium, Influence::High})
        m_influence->addItem(influenceName(i), int(i));
    m_influence->setCurrentIndex(1);
    form->addRow(tr("&Influence:"), m_influence);
    m_reportsTo = new QComboBox(this);
    m_reportsTo->addItem(tr("Nobody in the group"), qint64(0));
    for (const auto &[id, name] : group)
        m_reportsTo->addItem(name, id);
    form->addRow(tr("Reports &to:"), m_reportsTo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

qint64 StakeholderDialog::contactId() const
{
    // A typed name that is not one of the list is a new contact.
    const int found = m_contact->findText(m_contact->currentText());
    return found >= 0 ? m_contact->itemData(found).toLongLong() : 0;
}

QString StakeholderDialog::newContactName() const
{
    return m_contact->currentText().trimmed();
}

Stakeholder StakeholderDialog::stakeholder() const
{
    Stakeholder s;
    s.roleId = m_role->currentData().toLongLong();
    s.stance = Stance(m_stance->currentData().toInt());
    s.influence = Influence(m_influence->currentData().toInt());
    s.reportsTo = m_reportsTo->currentData().toLongLong();
    return s;
}

BuyingGroupView::BuyingGroupView(QWidget *parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("buyingGroup"));
    m_tree->setAccessibleName(tr("Buying group"));
    // One column, two lines a person: who, then the part they play; the indent is the org
    // chart.
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setIndentation(14);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *add = new QPushButton(tr("Add &Stakeholder…"), this);
    add->setObjectName(QStringLiteral("addStakeholder"));
    connect(add, &QPushButton::clicked, this, &BuyingGroupView::addStakeholder);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeStakeholder"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &BuyingGroupView::removeSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_tree->selectedItems().isEmpty()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    // What calls left unsettled stays in sight until someone resolves it.
    m_objectionsHeading = new QLabel(tr("Open objections"), this);
    QFont bold = m_objectionsHeading->font();
    bold.setBold(true);
    m_objectionsHeading->setFont(bold);
    m_objections = new QListWidget(this);
    m_objections->setObjectName(QStringLiteral("openObjections"));
    m_objections->setAccessibleName(tr("Open objections"));
    m_objections->setWordWrap(true);
    m_objections->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resolve = new QPushButton(tr("Mark &Resolved"), this);
    m_resolve->setObjectName(QStringLiteral("resolveObjection"));
    m_resolve->setEnabled(false);
    connect(m_resolve, &QPushButton::clicked, this, &BuyingGroupView::resolveSelected);
    connect(m_objections, &QListWidget::itemSelectionChanged, this,
            [this] { m_resolve->setEnabled(!m_objections->selectedItems().isEmpty()); });
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_resolve);
    resolveRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    layout->addWidget(m_objectionsHeading);
    layout->addWidget(m_objections);
    layout->addLayout(resolveRow);
    for (QWidget *w : {static_cast<QWidget *>(m_objectionsHeading),
                       static_cast<QWidget *>(m_objections), static_cast<QWidget *>(m_resolve)})
        w->hide();
}

void BuyingGroupView::resolveSelected()
{
    const QList<QListWidgetItem *> selected = m_objections->selectedItems();
    if (selected.isEmpty() || !m_workspace)
        return;
    const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
    const qint64 by = m_workspace->boardService().currentUserId();
    if (auto ok = m_workspace->debriefs().resolveObjection(id, by, {}); !ok) {
        Q_EMIT errorOccurred(ok.error().message);
        return;
    }
    showOpportunity(m_id);
}

void BuyingGroupView::showOpportunity(qint64 id)
{
    m_id = id;
    m_tree->clear();
    m_objections->clear();
    if (!m_workspace || !id)
        return;
    const auto open = m_workspace->debriefs().objections(id, true);
    if (!open) {
        Q_EMIT errorOccurred(open.error().message);
        return;
    }
    for (const Objection &o : *open) {
        auto *item = new QListWidgetItem(
            tr("%1 — raised %2")
                .arg(o.text, formatDate(QDateTime::fromSecsSinceEpoch(o.raisedAt).date())),
            m_objections);
        item->setData(Qt::UserRole, o.id);
    }
    const bool anyOpen = !open->isEmpty();
    m_objectionsHeading->setVisible(anyOpen);
    m_objections->setVisible(anyOpen);
    m_resolve->setVisible(anyOpen);
    m_objections->setFixedHeight(int(open->size()) * (fontMetrics().height() + 6) +
                                 2 * m_objections->frameWidth() + 2);
    const auto roles = m_workspace->stakeholders().buyingRoles();
    const auto group = m_workspace->stakeholders().stakeholders(id);
    if (!roles || !group) {
        Q_EMIT errorOccurred(!roles ? roles.error().message : group.error().message);
        return;
    }
    QHash<qint64, QString> roleName;
    for (const BuyingRole &r : *roles)
        roleName.insert(r.id, r.name);
    // The org chart: each stakeholder under whom they report to.
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Stakeholder &s : *group) {
        const auto contact = m_workspace->contacts().contact(s.contactId);
        auto *item = new QTreeWidgetItem;
        const QString name = contact && *contact ? (*contact)->name : QString::number(s.contactId);
        const QString title = contact && *contact ? (*contact)->jobTitle : QString();
        const QString who = title.isEmpty() ? name : tr("%1, %2").arg(name, title);
        const QString part = tr("%1 · %2 · influence %3")
                                 .arg(s.roleId ? roleName.value(s.roleId) : tr("no role"),
                                      stanceName(s.stance), influenceName(s.influence).toLower());
        item->setText(0, who + u'\n' + part);
        item->setData(0, Qt::UserRole, s.contactId);
        item->setData(0, Qt::UserRole + 1, name);
        item->setToolTip(0, item->text(0));
        items.insert(s.contactId, item);
    }
    for (const Stakeholder &s : *group) {
        QTreeWidgetItem *item = items.value(s.contactId);
        if (QTreeWidgetItem *boss = items.value(s.reportsTo))
            boss->addChild(item);
        else
            m_tree->addTopLevelItem(item);
    }
    m_tree->expandAll();
    if (group->isEmpty()) {
        auto *none = new QTreeWidgetItem(
            m_tree, {tr("No stakeholders yet: add the decision maker and a champion.")});
        none->setFlags(Qt::NoItemFlags);
    }
    // As tall as its rows: the panel scrolls, not the list.
    int rows = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        ++rows;
    const int rowHeight = 2 * fontMetrics().height() + 6;
    m_tree->setFixedHeight(std::max(1, rows) * rowHeight + 2 * m_tree->frameWidth() + 2);
}

bool BuyingGroupView::add(qint64 contactId, const QString &newName, const Stakeholder &what)
{
    const auto deal = m_workspace->boardService().opportunity(m_id);
    if (!deal)
        return false;
    if (!contactId) {
        Contact c;
        c.name = newName;
        c.accountId = deal->accountId;
        c.ownerId = deal->ownerId;
        const auto added = m_workspace->contacts().addContact(c);
        if (!added) {
            Q_EMIT errorOccurred(added.error().message);
            return false;
        }
        contactId = added->id;
    }
    Stakeholder s = what;
    s.opportunityId = m_id;
    s.contactId = contactId;
    const auto saved = m_workspace->stakeholders().setStakeholder(s);
    if (!saved) {
        Q_EMIT errorOccurred(saved.error().message);
        return false;
    }
    followChange();
    return true;
}

void BuyingGroupView::addStakeholder()
{
    if (!m_workspace || !m_id)
        return;
    const auto deal = m_workspace->boardService().opportunity(m_id);
    const auto contacts = m_workspace->contacts().contacts(deal ? deal->accountId : 0);
    const auto roles = m_workspace->stakeholders().buyingRoles();
    if (!contacts || !roles) {
        Q_EMIT errorOccurred(!contacts ? contacts.error().message : roles.error().message);
        return;
    }
    QList<std::pair<qint64, QString>> group;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QList<QTreeWidgetItem *> todo{m_tree->topLevelItem(i)};
        while (!todo.isEmpty()) {
            QTreeWidgetItem *item = todo.takeFirst();
            if (item->data(0, Qt::UserRole).isValid())
                group.append({item->data(0, Qt::UserRole).toLongLong(),
                              item->data(0, Qt::UserRole + 1).toString()});
            for (int c = 0; c < item->childCount(); ++c)
                todo.append(item->child(c));
        }
    }
    StakeholderDialog dialog(*contacts, *roles, group, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    add(dialog.contactId(), dialog.newContactName(), dialog.stakeholder());
}

void BuyingGroupView::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.isEmpty() || !m_workspace)
        return;
    const qint64 contact = selected.first()->data(0, Qt::UserRole).toLongLong();
    if (auto ok = m_workspace->stakeholders().removeStakeholder(m_id, contact); !ok) {
        Q_EMIT errorOccurred(ok.error().message);
        return;
    }
    followChange();
}

void BuyingGroupView::followChange()
{
    const qint64 id = m_id;
    // The card's counts and the gate's rules follow; the panel shows the group again.
    if (auto ok = m_workspace->boardService().applyStoredChanges({id}); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    showOpportunity(id);
}

} // namespace Stageboard
