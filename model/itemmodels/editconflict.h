// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QCoreApplication>

namespace Stageboard {

class BoardModel;

/// The fields of a deal a person edits (the stage moves through the gates instead).
enum class OpportunityField {
    Title,
    Account,
    Contact,
    Owner,
    Amount,
    Currency,
    CloseDate,
    Probability,
    NextStep,
    ForecastCategory,
};

/// One field where an edit and the deal as stored now disagree.
struct FieldConflict
{
    OpportunityField field = OpportunityField::Title;
    bool changedByMe = false;   ///< the edit changed it from the copy it started from
    bool changedByThem = false; ///< someone else changed it since that copy was read
};

/// An edit that met someone else's: the copy it started from (base), the edit (mine) and the
/// deal as stored now (theirs). Nothing of either is lost until the person chooses, field by
/// field, which value to keep.
class EditConflict
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::EditConflict)

public:
    EditConflict(Opportunity base, Opportunity mine, Opportunity theirs);

    const Opportunity &mine() const { return m_mine; }
    const Opportunity &theirs() const { return m_theirs; }
    /// The fields where mine and theirs differ, in the order of OpportunityField.
    const QList<FieldConflict> &fields() const { return m_fields; }
    /// What a field keeps unless the person says otherwise: mine where the edit changed it,
    /// theirs where only they did.
    bool keepsMineByDefault(OpportunityField field) const;
    /// Theirs with the chosen fields taken from mine, at theirs' version: saved, it goes on
    /// top of what is stored now.
    Opportunity merged(const QList<OpportunityField> &keepMine) const;

    /// Every field a person edits, in order.
    static QList<OpportunityField> allFields();
    static void copy(Opportunity &to, const Opportunity &from, OpportunityField field);
    static QString fieldName(OpportunityField field);
    /// The field as a person reads it, with names from the board (accounts, owners, stages).
    static QString display(const Opportunity &deal, OpportunityField field,
                           const BoardModel &board);
    static bool same(const Opportunity &a, const Opportunity &b, OpportunityField field);

private:
    Opportunity m_base;
    Opportunity m_mine;
    Opportunity m_theirs;
    QList<FieldConflict> m_fields;
};

} // namespace Stageboard
