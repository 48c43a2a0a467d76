// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamrolesdialog.h"

#include "colors.h"
#include "services/boardservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stageboard {

TeamRolesDialog::TeamRolesDialog(BoardService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Team Roles"));
    auto *intro = new QLabel(
        tr("The responsibilities of your company beyond rep, manager and admin: Legal, Finance, a "
           "plant manager, a solutions engineer. A person may hold several. In the process "
           "editor, a criterion is signed off by the members of one of these roles."),
        this);
    intro->setWordWrap(true);
    m_roles = new QListWidget(this);
    m_roles->setObjectName(QStringLiteral("teamRoles"));
    m_roles->setAccessibleName(tr("Roles"));
    connect(m_roles, &QListWidget::currentRowChanged, this, &TeamRolesDialog::showSelected);
    auto *add = new QPushButton(tr("&Add Role…"), this);
    add->setObjectName(QStringLiteral("addTeamRole"));
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Role"), tr("Name of the role:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            addRole(name);
    });
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeTeamRole"));
    connect(m_remove, &QPushButton::clicked, this, &TeamRolesDialog::removeSelected);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_roles, 1);
    left->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("roleName"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("roleDescription"));
    m_description->setPlaceholderText(tr("What the role is responsible for"));
    for (QLineEdit *edit : {m_name, m_description})
        connect(edit, &QLineEdit::editingFinished, this, &TeamRolesDialog::saveSelected);
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("roleMembers"));
    m_members->setAccessibleName(tr("Members"));
    connect(m_members, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            saveSelected();
    });
    m_signsOff = new QLabel(this);
    m_signsOff->setObjectName(QStringLiteral("roleSignsOff"));
    m_signsOff->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Members:"), m_members);
    form->addRow(tr("Signs off:"), m_signsOff);
    m_owns = new QLabel(this);
    m_owns->setObjectName(QStringLiteral("roleOwns"));
    m_owns->setWordWrap(true);
    form->addRow(tr("Owns:"), m_owns);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(form, 3);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    Colors::markAsError(m_error);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 480);
    fill();
}

QString TeamRolesDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void TeamRolesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

qint64 TeamRolesDialog::selectedId() const
{
    const QListWidgetItem *item = m_roles->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TeamRolesDialog::fill(qint64 select)
{
    m_filling = true;
    m_roles->clear();
    for (const TeamRole &r : m_service.gateEngine().teamRoles()) {
        auto *item = new QListWidgetItem(r.name, m_roles);
        item->setData(Qt::UserRole, r.id);
        item->setToolTip(r.description);
        if (r.id == select)
            m_roles->setCurrentItem(item);
    }
    if (!m_roles->currentItem() && m_roles->count() > 0)
        m_roles->setCurrentRow(0);
    m_filling = false;
    showSelected();
}

void TeamRolesDialog::showSelected()
{
    if (m_filling)
        return;
    m_filling = true;
    const qint64 id = selectedId();
    const GateEngine &engine = m_service.gateEngine();
    const auto role = std::find_if(engine.teamRoles().cbegin(), engine.teamRoles().cend(),
                                   [&](const TeamRole &r) { return r.id == id; });
    const bool any = role != engine.teamRoles().cend();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_description),
                       static_cast<QWidget *>(m_members), static_cast<QWidget *>(m_remove)})
        w->setEnabled(any);
    m_name->setText(any ? role->name : QString());
    m_description->setText(any ? role->description : QString());
    for (QLineEdit *edit : {m_name, m_description})
        edit->setCursorPosition(0); // its beginning, for a text longer than the box
    m_members->clear();
    QStringList signs;
    QStringList owns;
    if (any) {
        // Everyone active, and whoever left but still holds it.
        for (const User &u : engine.users()) {
            const bool member = role->memberIds.contains(u.id);
            if (!u.active && !member)
                continue;
            auto *item =
                new QListWidgetItem(u.active ? u.name : tr("%1 (inactive)").arg(u.name), m_members);
            item->setData(Qt::UserRole, u.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
        }
        for (const ExitCriterion &c : engine.exitCriteriaSignedOffBy(id)) {
            const Stage *s = engine.stage(c.stageId);
            if (s && !s->removed)
                signs.append(tr("%1: %2").arg(s->name, c.text));
        }
        for (const Stage &s : engine.stages()) {
            if (!s.removed && s.ownerTeams.contains(role->name))
                owns.append(s.name);
        }
    }
    m_owns->setText(owns.isEmpty() ? tr("No stage; choose this role under \"Owned by\" in the "
                                        "process editor.")
                                   : owns.join(QStringLiteral(", ")));
    m_signsOff->setText(signs.isEmpty() ? tr("No criterion yet; choose this role under "
                                             "\"Signed off by\" in the process editor.")
                                        : signs.join(QLatin1Char('\n')));
    m_filling = false;
}

void TeamRolesDialog::saveSelected()
{
    if (m_filling)
        return;
    const qint64 id = selectedId();
    const GateEngine &engine = m_service.gateEngine();
    const auto stored = std::find_if(engine.teamRoles().cbegin(), engine.teamRoles().cend(),
                                     [&](const TeamRole &r) { return r.id == id; });
    if (stored == engine.teamRoles().cend())
        return;
    TeamRole role = *stored;
    role.name = m_name->text().trimmed();
    role.description = m_description->text().trimmed();
    role.memberIds.clear();
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->checkState() == Qt::Checked)
            role.memberIds.append(m_members->item(i)->data(Qt::UserRole).toLongLong());
    }
    if (role.name == stored->name && role.description == stored->description &&
        QSet<qint64>(role.memberIds.cbegin(), role.memberIds.cend()) ==
            QSet<qint64>(stored->memberIds.cbegin(), stored->memberIds.cend()))
        return;
    m_error->hide();
    if (auto saved = m_service.saveTeamRole(role); !saved)
        showError(saved.error().message);
    fill(id);
}

bool TeamRolesDialog::addRole(const QString &name)
{
    m_error->hide();
    TeamRole role;
    role.name = name.trimmed();
    const auto saved = m_service.saveTeamRole(role);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    fill(*saved);
    m_description->setFocus();
    return true;
}

bool TeamRolesDialog::removeSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return false;
    m_error->hide();
    if (auto removed = m_service.removeTeamRole(id); !removed) {
        showError(removed.error().message);
        return false;
    }
    fill();
    return true;
}

} // namespace Stageboard
