// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money.h"
#include "core/result.h"
#include "core/types.h"
#include "services/gateengine.h"
#include "storage/directory.h"
#include "storage/opportunitystore.h"
#include "storage/processstore.h"

#include <QHash>
#include <QObject>
#include <QStringMatcher>

namespace Stageboard {

/// What the board shows: a text to find in a deal's title, account, contact or next step, and
/// optionally one owner.
struct BoardFilter
{
    QString text;
    qint64 ownerId = 0; ///< 0: every owner
    /// Only the open deals with no activity planned: each needs a next step (Pipedrive's
    /// warning).
    bool withoutNextActivity = false;

    bool isEmpty() const { return text.isEmpty() && ownerId == 0 && !withoutNextActivity; }
    friend bool operator==(const BoardFilter &, const BoardFilter &) = default;
};

/// A stage's figures over the deals the filter lets through.
struct StageTotals
{
    qint64 count = 0;
    Cents amount = 0;
    WeightedSum weighted; ///< sum of amount × probability
};

/// The board's work, without its rows: every deal as last saved, the pipeline shown, the
/// filter and each stage's totals, and every change a person makes to a deal.
///
/// Every change is one call (moveToStage, createOpportunity, updateOpportunity,
/// removeOpportunity, restoreOpportunity, setActivityDone, answerCriterion) that goes through
/// the gate engine where a stage is involved, writes through the stores in one transaction,
/// updates the deals and totals held here by that one deal and emits changed() with the deal
/// before and after (then one of the signals that say what happened). A write refused because
/// someone else changed the deal meanwhile shows the deal as stored now and, where the person's
/// intent still holds, is made again on it. Totals are never recounted for one change.
class BoardService final : public QObject
{
    Q_OBJECT

public:
    /// The service over these stores; its gate engine reads the process from process.
    BoardService(OpportunityStore &deals, ProcessStore &process, Directory &directory,
                 QObject *parent = nullptr);
    ~BoardService() override;
    Q_DISABLE_COPY_MOVE(BoardService)

    /// Reads the process, the people, the accounts and every deal again.
    Result<void> reload();
    /// Takes in these deals as they are stored now, after someone else changed them (a shared
    /// database announced it): each changed() once; deals already held as stored are left alone.
    Result<void> applyStoredChanges(const QList<qint64> &ids);

    /// Who is acting: recorded in the ledger for every move.
    void setCurrentUserId(qint64 userId) { m_currentUserId = userId; }
    qint64 currentUserId() const { return m_currentUserId; }

    void setFilter(const BoardFilter &filter);
    BoardFilter filter() const { return m_filter; }
    /// Whether the filter lets the deal through.
    bool accepts(const Opportunity &opportunity) const;

    /// The stages of the pipeline shown, in order: the board's columns.
    const QList<Stage> &stages() const { return m_stages; }
    /// The pipeline shown; deals of the others are kept, but in no column.
    qint64 pipelineId() const { return m_pipelineId; }
    void setPipelineId(qint64 pipelineId);
    /// A stage of the pipeline shown.
    const Stage *stage(qint64 stageId) const;
    /// The figures of a stage over the deals the filter lets through.
    StageTotals totals(qint64 stageId) const { return m_totals.value(stageId); }
    /// The deals of a stage shown the filter let through at the last reset (a reload, filter or
    /// pipeline switch), in no order: what a board sorts into a column then, without asking
    /// the filter again. Changes since come one by one through changed().
    QList<qint64> shownAtReset(qint64 stageId) const { return m_shownAtReset.value(stageId); }

    const GateEngine &gateEngine() const { return m_engine; }
    /// Where the gate's rule criteria read stakeholders, activities and debriefs (not owned);
    /// the buying roles' names are read with the next reload().
    void setEvidenceSource(DealEvidenceSource *source) { m_engine.setEvidenceSource(source); }
    const QList<User> &users() const { return m_engine.users(); }
    const QList<Account> &accounts() const { return m_accounts; }
    QString userName(qint64 userId) const { return m_userNames.value(userId); }
    QString accountName(qint64 accountId) const { return m_accountNames.value(accountId); }
    /// Every deal held (not deleted), by id.
    const QHash<qint64, Opportunity> &opportunities() const { return m_opportunities; }
    /// The deal as last saved, whether or not the filter shows it.
    std::optional<Opportunity> opportunity(qint64 id) const;
    int opportunityCount() const { return int(m_opportunities.size()); }
    /// How many deals are in the stage, whether or not the filter shows them.
    int opportunityCount(qint64 stageId) const;
    /// Where "next stage" (step 1) or "previous stage" (step -1) takes a deal in stageId, 0 for
    /// nowhere: an open deal goes on to the next stage of its pipeline (the won stage after
    /// the last open one) or back to the previous; a closed deal goes nowhere forward, and back
    /// to the last open stage (reopened).
    qint64 neighbourStage(qint64 stageId, int step) const;
    /// The currency most deals use; column totals are shown in it. Totals add amounts as they
    /// are: converting between currencies comes with the forecast's exchange rates.
    QString totalsCurrency() const { return m_totalsCurrency; }
    /// The probability used for forecasting: the deal's own, else its stage's.
    int probabilityOf(const Opportunity &opportunity) const;
    /// The deal's stage ledger, oldest first, as stored now.
    Result<QList<StageChange>> stageHistory(qint64 opportunityId) const;
    /// The deal's ticked activities, or its answered criteria, as stored now.
    Result<QList<Check>> activityChecks(qint64 opportunityId) const;
    Result<QList<Check>> criterionChecks(qint64 opportunityId) const;

    /// Moves a deal through the gate engine. A refusal (unmet criteria, no close reason, not
    /// allowed) comes back as the error, with Error::kind saying what would let it through.
    /// When the deal changed elsewhere since it was read, it is taken in as stored now and the
    /// move is checked again against that; if it was moved meanwhile, nothing is moved
    /// (Error::Kind::Conflict, saying by whom and where). Ticks and answers are made on the
    /// deal as stored now in the same way.
    Result<MoveOutcome> moveToStage(qint64 opportunityId, qint64 stageId,
                                    const MoveRequest &request = {});
    Result<void> setActivityDone(qint64 opportunityId, qint64 activityId, bool done,
                                 const QString &note = {});
    Result<void> answerCriterion(qint64 opportunityId, qint64 criterionId, CriterionState state,
                                 const QString &note = {});
    Result<Opportunity> createOpportunity(const Opportunity &opportunity);
    /// Saves every field but the stage (moves go through moveToStage and its ledger). When
    /// opportunity.version is no longer the stored one nothing is saved (Error::Kind::Conflict)
    /// and the deal is taken in as stored now: opportunity(id) is then "theirs", to compare
    /// with the edit (EditConflict).
    Result<void> updateOpportunity(const Opportunity &opportunity);
    Result<void> removeOpportunity(qint64 id);
    Result<void> restoreOpportunity(qint64 id);
    /// The id of the account with this name, created when there is none.
    Result<qint64> accountNamed(const QString &name);

    /// The people, as an admin changes them: one transaction each through the directory; the
    /// names and roles held here follow at once, then usersChanged().
    Result<qint64> addUser(const User &user);
    Result<void> updateUser(const User &user);
    /// Adds or changes a role of the company's own (Directory::saveTeamRole) and reads the
    /// roles again; returns its id.
    Result<qint64> saveTeamRole(const TeamRole &role);
    /// Removes a role no criterion is signed off by.
    Result<void> removeTeamRole(qint64 roleId);
    /// Reads the people again after someone else changed them (on a shared database), then
    /// usersChanged().
    Result<void> followUsers();

Q_SIGNALS:
    /// Everything is about to be read again, or shown differently (filter, pipeline).
    void aboutToReset();
    /// After aboutToReset: the deals, stages and totals are as they are now.
    void reset();
    /// One deal changed (before is absent for a new deal, after for a deleted one); the deals
    /// and totals held already say so.
    void changed(const std::optional<Stageboard::Opportunity> &before,
                 const std::optional<Stageboard::Opportunity> &after);

    /// Emitted after each change made through this service, for undo and status messages.
    void moved(const Stageboard::Opportunity &before, const Stageboard::StageChange &change);
    /// A move went through with warnings (advisory criteria, a failed deal killer,
    /// disqualification), or an edit re-opened a sign-off.
    void moveWarned(qint64 opportunityId, const QStringList &warnings);
    /// A deal's checklist or criteria changed.
    void checksChanged(qint64 opportunityId);
    void created(const Stageboard::Opportunity &opportunity);
    void edited(const Stageboard::Opportunity &before, const Stageboard::Opportunity &after);
    void removed(const Stageboard::Opportunity &opportunity);
    void restored(const Stageboard::Opportunity &opportunity);
    /// Reading a deal again after a conflict failed; the message says why.
    void errorOccurred(const QString &message);
    /// A user was added, renamed, given another role or (de)activated.
    void usersChanged();
    /// Another pipeline's stages are shown.
    void pipelineChanged(qint64 pipelineId);
    /// Everything was read again from the stores (a filter or a pipeline switch only shows the
    /// same deals differently).
    void reloaded();
    /// Someone else changed the deal (before is absent for a new deal, after for a deleted one).
    void changedElsewhere(const std::optional<Stageboard::Opportunity> &before,
                          const std::optional<Stageboard::Opportunity> &after);

private:
    /// After a conflict: the deal as stored now, taken in; unset when deleted.
    std::optional<Opportunity> takeInStoredAfterConflict(qint64 opportunityId);
    /// Why a move of a deal that changed elsewhere cannot be made, when it moved meanwhile.
    std::optional<Error> movedMeanwhile(const Opportunity &seen, const Opportunity &now) const;
    /// Brings the deals and totals from "old" to "now" (either may be absent) and emits
    /// changed().
    void apply(const std::optional<Opportunity> &old, const std::optional<Opportunity> &now);
    void addToTotals(const Opportunity &o, int sign);
    void recountTotals();
    void learnNames();

    OpportunityStore &m_opportunityStore;
    Directory &m_directory;
    GateEngine m_engine;
    qint64 m_currentUserId = 0;
    qint64 m_pipelineId = 0;
    BoardFilter m_filter;
    /// The filter's text, prepared once: a Boyer-Moore search beats contains() over 100k deals.
    QStringMatcher m_filterMatcher;
    QList<Stage> m_stages;
    QHash<qint64, StageTotals> m_totals;
    QHash<qint64, QList<qint64>> m_shownAtReset;
    QHash<qint64, Opportunity> m_opportunities;
    QList<Account> m_accounts;
    QHash<qint64, QString> m_userNames;
    QHash<qint64, QString> m_accountNames;
    QString m_totalsCurrency;
};

} // namespace Stageboard
