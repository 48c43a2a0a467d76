// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Stageboard {

class Workspace;

/// Adds a contact to a deal's buying group, or changes one: who (a contact at the deal's
/// account, or a new one by name), buying role, stance, influence, whom they report to.
class StakeholderDialog final : public QDialog
{
    Q_OBJECT

public:
    StakeholderDialog(const QList<Contact> &contacts, const QList<BuyingRole> &roles,
                      const QList<std::pair<qint64, QString>> &group, QWidget *parent = nullptr);
    /// The contact chosen (0: a new one, named newContactName()).
    qint64 contactId() const;
    QString newContactName() const;
    Stakeholder stakeholder() const; ///< without deal and contact
    QComboBox *contactChoice() const { return m_contact; }
    QComboBox *roleChoice() const { return m_role; }

private:
    QComboBox *m_contact = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_stance = nullptr;
    QComboBox *m_influence = nullptr;
    QComboBox *m_reportsTo = nullptr;
};

/// A deal's buying group in the opportunity panel: each stakeholder with role, stance and
/// influence, drawn as a small org chart by whom they report to; Add and Remove.
class BuyingGroupView final : public QWidget
{
    Q_OBJECT

public:
    explicit BuyingGroupView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    /// Shows the deal's buying group; 0 shows none.
    void showOpportunity(qint64 id);
    QTreeWidget *tree() const { return m_tree; }
    /// The deal's objections still open, oldest first.
    QListWidget *objections() const { return m_objections; }
    /// Marks the selected objection resolved by the acting person.
    void resolveSelected();
    /// Opens the dialog and adds what it says (for the panel's button and tests).
    void addStakeholder();
    /// Adds a stakeholder without asking: contact (0: a new contact named newName).
    bool add(qint64 contactId, const QString &newName, const Stakeholder &what);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void removeSelected();
    /// The deal's card and gate follow its new buying group.
    void followChange();

    Workspace *m_workspace = nullptr;
    qint64 m_id = 0;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_objectionsHeading = nullptr;
    QListWidget *m_objections = nullptr;
    QPushButton *m_resolve = nullptr;
};

} // namespace Stageboard
