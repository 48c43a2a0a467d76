// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "process/gate.h"

#include <algorithm>

namespace Stageboard {

bool criterionApplies(const ExitCriterion &criterion, const Opportunity &opportunity)
{
    return !criterion.signOff || !criterion.signOff->minAmount ||
           opportunity.amount >= *criterion.signOff->minAmount;
}

GateResult evaluateGate(const QList<Stage> &stages, const QList<ExitCriterion> &criteria,
                        const QHash<qint64, CriterionState> &answers, qint64 fromStageId,
                        qint64 toStageId)
{
    GateResult result;
    const auto find = [&](qint64 id) {
        return std::find_if(stages.cbegin(), stages.cend(),
                            [id](const Stage &s) { return s.id == id; });
    };
    const auto from = find(fromStageId);
    const auto to = find(toStageId);
    if (from == stages.cend() || to == stages.cend() || from == to)
        return result;
    if (to->kind == StageKind::Lost)
        return result;

    QList<qint64> passed; // the open stages whose gates the deal goes through
    if (from->kind == StageKind::Open) {
        if (to->position < from->position) {
            result.backward = true;
            return result;
        }
        for (const Stage &s : stages) {
            if (s.kind == StageKind::Open && s.position >= from->position &&
                s.position < to->position)
                passed.append(s.id);
        }
    } else if (to->kind == StageKind::Won) {
        for (const Stage &s : stages) {
            if (s.kind == StageKind::Open)
                passed.append(s.id);
        }
    } else {
        result.backward = true;
        return result;
    }

    for (const ExitCriterion &c : criteria) {
        if (!passed.contains(c.stageId))
            continue;
        const CriterionState state = answers.value(c.id, CriterionState::Open);
        if (c.knockOut && state == CriterionState::Failed)
            result.failedKnockOuts.append(c);
        if (state == CriterionState::Met)
            continue;
        (c.required ? result.unmetRequired : result.unmetAdvisory).append(c);
    }
    return result;
}

} // namespace Stageboard
