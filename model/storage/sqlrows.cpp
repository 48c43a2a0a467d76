// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlrows.h"

#include "storage/sqlutil.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Stageboard {

const QString opportunityColumns = QStringLiteral(
    "o.id, o.title, o.account_id, o.contact, o.owner_id, o.amount, o.currency, o.close_date, "
    "o.stage_id, o.entered_stage_at, o.probability, o.next_step, o.close_reason, o.created_at, "
    "o.version, o.disqualified, o.activities_done, o.required_met, o.forecast_category, "
    "o.deleted_at, o.override_reason, o.next_activity_at, o.stakeholders, o.champions, "
    "o.buying_roles");

Opportunity readOpportunity(const QSqlQuery &q)
{
    Opportunity o;
    o.id = q.value(0).toLongLong();
    o.title = q.value(1).toString();
    o.accountId = q.value(2).toLongLong();
    o.contact = q.value(3).toString();
    o.ownerId = q.value(4).toLongLong();
    o.amount = q.value(5).toLongLong();
    o.currency = q.value(6).toString();
    o.closeDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    o.stageId = q.value(8).toLongLong();
    o.enteredStageAt = q.value(9).toLongLong();
    if (const QVariant p = q.value(10); !p.isNull())
        o.probability = p.toInt();
    o.nextStep = q.value(11).toString();
    o.closeReason = q.value(12).toString();
    o.createdAt = q.value(13).toLongLong();
    o.version = q.value(14).toInt();
    o.disqualified = q.value(15).toBool();
    o.activitiesDone = q.value(16).toInt();
    o.requiredMet = q.value(17).toInt();
    o.forecastCategory = forecastCategoryFromKey(q.value(18).toString());
    o.deleted = !q.value(19).isNull();
    o.overrideReason = q.value(20).toString();
    o.nextActivityAt = q.value(21).toLongLong();
    o.stakeholders = q.value(22).toInt();
    o.champions = q.value(23).toInt();
    o.buyingRoles = q.value(24).toString().split(u',', Qt::SkipEmptyParts);
    return o;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Row values are handed to a "bind" callable one at a time, in statement order, so that Qt's
// queries and the SQLite bulk writer below bind the very same values.
using Bind = std::function<void(const QVariant &)>;

Bind binder(QSqlQuery &q)
{
    return [&q](const QVariant &value) { q.addBindValue(value); };
}

// The fields an edit may change, in the order of the UPDATE and INSERT below.
void bindEditable(const Bind &bind, const Opportunity &o)
{
    bind(text(o.title));
    bind(nullableId(o.accountId));
    bind(text(o.contact));
    bind(nullableId(o.ownerId));
    bind(o.amount);
    bind(text(o.currency));
    bind(isoDate(o.closeDate));
    bind(nullableInt(o.probability));
    bind(text(o.nextStep));
    bind(text(o.closeReason));
    bind(o.forecastCategory ? QVariant(forecastCategoryKey(*o.forecastCategory))
                            : QVariant(QMetaType(QMetaType::QString)));
}

const QString insertOpportunitySql = QStringLiteral(
    "INSERT INTO opportunities (title, account_id, contact, owner_id, amount, currency, "
    "close_date, probability, next_step, close_reason, forecast_category, stage_id, "
    "entered_stage_at, created_at, updated_at, version, disqualified, activities_done, "
    "required_met) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");

const QString insertHistorySql = QStringLiteral(
    "INSERT INTO stage_history (opportunity_id, from_stage_id, to_stage_id, user_id, at, "
    "close_reason, kind, amount, probability, close_date, override_reason, unmet_criteria, "
    "disqualified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");

void bindOpportunity(const Bind &bind, const Opportunity &o)
{
    bindEditable(bind, o);
    bind(o.stageId);
    bind(o.enteredStageAt);
    bind(o.createdAt);
    bind(o.createdAt);
    bind(o.version);
    bind(o.disqualified ? 1 : 0);
    bind(o.activitiesDone);
    bind(o.requiredMet);
}

Result<qint64> insertOpportunity(QSqlQuery &q, const Opportunity &o)
{
    bindOpportunity(binder(q), o);
    return insertReturningId(q);
}

void bindHistory(const Bind &bind, const StageChange &c)
{
    bind(c.opportunityId);
    bind(c.fromStageId ? QVariant(*c.fromStageId) : QVariant(QMetaType(QMetaType::LongLong)));
    bind(c.toStageId);
    bind(nullableId(c.userId));
    bind(c.at);
    bind(text(c.closeReason));
    bind(changeKindKey(c.kind));
    bind(c.amount);
    bind(c.probability);
    bind(isoDate(c.closeDate));
    bind(text(c.overrideReason));
    bind(text(c.unmetCriteria.join(QLatin1Char('\n'))));
    bind(c.disqualified ? 1 : 0);
}

Result<qint64> insertHistory(QSqlQuery &q, const StageChange &c)
{
    bindHistory(binder(q), c);
    return insertReturningId(q);
}

const QString insertActivityCheckSql =
    QStringLiteral("INSERT INTO activity_checks (opportunity_id, activity_id, user_id, at, note) "
                   "VALUES (?, ?, ?, ?, ?)");
const QString insertCriterionCheckSql = QStringLiteral(
    "INSERT INTO criterion_checks (opportunity_id, criterion_id, user_id, at, note, state) "
    "VALUES (?, ?, ?, ?, ?, ?)");

void bindCheck(const Bind &bind, qint64 opportunityId, const Check &check, bool withState)
{
    bind(opportunityId);
    bind(check.itemId);
    bind(nullableId(check.userId));
    bind(check.at);
    bind(text(check.note));
    if (withState)
        bind(check.state == CriterionState::Failed ? QStringLiteral("failed")
                                                   : QStringLiteral("met"));
}

const QString legacyMembershipSql = QStringLiteral(
    "INSERT INTO team_role_members (role_id, user_id) SELECT id, CAST(? AS BIGINT) FROM "
    "team_roles "
    "WHERE name = ?");
const QString insertUserSql = QStringLiteral(
    "INSERT INTO users (name, role, login, active) VALUES (?, ?, ?, ?) RETURNING id");
const QString insertAccountSql =
    QStringLiteral("INSERT INTO accounts (name, industry, territory_id, owner_id, tier, potential, "
                   "country, employees, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id");
const QString accountColumns =
    QStringLiteral("a.id, a.name, a.industry, COALESCE(t.name, ''), a.owner_id, a.territory_id, "
                   "a.tier, a.potential, a.country, a.employees, a.version");
const QString accountsFrom =
    QStringLiteral(" FROM accounts a LEFT JOIN territories t ON t.id = a.territory_id");

Account readAccount(const QSqlQuery &q, int first)
{
    Account a;
    a.id = q.value(first).toLongLong();
    a.name = q.value(first + 1).toString();
    a.industry = q.value(first + 2).toString();
    a.territory = q.value(first + 3).toString();
    a.ownerId = q.value(first + 4).toLongLong();
    a.territoryId = q.value(first + 5).toLongLong();
    a.tier = tierFromKey(q.value(first + 6).toString()).value_or(AttentionTier::None);
    a.potential = q.value(first + 7).toLongLong();
    a.country = q.value(first + 8).toString();
    a.employees = q.value(first + 9).toInt();
    a.version = q.value(first + 10).toInt();
    return a;
}

const QString accountActivitySql = QStringLiteral(
    "UPDATE accounts SET last_activity_at = CASE WHEN CAST(? AS BIGINT) IS NOT NULL AND "
    "(last_activity_at IS NULL OR last_activity_at < ?) THEN ? ELSE last_activity_at END, "
    "next_activity_at = CASE WHEN CAST(? AS BIGINT) IS NOT NULL AND (next_activity_at IS NULL "
    "OR next_activity_at > ?) THEN ? ELSE next_activity_at END WHERE id = ?");
const QString insertTerritorySql = QStringLiteral(
    "INSERT INTO territories (name, parent_id, owner_id) VALUES (?, ?, ?) RETURNING id");

const QString insertContactSql = QStringLiteral(
    "INSERT INTO contacts (account_id, name, job_title, email, phone, notes, owner_id, "
    "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id");

void bindContactFields(const Bind &bind, const Contact &c)
{
    bind(nullableId(c.accountId));
    bind(c.name.trimmed());
    bind(text(c.jobTitle.trimmed()));
    bind(text(c.email.trimmed()));
    bind(text(c.phone.trimmed()));
    bind(text(c.notes));
    bind(nullableId(c.ownerId));
}

void bindContact(const Bind &bind, const Contact &c)
{
    bindContactFields(bind, c);
    bind(c.createdAt);
    bind(c.createdAt);
}

const QString insertEngagementSql = QStringLiteral(
    "INSERT INTO engagements (kind, subject, due_at, duration_minutes, owner_id, "
    "opportunity_id, contact_id, done_at, outcome, plan_objective, plan_questions, "
    "plan_objections, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, 1) RETURNING id");

void bindEngagementFields(const Bind &bind, const Engagement &e)
{
    bind(engagementKindKey(e.kind));
    bind(e.subject.trimmed());
    bind(nullableTime(e.dueAt));
    bind(e.durationMinutes);
    bind(nullableId(e.ownerId));
    bind(nullableId(e.opportunityId));
    bind(nullableId(e.contactId));
    bind(nullableTime(e.doneAt));
    bind(text(e.outcome));
    bind(text(e.objective.trimmed()));
    bind(text(e.questions.trimmed()));
    bind(text(e.objectionsExpected.trimmed()));
}

void bindEngagement(const Bind &bind, const Engagement &e)
{
    bindEngagementFields(bind, e);
    bind(e.createdAt);
    bind(e.createdAt);
}

const QString insertStakeholderSql = QStringLiteral(
    "INSERT INTO stakeholders (role_id, stance, influence, reports_to, opportunity_id, "
    "contact_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)");

void bindStakeholder(const Bind &bind, const Stakeholder &s)
{
    bind(nullableId(s.roleId));
    bind(stanceKey(s.stance));
    bind(influenceKey(s.influence));
    bind(nullableId(s.reportsTo));
    bind(s.opportunityId);
    bind(s.contactId);
    bind(s.addedAt);
}

const QString insertDebriefSql = QStringLiteral(
    "INSERT INTO debriefs (engagement_id, opportunity_id, author_id, went_well, improve, "
    "not_asked, written_at, reviewer_id, review_requested_at, feedback, reviewed_at) VALUES (?, "
    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

void bindDebrief(const Bind &bind, const Debrief &d)
{
    bind(d.engagementId);
    bind(nullableId(d.opportunityId));
    bind(nullableId(d.authorId));
    bind(text(d.wentWell.trimmed()));
    bind(text(d.improve.trimmed()));
    bind(text(d.notAsked.trimmed()));
    bind(d.writtenAt);
    bind(nullableId(d.reviewerId));
    bind(nullableTime(d.reviewRequestedAt));
    bind(text(d.feedback.trimmed()));
    bind(nullableTime(d.reviewedAt));
}

const QString insertObjectionSql = QStringLiteral(
    "INSERT INTO objections (opportunity_id, engagement_id, text, raised_by, raised_at, "
    "resolved_by, resolved_at, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

void bindObjection(const Bind &bind, const Objection &o)
{
    bind(o.opportunityId);
    bind(nullableId(o.engagementId));
    bind(o.text.trimmed());
    bind(nullableId(o.raisedBy));
    bind(o.raisedAt);
    bind(nullableId(o.resolvedBy));
    bind(nullableTime(o.resolvedAt));
    bind(text(o.resolution.trimmed()));
}

const QString historyColumns = QStringLiteral(
    "SELECT id, opportunity_id, from_stage_id, to_stage_id, user_id, at, close_reason, kind, "
    "amount, probability, close_date, override_reason, unmet_criteria, disqualified, "
    "process_change FROM stage_history ");

StageChange readStageChange(const QSqlQuery &q)
{
    StageChange c;
    c.id = q.value(0).toLongLong();
    c.opportunityId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        c.fromStageId = q.value(2).toLongLong();
    c.toStageId = q.value(3).toLongLong();
    c.userId = q.value(4).toLongLong();
    c.at = q.value(5).toLongLong();
    c.closeReason = q.value(6).toString();
    c.kind = changeKindFromKey(q.value(7).toString());
    c.amount = q.value(8).toLongLong();
    c.probability = q.value(9).toInt();
    c.closeDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    c.overrideReason = q.value(11).toString();
    c.unmetCriteria = q.value(12).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.disqualified = q.value(13).toBool();
    c.processChange = q.value(14).toString();
    return c;
}

const QString insertCompetitorSql =
    QStringLiteral("INSERT INTO competitors (name, description) VALUES (?, ?) RETURNING id");
const QString insertDealCompetitorSql =
    QStringLiteral("INSERT INTO deal_competitors (opportunity_id, competitor_id, strengths, "
                   "weaknesses) VALUES (?, ?, ?, ?)");
const QString insertSignOffDecisionSql = QStringLiteral(
    "INSERT INTO signoff_decisions (opportunity_id, criterion_id, user_id, at, decision, "
    "comment) VALUES (?, ?, ?, ?, ?, ?)");
const QString insertDealCloseSql = QStringLiteral(
    "INSERT INTO deal_closes (opportunity_id, stage_id, won, disqualified, primary_reason, "
    "secondary_reasons, lost_to_id, notes, closed_by, closed_at, reviewed_by, reviewed_at, "
    "lesson, process_suggestion) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");

void bindDealClose(const Bind &bind, const DealClose &c)
{
    bind(c.opportunityId);
    bind(c.stageId);
    bind(c.won ? 1 : 0);
    bind(c.disqualified ? 1 : 0);
    bind(text(c.primaryReason));
    bind(text(joinLines(c.secondaryReasons)));
    bind(nullableId(c.lostToId));
    bind(text(c.notes));
    bind(nullableId(c.closedBy));
    bind(c.closedAt);
    bind(nullableId(c.reviewedBy));
    bind(nullableTime(c.reviewedAt));
    bind(text(c.lesson));
    bind(text(c.processSuggestion));
}

} // namespace Stageboard
