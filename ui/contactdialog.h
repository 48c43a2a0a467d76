// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace Stageboard {

class Workspace;

/// A contact's page: who they are (name, job title, account, email, phone, owner, notes),
/// editable, and for a stored contact the deals they are a stakeholder of and their activities.
/// Save writes the contact (refused, saying why, when someone changed it meanwhile); a
/// double-clicked deal asks to open it on the board.
class ContactDialog final : public QDialog
{
    Q_OBJECT

public:
    /// contact.id 0: a new contact.
    ContactDialog(Workspace &workspace, const Contact &contact, QWidget *parent = nullptr);

    /// The contact as typed.
    Contact contact() const;
    /// The deal the person asked to open, or 0.
    qint64 openedDeal() const { return m_openedDeal; }
    QTreeWidget *deals() const { return m_deals; }
    QTreeWidget *activities() const { return m_activities; }

    void accept() override;

private:
    void fillDeals();
    void fillActivities();

    Workspace &m_workspace;
    Contact m_contact;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_account = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_owner = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTreeWidget *m_deals = nullptr;
    QTreeWidget *m_activities = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_openedDeal = 0;
};

} // namespace Stageboard
