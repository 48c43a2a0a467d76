// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/gateengine.h"

#include "core/fieldrules.h"
#include "core/money.h"

#include <QDateTime>

namespace Stageboard {

namespace {
/// The criteria's texts; a rule criterion's with what is missing: "Internal champion
/// established (no Champion among the stakeholders)".
QStringList texts(const QList<ExitCriterion> &criteria, const QHash<qint64, QString> &missing = {})
{
    QStringList result;
    for (const ExitCriterion &c : criteria) {
        const QString why = missing.value(c.id);
        result.append(why.isEmpty() ? c.text : GateEngine::tr("%1 (%2)").arg(c.text, why));
    }
    return result;
}

QString bullets(const QStringList &lines)
{
    return QStringLiteral("• ") + lines.join(QStringLiteral("\n• "));
}
} // namespace

GateEngine::GateEngine(OpportunityStore &deals, ProcessStore &process, Directory &directory)
    : m_opportunityStore(deals)
    , m_process(process)
    , m_directory(directory)
{}

Result<void> GateEngine::load()
{
    auto pipelines = m_process.pipelines();
    if (!pipelines)
        return std::unexpected(pipelines.error());
    auto stages = m_process.stages();
    if (!stages)
        return std::unexpected(stages.error());
    auto users = m_directory.users();
    if (!users)
        return std::unexpected(users.error());
    auto activities = m_process.activities();
    if (!activities)
        return std::unexpected(activities.error());
    auto criteria = m_process.exitCriteria();
    if (!criteria)
        return std::unexpected(criteria.error());
    auto teamRoles = m_directory.teamRoles();
    if (!teamRoles)
        return std::unexpected(teamRoles.error());
    m_teamRoles = std::move(*teamRoles);
    m_pipelines = std::move(*pipelines);
    m_stages.clear();
    m_removedStages.clear();
    for (const Stage &s : std::as_const(*stages))
        (s.removed ? m_removedStages : m_stages).append(s);
    m_users = std::move(*users);
    m_activities = std::move(*activities);
    m_criteria = std::move(*criteria);
    m_activityCounts.clear();
    for (const Activity &a : std::as_const(m_activities))
        ++m_activityCounts[a.stageId];
    m_requiredCounts.clear();
    m_thresholds.clear();
    m_cardRules.clear();
    m_ruled.clear();
    for (const ExitCriterion &c : std::as_const(m_criteria)) {
        if (!c.rule.isEmpty())
            m_ruled.append(c);
        if (!c.required)
            continue;
        if (c.rule.isEmpty()) {
            ++m_requiredCounts[c.stageId];
            if (c.signOff && c.signOff->minAmount)
                m_thresholds[c.stageId].append(*c.signOff->minAmount);
        } else if (const auto rule = CriterionRule::parse(c.rule); rule && !rule->needsEvidence()) {
            m_cardRules[c.stageId].append(*rule);
        }
    }
    m_roleNames.clear();
    if (m_evidence) {
        auto roles = m_evidence->buyingRoles();
        if (!roles)
            return std::unexpected(roles.error());
        for (const BuyingRole &r : std::as_const(*roles))
            m_roleNames.insert(r.key, r.name);
    }
    return {};
}

bool GateEngine::requiredUnmet(const Opportunity &opportunity) const
{
    // A sign-off for larger deals only is not asked of this one (nor counted in requiredMet).
    int required = requiredCount(opportunity.stageId);
    if (const auto t = m_thresholds.constFind(opportunity.stageId); t != m_thresholds.cend()) {
        required -= int(std::count_if(t->cbegin(), t->cend(),
                                      [&](Cents from) { return opportunity.amount < from; }));
    }
    if (opportunity.requiredMet < required)
        return true;
    const auto rules = m_cardRules.constFind(opportunity.stageId);
    if (rules == m_cardRules.cend())
        return false;
    return std::any_of(rules->cbegin(), rules->cend(),
                       [&](const CriterionRule &r) { return !r.isMet(opportunity, {}); });
}

Result<QHash<qint64, RuleState>> GateEngine::ruleStates(const Opportunity &opportunity,
                                                        const QList<ExitCriterion> &criteria) const
{
    QHash<qint64, RuleState> states;
    std::optional<DealEvidence> evidence;
    for (const ExitCriterion &c : criteria) {
        if (c.rule.isEmpty())
            continue;
        const auto rule = CriterionRule::parse(c.rule);
        if (!rule) {
            states.insert(c.id, {false, rule.error().message});
            continue;
        }
        if (!evidence) {
            // Read once, and only for a deal whose gate has a rule.
            if (m_evidence && rule->needsEvidence()) {
                auto read = m_evidence->evidence(opportunity);
                if (!read)
                    return std::unexpected(read.error());
                evidence = std::move(*read);
            } else {
                evidence = DealEvidence();
            }
        }
        const bool met = rule->isMet(opportunity, *evidence);
        states.insert(c.id, {met, met ? QString() : rule->missing(m_roleNames)});
    }
    return states;
}

const SalesPipeline *GateEngine::pipeline(qint64 pipelineId) const
{
    for (const SalesPipeline &p : m_pipelines) {
        if (p.id == pipelineId)
            return &p;
    }
    return nullptr;
}

const SalesPipeline *GateEngine::pipelineNamed(const QString &name) const
{
    for (const SalesPipeline &p : m_pipelines) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QList<Stage> GateEngine::stagesOf(qint64 pipelineId) const
{
    QList<Stage> result;
    for (const Stage &s : m_stages) {
        if (s.pipelineId == pipelineId)
            result.append(s);
    }
    return result;
}

const Stage *GateEngine::stage(qint64 stageId) const
{
    for (const QList<Stage> *list : {&m_stages, &m_removedStages}) {
        for (const Stage &s : *list) {
            if (s.id == stageId)
                return &s;
        }
    }
    return nullptr;
}

const Stage *GateEngine::stageNamed(const QString &name, qint64 pipelineId) const
{
    for (const Stage &s : m_stages) {
        if ((pipelineId == 0 || s.pipelineId == pipelineId) &&
            s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const User *GateEngine::user(qint64 userId) const
{
    for (const User &u : m_users) {
        if (u.id == userId)
            return &u;
    }
    return nullptr;
}

const User *GateEngine::userNamed(const QString &name) const
{
    for (const User &u : m_users) {
        if (u.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

QList<Activity> GateEngine::activities(qint64 stageId) const
{
    QList<Activity> result;
    for (const Activity &a : m_activities) {
        if (a.stageId == stageId)
            result.append(a);
    }
    return result;
}

QList<ExitCriterion> GateEngine::exitCriteria(qint64 stageId) const
{
    QList<ExitCriterion> result;
    for (const ExitCriterion &c : m_criteria) {
        if (c.stageId == stageId)
            result.append(c);
    }
    return result;
}

const ExitCriterion *GateEngine::criterion(qint64 criterionId) const
{
    for (const ExitCriterion &c : m_criteria) {
        if (c.id == criterionId)
            return &c;
    }
    return nullptr;
}

Result<QStringList> GateEngine::closeReasons(StageKind kind) const
{
    return m_process.closeReasons(kind);
}

bool GateEngine::canOverride(qint64 userId) const
{
    const User *u = user(userId);
    return u && u->active && (u->role == UserRole::Manager || u->role == UserRole::Admin);
}

QList<ExitCriterion> GateEngine::exitCriteriaSignedOffBy(qint64 roleId) const
{
    QList<ExitCriterion> result;
    std::copy_if(m_criteria.cbegin(), m_criteria.cend(), std::back_inserter(result),
                 [&](const ExitCriterion &c) { return c.signOff && c.signOff->roleId == roleId; });
    return result;
}

bool GateEngine::holdsRole(qint64 userId, qint64 roleId) const
{
    return std::any_of(m_teamRoles.cbegin(), m_teamRoles.cend(), [&](const TeamRole &r) {
        return r.id == roleId && r.memberIds.contains(userId);
    });
}

QStringList GateEngine::rolesHeldBy(qint64 userId) const
{
    QStringList names;
    for (const TeamRole &r : m_teamRoles) {
        if (r.memberIds.contains(userId))
            names.append(r.name);
    }
    return names;
}

bool GateEngine::canSignOff(qint64 userId, const ExitCriterion &criterion,
                            const Opportunity &opportunity) const
{
    return !signOffRefusal(userId, criterion, opportunity);
}

std::optional<QString> GateEngine::signOffRefusal(qint64 userId, const ExitCriterion &criterion,
                                                  const Opportunity &opportunity) const
{
    if (!criterion.signOff)
        return std::nullopt;
    const User *u = user(userId);
    if (!u || !u->active)
        return tr("Only an active user can sign off \"%1\".").arg(criterion.text);
    if (criterion.signOff->notOwnDeal && opportunity.ownerId == userId) {
        return tr("\"%1\" must be signed off by someone other than the deal's owner, and \"%2\" "
                  "is %3's own deal.")
            .arg(criterion.text, opportunity.title, u->name);
    }
    if (u->role == UserRole::Manager || u->role == UserRole::Admin ||
        holdsRole(userId, criterion.signOff->roleId))
        return std::nullopt;
    return tr("Only %1 (or a manager) can sign off \"%2\"; %3 is not a member of %1.")
        .arg(criterion.signOff->role, criterion.text, u->name);
}

int GateEngine::qualificationPosition(qint64 pipelineId) const
{
    int openSeen = 0;
    for (const Stage &s : m_stages) {
        if (s.pipelineId == pipelineId && s.kind == StageKind::Open && ++openSeen == 2)
            return s.position;
    }
    return std::numeric_limits<int>::max();
}

QString GateEngine::qualificationStageName(qint64 stageId) const
{
    const Stage *in = stage(stageId);
    if (!in)
        return {};
    const int position = qualificationPosition(in->pipelineId);
    for (const Stage &s : m_stages) {
        if (s.pipelineId == in->pipelineId && s.position == position)
            return s.name;
    }
    return {};
}

Result<bool> GateEngine::reachedQualification(const Opportunity &opportunity) const
{
    const Stage *in = stage(opportunity.stageId);
    if (!in)
        return false;
    const int threshold = qualificationPosition(in->pipelineId);
    auto history = m_opportunityStore.stageHistory(opportunity.id);
    if (!history)
        return std::unexpected(history.error());
    for (const StageChange &c : *history) {
        const Stage *s = stage(c.toStageId);
        if (s && s->pipelineId == in->pipelineId && s->kind == StageKind::Open &&
            s->position >= threshold)
            return true;
    }
    const Stage *current = stage(opportunity.stageId);
    return current && current->kind != StageKind::Open ? false
                                                       : current && current->position >= threshold;
}

Result<GateResult> GateEngine::check(const Opportunity &opportunity, qint64 toStageId) const
{
    auto checks = m_opportunityStore.criterionChecks(opportunity.id);
    if (!checks)
        return std::unexpected(checks.error());
    QHash<qint64, CriterionState> answers;
    for (const Check &c : *checks)
        answers.insert(c.itemId, c.state);
    const Stage *from = stage(opportunity.stageId);
    const QList<Stage> stages = from ? stagesOf(from->pipelineId) : m_stages;
    const QList<ExitCriterion> &ruled = m_ruled;
    // The rules decide their criteria, whatever was answered by hand before a rule was set.
    QHash<qint64, RuleState> rules;
    if (!ruled.isEmpty()) {
        // Only the gates this move goes through: a rule of another stage is not read.
        const GateResult manual = evaluateGate(stages, ruled, {}, opportunity.stageId, toStageId);
        const QList<ExitCriterion> relevant = manual.unmetRequired + manual.unmetAdvisory;
        if (!relevant.isEmpty()) {
            auto states = ruleStates(opportunity, relevant);
            if (!states)
                return std::unexpected(states.error());
            rules = std::move(*states);
        }
        for (const ExitCriterion &c : std::as_const(ruled))
            answers.insert(c.id,
                           rules.value(c.id).met ? CriterionState::Met : CriterionState::Open);
    }
    QList<ExitCriterion> applying;
    const bool conditional =
        std::any_of(m_criteria.cbegin(), m_criteria.cend(),
                    [&](const ExitCriterion &c) { return !criterionApplies(c, opportunity); });
    if (conditional) {
        std::copy_if(m_criteria.cbegin(), m_criteria.cend(), std::back_inserter(applying),
                     [&](const ExitCriterion &c) { return criterionApplies(c, opportunity); });
    }
    GateResult result = evaluateGate(stages, conditional ? applying : m_criteria, answers,
                                     opportunity.stageId, toStageId);
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        if (!it->met)
            result.missing.insert(it.key(), it->missing);
    }
    return result;
}

Result<MoveOutcome> GateEngine::move(const Opportunity &opportunity, qint64 actorId,
                                     const MoveRequest &request) const
{
    const Stage *from = stage(opportunity.stageId);
    const Stage *to = stage(request.toStageId);
    if (!to || to->removed)
        return fail(tr("There is no stage %1.").arg(request.toStageId));
    if (!from || from->id == to->id)
        return MoveOutcome{opportunity, {}, {}};
    if (from->pipelineId != to->pipelineId) {
        const SalesPipeline *own = pipeline(from->pipelineId);
        return fail(tr("\"%1\" belongs to the pipeline \"%2\", and %3 is not one of its stages; "
                       "a deal stays in its pipeline.")
                        .arg(opportunity.title, own ? own->name : QString(), to->name));
    }
    auto gate = check(opportunity, to->id);
    if (!gate)
        return std::unexpected(gate.error());

    const QString overrideReason = request.overrideReason.trimmed();
    if (gate->refused()) {
        const QStringList unmet = texts(gate->unmetRequired, gate->missing);
        if (overrideReason.isEmpty()) {
            return fail(tr("\"%1\" cannot move from %2 to %3: these required criteria are not "
                           "met:\n%4")
                            .arg(opportunity.title, from->name, to->name, bullets(unmet)),
                        Error::Kind::GateRefused, unmet);
        }
        if (!canOverride(actorId)) {
            return fail(tr("Only a manager can move \"%1\" past unmet required criteria.")
                            .arg(opportunity.title),
                        Error::Kind::NotAllowed, unmet);
        }
    }
    const QString closeReason = request.closeReason.trimmed();
    if (to->kind != StageKind::Open && closeReason.isEmpty()) {
        return fail(tr("Moving \"%1\" to %2 needs a reason.").arg(opportunity.title, to->name),
                    Error::Kind::NeedsCloseReason);
    }
    bool disqualified = false;
    if (to->kind == StageKind::Lost) {
        auto reached = reachedQualification(opportunity);
        if (!reached)
            return std::unexpected(reached.error());
        disqualified = !*reached;
    }

    StageChange change;
    change.opportunityId = opportunity.id;
    change.fromStageId = from->id;
    change.toStageId = to->id;
    change.userId = actorId;
    change.at = QDateTime::currentSecsSinceEpoch();
    change.kind = ChangeKind::Moved;
    change.amount = opportunity.amount;
    change.probability = opportunity.probability.value_or(to->probability);
    change.closeDate = opportunity.closeDate;
    change.closeReason = to->kind == StageKind::Open ? QString() : closeReason;
    change.disqualified = disqualified;
    if (gate->refused()) {
        change.overrideReason = overrideReason;
        change.unmetCriteria = texts(gate->unmetRequired, gate->missing);
    }
    CloseDetails close;
    if (to->kind != StageKind::Open) {
        for (const QString &reason : request.close.secondaryReasons) {
            const QString kept = reason.trimmed();
            if (!kept.isEmpty() && kept != closeReason && !close.secondaryReasons.contains(kept))
                close.secondaryReasons.append(kept);
        }
        close.notes = request.close.notes.trimmed();
        if (close.notes.size() > maximumTextLength)
            return fail(tr("Notes: longer than %1 characters.").arg(maximumTextLength));
        if (to->kind == StageKind::Lost)
            close.lostToId = request.close.lostToId;
    }
    auto stored = m_opportunityStore.moveOpportunity(change, opportunity.version, close);
    if (!stored)
        return std::unexpected(stored.error());
    if (to->kind != StageKind::Open) {
        m_process.addCloseReason(to->kind, closeReason);
        for (const QString &reason : std::as_const(close.secondaryReasons))
            m_process.addCloseReason(to->kind, reason);
    }

    MoveOutcome outcome{*stored, change, {}};
    if (!gate->unmetAdvisory.isEmpty()) {
        outcome.warnings.append(
            tr("Moved, but these advisory criteria are not met: %1")
                .arg(texts(gate->unmetAdvisory, gate->missing).join(QStringLiteral("; "))));
    }
    for (const ExitCriterion &c : std::as_const(gate->failedKnockOuts)) {
        outcome.warnings.append(
            tr("Deal killer answered \"no\": %1. Consider disqualifying the deal.").arg(c.text));
    }
    if (from->kind != StageKind::Open && to->kind == StageKind::Open) {
        outcome.warnings.append(tr("\"%1\" is open again: its close no longer awaits review "
                                   "(the Look-back tab keeps it under All closed deals).")
                                    .arg(opportunity.title));
    }
    if (disqualified) {
        outcome.warnings.append(tr("\"%1\" never reached %2, so it is recorded as Disqualified, "
                                   "not Closed Lost; it does not count against the win rate.")
                                    .arg(opportunity.title, qualificationStageName(to->id)));
    }
    return outcome;
}

Result<Opportunity> GateEngine::setActivityDone(const Opportunity &opportunity, qint64 activityId,
                                                qint64 actorId, bool done,
                                                const QString &note) const
{
    std::optional<Check> check;
    if (done)
        check = Check{activityId, actorId, QDateTime::currentSecsSinceEpoch(), CriterionState::Met,
                      note};
    return m_opportunityStore.setActivityCheck(opportunity.id, opportunity.version, activityId,
                                               check);
}

Result<Opportunity> GateEngine::answerCriterion(const Opportunity &opportunity, qint64 criterionId,
                                                qint64 actorId, CriterionState state,
                                                const QString &note) const
{
    const ExitCriterion *c = criterion(criterionId);
    if (!c)
        return fail(tr("There is no exit criterion %1.").arg(criterionId));
    if (const auto refused = signOffRefusal(actorId, *c, opportunity))
        return fail(*refused, Error::Kind::NotAllowed);
    if (!c->rule.isEmpty()) {
        return fail(
            tr("\"%1\" checks itself from the deal; it cannot be answered by hand.").arg(c->text));
    }
    if (!criterionApplies(*c, opportunity)) {
        return fail(tr("\"%1\" is asked only of deals of at least %2; \"%3\" does not need it.")
                        .arg(c->text, formatMoney(*c->signOff->minAmount, opportunity.currency),
                             opportunity.title));
    }
    if (state == CriterionState::Failed && !c->knockOut && !c->signOff) {
        return fail(
            tr("\"%1\" is not a knock-out question; it is either met or not yet.").arg(c->text));
    }
    if (state == CriterionState::Failed && c->signOff && note.trimmed().isEmpty()) {
        return fail(tr("Rejecting the sign-off \"%1\" needs a comment saying why, for the rep to "
                       "act on.")
                        .arg(c->text));
    }
    std::optional<Check> check;
    // Clearing a sign-off is a withdrawal its log keeps, with who did it.
    if (state != CriterionState::Open || c->signOff)
        check = Check{criterionId, actorId, QDateTime::currentSecsSinceEpoch(), state, note};
    return m_opportunityStore.setCriterionCheck(opportunity.id, opportunity.version, criterionId,
                                                check);
}

} // namespace Stageboard
