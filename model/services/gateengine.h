// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "process/criterionrule.h"
#include "process/gate.h"
#include "storage/directory.h"
#include "storage/opportunitystore.h"
#include "storage/processstore.h"

#include <QCoreApplication>

namespace Stageboard {

/// What a move asks for besides its target.
struct MoveRequest
{
    qint64 toStageId = 0;
    QString closeReason;    ///< needed to enter a won or lost stage
    QString overrideReason; ///< a manager's reason to move past unmet required criteria
    /// For a close: further reasons, the competitor it was lost to, notes.
    CloseDetails close{};
};

/// A move that happened: the deal as saved, its ledger row, and anything worth a warning.
struct MoveOutcome
{
    Opportunity opportunity;
    StageChange change;
    QStringList warnings;
};

/// The sales process in force and the rules for working deals through it: the one gate engine
/// every path that changes a stage goes through (board, panel, dialog, keyboard, import, CLI),
/// and who may tick what. It reads the process from the process store, writes through the deal
/// store and keeps no deal state of its own.
class GateEngine final
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::GateEngine)

public:
    GateEngine(OpportunityStore &deals, ProcessStore &process, Directory &directory);

    /// Reads the process (stages, activities, criteria) and the users again.
    Result<void> load();

    /// Every pipeline, in order; the first is where deals go when none is named.
    const QList<SalesPipeline> &pipelines() const { return m_pipelines; }
    const SalesPipeline *pipeline(qint64 pipelineId) const;
    const SalesPipeline *pipelineNamed(const QString &name) const;
    /// The stages of every pipeline, by pipeline and position; removed ones are left out.
    const QList<Stage> &stages() const { return m_stages; }
    /// The stages of one pipeline, in order.
    QList<Stage> stagesOf(qint64 pipelineId) const;
    /// Any stage, a removed one included (for the ledger's names).
    const Stage *stage(qint64 stageId) const;
    /// A stage by name, within one pipeline, or (pipelineId 0) the first of that name.
    const Stage *stageNamed(const QString &name, qint64 pipelineId = 0) const;
    const QList<User> &users() const { return m_users; }
    const User *user(qint64 userId) const;
    const User *userNamed(const QString &name) const;
    QList<Activity> activities(qint64 stageId) const;
    QList<ExitCriterion> exitCriteria(qint64 stageId) const;
    const ExitCriterion *criterion(qint64 criterionId) const;
    int activityCount(qint64 stageId) const { return m_activityCounts.value(stageId); }
    /// The required criteria of a stage answered by hand (rule criteria decide themselves).
    int requiredCount(qint64 stageId) const { return m_requiredCounts.value(stageId); }
    /// Whether a deal in an open stage still has a required criterion to meet there, as its
    /// card can tell: its answers counted, and the rules that look only at the deal (its
    /// stakeholders' roles, its fields). No query: for every card.
    bool requiredUnmet(const Opportunity &opportunity) const;

    /// Where rule criteria look for stakeholders, activities and debriefs; without one they
    /// see only the deal (its fields and its champion count). Not owned.
    void setEvidenceSource(DealEvidenceSource *source) { m_evidence = source; }
    /// The buying roles' names by key ("champion" → "Champion"), as load() read them.
    const QHash<QString, QString> &buyingRoleNames() const { return m_roleNames; }
    /// How the deal stands on each rule criterion of these (the others are left out).
    Result<QHash<qint64, RuleState>> ruleStates(const Opportunity &opportunity,
                                                const QList<ExitCriterion> &criteria) const;
    /// The gate between the deal and a stage, from the deal's stored answers and its rules.
    Result<GateResult> check(const Opportunity &opportunity, qint64 toStageId) const;
    /// Moves the deal if its gate allows, or a manager overrides it with a reason. A refusal
    /// says why (Error::Kind::GateRefused lists the unmet criteria); closing without a reason
    /// is refused with Error::Kind::NeedsCloseReason. Entering a lost stage before ever
    /// reaching qualification records the deal as disqualified.
    Result<MoveOutcome> move(const Opportunity &opportunity, qint64 actorId,
                             const MoveRequest &request) const;

    Result<Opportunity> setActivityDone(const Opportunity &opportunity, qint64 activityId,
                                        qint64 actorId, bool done, const QString &note) const;
    /// Marks a criterion met or failed (knock-out only, or a sign-off rejected), or clears it
    /// (Open). A criterion with a sign-off role may be answered only by that role or a
    /// manager; the note is the sign-off's comment, which a rejection needs.
    Result<Opportunity> answerCriterion(const Opportunity &opportunity, qint64 criterionId,
                                        qint64 actorId, CriterionState state,
                                        const QString &note) const;

    /// The reasons offered when a deal enters a won or lost stage of this kind.
    Result<QStringList> closeReasons(StageKind kind) const;

    /// Managers and admins may move a deal past unmet required criteria, with a reason.
    bool canOverride(qint64 userId) const;
    /// A criterion with a sign-off role is answered by that role's members, a manager or an
    /// admin; and, where it says so, not by the deal's owner.
    bool canSignOff(qint64 userId, const ExitCriterion &criterion,
                    const Opportunity &opportunity) const;
    /// Why the user may not answer the criterion on this deal; nothing when they may.
    std::optional<QString> signOffRefusal(qint64 userId, const ExitCriterion &criterion,
                                          const Opportunity &opportunity) const;
    /// Whether the user is a member of the team role.
    bool holdsRole(qint64 userId, qint64 roleId) const;
    /// The names of the team roles the user is a member of, by name.
    QStringList rolesHeldBy(qint64 userId) const;
    /// The criteria (of every stage, removed ones included) this team role signs off.
    QList<ExitCriterion> exitCriteriaSignedOffBy(qint64 roleId) const;
    /// The team roles, as load() read them.
    const QList<TeamRole> &teamRoles() const { return m_teamRoles; }
    /// The position a deal must have reached to count as qualified: the second open stage of
    /// its pipeline ("Qualify" in the default process). A deal lost before it is disqualified.
    int qualificationPosition(qint64 pipelineId) const;

    /// Whether the deal ever entered the qualification stage or a later open one.
    Result<bool> reachedQualification(const Opportunity &opportunity) const;
    /// The name of the stage at qualificationPosition() of the pipeline stageId is in.
    QString qualificationStageName(qint64 stageId) const;

private:
    OpportunityStore &m_opportunityStore;
    ProcessStore &m_process;
    Directory &m_directory;
    DealEvidenceSource *m_evidence = nullptr;
    QHash<QString, QString> m_roleNames;
    QList<SalesPipeline> m_pipelines;
    QList<Stage> m_stages;
    QList<Stage> m_removedStages;
    QList<User> m_users;
    QList<TeamRole> m_teamRoles;
    /// Required criteria that apply only from an amount up: their thresholds, by stage.
    QHash<qint64, QList<Cents>> m_thresholds;
    QList<Activity> m_activities;
    QList<ExitCriterion> m_criteria;
    QHash<qint64, int> m_activityCounts;
    QHash<qint64, int> m_requiredCounts;
    QHash<qint64, QList<CriterionRule>> m_cardRules; ///< required rules a card can decide
    QList<ExitCriterion> m_ruled;                    ///< every criterion that is a rule
};

} // namespace Stageboard
