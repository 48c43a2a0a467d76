// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/signoffstore.h"
#include "storage/sqlpart.h"

namespace Stageboard {

/// The sign-off log and waiting list on SQLite or PostgreSQL.
class SqlSignOffStore final : public SignOffStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlSignOffStore)

    Result<QList<SignOffDecision>> decisions(qint64 opportunityId) override;
    Result<void>
    forEachDecision(const std::function<bool(const SignOffDecision &)> &visit) override;
    Result<QList<PendingSignOff>> waitingOn(qint64 userId) override;
};

} // namespace Stageboard
