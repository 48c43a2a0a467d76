// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Stageboard {

class Workspace;

/// An account's details, editable: name, industry, territory, who looks after it, its attention
/// tier, potential value, country and head count. Save writes them (refused, saying why and
/// keeping what was typed, for a taken name or when someone changed the account meanwhile).
class AccountDialog final : public QDialog
{
    Q_OBJECT

public:
    /// account.id 0: a new account.
    AccountDialog(Workspace &workspace, const Account &account, QWidget *parent = nullptr);

    /// The tier its value suggests, shown beside the tier (None: nothing shown).
    void setSuggestedTier(AttentionTier tier);
    /// The account as typed (its potential 0 when the text is not an amount).
    Account account() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *tierBox() const { return m_tier; }
    QComboBox *territoryBox() const { return m_territory; }
    QLineEdit *potentialEdit() const { return m_potential; }
    QLabel *problem() const { return m_problem; }
    QLabel *suggestion() const { return m_suggested; }

    void accept() override;

private:
    Workspace &m_workspace;
    Account m_account;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_industry = nullptr;
    QComboBox *m_territory = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tier = nullptr;
    QLabel *m_suggested = nullptr;
    QLineEdit *m_potential = nullptr;
    QLineEdit *m_country = nullptr;
    QSpinBox *m_employees = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// The territories as combo-box entries, each indented under its parent; data: its id.
void addTerritoryItems(QComboBox *box, const QList<Territory> &territories);

} // namespace Stageboard
