// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Stageboard {

class StakeholderStore;

/// An admin's list of the buying roles a stakeholder can have (decision maker, champion, …):
/// add one, rename one, remove one (the stakeholders who have it keep it; it is offered for no
/// new one) or bring it back. Each change is saved at once; a refused one says why.
class BuyingRolesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BuyingRolesDialog(StakeholderStore &store, QWidget *parent = nullptr);

    QListWidget *roles() const { return m_list; }
    /// The steps behind the buttons, the name given instead of asked.
    bool addRole(const QString &name);
    bool renameSelected(const QString &name);
    bool toggleSelectedRemoved();
    /// Whether a change was saved (the panels read the roles again).
    bool changed() const { return m_changed; }

private:
    void reload(qint64 select = 0);
    void updateButtons();
    qint64 selectedId() const;
    bool saved(bool ok, const QString &message);

    StakeholderStore &m_store;
    QListWidget *m_list = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
    bool m_changed = false;
};

} // namespace Stageboard
