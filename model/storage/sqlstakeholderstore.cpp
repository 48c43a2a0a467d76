// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlstakeholderstore.h"

#include "storage/sqlrows.h"
#include "storage/sqlutil.h"

#include <QSet>
#include <QSqlQuery>

namespace Stageboard {

namespace {

struct StandardRole
{
    const char *key;
    const char *name;
};

// Seed 002 and the peers' contact roles: who decides, who pays, who sells it inside, who
// weighs in, who checks it works, who uses it, who stands in the way, who signs the contract.
const StandardRole standardRoles[] = {
    {"decision_maker", QT_TRANSLATE_NOOP("Stageboard::BuyingRole", "Decision maker")},
    {"economic_buyer", QT_TRANSLATE_NOOP("Stageboard::BuyingRole", "Economic buyer")},
    {"champion", QT_TRANSLATE_NOOP("Stageboard::BuyingRole", "Champion")},
    {"influencer", QT_TRANSLATE_NOOP("Stageboard::BuyingRole", "Influencer")},
    {"technical_evaluator", QT_TRANSLATE_NOOP("Stageboard::BuyingRole", "Technical evaluator")},
    {"user", QT_TRANSLATE_NOOP("Stageboard::BuyingRole", "User")},
    {"blocker", QT_TRANSLATE_NOOP("Stageboard::BuyingRole", "Blocker")},
    {"procurement", QT_TRANSLATE_NOOP("Stageboard::BuyingRole", "Procurement / legal")},
};

BuyingRole readRole(const QSqlQuery &q)
{
    BuyingRole r;
    r.id = q.value(0).toLongLong();
    r.key = q.value(1).toString();
    r.position = q.value(2).toInt();
    r.name = q.value(3).toString();
    r.removed = !q.value(4).isNull();
    return r;
}

/// "Solutions architect" gives "solutions_architect".
QString keyFromName(const QString &name)
{
    const QString key = asciiKey(name);
    return key.isEmpty() ? QStringLiteral("role") : key.left(40);
}

Stakeholder readStakeholder(const QSqlQuery &q)
{
    Stakeholder s;
    s.opportunityId = q.value(0).toLongLong();
    s.contactId = q.value(1).toLongLong();
    s.roleId = q.value(2).toLongLong();
    s.stance = stanceFromKey(q.value(3).toString()).value_or(Stance::Neutral);
    s.influence = influenceFromKey(q.value(4).toString()).value_or(Influence::Medium);
    s.reportsTo = q.value(5).toLongLong();
    s.addedAt = q.value(6).toLongLong();
    return s;
}

const QString stakeholderColumns =
    QStringLiteral("opportunity_id, contact_id, role_id, stance, influence, reports_to, added_at");

} // namespace

Result<QList<BuyingRole>> SqlStakeholderStore::buyingRoles()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT id, key, position, name, removed_at FROM "
                                         "buying_roles ORDER BY position, id"));
        !ok)
        return std::unexpected(failWith(tr("Cannot read the buying roles"), ok.error()).error());
    QList<BuyingRole> roles;
    while (q.next())
        roles.append(readRole(q));
    return roles;
}

Result<BuyingRole> SqlStakeholderStore::storedRole(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id, key, position, name, removed_at FROM buying_roles WHERE id = ?"));
    q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the buying roles"), ok.error()).error());
    if (!q.next())
        return fail(tr("The buying role %1 does not exist.").arg(id));
    return readRole(q);
}

Result<void> SqlStakeholderStore::checkRoleName(const QString &name, qint64 exceptId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("A buying role needs a name."));
    if (trimmed.size() > 80 || trimmed.contains(u'\n'))
        return fail(tr("A buying role's name is one line of at most 80 characters."));
    auto roles = buyingRoles();
    if (!roles)
        return std::unexpected(roles.error());
    for (const BuyingRole &r : std::as_const(*roles)) {
        if (r.id != exceptId && r.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return fail(tr("There is already a buying role \"%1\".").arg(r.name));
    }
    return {};
}

Result<qint64> SqlStakeholderStore::insertRole(const QString &key, const QString &name)
{
    QSqlQuery q(db());
    prepareInsert(q, QStringLiteral("INSERT INTO buying_roles (key, position, name) VALUES (?, "
                                    "(SELECT COALESCE(MAX(position) + 1, 0) FROM buying_roles), "
                                    "?) RETURNING id"));
    q.addBindValue(key);
    q.addBindValue(name.trimmed());
    auto id = insertReturningId(q);
    if (!id)
        return std::unexpected(failWith(tr("Cannot add the buying role"), id.error()).error());
    return id;
}

Result<BuyingRole> SqlStakeholderStore::addBuyingRole(const QString &name)
{
    return inTransaction(db(), [&]() -> Result<BuyingRole> {
        if (auto ok = checkRoleName(name, 0); !ok)
            return std::unexpected(ok.error());
        auto roles = buyingRoles();
        if (!roles)
            return std::unexpected(roles.error());
        QSet<QString> keys;
        for (const BuyingRole &r : std::as_const(*roles))
            keys.insert(r.key);
        const QString base = keyFromName(name);
        QString key = base;
        for (int n = 2; keys.contains(key); ++n)
            key = base + u'_' + QString::number(n);
        auto id = insertRole(key, name);
        if (!id)
            return std::unexpected(id.error());
        return storedRole(*id);
    });
}

Result<BuyingRole> SqlStakeholderStore::renameBuyingRole(qint64 id, const QString &name)
{
    return inTransaction(db(), [&]() -> Result<BuyingRole> {
        if (auto ok = checkRoleName(name, id); !ok)
            return std::unexpected(ok.error());
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE buying_roles SET name = ? WHERE id = ?"));
        q.addBindValue(name.trimmed());
        q.addBindValue(id);
        if (auto ok = exec(q); !ok)
            return std::unexpected(
                failWith(tr("Cannot rename the buying role"), ok.error()).error());
        return storedRole(id);
    });
}

Result<BuyingRole> SqlStakeholderStore::setBuyingRoleRemoved(qint64 id, bool removed)
{
    return inTransaction(db(), [&]() -> Result<BuyingRole> {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE buying_roles SET removed_at = ? WHERE id = ?"));
        q.addBindValue(nullableTime(removed ? now() : 0));
        q.addBindValue(id);
        if (auto ok = exec(q); !ok)
            return std::unexpected(
                failWith(tr("Cannot remove the buying role"), ok.error()).error());
        return storedRole(id);
    });
}

Result<void> SqlStakeholderStore::seedBuyingRoles()
{
    {
        auto roles = buyingRoles();
        if (!roles)
            return std::unexpected(roles.error());
        if (!roles->isEmpty())
            return {};
        for (const StandardRole &r : standardRoles) {
            auto id = insertRole(QLatin1StringView(r.key),
                                 QCoreApplication::translate("Stageboard::BuyingRole", r.name));
            if (!id)
                return std::unexpected(id.error());
        }
        return {};
    }
}

Result<QList<Stakeholder>> SqlStakeholderStore::stakeholders(qint64 opportunityId)
{
    return stakeholdersWhere(QStringLiteral("opportunity_id"), opportunityId);
}

Result<QList<Stakeholder>> SqlStakeholderStore::stakeholdingsOf(qint64 contactId)
{
    return stakeholdersWhere(QStringLiteral("contact_id"), contactId);
}

Result<QList<Stakeholder>> SqlStakeholderStore::everyStakeholder()
{
    return stakeholdersWhere({}, 0);
}

Result<QList<Stakeholder>> SqlStakeholderStore::stakeholdersWhere(const QString &column, qint64 id)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") % stakeholderColumns %
              QStringLiteral(" FROM stakeholders") %
              (column.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") % column % QStringLiteral(" = ?")) %
              QStringLiteral(" ORDER BY opportunity_id, added_at, contact_id"));
    if (!column.isEmpty())
        q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the stakeholders"), ok.error()).error());
    QList<Stakeholder> result;
    while (q.next())
        result.append(readStakeholder(q));
    return result;
}

Result<Stakeholder> SqlStakeholderStore::setStakeholder(const Stakeholder &stakeholder)
{
    return inTransaction(db(), [&]() -> Result<Stakeholder> {
        QSqlQuery deal(db());
        deal.prepare(QStringLiteral("SELECT 1 FROM opportunities WHERE id = ? AND deleted_at IS "
                                    "NULL"));
        deal.addBindValue(stakeholder.opportunityId);
        if (auto ok = exec(deal); !ok)
            return std::unexpected(failWith(tr("Cannot read the deal"), ok.error()).error());
        if (!deal.next())
            return fail(tr("There is no opportunity %1.").arg(stakeholder.opportunityId));
        deal.finish();
        QSqlQuery check(db());
        check.prepare(QStringLiteral("SELECT name FROM contacts WHERE id = ? AND deleted_at IS "
                                     "NULL"));
        check.addBindValue(stakeholder.contactId);
        if (auto ok = exec(check); !ok)
            return std::unexpected(failWith(tr("Cannot read the contact"), ok.error()).error());
        if (!check.next())
            return fail(tr("There is no contact %1.").arg(stakeholder.contactId));
        const QString name = check.value(0).toString();
        check.finish();
        if (stakeholder.roleId) {
            auto role = storedRole(stakeholder.roleId);
            if (!role)
                return std::unexpected(role.error());
        }
        auto group = stakeholders(stakeholder.opportunityId);
        if (!group)
            return std::unexpected(group.error());
        const auto existing = std::find_if(group->cbegin(), group->cend(), [&](const auto &s) {
            return s.contactId == stakeholder.contactId;
        });
        if (stakeholder.reportsTo) {
            // Up the line from the one they report to, never back to them.
            QHash<qint64, qint64> boss;
            for (const Stakeholder &s : std::as_const(*group))
                boss.insert(s.contactId, s.reportsTo);
            if (!boss.contains(stakeholder.reportsTo) ||
                stakeholder.reportsTo == stakeholder.contactId) {
                return fail(
                    tr("%1 can report only to another stakeholder of this deal.").arg(name));
            }
            QSet<qint64> seen;
            for (qint64 up = stakeholder.reportsTo; up && !seen.contains(up); up = boss.value(up)) {
                if (up == stakeholder.contactId) {
                    return fail(tr("%1 cannot report to someone who reports to them.").arg(name));
                }
                seen.insert(up);
            }
        }
        QSqlQuery q(db());
        Stakeholder saved = stakeholder;
        saved.addedAt = existing == group->cend() ? now() : existing->addedAt;
        if (existing == group->cend()) {
            q.prepare(insertStakeholderSql);
            bindStakeholder(binder(q), saved);
        } else {
            q.prepare(QStringLiteral("UPDATE stakeholders SET role_id = ?, stance = ?, "
                                     "influence = ?, reports_to = ? WHERE opportunity_id = ? "
                                     "AND contact_id = ?"));
            q.addBindValue(nullableId(saved.roleId));
            q.addBindValue(stanceKey(saved.stance));
            q.addBindValue(influenceKey(saved.influence));
            q.addBindValue(nullableId(saved.reportsTo));
            q.addBindValue(saved.opportunityId);
            q.addBindValue(saved.contactId);
        }
        if (auto ok = exec(q); !ok)
            return std::unexpected(failWith(tr("Cannot save the stakeholder"), ok.error()).error());
        return saved;
    });
}

Result<void> SqlStakeholderStore::removeStakeholder(qint64 opportunityId, qint64 contactId)
{
    return inTransaction(db(), [&]() -> Result<void> {
        QSqlQuery unlink(db());
        unlink.prepare(QStringLiteral("UPDATE stakeholders SET reports_to = NULL WHERE "
                                      "opportunity_id = ? AND reports_to = ?"));
        unlink.addBindValue(opportunityId);
        unlink.addBindValue(contactId);
        if (auto ok = exec(unlink); !ok)
            return failWith(tr("Cannot remove the stakeholder"), ok.error());
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("DELETE FROM stakeholders WHERE opportunity_id = ? AND contact_id = ?"));
        q.addBindValue(opportunityId);
        q.addBindValue(contactId);
        if (auto ok = exec(q); !ok)
            return failWith(tr("Cannot remove the stakeholder"), ok.error());
        if (q.numRowsAffected() != 1)
            return fail(tr("Contact %1 is not a stakeholder of deal %2.")
                            .arg(contactId)
                            .arg(opportunityId));
        return {};
    });
}

} // namespace Stageboard
