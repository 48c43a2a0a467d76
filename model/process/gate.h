// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QHash>

namespace Stageboard {

/// What stands between a deal and the stage it is being moved to.
struct GateResult
{
    QList<ExitCriterion> unmetRequired;   ///< block the move (a manager may override)
    QList<ExitCriterion> unmetAdvisory;   ///< only warn
    QList<ExitCriterion> failedKnockOuts; ///< deal killers answered "no": suggest disqualifying
    bool backward = false;
    /// For a rule criterion that is unmet: what is missing ("no Champion among the
    /// stakeholders"), by criterion id.
    QHash<qint64, QString> missing;

    bool refused() const { return !unmetRequired.isEmpty(); }
};

/// Whether the criterion asks anything of this deal: a sign-off for deals from an amount up is
/// not asked of smaller ones.
bool criterionApplies(const ExitCriterion &criterion, const Opportunity &opportunity);

/// The gate rule, in one place for every path that changes a stage:
/// - moving backward, or to a lost stage, is always allowed;
/// - moving forward checks the exit criteria of the stage being left and of every open stage
///   passed over on the way;
/// - reopening a closed deal checks nothing, except that winning it checks every open stage.
/// answers maps criterion ids to how this deal stands on them; a missing id is Open.
GateResult evaluateGate(const QList<Stage> &stages, const QList<ExitCriterion> &criteria,
                        const QHash<qint64, CriterionState> &answers, qint64 fromStageId,
                        qint64 toStageId);

} // namespace Stageboard
