// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdialog.h"

#include "colors.h"
#include "core/money.h"
#include "recordtable.h"
#include "services/boardservice.h"
#include "storage/contactstore.h"
#include "storage/directory.h"
#include "storage/engagementstore.h"
#include "storage/stakeholderstore.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stageboard {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QString shortTime(qint64 at)
{
    return formatDateTime(QDateTime::fromSecsSinceEpoch(at));
}

} // namespace

ContactDialog::ContactDialog(Workspace &workspace, const Contact &contact, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_contact(contact)
{
    setWindowTitle(contact.id ? tr("Contact — %1").arg(contact.name) : tr("New Contact"));
    m_name = new QLineEdit(contact.name, this);
    m_name->setObjectName(QStringLiteral("contactName"));
    m_title = new QLineEdit(contact.jobTitle, this);
    m_title->setObjectName(QStringLiteral("contactTitle"));
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("contactAccount"));
    m_account->addItem(tr("(no account)"), qint64(0));
    if (const auto accounts = workspace.directory().accounts()) {
        for (const Account &a : *accounts)
            m_account->addItem(a.name, a.id);
    }
    m_account->setCurrentIndex(std::max(0, m_account->findData(contact.accountId)));
    m_email = new QLineEdit(contact.email, this);
    m_email->setObjectName(QStringLiteral("contactEmail"));
    m_phone = new QLineEdit(contact.phone, this);
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("contactOwner"));
    m_owner->addItem(tr("(nobody)"), qint64(0));
    if (const auto users = workspace.directory().users()) {
        for (const User &u : *users) {
            if (u.active || u.id == contact.ownerId)
                m_owner->addItem(u.name, u.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(contact.ownerId)));
    m_notes = new QPlainTextEdit(contact.notes, this);
    m_notes->setObjectName(QStringLiteral("contactNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What to remember about them: how they like to be reached, "
                                   "what matters to them."));
    m_notes->setFixedHeight(4 * fontMetrics().height() + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Job title:"), m_title);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("N&otes:"), m_notes);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("contactProblem"));
    m_problem->setWordWrap(true);
    Colors::markAsError(m_problem);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto nameGiven = [this] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, nameGiven);
    nameGiven();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (contact.id) {
        layout->addWidget(heading(tr("Deals"), this));
        m_deals = recordList({tr("Opportunity"), tr("Buying role"), tr("Stage")}, this);
        m_deals->setObjectName(QStringLiteral("contactDeals"));
        m_deals->setAccessibleName(tr("Deals"));
        connect(m_deals, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            if (const qint64 id = item->data(0, Qt::UserRole).toLongLong()) {
                m_openedDeal = id;
                QDialog::reject();
            }
        });
        layout->addWidget(m_deals, 1);
        layout->addWidget(heading(tr("Activities"), this));
        m_activities = recordList({tr("Activity"), tr("When"), tr("Opportunity")}, this);
        m_activities->setObjectName(QStringLiteral("contactActivities"));
        m_activities->setAccessibleName(tr("Activities"));
        layout->addWidget(m_activities, 1);
        fillDeals();
        fillActivities();
    }
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(std::max(sizeHint().width(), 640), contact.id ? 640 : sizeHint().height());
}

void ContactDialog::fillDeals()
{
    const auto held = m_workspace.stakeholders().stakeholdingsOf(m_contact.id);
    const auto roles = m_workspace.stakeholders().buyingRoles();
    QHash<qint64, QString> roleName;
    if (roles) {
        for (const BuyingRole &r : *roles)
            roleName.insert(r.id, r.name);
    }
    if (held) {
        for (const Stakeholder &s : *held) {
            const auto deal = m_workspace.boardService().opportunity(s.opportunityId);
            if (!deal)
                continue;
            const Stage *stage = m_workspace.boardService().stage(deal->stageId);
            auto *item = new QTreeWidgetItem(
                m_deals, {deal->title, s.roleId ? roleName.value(s.roleId) : tr("no role"),
                          stage ? stage->name : QString()});
            item->setData(0, Qt::UserRole, deal->id);
            item->setToolTip(0, tr("Double-click to open it on the board"));
        }
    }
    if (m_deals->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(
            m_deals, {tr("Not in any deal's buying group yet: add them from a deal's panel.")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
}

void ContactDialog::fillActivities()
{
    EngagementQuery query;
    query.contactId = m_contact.id;
    auto found = m_workspace.engagements().engagements(query);
    if (found) {
        // Still to do first, soonest first; then the done ones, latest first.
        std::stable_sort(found->begin(), found->end(),
                         [](const Engagement &a, const Engagement &b) {
                             if ((a.doneAt == 0) != (b.doneAt == 0))
                                 return a.doneAt == 0;
                             return a.doneAt == 0 ? a.dueAt < b.dueAt : a.doneAt > b.doneAt;
                         });
        for (const Engagement &e : std::as_const(*found)) {
            const auto deal = e.opportunityId
                                  ? m_workspace.boardService().opportunity(e.opportunityId)
                                  : std::nullopt;
            const QString when = e.doneAt  ? tr("done %1").arg(shortTime(e.doneAt))
                                 : e.dueAt ? tr("due %1").arg(shortTime(e.dueAt))
                                           : tr("not dated");
            auto *item = new QTreeWidgetItem(
                m_activities, {tr("%1: %2").arg(engagementKindName(e.kind), e.subject), when,
                               deal ? deal->title : QString()});
            if (!e.outcome.isEmpty())
                item->setToolTip(0, e.outcome);
            if (deal)
                item->setData(0, Qt::UserRole, deal->id);
        }
    }
    if (m_activities->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(
            m_activities, {tr("No activity with them yet: plan one from a deal's panel.")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
}

Contact ContactDialog::contact() const
{
    Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.jobTitle = m_title->text().trimmed();
    c.accountId = m_account->currentData().toLongLong();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.ownerId = m_owner->currentData().toLongLong();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

void ContactDialog::accept()
{
    const Contact typed = contact();
    const auto saved = typed.id ? m_workspace.contacts().updateContact(typed)
                                : m_workspace.contacts().addContact(typed);
    if (!saved) {
        // Nothing typed is lost: the dialog stays open with the reason.
        m_problem->setText(saved.error().message);
        m_problem->show();
        return;
    }
    m_contact = *saved;
    QDialog::accept();
}

} // namespace Stageboard
