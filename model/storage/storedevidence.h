// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "process/criterionrule.h"
#include "storage/debriefstore.h"
#include "storage/engagementstore.h"
#include "storage/stakeholderstore.h"

namespace Stageboard {

/// The evidence rule criteria look at, read from the stores when a gate with an activity or
/// debrief rule is checked: two small queries for one deal, never one per card.
class StoredEvidence final : public DealEvidenceSource
{
public:
    StoredEvidence(StakeholderStore &stakeholders, EngagementStore &engagements,
                   DebriefStore &debriefs)
        : m_stakeholders(stakeholders)
        , m_engagements(engagements)
        , m_debriefs(debriefs)
    {}

    Result<QList<BuyingRole>> buyingRoles() override { return m_stakeholders.buyingRoles(); }
    Result<DealEvidence> evidence(const Opportunity &deal) override;

private:
    StakeholderStore &m_stakeholders;
    EngagementStore &m_engagements;
    DebriefStore &m_debriefs;
};

} // namespace Stageboard
