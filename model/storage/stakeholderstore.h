// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

namespace Stageboard {

/// The buying roles (the admin's list) and the stakeholders of each deal. Every method that
/// writes is one transaction; the deal's stakeholder and champion counts follow in it.
class StakeholderStore
{
public:
    virtual ~StakeholderStore() = default;

    /// Every buying role, removed ones included, in order.
    virtual Result<QList<BuyingRole>> buyingRoles() = 0;
    /// Adds a role at the end; its key is made from the name. Refused for an empty name or
    /// one already in use.
    virtual Result<BuyingRole> addBuyingRole(const QString &name) = 0;
    virtual Result<BuyingRole> renameBuyingRole(qint64 id, const QString &name) = 0;
    /// A removed role is offered for no new stakeholder; those who have it keep it.
    virtual Result<BuyingRole> setBuyingRoleRemoved(qint64 id, bool removed) = 0;

    /// The stakeholders of one deal, in the order they were added.
    virtual Result<QList<Stakeholder>> stakeholders(qint64 opportunityId) = 0;
    /// Where one contact is a stakeholder, by deal (a contact's page).
    virtual Result<QList<Stakeholder>> stakeholdingsOf(qint64 contactId) = 0;
    /// Every deal's stakeholders, by deal (an export).
    virtual Result<QList<Stakeholder>> everyStakeholder() = 0;
    /// Adds the contact to the deal's buying group, or changes their role, stance, influence
    /// and whom they report to. Refused for an unknown contact or role, or a "reports to" that
    /// is not another stakeholder of the deal or would make a circle.
    virtual Result<Stakeholder> setStakeholder(const Stakeholder &stakeholder) = 0;
    /// Takes the contact out of the deal's buying group; who reported to them reports to
    /// nobody.
    virtual Result<void> removeStakeholder(qint64 opportunityId, qint64 contactId) = 0;
};

} // namespace Stageboard
