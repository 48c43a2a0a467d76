// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace Stageboard {

class Workspace;

/// Process ▸ Users and Roles…, for admins: everyone who works in the database, each with a
/// name to change, a role and whether they are still active; and a line to add a person. Each
/// change is saved at once (one transaction) and shows at once in Acting as, the owner lists
/// and the cards. On a server a new person gets a login of their own, its password shown once.
class UsersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Workspace &workspace, QWidget *parent = nullptr);

    /// Adds a person with this role; false (see errorText()) when refused.
    bool addUser(const QString &name, UserRole role);
    QString errorText() const;

private:
    void fill();
    void save(int row, const User &changed);
    void showError(const QString &message);
    User userAt(int row) const;

    Workspace &m_workspace;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_newRole = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_error = nullptr;
    bool m_filling = false;
};

} // namespace Stageboard
