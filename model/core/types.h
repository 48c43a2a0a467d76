// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace Stageboard {

/// Whether a stage holds deals still being worked, or closes them.
enum class StageKind { Open, Won, Lost };

/// What a person does in the sales organisation; decides what they own and may change.
enum class UserRole { Rep, Manager, Admin, Legal, Finance };

/// Where a deal counts in the forecast (Salesforce's categories). Closed is for won deals only;
/// Omitted deals (lost, or set aside by their rep) count nowhere.
enum class ForecastCategory { Pipeline, BestCase, Commit, Closed, Omitted };
constexpr int forecastCategoryCount = 5;

/// "pipeline", "best_case", "commit", "closed", "omitted": the keys of files and the database.
QString forecastCategoryKey(ForecastCategory category);
std::optional<ForecastCategory> forecastCategoryFromKey(const QString &key);
/// The translated name, e.g. "Best Case".
QString forecastCategoryName(ForecastCategory category);
/// The category a stage gives its deals by default: by kind, then by probability.
ForecastCategory defaultForecastCategory(StageKind kind, int probability);
struct Stage;
/// Where a deal in stage counts: Closed when won, Omitted when lost, else the rep's own
/// category or the stage's.
ForecastCategory effectiveForecastCategory(const Stage &stage,
                                           const std::optional<ForecastCategory> &own);

QString stageKindKey(StageKind kind);
std::optional<StageKind> stageKindFromKey(const QString &key);
QString userRoleKey(UserRole role);
std::optional<UserRole> userRoleFromKey(const QString &key);
/// The translated, human-readable name of a role, e.g. "Legal".
QString userRoleName(UserRole role);
/// The role of the company's own a legal or finance user holds by their level ("Legal",
/// "Finance", as schema version 11 made them); empty for the other levels.
QString levelRoleName(UserRole role);

/// Money is kept in minor units (cents) so totals are exact and incremental updates never drift.
using Cents = qint64;

/// One sales process of several, e.g. "New business" and "Renewals", each with its stages.
struct SalesPipeline
{
    qint64 id = 0;
    int position = 0;
    QString name;
};

struct Stage
{
    qint64 id = 0;
    int position = 0; ///< its place within its pipeline
    QString name;
    QString definition;
    QString goal;
    /// Permission levels owning the stage, e.g. {Rep}: the deal's rep works it.
    QList<UserRole> ownerRoles;
    int probability = 0; ///< percent, 0..100
    StageKind kind = StageKind::Open;
    std::optional<int> rotDays; ///< a deal sitting here longer is flagged as stalled
    ForecastCategory forecastCategory = ForecastCategory::Pipeline; ///< its deals' default
    /// Taken out of the process: it holds no deals and is offered nowhere, but the ledger
    /// still names it.
    bool removed = false;
    qint64 pipelineId = 0; ///< the pipeline whose process it is a stage of
    /// The stage's call template: what a plan for a call in it starts from.
    QStringList callQuestions{};
    QStringList callObjections{};
    /// The company's own roles owning it (TeamRole::name), e.g. {"Legal"}: their members
    /// find its deals waiting on them. It and ownerRoles are empty for closed stages.
    QStringList ownerTeams{};
};

/// Who owns the stage, as people read it: its levels' names (translated), then its roles'.
QStringList stageOwnerNames(const Stage &stage);

struct User
{
    qint64 id = 0;
    QString name;
    UserRole role = UserRole::Rep;
    /// The PostgreSQL login that acts as this user on a shared server; empty for none.
    QString login;
    /// A user who left is deactivated, not deleted: their deals and ledger rows keep their
    /// name, but nobody acts as them or gives them new deals.
    bool active = true;
};

/// A responsibility of the company's own beyond the permission levels ("Legal", "Plant
/// manager", "Solutions engineer"): stages are owned by it and criteria signed off by its
/// members. A user may hold several.
struct TeamRole
{
    qint64 id = 0;
    QString name;
    QString description{};
    QList<qint64> memberIds{}; ///< user ids, in the order stored
};

/// How much attention an account deserves: A the most. Each tier has a target interval
/// between contacts (AccountStore::tierIntervals); None is not yet decided.
enum class AttentionTier { None, A, B, C };

/// "A", "B", "C"; empty for None.
QString tierKey(AttentionTier tier);
/// The tier of a key, in any case; nullopt for anything else (empty is None).
std::optional<AttentionTier> tierFromKey(const QString &key);

/// A company deals are made with.
struct Account
{
    qint64 id = 0;
    QString name;
    QString industry;
    /// The territory's name (read with the account; written by name when territoryId is 0:
    /// a territory of that name is found or made).
    QString territory;
    qint64 ownerId = 0; ///< who looks after the account (its account manager once handed over)
    qint64 territoryId = 0;
    AttentionTier tier = AttentionTier::None;
    /// What the account could be worth to us beyond what is in the pipeline, in the reporting
    /// currency; the territory view ranks by open weighted + won in 12 months + this.
    Cents potential = 0;
    QString country{};
    int employees = 0; ///< 0: not known; territory rules go by it (size band)
    int version = 1;
};

/// A part of the market someone looks after: a region, or a territory within one.
struct Territory
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0; ///< 0: at the top
    qint64 ownerId = 0;
};

/// The ids of a territory and of every territory inside it, however deep.
QList<qint64> territoryAndBelow(const QList<Territory> &territories, qint64 id);

/// Which accounts a territory takes: every field set must match (empty or 0: any). Rules are
/// tried in their order and the first that matches an account assigns it.
struct TerritoryRule
{
    qint64 id = 0;
    qint64 territoryId = 0;
    QString industry;
    QString country;
    int minEmployees = 0; ///< 0: no lower bound
    int maxEmployees = 0; ///< 0: no upper bound
};

/// An account going from one territory to another (0: none), as rules applied again move it.
struct TerritoryMove
{
    qint64 accountId = 0;
    qint64 fromTerritoryId = 0;
    qint64 toTerritoryId = 0;
};

/// A person at an account: who a rep calls, meets and writes to.
struct Contact
{
    qint64 id = 0;
    qint64 accountId = 0; ///< 0: not at any account yet
    QString name;
    QString jobTitle;
    QString email;
    QString phone;
    QString notes;
    qint64 ownerId = 0; ///< who looks after the relationship
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 1;
    bool deleted = false;
};

/// What a rep does with a deal or a person: a call, a meeting, a task or an email.
enum class EngagementKind { Call, Meeting, Task, Email };
/// "call", "meeting", "task", "email": the keys of files, the CLI and the database.
QString engagementKindKey(EngagementKind kind);
std::optional<EngagementKind> engagementKindFromKey(const QString &key);
/// The translated name, e.g. "Meeting".
QString engagementKindName(EngagementKind kind);

/// A dated thing to do — what the app and the CLI call an *activity* (a call, meeting, task or
/// email), named apart from a stage's recommended Activity, which is a checklist item.
struct Engagement
{
    qint64 id = 0;
    EngagementKind kind = EngagementKind::Task;
    QString subject;
    qint64 dueAt = 0;        ///< seconds since the epoch, UTC; 0: no date
    int durationMinutes = 0; ///< 0: none given
    qint64 ownerId = 0;
    qint64 opportunityId = 0; ///< 0: about no deal
    qint64 contactId = 0;     ///< 0: with no one in particular
    qint64 doneAt = 0;        ///< 0: still to do
    QString outcome;          ///< what came of it, written when done
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 1;
    bool deleted = false;
    // The plan of a call or meeting, written before it.
    QString objective;
    QString questions;          ///< to ask, one per line
    QString objectionsExpected; ///< one per line
    bool isDone() const { return doneAt != 0; }
};

/// Where an open activity's due time stands, in the local time of now: overdue once its time
/// has passed, due later today, or due after today.
enum class ActivityDue { None, Overdue, Today, Later };
ActivityDue activityDue(qint64 dueAt, const QDateTime &now);

/// A part a person plays in a customer's decision to buy ("Decision maker", "Champion"). The
/// list is the admin's; the key names a role in rules and files ("champion"), the name is shown.
struct BuyingRole
{
    qint64 id = 0;
    QString key;
    int position = 0;
    QString name;
    bool removed = false; ///< offered for no new stakeholder, but still named where it was
};

/// Where a stakeholder stands on the deal.
enum class Stance { Supporter, Neutral, Opponent };
/// How much a stakeholder's word weighs in the decision.
enum class Influence { Low, Medium, High };
/// "supporter", "neutral", "opponent"; "low", "medium", "high": the keys of files and the
/// database.
QString stanceKey(Stance stance);
std::optional<Stance> stanceFromKey(const QString &key);
QString stanceName(Stance stance);
QString influenceKey(Influence influence);
std::optional<Influence> influenceFromKey(const QString &key);
QString influenceName(Influence influence);

/// A contact in the buying group of one deal, with the part they play.
struct Stakeholder
{
    qint64 opportunityId = 0;
    qint64 contactId = 0;
    qint64 roleId = 0; ///< 0: no role given yet
    Stance stance = Stance::Neutral;
    Influence influence = Influence::Medium;
    qint64 reportsTo = 0; ///< the contact (a stakeholder of the same deal) they report to; 0: none
    qint64 addedAt = 0;
    friend bool operator==(const Stakeholder &, const Stakeholder &) = default;
};

/// What a rep learned from a call or meeting, written after it, and a reviewer's answer.
struct Debrief
{
    qint64 engagementId = 0;
    qint64 opportunityId = 0;
    qint64 authorId = 0;
    QString wentWell;
    QString improve;
    QString notAsked; ///< questions that were not asked
    qint64 writtenAt = 0;
    qint64 reviewerId = 0; ///< the peer or manager asked to review it; 0: nobody asked
    qint64 reviewRequestedAt = 0;
    QString feedback;
    qint64 reviewedAt = 0; ///< 0: not reviewed yet
    int version = 1;
};

/// An objection a customer raised that a call did not settle; it stays on the deal until
/// someone marks it resolved.
struct Objection
{
    qint64 id = 0;
    qint64 opportunityId = 0;
    qint64 engagementId = 0; ///< the call whose debrief raised it; 0: added on the deal
    QString text;
    qint64 raisedBy = 0;
    qint64 raisedAt = 0;
    qint64 resolvedBy = 0;
    qint64 resolvedAt = 0; ///< 0: still open
    QString resolution;
    bool isResolved() const { return resolvedAt != 0; }
};

struct Opportunity
{
    qint64 id = 0;
    QString title;
    qint64 accountId = 0;
    QString contact;
    qint64 ownerId = 0;
    Cents amount = 0;
    QString currency;
    QDate closeDate;
    qint64 stageId = 0;
    qint64 enteredStageAt = 0;      ///< seconds since the epoch, UTC
    std::optional<int> probability; ///< percent; the stage's when unset
    QString nextStep;
    QString closeReason;
    bool disqualified = false; ///< closed lost without ever reaching qualification
    qint64 createdAt = 0;
    int version = 1;
    /// The rep's own forecast category for an open deal; the stage's when unset.
    std::optional<ForecastCategory> forecastCategory;
    // Progress in the current stage, kept by the storage with every tick and move.
    int activitiesDone = 0; ///< ticked recommended activities
    int requiredMet = 0;    ///< required exit criteria marked met
    /// Deleted (hidden, kept for undo and the ledger); only OpportunityStore::opportunitiesByIds
    /// hands out such deals, so that a board learns of another person's delete.
    bool deleted = false;
    /// The reason a manager or admin gave for moving it past unmet required criteria into the
    /// stage it is in; empty when its last move was an ordinary one.
    QString overrideReason;
    // Kept by the database with every change to the deal's activities and stakeholders.
    qint64 nextActivityAt = 0; ///< the soonest due of its open activities (UTC seconds); 0: none
    int stakeholders = 0;
    int champions = 0;       ///< stakeholders whose buying role is "champion"
    QStringList buyingRoles; ///< the keys of the buying roles among its stakeholders
};

/// What put a row into the stage ledger.
enum class ChangeKind { Created, Moved, Imported };

/// "created", "moved" or "imported": how ledger rows name their kind in files and the database.
QString changeKindKey(ChangeKind kind);
ChangeKind changeKindFromKey(const QString &key);

/// One row of the stage ledger: a deal entering a stage, with the deal as it was at that moment.
/// The ledger is only ever appended to.
struct StageChange
{
    qint64 id = 0;
    qint64 opportunityId = 0;
    std::optional<qint64> fromStageId; ///< unset when the deal was created in toStageId
    qint64 toStageId = 0;
    qint64 userId = 0;
    qint64 at = 0; ///< seconds since the epoch, UTC
    ChangeKind kind = ChangeKind::Moved;
    Cents amount = 0;
    int probability = 0;
    QDate closeDate;
    QString closeReason;       ///< why it was won or lost, when it closed
    QString overrideReason;    ///< set when a manager moved it past unmet required criteria
    QStringList unmetCriteria; ///< the required criteria that were unmet, for an override
    bool disqualified = false; ///< closed lost before it ever reached qualification
    /// Set when a change to the process moved the deal (its stage was removed): what changed.
    QString processChange;
};

/// Deals added up by close period, owner and stage: the raw material of forecast tables.
struct PipelineTotal
{
    QString period; ///< "2027-03" for a month, "2027-Q1" for a quarter; empty without close date
    qint64 ownerId = 0;
    qint64 stageId = 0;
    QString currency;
    std::optional<ForecastCategory> category; ///< the deals' own; the stage's when unset
    qint64 opportunities = 0;
    Cents amount = 0;
    Cents weighted = 0; ///< sum of amount × the deal's probability
};

enum class Period { Month, Quarter };

/// A rep's target of closed-won business for one month, in the reporting currency.
struct Quota
{
    qint64 userId = 0;
    QDate month; ///< the first day of the month
    Cents amount = 0;
    friend bool operator==(const Quota &, const Quota &) = default;
};

/// How many units of the reporting currency one unit of currency is worth.
struct ExchangeRate
{
    QString currency;
    double rate = 1.0;
    friend bool operator==(const ExchangeRate &, const ExchangeRate &) = default;
};

/// The lean form of a deal that forecasting reads for every deal.
struct OpportunityFigures
{
    qint64 id = 0;
    qint64 ownerId = 0;
    qint64 accountId = 0;
    qint64 stageId = 0;
    Cents amount = 0;
    QString currency;
    QDate closeDate;
    std::optional<int> probability;
    std::optional<ForecastCategory> forecastCategory;
    bool disqualified = false;
    qint64 createdAt = 0;
    qint64 enteredStageAt = 0;
};

/// A ledger row as forecasting reads it: the deal entering a stage, with its figures then.
struct StageEntry
{
    qint64 opportunityId = 0;
    qint64 toStageId = 0;
    qint64 at = 0;
    Cents amount = 0;
    int probability = 0;
    QDate closeDate;
};

/// The forecast of one close month as it stood on one day, for one owner and territory.
struct ForecastSnapshotRow
{
    QDate takenOn;
    QDate month; ///< the first day of the close month
    qint64 ownerId = 0;
    QString territory;
    qint64 opportunities = 0;
    Cents amount = 0;
    Cents weighted = 0;
    Cents commit = 0;   ///< closed won plus open deals in Commit
    Cents bestCase = 0; ///< commit plus open deals in Best Case
};

/// The forecast of a range of months as it stood on one day: a point of forecast-over-time.
struct ForecastSnapshotPoint
{
    QDate takenOn;
    Cents weighted = 0;
    Cents commit = 0;
    Cents bestCase = 0;
};

/// One recommended activity of a stage: guidance, never a condition for moving on.
struct Activity
{
    qint64 id = 0;
    qint64 stageId = 0;
    int position = 0;
    QString text;
    /// Done by an activity of this type ("Hold the discovery call": a done call), which ticks
    /// it; unset: ticked by hand only.
    std::optional<EngagementKind> engagementKind{};
};

/// The deal fields a sign-off may vouch for: a change to one of them after the sign-off
/// re-opens it. The keys of files and the database, in the order offered.
QStringList signOffFieldKeys();
/// The translated name of such a field ("Close date"); the key itself for an unknown one.
QString signOffFieldName(const QString &key);
struct Opportunity;
/// The field's value as the sign-off log keeps it: plain amounts ("12500.00"), ISO dates, ids.
QString signOffFieldValue(const Opportunity &opportunity, const QString &key);

/// Who signs a criterion off, and when it asks for it at all.
struct SignOff
{
    QString role;      ///< the team role's name (TeamRole::name)
    qint64 roleId = 0; ///< the team role as stored; 0 before a process file is imported
    /// It applies only to deals of at least this amount (in the deal's currency); unset: all.
    std::optional<Cents> minAmount{};
    /// The deal fields (signOffFieldKeys()) whose change after the sign-off re-opens it.
    QStringList reopenOn{};
    bool notOwnDeal = false; ///< the deal's owner may not sign it off, whatever roles they hold

    /// The same sign-off, wherever it is stored (the role's id is left out).
    bool operator==(const SignOff &other) const
    {
        return role == other.role && minAmount == other.minAmount && reopenOn == other.reopenOn &&
               notOwnDeal == other.notOwnDeal;
    }
};

/// A condition for leaving a stage.
struct ExitCriterion
{
    qint64 id = 0;
    qint64 stageId = 0;
    int position = 0;
    QString text;
    bool required = true; ///< required blocks a move; advisory only warns
    /// Only the members of this role (or a manager) may mark it met or reject it; unset:
    /// whoever may change the deal.
    std::optional<SignOff> signOff;
    bool knockOut = false; ///< a "deal killer": answered no, it suggests disqualifying
    /// A rule that decides it from the deal itself (process/criterionrule.h), e.g.
    /// "stakeholder:champion"; empty: answered by hand.
    QString rule{};
};

/// How a deal stands on one exit criterion.
enum class CriterionState { Open, Met, Failed };

/// A tick on an activity or an answer to a criterion, with who and when.
struct Check
{
    qint64 itemId = 0; ///< activity or criterion id
    qint64 userId = 0;
    qint64 at = 0;
    CriterionState state = CriterionState::Met; ///< activities are only ever Met
    QString note;
};

/// What happened to a sign-off: given, rejected, withdrawn by its signer, or re-opened by a
/// change to a field it vouched for.
enum class SignOffDecisionKind { Approved, Rejected, Withdrawn, Reopened };
/// "approved", "rejected", "withdrawn", "reopened": the keys of files and the database.
QString signOffDecisionKey(SignOffDecisionKind kind);
std::optional<SignOffDecisionKind> signOffDecisionFromKey(const QString &key);
/// The translated name, e.g. "Rejected".
QString signOffDecisionName(SignOffDecisionKind kind);

/// One entry of the sign-off log, which is only ever appended to.
struct SignOffDecision
{
    qint64 id = 0;
    qint64 opportunityId = 0;
    qint64 criterionId = 0;
    qint64 userId = 0; ///< who decided; 0 for a re-opening (the change did it)
    qint64 at = 0;
    SignOffDecisionKind kind = SignOffDecisionKind::Approved;
    QString comment{};
    // A re-opening's cause: the field (signOffFieldKeys()) and its values before and after.
    QString field{};
    QString oldValue{};
    QString newValue{};
};

/// A company a deal is competing against, from a list the team keeps.
struct Competitor
{
    qint64 id = 0;
    QString name;
    QString description{}; ///< what the team knows of them: offering, pricing, habits
};

/// A competitor on one deal, with how we stand against them there.
struct DealCompetitor
{
    qint64 opportunityId = 0;
    qint64 competitorId = 0;
    QString strengths{};  ///< ours against them
    QString weaknesses{}; ///< ours against them
};

/// What closing a deal recorded, and the look-back on it: the reasons, the competitor it was
/// lost to, and a manager's review with the lesson learned. One per close; a deal opened and
/// closed again has one for each time.
struct DealClose
{
    qint64 id = 0;
    qint64 opportunityId = 0;
    qint64 stageId = 0; ///< the won or lost stage it entered
    bool won = false;
    bool disqualified = false;
    QString primaryReason;
    QStringList secondaryReasons{};
    qint64 lostToId = 0; ///< the competitor it was lost to; 0: none
    QString notes{};
    qint64 closedBy = 0;
    qint64 closedAt = 0;
    // The review: unset until a manager writes the lesson.
    qint64 reviewedBy = 0;
    qint64 reviewedAt = 0;
    QString lesson{};
    /// A change to the process the lesson suggests, in the manager's words.
    QString processSuggestion{};
    bool isReviewed() const { return reviewedAt != 0; }
};

/// What a close asks besides its reason (DealClose's other fields).
struct CloseDetails
{
    QStringList secondaryReasons{};
    qint64 lostToId = 0;
    QString notes{};
};

/// A manager's coaching note to a rep, about one of their deals or in general, with a date to
/// follow up; the rep sees it on their agenda until they mark it read.
struct CoachingNote
{
    qint64 id = 0;
    qint64 repId = 0;
    qint64 opportunityId = 0; ///< 0: about the rep's work in general
    qint64 authorId = 0;
    QString text;
    QDate followUp{}; ///< invalid: none
    qint64 createdAt = 0;
    qint64 readAt = 0; ///< 0: not read yet
    bool isRead() const { return readAt != 0; }
};

} // namespace Stageboard

Q_DECLARE_METATYPE(Stageboard::Opportunity)
