// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Stageboard {

class BoardModel;

/// Creates or edits an opportunity: title, account, amount, currency, close date, owner,
/// stage and the rep's forecast category. OK checks every field and names the first one that is
/// wrong; nothing is saved by the dialog itself.
class OpportunityDialog final : public QDialog
{
    Q_OBJECT

public:
    /// With no opportunity, the dialog creates one in the given stage.
    OpportunityDialog(const BoardModel &model, const std::optional<Opportunity> &opportunity,
                      qint64 stageId, QWidget *parent = nullptr);

    /// The values entered; the account comes as a name, see accountName().
    Opportunity opportunity() const { return m_result; }
    /// The account typed; the caller finds it or creates it (BoardModel::accountNamed).
    QString accountName() const;
    /// The message shown for the last refused OK; empty when none.
    QString errorText() const;

    void accept() override;

private:
    /// Every problem of the fields, each with its field, in the form's order.
    QList<std::pair<QWidget *, QString>> validate();
    /// A line under a field for its problem, hidden until there is one.
    QLabel *errorUnder(QWidget *field);
    void showProblems(const QList<std::pair<QWidget *, QString>> &problems);

    const BoardModel &m_model;
    Opportunity m_result;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_closeDate = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_error = nullptr;
    QHash<QWidget *, QLabel *> m_fieldErrors;
    bool m_pastDateConfirmed = false;
};

} // namespace Stageboard
