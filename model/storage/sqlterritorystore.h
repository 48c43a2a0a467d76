// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlpart.h"
#include "storage/territorystore.h"

namespace Stageboard {

/// Territories, their rules and the tiers' contact intervals on SQLite or PostgreSQL.
class SqlTerritoryStore final : public TerritoryStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlTerritoryStore)

    Result<QList<Territory>> territories() override;
    Result<qint64> saveTerritory(const Territory &territory) override;
    Result<void> removeTerritory(qint64 id) override;
    Result<QList<TerritoryRule>> rules() override;
    Result<void> setRules(const QList<TerritoryRule> &rules) override;
    Result<void> moveAccounts(const QList<TerritoryMove> &moves) override;
    Result<TierIntervals> tierIntervals() override;
    Result<void> setTierIntervals(const TierIntervals &intervals) override;
};

} // namespace Stageboard
