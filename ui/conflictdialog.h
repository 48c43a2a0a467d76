// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/editconflict.h"

#include <QDialog>

class QButtonGroup;
class QTableWidget;

namespace Stageboard {

class BoardModel;

/// Shown when a person's edit meets someone else's: every field where the two differ, the
/// edit's value beside the stored one, and for each a choice of which to keep. Nothing is
/// saved by the dialog; merged() is what to save.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const EditConflict &conflict, const BoardModel &board,
                   QWidget *parent = nullptr);

    /// The deal as stored now with the fields chosen from the edit.
    Opportunity merged() const;
    /// The fields whose edited value is chosen.
    QList<OpportunityField> keptFromMine() const;
    /// Chooses the edit's value (true) or the stored one for the row's field.
    void choose(int row, bool mine);
    QTableWidget *table() const { return m_table; }

private:
    const EditConflict &m_conflict;
    QTableWidget *m_table = nullptr;
    QList<QButtonGroup *> m_choices;
};

} // namespace Stageboard
