// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/boardservice.h"

#include <algorithm>

namespace Stageboard {

BoardService::BoardService(OpportunityStore &deals, ProcessStore &process, Directory &directory,
                           QObject *parent)
    : QObject(parent)
    , m_opportunityStore(deals)
    , m_directory(directory)
    , m_engine(deals, process, directory)
{}

BoardService::~BoardService() = default;

Result<void> BoardService::reload()
{
    if (auto loaded = m_engine.load(); !loaded)
        return loaded;
    auto accounts = m_directory.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    auto deals = m_opportunityStore.opportunities();
    if (!deals)
        return std::unexpected(deals.error());

    Q_EMIT aboutToReset();
    if (!m_engine.pipeline(m_pipelineId))
        m_pipelineId = m_engine.pipelines().isEmpty() ? 0 : m_engine.pipelines().first().id;
    m_stages = m_engine.stagesOf(m_pipelineId);
    m_accounts = std::move(*accounts);
    m_userNames.clear();
    m_accountNames.clear();
    m_accountNames.reserve(m_accounts.size());
    learnNames();
    m_opportunities.clear();
    m_opportunities.reserve(deals->size());
    QHash<QString, int> currencies;
    for (Opportunity &o : *deals) {
        ++currencies[o.currency];
        const qint64 id = o.id;
        m_opportunities.emplace(id, std::move(o));
    }
    m_totalsCurrency.clear();
    for (auto it = currencies.cbegin(); it != currencies.cend(); ++it) {
        if (m_totalsCurrency.isEmpty() || it.value() > currencies.value(m_totalsCurrency))
            m_totalsCurrency = it.key();
    }
    recountTotals();
    Q_EMIT reset();
    Q_EMIT reloaded();
    return {};
}

Result<qint64> BoardService::addUser(const User &user)
{
    auto id = m_directory.addUser(user);
    if (!id)
        return id;
    if (auto loaded = followUsers(); !loaded)
        return std::unexpected(loaded.error());
    return id;
}

Result<void> BoardService::updateUser(const User &user)
{
    if (auto ok = m_directory.updateUser(user); !ok)
        return ok;
    return followUsers();
}

Result<qint64> BoardService::saveTeamRole(const TeamRole &role)
{
    auto id = m_directory.saveTeamRole(role);
    if (!id)
        return id;
    if (auto loaded = followUsers(); !loaded)
        return std::unexpected(loaded.error());
    return id;
}

Result<void> BoardService::removeTeamRole(qint64 roleId)
{
    QStringList signs;
    for (const ExitCriterion &c : m_engine.exitCriteriaSignedOffBy(roleId)) {
        const Stage *s = m_engine.stage(c.stageId);
        signs.append(tr("%1: %2").arg(s ? s->name : QString(), c.text));
    }
    if (!signs.isEmpty()) {
        const auto role = std::find_if(m_engine.teamRoles().cbegin(), m_engine.teamRoles().cend(),
                                       [&](const TeamRole &r) { return r.id == roleId; });
        return fail(tr("%1 signs off %2; choose another role for them in the process editor "
                       "first.")
                        .arg(role != m_engine.teamRoles().cend() ? role->name : QString(),
                             signs.join(QStringLiteral("; "))),
                    Error::Kind::NotAllowed);
    }
    if (auto ok = m_directory.removeTeamRole(roleId); !ok)
        return ok;
    return followUsers();
}

Result<void> BoardService::followUsers()
{
    if (auto loaded = m_engine.load(); !loaded)
        return loaded;
    learnNames();
    Q_EMIT usersChanged();
    return {};
}

void BoardService::learnNames()
{
    for (const User &u : m_engine.users())
        m_userNames.insert(u.id, u.name);
    for (const Account &a : std::as_const(m_accounts))
        m_accountNames.insert(a.id, a.name);
}

Result<void> BoardService::applyStoredChanges(const QList<qint64> &ids)
{
    auto stored = m_opportunityStore.opportunitiesByIds(ids);
    if (!stored)
        return std::unexpected(stored.error());
    const bool namesKnown =
        std::all_of(stored->cbegin(), stored->cend(), [this](const Opportunity &o) {
            return o.deleted || ((!o.accountId || m_accountNames.contains(o.accountId)) &&
                                 (!o.ownerId || m_userNames.contains(o.ownerId)));
        });
    if (!namesKnown) {
        // A new account or person came with them: learn their names before showing the cards.
        if (auto loaded = m_engine.load(); !loaded)
            return loaded;
        auto accounts = m_directory.accounts();
        if (!accounts)
            return std::unexpected(accounts.error());
        m_accounts = std::move(*accounts);
        learnNames();
    }
    for (const Opportunity &o : std::as_const(*stored)) {
        const auto it = m_opportunities.constFind(o.id);
        std::optional<Opportunity> before;
        if (it != m_opportunities.cend())
            before = *it;
        if (!before && o.deleted)
            continue;
        // What the database keeps on the deal for its activities and stakeholders changes
        // without a new version.
        if (before && !o.deleted && before->version == o.version &&
            before->nextActivityAt == o.nextActivityAt && before->stakeholders == o.stakeholders &&
            before->buyingRoles == o.buyingRoles)
            continue; // this board made the change, or already has it
        std::optional<Opportunity> after;
        if (!o.deleted)
            after = o;
        if (after && !m_engine.stage(after->stageId))
            continue; // a stage this board does not know yet: shown after the next reload
        apply(before, after);
        Q_EMIT changedElsewhere(before, after);
    }
    return {};
}

void BoardService::setPipelineId(qint64 pipelineId)
{
    if (pipelineId == m_pipelineId || !m_engine.pipeline(pipelineId))
        return;
    // Every column changes: one reset.
    Q_EMIT aboutToReset();
    m_pipelineId = pipelineId;
    m_stages = m_engine.stagesOf(m_pipelineId);
    recountTotals();
    Q_EMIT reset();
    Q_EMIT pipelineChanged(m_pipelineId);
}

void BoardService::setFilter(const BoardFilter &filter)
{
    if (filter == m_filter)
        return;
    // A new filter changes which deals every column holds: one reset is cheaper than
    // thousands of row signals.
    Q_EMIT aboutToReset();
    m_filter = filter;
    m_filterMatcher = QStringMatcher(filter.text, Qt::CaseInsensitive);
    recountTotals();
    Q_EMIT reset();
}

bool BoardService::accepts(const Opportunity &o) const
{
    if (m_filter.ownerId != 0 && o.ownerId != m_filter.ownerId)
        return false;
    if (m_filter.withoutNextActivity) {
        const Stage *at = stage(o.stageId);
        if (o.nextActivityAt != 0 || !at || at->kind != StageKind::Open)
            return false;
    }
    if (m_filter.text.isEmpty())
        return true;
    const auto found = [this](const QString &text) { return m_filterMatcher.indexIn(text) >= 0; };
    if (found(o.title) || found(o.contact) || found(o.nextStep))
        return true;
    const auto account = m_accountNames.constFind(o.accountId);
    return account != m_accountNames.constEnd() && found(*account);
}

const Stage *BoardService::stage(qint64 stageId) const
{
    const auto it = std::find_if(m_stages.cbegin(), m_stages.cend(),
                                 [stageId](const Stage &s) { return s.id == stageId; });
    return it == m_stages.cend() ? nullptr : &*it;
}

void BoardService::recountTotals()
{
    // One pass, one filter test a deal: the totals, and the deals each column shows.
    m_totals.clear();
    m_shownAtReset.clear();
    for (const Stage &s : std::as_const(m_stages)) {
        m_totals.insert(s.id, {});
        m_shownAtReset.insert(s.id, {});
    }
    for (auto it = m_opportunities.cbegin(); it != m_opportunities.cend(); ++it) {
        const auto shown = m_shownAtReset.find(it->stageId);
        if (shown == m_shownAtReset.end() || !accepts(it.value()))
            continue;
        shown->append(it.key());
        addToTotals(it.value(), +1);
    }
}

void BoardService::addToTotals(const Opportunity &o, int sign)
{
    const auto it = m_totals.find(o.stageId);
    if (it == m_totals.end())
        return; // not a stage of the pipeline shown
    it->count += sign;
    it->amount += sign * o.amount;
    it->weighted.add(o.amount, probabilityOf(o), sign);
}

void BoardService::apply(const std::optional<Opportunity> &old,
                         const std::optional<Opportunity> &now)
{
    if (old && accepts(*old))
        addToTotals(*old, -1);
    const qint64 id = old ? old->id : now->id;
    if (now)
        m_opportunities.insert(id, *now);
    else
        m_opportunities.remove(id);
    if (now && accepts(*now))
        addToTotals(*now, +1);
    Q_EMIT changed(old, now);
}

std::optional<Opportunity> BoardService::opportunity(qint64 id) const
{
    const auto it = m_opportunities.constFind(id);
    if (it == m_opportunities.cend())
        return std::nullopt;
    return it.value();
}

int BoardService::opportunityCount(qint64 stageId) const
{
    return int(std::count_if(m_opportunities.cbegin(), m_opportunities.cend(),
                             [stageId](const Opportunity &o) { return o.stageId == stageId; }));
}

qint64 BoardService::neighbourStage(qint64 stageId, int step) const
{
    const Stage *from = m_engine.stage(stageId);
    if (!from || from->removed)
        return 0;
    const QList<Stage> stages = m_engine.stagesOf(from->pipelineId);
    const auto at = std::find_if(stages.cbegin(), stages.cend(),
                                 [stageId](const Stage &s) { return s.id == stageId; });
    if (at == stages.cend())
        return 0;
    if (from->kind != StageKind::Open) {
        if (step > 0)
            return 0;
        const auto lastOpen = std::find_if(stages.crbegin(), stages.crend(), [](const Stage &s) {
            return s.kind == StageKind::Open;
        });
        return lastOpen == stages.crend() ? 0 : lastOpen->id;
    }
    if (step < 0)
        return at == stages.cbegin() ? 0 : std::prev(at)->id;
    if (std::next(at) == stages.cend())
        return 0;
    if (std::next(at)->kind != StageKind::Lost)
        return std::next(at)->id;
    // Forward from the last open stage is winning it, wherever the won stage is listed.
    const auto won = std::find_if(stages.cbegin(), stages.cend(),
                                  [](const Stage &s) { return s.kind == StageKind::Won; });
    return won == stages.cend() ? 0 : won->id;
}

int BoardService::probabilityOf(const Opportunity &opportunity) const
{
    if (opportunity.probability)
        return *opportunity.probability;
    const Stage *s = m_engine.stage(opportunity.stageId);
    return s ? s->probability : 0;
}

Result<QList<StageChange>> BoardService::stageHistory(qint64 opportunityId) const
{
    return m_opportunityStore.stageHistory(opportunityId);
}

Result<QList<Check>> BoardService::activityChecks(qint64 opportunityId) const
{
    return m_opportunityStore.activityChecks(opportunityId);
}

Result<QList<Check>> BoardService::criterionChecks(qint64 opportunityId) const
{
    return m_opportunityStore.criterionChecks(opportunityId);
}

std::optional<Opportunity> BoardService::takeInStoredAfterConflict(qint64 opportunityId)
{
    if (auto ok = applyStoredChanges({opportunityId}); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    return opportunity(opportunityId);
}

std::optional<Error> BoardService::movedMeanwhile(const Opportunity &seen,
                                                  const Opportunity &now) const
{
    if (now.stageId == seen.stageId)
        return std::nullopt;
    QString who;
    if (auto history = m_opportunityStore.stageHistory(now.id); history && !history->isEmpty())
        who = userName(history->last().userId);
    const Stage *in = m_engine.stage(now.stageId);
    const QString where = in ? in->name : QString();
    const QString what =
        who.isEmpty() ? tr("\"%1\" was moved to %2 elsewhere meanwhile.").arg(now.title, where)
                      : tr("%3 moved \"%1\" to %2 meanwhile.").arg(now.title, where, who);
    return fail(what + QLatin1Char(' ') + tr("The board shows it there now; nothing was moved."),
                Error::Kind::Conflict)
        .error();
}

Result<MoveOutcome> BoardService::moveToStage(qint64 opportunityId, qint64 stageId,
                                              const MoveRequest &request)
{
    auto old = opportunity(opportunityId);
    if (!old)
        return fail(tr("The opportunity %1 no longer exists.").arg(opportunityId));
    MoveRequest r = request;
    r.toStageId = stageId;
    auto outcome = m_engine.move(*old, m_currentUserId, r);
    if (!outcome && outcome.error().kind == Error::Kind::Conflict) {
        // Someone changed the deal since this board read it. Take it in as it is now; if it is
        // still where the person saw it, the move is theirs to make: check its gate again
        // against what is stored now (a criterion may have been answered or cleared).
        const Opportunity seen = *old;
        old = takeInStoredAfterConflict(opportunityId);
        if (!old) {
            return fail(tr("\"%1\" was deleted elsewhere; nothing was moved.").arg(seen.title),
                        Error::Kind::Conflict);
        }
        if (auto refused = movedMeanwhile(seen, *old))
            return std::unexpected(*refused);
        outcome = m_engine.move(*old, m_currentUserId, r);
    }
    if (!outcome && outcome.error().kind == Error::Kind::GateRefused) {
        // The gate read the answers as stored now; the card shows the same progress.
        takeInStoredAfterConflict(opportunityId);
    }
    if (!outcome)
        return outcome;
    if (outcome->opportunity.stageId == old->stageId)
        return outcome;
    apply(old, outcome->opportunity);
    Q_EMIT moved(*old, outcome->change);
    if (!outcome->warnings.isEmpty())
        Q_EMIT moveWarned(opportunityId, outcome->warnings);
    return outcome;
}

Result<void> BoardService::setActivityDone(qint64 opportunityId, qint64 activityId, bool done,
                                           const QString &note)
{
    auto old = opportunity(opportunityId);
    if (!old)
        return fail(tr("The opportunity %1 no longer exists.").arg(opportunityId));
    auto stored = m_engine.setActivityDone(*old, activityId, m_currentUserId, done, note);
    if (!stored && stored.error().kind == Error::Kind::Conflict) {
        // A tick says nothing about the deal's other fields: make it on the deal as it is now.
        old = takeInStoredAfterConflict(opportunityId);
        if (!old)
            return std::unexpected(stored.error());
        stored = m_engine.setActivityDone(*old, activityId, m_currentUserId, done, note);
    }
    if (!stored)
        return std::unexpected(stored.error());
    apply(old, *stored);
    Q_EMIT checksChanged(opportunityId);
    return {};
}

Result<void> BoardService::answerCriterion(qint64 opportunityId, qint64 criterionId,
                                           CriterionState state, const QString &note)
{
    auto old = opportunity(opportunityId);
    if (!old)
        return fail(tr("The opportunity %1 no longer exists.").arg(opportunityId));
    auto stored = m_engine.answerCriterion(*old, criterionId, m_currentUserId, state, note);
    if (!stored && stored.error().kind == Error::Kind::Conflict) {
        old = takeInStoredAfterConflict(opportunityId);
        if (!old)
            return std::unexpected(stored.error());
        stored = m_engine.answerCriterion(*old, criterionId, m_currentUserId, state, note);
    }
    if (!stored)
        return std::unexpected(stored.error());
    apply(old, *stored);
    Q_EMIT checksChanged(opportunityId);
    return {};
}

Result<Opportunity> BoardService::createOpportunity(const Opportunity &opportunity)
{
    if (!stage(opportunity.stageId))
        return fail(tr("The stage %1 no longer exists.").arg(opportunity.stageId));
    auto stored = m_opportunityStore.createOpportunity(opportunity, m_currentUserId);
    if (!stored)
        return stored;
    apply(std::nullopt, *stored);
    Q_EMIT created(*stored);
    return stored;
}

Result<void> BoardService::updateOpportunity(const Opportunity &opportunity)
{
    const auto old = this->opportunity(opportunity.id);
    if (!old)
        return fail(tr("The opportunity %1 no longer exists.").arg(opportunity.id));
    Opportunity changed = opportunity;
    changed.stageId = old->stageId;
    changed.enteredStageAt = old->enteredStageAt;
    // The store re-opens a sign-off whose vouched-for field changed: which ones, to say so.
    QList<ExitCriterion> reopening;
    for (const ExitCriterion &c : m_engine.exitCriteria(old->stageId)) {
        if (c.signOff && !c.signOff->reopenOn.isEmpty())
            reopening.append(c);
    }
    QList<Check> before;
    if (!reopening.isEmpty()) {
        auto checks = m_opportunityStore.criterionChecks(opportunity.id);
        if (!checks)
            return std::unexpected(checks.error());
        before = std::move(*checks);
    }
    auto stored = m_opportunityStore.updateOpportunity(changed);
    if (!stored) {
        // The caller's copy is stale: the deal is taken in as stored now, so that the person
        // can compare the two and choose (EditConflict).
        if (stored.error().kind == Error::Kind::Conflict)
            takeInStoredAfterConflict(opportunity.id);
        return std::unexpected(stored.error());
    }
    apply(old, *stored);
    Q_EMIT edited(*old, *stored);
    if (reopening.isEmpty())
        return {};
    auto after = m_opportunityStore.criterionChecks(opportunity.id);
    if (!after)
        return std::unexpected(after.error());
    QStringList reopened;
    for (const ExitCriterion &c : std::as_const(reopening)) {
        const auto answered = [&](const QList<Check> &checks) {
            return std::any_of(checks.cbegin(), checks.cend(),
                               [&](const Check &k) { return k.itemId == c.id; });
        };
        if (answered(before) && !answered(*after))
            reopened.append(tr("the sign-off \"%1\" is open again: %2 signs it off anew.")
                                .arg(c.text, c.signOff->role));
    }
    if (!reopened.isEmpty()) {
        Q_EMIT checksChanged(opportunity.id);
        Q_EMIT moveWarned(opportunity.id, reopened);
    }
    return {};
}

Result<void> BoardService::removeOpportunity(qint64 id)
{
    const auto old = opportunity(id);
    if (!old)
        return fail(tr("The opportunity %1 no longer exists.").arg(id));
    auto stored = m_opportunityStore.setOpportunityDeleted(id, true);
    if (!stored)
        return std::unexpected(stored.error());
    apply(old, std::nullopt);
    Q_EMIT removed(*old);
    return {};
}

Result<void> BoardService::restoreOpportunity(qint64 id)
{
    if (opportunity(id))
        return {};
    auto stored = m_opportunityStore.setOpportunityDeleted(id, false);
    if (!stored)
        return std::unexpected(stored.error());
    apply(std::nullopt, *stored);
    Q_EMIT restored(*stored);
    return {};
}

Result<qint64> BoardService::accountNamed(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return qint64(0);
    for (const Account &a : std::as_const(m_accounts)) {
        if (a.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return a.id;
    }
    Account account{0, trimmed, {}, {}, m_currentUserId};
    auto id = m_directory.addAccount(account);
    if (!id)
        return id;
    account.id = *id;
    m_accounts.append(account);
    m_accountNames.insert(account.id, account.name);
    return id;
}

} // namespace Stageboard
