// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlsignoffstore.h"

#include "storage/sqlutil.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringBuilder>

namespace Stageboard {

namespace {
const QString decisionColumns = QStringLiteral(
    "id, opportunity_id, criterion_id, user_id, at, decision, comment, field, old_value, "
    "new_value");

SignOffDecision readDecision(const QSqlQuery &q)
{
    SignOffDecision d;
    d.id = q.value(0).toLongLong();
    d.opportunityId = q.value(1).toLongLong();
    d.criterionId = q.value(2).toLongLong();
    d.userId = q.value(3).toLongLong();
    d.at = q.value(4).toLongLong();
    d.kind = signOffDecisionFromKey(q.value(5).toString()).value_or(SignOffDecisionKind::Approved);
    d.comment = q.value(6).toString();
    d.field = q.value(7).toString();
    d.oldValue = q.value(8).toString();
    d.newValue = q.value(9).toString();
    return d;
}
} // namespace

Result<QList<SignOffDecision>> SqlSignOffStore::decisions(qint64 opportunityId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") % decisionColumns %
              QStringLiteral(" FROM signoff_decisions WHERE opportunity_id = ? ORDER BY at, id"));
    q.addBindValue(opportunityId);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the sign-off log"), ok.error()).error());
    QList<SignOffDecision> result;
    while (q.next())
        result.append(readDecision(q));
    return result;
}

Result<void>
SqlSignOffStore::forEachDecision(const std::function<bool(const SignOffDecision &)> &visit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT ") % decisionColumns %
                              QStringLiteral(" FROM signoff_decisions ORDER BY opportunity_id, "
                                             "at, id"));
        !ok) {
        return failWith(tr("Cannot read the sign-off log"), ok.error());
    }
    while (q.next()) {
        if (!visit(readDecision(q)))
            break;
    }
    return {};
}

Result<QList<PendingSignOff>> SqlSignOffStore::waitingOn(qint64 userId)
{
    // Per sign-off criterion of the user's roles, the deals in its stage: the stage index
    // finds them, and the unanswered test is one primary-key probe each. Then the deals in
    // the stages the user's roles own, found the same way; where the role signs off a
    // criterion of the stage, that sign-off is what waits on it, and once given nothing does.
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT o.id, o.title, o.owner_id, o.amount, o.currency, o.version, o.stage_id, c.id, "
        "c.text, r.id, r.name, COALESCE((SELECT MAX(d.at) FROM signoff_decisions d WHERE "
        "d.opportunity_id = o.id AND d.criterion_id = c.id AND d.decision = 'reopened' AND d.at "
        ">= o.entered_stage_at), o.entered_stage_at) AS since, o.account_id, c.position "
        "FROM team_role_members m "
        "JOIN team_roles r ON r.id = m.role_id "
        "JOIN exit_criteria c ON c.signoff_role_id = m.role_id AND c.rule = '' "
        "JOIN stages s ON s.id = c.stage_id AND s.kind = 'open' AND s.removed_at IS NULL "
        "JOIN opportunities o ON o.stage_id = c.stage_id AND o.deleted_at IS NULL "
        "WHERE m.user_id = ? "
        "AND (c.signoff_min_amount IS NULL OR o.amount >= c.signoff_min_amount) "
        "AND NOT (c.signoff_not_own = 1 AND o.owner_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM criterion_checks cc WHERE cc.opportunity_id = o.id AND "
        "cc.criterion_id = c.id) "
        "UNION ALL "
        "SELECT o.id, o.title, o.owner_id, o.amount, o.currency, o.version, o.stage_id, 0, '', "
        "r.id, r.name, o.entered_stage_at, o.account_id, -1 "
        "FROM team_role_members m "
        "JOIN team_roles r ON r.id = m.role_id "
        "JOIN stage_owner_teams t ON t.role_id = m.role_id "
        "JOIN stages s ON s.id = t.stage_id AND s.kind = 'open' AND s.removed_at IS NULL "
        "JOIN opportunities o ON o.stage_id = t.stage_id AND o.deleted_at IS NULL "
        "WHERE m.user_id = ? AND NOT EXISTS (SELECT 1 FROM exit_criteria x WHERE x.stage_id = "
        "t.stage_id AND x.signoff_role_id = m.role_id) "
        "ORDER BY 12, 1, 14, 11"));
    q.addBindValue(userId);
    q.addBindValue(userId);
    q.addBindValue(userId);
    if (auto ok = exec(q); !ok) {
        return std::unexpected(
            failWith(tr("Cannot read the sign-offs waiting"), ok.error()).error());
    }
    QList<PendingSignOff> result;
    while (q.next()) {
        PendingSignOff p;
        p.opportunityId = q.value(0).toLongLong();
        p.title = q.value(1).toString();
        p.ownerId = q.value(2).toLongLong();
        p.amount = q.value(3).toLongLong();
        p.currency = q.value(4).toString();
        p.version = q.value(5).toInt();
        p.stageId = q.value(6).toLongLong();
        p.criterionId = q.value(7).toLongLong();
        p.criterion = q.value(8).toString();
        p.roleId = q.value(9).toLongLong();
        p.role = q.value(10).toString();
        p.waitingSince = q.value(11).toLongLong();
        p.accountId = q.value(12).toLongLong();
        result.append(p);
    }
    // A deal listed for a sign-off is not listed again for its stage; nor twice for a stage
    // two of the user's roles own.
    QSet<qint64> signing;
    for (const PendingSignOff &p : std::as_const(result)) {
        if (p.criterionId)
            signing.insert(p.opportunityId);
    }
    result.removeIf([&signing](const PendingSignOff &p) {
        if (p.criterionId)
            return false;
        if (signing.contains(p.opportunityId))
            return true;
        signing.insert(p.opportunityId);
        return false;
    });
    return result;
}

} // namespace Stageboard
