// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersdialog.h"

#include "colors.h"
#include "services/boardservice.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Stageboard {

namespace {

enum Column { NameColumn, RoleColumn, ActiveColumn, LoginColumn, ColumnCount };

constexpr UserRole allRoles[] = {UserRole::Rep, UserRole::Manager, UserRole::Admin, UserRole::Legal,
                                 UserRole::Finance};

QComboBox *roleChooser(QWidget *parent, UserRole current)
{
    auto *box = new QComboBox(parent);
    for (UserRole r : allRoles)
        box->addItem(userRoleName(r), int(r));
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}

} // namespace

UsersDialog::UsersDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Users and Roles"));
    auto *intro = new QLabel(
        tr("Everyone who works in this database. A rep moves their own deals; a manager every "
           "deal, and may override a gate; an admin also changes users and the sales process; "
           "legal and finance sign off the criteria that need them. Someone who left is made "
           "inactive: their deals and history keep their name."),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Active"), tr("Server login")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c : {RoleColumn, ActiveColumn, LoginColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setColumnHidden(LoginColumn, !m_workspace.isShared());
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        User u = userAt(item->row());
        if (item->column() == NameColumn)
            u.name = item->text().trimmed();
        else if (item->column() == ActiveColumn)
            u.active = item->checkState() == Qt::Checked;
        else
            return;
        save(item->row(), u);
    });

    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newName->setPlaceholderText(tr("New person's name"));
    m_newName->setAccessibleName(tr("New person's name"));
    m_newRole = roleChooser(this, UserRole::Rep);
    m_newRole->setObjectName(QStringLiteral("newRole"));
    m_newRole->setAccessibleName(tr("New person's role"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setEnabled(false);
    connect(m_newName, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    const auto add = [this] {
        if (addUser(m_newName->text(), UserRole(m_newRole->currentData().toInt())))
            m_newName->clear();
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_newName, &QLineEdit::returnPressed, this, add);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_newRole);
    addRow->addWidget(m_add);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    Colors::markAsError(m_error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 480);

    connect(&m_workspace.boardService(), &BoardService::usersChanged, this, &UsersDialog::fill);
    fill();
    m_newName->setFocus();
}

QString UsersDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void UsersDialog::fill()
{
    m_filling = true;
    const QList<User> &users = m_workspace.boardService().users();
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const User &u = users[row];
        auto *name = new QTableWidgetItem(u.name);
        name->setData(Qt::UserRole, u.id);
        name->setToolTip(tr("Double-click to rename"));
        m_table->setItem(row, NameColumn, name);
        auto *role = roleChooser(m_table, u.role);
        role->setAccessibleName(tr("Role of %1").arg(u.name));
        connect(role, &QComboBox::activated, this, [this, row, role] {
            User changed = userAt(row);
            changed.role = UserRole(role->currentData().toInt());
            save(row, changed);
        });
        m_table->setCellWidget(row, RoleColumn, role);
        auto *active = new QTableWidgetItem;
        active->setToolTip(u.active ? tr("Active") : tr("Inactive"));
        active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        active->setCheckState(u.active ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, ActiveColumn, active);
        auto *login = new QTableWidgetItem(u.login.isEmpty() ? tr("(none yet)") : u.login);
        login->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, LoginColumn, login);
    }
    m_filling = false;
}

User UsersDialog::userAt(int row) const
{
    const qint64 id = m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
    const User *u = m_workspace.boardService().gateEngine().user(id);
    return u ? *u : User{};
}

void UsersDialog::save(int row, const User &changed)
{
    Q_UNUSED(row)
    m_error->hide();
    if (auto ok = m_workspace.boardService().updateUser(changed); !ok) {
        showError(ok.error().message);
        fill(); // back to what is stored
    }
}

bool UsersDialog::addUser(const QString &name, UserRole role)
{
    m_error->hide();
    const QString trimmed = name.trimmed();
    for (const User &u : m_workspace.boardService().users()) {
        if (u.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            showError(tr("%1 is already a user.").arg(u.name));
            return false;
        }
    }
    User user;
    user.name = trimmed;
    user.role = role;
    if (auto added = m_workspace.boardService().addUser(user); !added) {
        showError(added.error().message);
        return false;
    }
    if (!m_workspace.isShared())
        return true;
    // On a server the new person gets a login of their own, as setup-roles gives it.
    auto logins = m_workspace.giveServerLogins();
    if (!logins) {
        showError(tr("%1 was added, but has no login on the server yet: %2 The database's owner "
                     "can give one with \"stageboard-cli setup-roles\".")
                      .arg(trimmed, logins.error().message));
        return true;
    }
    QStringList created;
    for (const ServerLogin &l : std::as_const(*logins)) {
        if (!l.password.isEmpty())
            created.append(tr("%1: login %2, password %3").arg(l.name, l.login, l.password));
    }
    if (auto reloaded = m_workspace.boardService().reload(); !reloaded)
        showError(reloaded.error().message);
    fill();
    if (!created.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("New Logins"),
                        tr("Pass each password on to its person, who changes it with "
                           "\"\\password\" in psql. It is shown only now."),
                        QMessageBox::Ok, this);
        box.setDetailedText(created.join(QLatin1Char('\n')));
        box.setInformativeText(created.join(QLatin1Char('\n')));
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    }
    return true;
}

void UsersDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace Stageboard
