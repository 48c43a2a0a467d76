// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Stageboard {

class BoardService;

/// Process ▸ Team Roles…, for admins: the company's own roles (Legal, Finance, Plant manager,
/// Solutions engineer…), each with a name, a description and its members, and which criteria it
/// signs off. Each change is saved at once; a refused one says why.
class TeamRolesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamRolesDialog(BoardService &service, QWidget *parent = nullptr);

    QListWidget *roles() const { return m_roles; }
    QListWidget *members() const { return m_members; }
    /// The steps behind the buttons, the name given instead of asked.
    bool addRole(const QString &name);
    bool removeSelected();
    QString errorText() const;

private:
    void fill(qint64 select = 0);
    void showSelected();
    void saveSelected();
    qint64 selectedId() const;
    void showError(const QString &message);

    BoardService &m_service;
    QListWidget *m_roles = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QListWidget *m_members = nullptr;
    QLabel *m_signsOff = nullptr;
    QLabel *m_owns = nullptr; ///< the stages the role owns
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
    bool m_filling = false;
};

} // namespace Stageboard
