// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlpart.h"
#include "storage/stakeholderstore.h"

namespace Stageboard {

/// The buying roles and stakeholders on SQLite or PostgreSQL.
class SqlStakeholderStore final : public StakeholderStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlStakeholderStore)

    Result<QList<BuyingRole>> buyingRoles() override;
    Result<BuyingRole> addBuyingRole(const QString &name) override;
    Result<BuyingRole> renameBuyingRole(qint64 id, const QString &name) override;
    Result<BuyingRole> setBuyingRoleRemoved(qint64 id, bool removed) override;
    /// Writes the standard roles (decision maker, economic buyer, champion, …) in the
    /// language of the locale when there are none yet, in the caller's transaction (a new
    /// database's or an upgrade's).
    Result<void> seedBuyingRoles();
    Result<QList<Stakeholder>> stakeholders(qint64 opportunityId) override;
    Result<QList<Stakeholder>> stakeholdingsOf(qint64 contactId) override;
    Result<QList<Stakeholder>> everyStakeholder() override;
    Result<Stakeholder> setStakeholder(const Stakeholder &stakeholder) override;
    Result<void> removeStakeholder(qint64 opportunityId, qint64 contactId) override;

private:
    Result<BuyingRole> storedRole(qint64 id);
    /// Refused when another role has the name (compared without case).
    Result<void> checkRoleName(const QString &name, qint64 exceptId);
    Result<qint64> insertRole(const QString &key, const QString &name);
    /// The stakeholders whose column ("opportunity_id" or "contact_id", never user text) is id;
    /// every one for an empty column.
    Result<QList<Stakeholder>> stakeholdersWhere(const QString &column, qint64 id);
};

} // namespace Stageboard
