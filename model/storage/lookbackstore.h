// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <functional>
#include <optional>

namespace Stageboard {

/// Which closes a list shows.
enum class CloseFilter {
    /// Awaiting review: not reviewed, and the deal still where that close put it (not opened
    /// again, not deleted).
    Pending,
    Reviewed,
    All,
};

/// What win/loss figures are grouped by.
enum class WinLossBy { Reason, Competitor, Stage, Industry, Territory, Rep, Size, Quarter };

/// Which closed deals win/loss figures count. Unset parts count every deal.
struct WinLossFilter
{
    QDate from; ///< first close date, inclusive; invalid: no bound
    QDate to;   ///< last close date, inclusive; invalid: no bound
    std::optional<qint64> ownerId;
    std::optional<QString> territory;
    std::optional<qint64> pipelineId; ///< the deals closed in this pipeline's stages
};

/// Closed deals of one group (a reason, a competitor, …): won and lost, their amounts in the
/// reporting currency, and the average days from creation to close.
struct WinLossRow
{
    /// The reason, competitor, stage left, industry, territory, rep, size band or quarter
    /// ("2026-Q3").
    QString key;
    qint64 won = 0;
    qint64 lost = 0;
    Cents wonAmount = 0;
    Cents lostAmount = 0;
    double averageCycleDays = 0;
    /// Deals counted whose currency has no exchange rate: left out of the amounts.
    qint64 unconverted = 0;
    /// Won ÷ (won + lost); 0 for none.
    double winRate() const { return won + lost ? double(won) / double(won + lost) : 0.0; }
};

/// A lesson a manager wrote on reviewing a close, with the group its deal counts in.
struct WinLossLesson
{
    QString key; ///< as in WinLossRow
    qint64 opportunityId = 0;
    QString title;
    bool won = false;
    QString lesson;
    QString processSuggestion;
    qint64 reviewedBy = 0;
    qint64 reviewedAt = 0;
};

/// The look-back: the competitors, each deal's, and the closes with their reviews. A close is
/// written by OpportunityStore with the move that closes the deal, in the same transaction;
/// every method here that writes is one transaction.
class LookBackStore
{
public:
    virtual ~LookBackStore() = default;

    /// Every competitor, by name.
    virtual Result<QList<Competitor>> competitors() = 0;
    /// Adds one (id 0) or renames and redescribes it; a name already taken is refused.
    virtual Result<Competitor> saveCompetitor(const Competitor &competitor) = 0;
    /// Refused while a deal names it, as a competitor or the one it was lost to.
    virtual Result<void> removeCompetitor(qint64 competitorId) = 0;

    /// A deal's competitors, by the competitors' names.
    virtual Result<QList<DealCompetitor>> dealCompetitors(qint64 opportunityId) = 0;
    /// Adds the competitor to the deal, or rewrites our strengths and weaknesses there.
    virtual Result<void> saveDealCompetitor(const DealCompetitor &entry) = 0;
    virtual Result<void> removeDealCompetitor(qint64 opportunityId, qint64 competitorId) = 0;

    /// The closes the filter keeps, newest first, from offset on, at most limit of them.
    virtual Result<QList<DealClose>> closes(CloseFilter filter, int offset, int limit) = 0;
    /// How many closes await review (CloseFilter::Pending).
    virtual Result<qint64> pendingReviews() = 0;
    /// One deal's closes, oldest first.
    virtual Result<QList<DealClose>> closesOf(qint64 opportunityId) = 0;
    /// Every close, oldest first, one at a time; visit returns false to stop.
    virtual Result<void> forEachClose(const std::function<bool(const DealClose &)> &visit) = 0;
    /// Writes the review: who, now, the lesson and an optional suggested change to the
    /// process. An empty lesson is refused; a close reviewed already is reviewed again.
    virtual Result<DealClose> review(qint64 closeId, qint64 reviewerId, const QString &lesson,
                                     const QString &processSuggestion) = 0;

    /// The deals won and lost (disqualified ones left out, as in the win rate; deleted ones
    /// too) that the filter keeps, grouped by by — by competitor, each deal counts for every
    /// competitor it named or was lost to; by stage, the stage it left when it closed; by size,
    /// the bands "0-10k", "10k-50k", "50k-100k", "100k-250k", "250k+" of its amount (as
    /// stored); by quarter, its close date's ("2026-Q3"). Keys in order (size bands smallest
    /// first). One aggregate query.
    virtual Result<QList<WinLossRow>> winLoss(WinLossBy by, const WinLossFilter &filter) = 0;
    /// The lessons of the reviewed closes of the deals winLoss() counts, of the group key only
    /// when it is set, newest first, at most limit.
    virtual Result<QList<WinLossLesson>> lessons(WinLossBy by, const std::optional<QString> &key,
                                                 const WinLossFilter &filter, int limit) = 0;
};

} // namespace Stageboard
