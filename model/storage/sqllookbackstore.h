// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/lookbackstore.h"
#include "storage/sqlpart.h"

namespace Stageboard {

/// Competitors and close reviews on SQLite or PostgreSQL.
class SqlLookBackStore final : public LookBackStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlLookBackStore)

    Result<QList<Competitor>> competitors() override;
    Result<Competitor> saveCompetitor(const Competitor &competitor) override;
    Result<void> removeCompetitor(qint64 competitorId) override;
    Result<QList<DealCompetitor>> dealCompetitors(qint64 opportunityId) override;
    Result<void> saveDealCompetitor(const DealCompetitor &entry) override;
    Result<void> removeDealCompetitor(qint64 opportunityId, qint64 competitorId) override;
    Result<QList<DealClose>> closes(CloseFilter filter, int offset, int limit) override;
    Result<qint64> pendingReviews() override;
    Result<QList<DealClose>> closesOf(qint64 opportunityId) override;
    Result<void> forEachClose(const std::function<bool(const DealClose &)> &visit) override;
    Result<DealClose> review(qint64 closeId, qint64 reviewerId, const QString &lesson,
                             const QString &processSuggestion) override;
    Result<QList<WinLossRow>> winLoss(WinLossBy by, const WinLossFilter &filter) override;
    Result<QList<WinLossLesson>> lessons(WinLossBy by, const std::optional<QString> &key,
                                         const WinLossFilter &filter, int limit) override;

private:
    Result<DealClose> close(qint64 closeId);
};

} // namespace Stageboard
