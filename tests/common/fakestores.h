// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/directory.h"
#include "storage/opportunitystore.h"
#include "storage/processstore.h"

#include <QDateTime>
#include <QHash>

// Stores held in memory, small enough to read whole, so that a service can be tested without a
// database: what they do not need to do for that says so when called.
namespace Stageboard::Test {

inline std::unexpected<Error> notInTheFake()
{
    return fail(QStringLiteral("not kept by the fake store"));
}

/// One pipeline: Identify (10 %), Qualify (25 %, one required criterion to leave it),
/// Closed Won and Closed Lost.
class FakeProcessStore final : public ProcessStore
{
public:
    static constexpr qint64 identify = 1, qualify = 2, won = 3, lost = 4;
    static constexpr qint64 budgetConfirmed = 20;

    FakeProcessStore()
    {
        const auto stage = [](qint64 id, int position, const char *name, int probability,
                              StageKind kind) {
            Stage s;
            s.id = id;
            s.pipelineId = 1;
            s.position = position;
            s.name = QString::fromLatin1(name);
            s.probability = probability;
            s.kind = kind;
            return s;
        };
        m_stages = {stage(identify, 0, "Identify", 10, StageKind::Open),
                    stage(qualify, 1, "Qualify", 25, StageKind::Open),
                    stage(won, 2, "Closed Won", 100, StageKind::Won),
                    stage(lost, 3, "Closed Lost", 0, StageKind::Lost)};
        ExitCriterion budget;
        budget.id = budgetConfirmed;
        budget.stageId = qualify;
        budget.text = QStringLiteral("Budget confirmed");
        m_criteria = {budget};
    }

    Result<QList<SalesPipeline>> pipelines() override
    {
        return QList<SalesPipeline>{{1, 0, QStringLiteral("New business")}};
    }
    Result<QList<Stage>> stages() override { return m_stages; }
    Result<QList<Activity>> activities() override { return QList<Activity>{}; }
    Result<QList<ExitCriterion>> exitCriteria() override { return m_criteria; }
    Result<QStringList> closeReasons(StageKind) override { return m_reasons; }
    Result<void> addCloseReason(StageKind, const QString &text) override
    {
        if (!m_reasons.contains(text))
            m_reasons.append(text);
        return {};
    }

    Result<qint64> addPipeline(const ProcessDefinition &) override { return notInTheFake(); }
    Result<void> updateStage(const Stage &) override { return notInTheFake(); }
    Result<qint64> addStage(const Stage &) override { return notInTheFake(); }
    Result<void> reorderStages(qint64, const QList<qint64> &) override { return notInTheFake(); }
    Result<void> setStageGuidance(qint64, const QList<Activity> &,
                                  const QList<ExitCriterion> &) override
    {
        return notInTheFake();
    }
    Result<QList<qint64>> removeStage(qint64, qint64, qint64) override { return notInTheFake(); }
    Result<void> restoreStage(qint64, int, const QList<qint64> &, qint64, qint64) override
    {
        return notInTheFake();
    }
    Result<void> deleteStage(qint64) override { return notInTheFake(); }
    Result<void> renamePipeline(qint64, const QString &) override { return notInTheFake(); }
    Result<void> deletePipeline(qint64) override { return notInTheFake(); }
    Result<ProcessDefinition> processDefinition(qint64) override { return notInTheFake(); }

private:
    QList<Stage> m_stages;
    QList<ExitCriterion> m_criteria;
    QStringList m_reasons;
};

/// One manager, Dana Reyes, who acts; accounts as they are added.
class FakeDirectory final : public Directory
{
public:
    static constexpr qint64 dana = 7;

    Result<QList<User>> users() override
    {
        return QList<User>{{dana, QStringLiteral("Dana Reyes"), UserRole::Manager, {}}};
    }
    Result<std::optional<qint64>> signedInUser() override { return std::optional<qint64>(); }
    Result<QList<Account>> accounts() override { return m_accounts; }
    Result<qint64> addUser(const User &) override { return notInTheFake(); }
    Result<void> updateUser(const User &) override { return notInTheFake(); }
    Result<QList<TeamRole>> teamRoles() override { return QList<TeamRole>{}; }
    Result<qint64> saveTeamRole(const TeamRole &) override { return notInTheFake(); }
    Result<void> removeTeamRole(qint64) override { return notInTheFake(); }
    Result<qint64> addAccount(const Account &account) override
    {
        Account a = account;
        a.id = 100 + m_accounts.size();
        m_accounts.append(a);
        return a.id;
    }

private:
    QList<Account> m_accounts;
};

/// Deals with versions, as the SQL store keeps them: a write with a stale version is refused
/// with Error::Kind::Conflict. elsewhere() changes a deal as another person's app would.
class FakeOpportunityStore final : public OpportunityStore
{
public:
    /// Adds a deal as if someone had created it long ago.
    Opportunity add(const QString &title, qint64 stageId, Cents amount)
    {
        Opportunity o;
        o.id = ++m_lastId;
        o.title = title;
        o.stageId = stageId;
        o.amount = amount;
        o.currency = QStringLiteral("EUR");
        o.version = 1;
        o.ownerId = FakeDirectory::dana;
        m_deals.insert(o.id, o);
        m_history[o.id].append(ledgerRow(o.id, std::nullopt, stageId));
        return o;
    }
    /// Someone else saves the deal as change makes it: a new version.
    Opportunity elsewhere(qint64 id, const std::function<void(Opportunity &)> &change)
    {
        Opportunity &o = m_deals[id];
        const qint64 stage = o.stageId;
        change(o);
        ++o.version;
        if (o.stageId != stage)
            m_history[id].append(ledgerRow(id, stage, o.stageId));
        return o;
    }
    int writes() const { return m_writes; }

    Result<QList<Opportunity>> opportunities() override { return m_deals.values(); }
    Result<Opportunity> opportunity(qint64 id) override
    {
        if (!m_deals.contains(id))
            return notInTheFake();
        return m_deals.value(id);
    }
    Result<QList<Opportunity>> opportunitiesByIds(const QList<qint64> &ids) override
    {
        QList<Opportunity> found;
        for (qint64 id : ids) {
            if (m_deals.contains(id))
                found.append(m_deals.value(id));
        }
        return found;
    }
    Result<qint64> opportunityCount() override { return m_deals.size(); }
    Result<QList<StageChange>> stageHistory(qint64 opportunityId) override
    {
        return m_history.value(opportunityId);
    }
    Result<void> forEachStageChange(const std::function<bool(const StageChange &)> &) override
    {
        return notInTheFake();
    }
    Result<QList<Check>> activityChecks(qint64) override { return QList<Check>{}; }
    Result<QList<Check>> criterionChecks(qint64 opportunityId) override
    {
        return m_answers.value(opportunityId);
    }
    Result<Opportunity> createOpportunity(const Opportunity &opportunity, qint64) override
    {
        ++m_writes;
        Opportunity o = opportunity;
        o.id = ++m_lastId;
        o.version = 1;
        m_deals.insert(o.id, o);
        return o;
    }
    Result<Opportunity> updateOpportunity(const Opportunity &opportunity) override
    {
        ++m_writes;
        if (m_deals.value(opportunity.id).version != opportunity.version)
            return fail(QStringLiteral("changed elsewhere"), Error::Kind::Conflict);
        Opportunity o = opportunity;
        ++o.version;
        m_deals.insert(o.id, o);
        return o;
    }
    Result<Opportunity> moveOpportunity(const StageChange &change, int expectedVersion,
                                        const CloseDetails & = {}) override
    {
        ++m_writes;
        Opportunity &o = m_deals[change.opportunityId];
        if (o.version != expectedVersion)
            return fail(QStringLiteral("changed elsewhere"), Error::Kind::Conflict);
        o.stageId = change.toStageId;
        o.closeReason = change.closeReason;
        ++o.version;
        m_history[o.id].append(change);
        return o;
    }
    Result<Opportunity> setActivityCheck(qint64, int, qint64, const std::optional<Check> &) override
    {
        return notInTheFake();
    }
    Result<Opportunity> setCriterionCheck(qint64 opportunityId, int expectedVersion,
                                          qint64 criterionId,
                                          const std::optional<Check> &check) override
    {
        ++m_writes;
        Opportunity &o = m_deals[opportunityId];
        if (o.version != expectedVersion)
            return fail(QStringLiteral("changed elsewhere"), Error::Kind::Conflict);
        QList<Check> &answers = m_answers[opportunityId];
        answers.removeIf([criterionId](const Check &c) { return c.itemId == criterionId; });
        if (check && check->state != CriterionState::Open)
            answers.append(*check);
        o.requiredMet = int(answers.size());
        ++o.version;
        return o;
    }
    Result<Opportunity> setOpportunityDeleted(qint64 id, bool deleted) override
    {
        ++m_writes;
        Opportunity o = m_deals.value(id);
        o.deleted = deleted;
        ++o.version;
        if (deleted) {
            m_hidden.insert(id, o);
            m_deals.remove(id);
        } else {
            m_deals.insert(id, m_hidden.take(id));
        }
        return o;
    }

private:
    static StageChange ledgerRow(qint64 id, std::optional<qint64> from, qint64 to)
    {
        StageChange c;
        c.opportunityId = id;
        c.fromStageId = from;
        c.toStageId = to;
        c.userId = FakeDirectory::dana;
        return c;
    }

    qint64 m_lastId = 0;
    int m_writes = 0;
    QHash<qint64, Opportunity> m_deals;
    QHash<qint64, Opportunity> m_hidden;
    QHash<qint64, QList<StageChange>> m_history;
    QHash<qint64, QList<Check>> m_answers;
};

} // namespace Stageboard::Test
