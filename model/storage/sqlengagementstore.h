// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/engagementstore.h"
#include "storage/sqlpart.h"

namespace Stageboard {

/// The dated activities on SQLite or PostgreSQL.
class SqlEngagementStore final : public EngagementStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlEngagementStore)

    Result<QList<Engagement>> engagements(const EngagementQuery &query) override;
    Result<std::optional<Engagement>> engagement(qint64 id) override;
    Result<Engagement> addEngagement(const Engagement &engagement) override;
    Result<Engagement> updateEngagement(const Engagement &engagement) override;
    Result<Engagement> setEngagementDone(qint64 id, qint64 at, const QString &outcome) override;
    Result<Engagement> setEngagementDeleted(qint64 id, bool deleted) override;

private:
    Result<Engagement> stored(qint64 id);
    /// Runs a one-row UPDATE prepared with its values bound, in a transaction, and reads the
    /// row back; what names the failure.
    Result<Engagement> changeOne(QSqlQuery &update, qint64 id, const QString &what, bool versioned);
};

} // namespace Stageboard
