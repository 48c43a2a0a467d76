// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/debriefstore.h"
#include "storage/sqlpart.h"

namespace Stageboard {

/// The debriefs and objections on SQLite or PostgreSQL.
class SqlDebriefStore final : public DebriefStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlDebriefStore)

    Result<std::optional<Debrief>> debrief(qint64 engagementId) override;
    Result<QList<Debrief>> debriefs(qint64 opportunityId) override;
    Result<QList<Debrief>> debriefsToReview(qint64 reviewerId) override;
    Result<Debrief> saveDebrief(const Debrief &debrief, const QStringList &unresolved) override;
    Result<Debrief> requestReview(qint64 engagementId, qint64 reviewerId) override;
    Result<Debrief> giveFeedback(qint64 engagementId, const QString &feedback) override;
    Result<QList<Objection>> objections(qint64 opportunityId, bool openOnly) override;
    Result<Objection> addObjection(const Objection &objection) override;
    Result<Objection> resolveObjection(qint64 id, qint64 resolvedBy,
                                       const QString &resolution) override;

private:
    Result<QList<Debrief>> read(const QString &where, const QString &order, qint64 value);
    Result<Debrief> stored(qint64 engagementId);
    Result<Objection> storedObjection(qint64 id);
    /// addObjection's insert, inside the caller's transaction.
    Result<Objection> insertObjection(const Objection &objection);
};

} // namespace Stageboard
