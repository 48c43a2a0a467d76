// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlterritorystore.h"

#include "core/fieldrules.h"
#include "storage/sqlrows.h"
#include "storage/sqlutil.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace Stageboard {

namespace {

/// The meta keys of the tiers' intervals, in the order a, b, c.
const char *const tierKeys[] = {"tier_days_a", "tier_days_b", "tier_days_c"};
constexpr int mostDays = 3650;

/// Parents before their children, siblings by name: a depth-first walk from the top.
QList<Territory> asTree(const QList<Territory> &byName)
{
    QHash<qint64, QList<Territory>> children;
    QHash<qint64, bool> known;
    for (const Territory &t : byName)
        known.insert(t.id, true);
    for (const Territory &t : byName)
        children[known.contains(t.parentId) ? t.parentId : 0].append(t);
    QList<Territory> result;
    result.reserve(byName.size());
    const auto walk = [&](auto &&self, qint64 parent) -> void {
        for (const Territory &t : std::as_const(children[parent])) {
            result.append(t);
            self(self, t.id);
        }
    };
    walk(walk, 0);
    return result;
}

} // namespace

Result<QList<Territory>> SqlTerritoryStore::territories()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT id, name, parent_id, owner_id FROM territories "
                                         "ORDER BY name, id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the territories"), ok.error()).error());
    }
    QList<Territory> byName;
    while (q.next()) {
        byName.append(Territory{q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return asTree(byName);
}

Result<qint64> SqlTerritoryStore::saveTerritory(const Territory &territory)
{
    const QString name = territory.name.trimmed();
    if (name.isEmpty())
        return fail(tr("A territory needs a name."));
    if (auto problem = lineProblem(name, maximumTextLength))
        return fail(tr("Name: %1").arg(*problem));
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    const QString failure = tr("Cannot save the territory %1").arg(name);
    auto all = territories();
    if (!all)
        return std::unexpected(all.error());
    QHash<qint64, qint64> parentOf;
    for (const Territory &t : std::as_const(*all)) {
        parentOf.insert(t.id, t.parentId);
        if (t.id != territory.id && t.name.compare(name, Qt::CaseInsensitive) == 0)
            return fail(tr("There is already a territory called %1.").arg(name));
    }
    if (territory.parentId != 0) {
        if (!parentOf.contains(territory.parentId))
            return fail(tr("The territory that was to hold %1 no longer exists.").arg(name));
        // Walking up from the new parent must not reach the territory itself.
        for (qint64 up = territory.parentId; up != 0; up = parentOf.value(up)) {
            if (up == territory.id) {
                return fail(
                    tr("%1 cannot be inside itself or one of the territories in it.").arg(name));
            }
        }
    }
    QSqlQuery q(db());
    qint64 id = territory.id;
    if (id == 0) {
        prepareInsert(q, insertTerritorySql);
    } else {
        q.prepare(QStringLiteral("UPDATE territories SET name = ?, parent_id = ?, owner_id = ? "
                                 "WHERE id = ?"));
    }
    q.addBindValue(name);
    q.addBindValue(nullableId(territory.parentId));
    q.addBindValue(nullableId(territory.ownerId));
    if (id == 0) {
        auto added = insertReturningId(q);
        if (!added)
            return std::unexpected(failWith(failure, added.error()).error());
        id = *added;
    } else {
        q.addBindValue(id);
        if (auto ok = exec(q); !ok)
            return std::unexpected(failWith(failure, ok.error()).error());
        if (q.numRowsAffected() != 1)
            return fail(tr("The territory %1 no longer exists.").arg(name));
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<void> SqlTerritoryStore::removeTerritory(qint64 id)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    const QString failure = tr("Cannot remove the territory");
    QSqlQuery parent(db());
    parent.prepare(QStringLiteral("SELECT parent_id FROM territories WHERE id = ?"));
    parent.addBindValue(id);
    if (auto ok = exec(parent); !ok)
        return failWith(failure, ok.error());
    if (!parent.next())
        return fail(tr("The territory no longer exists."));
    const QVariant up = parent.value(0).isNull() ? nullableId(0) : parent.value(0);
    const QString statements[] = {
        QStringLiteral("UPDATE accounts SET territory_id = ?, version = version + 1 "
                       "WHERE territory_id = ?"),
        QStringLiteral("UPDATE territories SET parent_id = ? WHERE parent_id = ?"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(db());
        q.prepare(sql);
        q.addBindValue(up);
        q.addBindValue(id);
        if (auto ok = exec(q); !ok)
            return failWith(failure, ok.error());
    }
    for (const char *sql : {"DELETE FROM territory_rules WHERE territory_id = ?",
                            "DELETE FROM territories WHERE id = ?"}) {
        QSqlQuery q(db());
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (auto ok = exec(q); !ok)
            return failWith(failure, ok.error());
    }
    return transaction.commit();
}

Result<QList<TerritoryRule>> SqlTerritoryStore::rules()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT id, territory_id, industry, country, "
                                         "min_employees, max_employees FROM territory_rules "
                                         "ORDER BY position, id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the territory rules"), ok.error()).error());
    }
    QList<TerritoryRule> result;
    while (q.next()) {
        result.append(TerritoryRule{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                    q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toInt(), q.value(5).toInt()});
    }
    return result;
}

Result<void> SqlTerritoryStore::setRules(const QList<TerritoryRule> &rules)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const TerritoryRule &r = rules.at(i);
        if (r.minEmployees < 0 || r.maxEmployees < 0 ||
            (r.maxEmployees > 0 && r.minEmployees > r.maxEmployees)) {
            return fail(tr("Rule %1: the head count from %L2 to %L3 is no band; give the least "
                           "first (0 for no bound).")
                            .arg(i + 1)
                            .arg(r.minEmployees)
                            .arg(r.maxEmployees));
        }
    }
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    const QString failure = tr("Cannot save the territory rules");
    QSqlQuery known(db());
    known.prepare(QStringLiteral("SELECT COUNT(*) FROM territories WHERE id = ?"));
    {
        QSqlQuery clear(db());
        if (auto ok = exec(clear, QStringLiteral("DELETE FROM territory_rules")); !ok)
            return failWith(failure, ok.error());
    }
    QSqlQuery insert(db());
    insert.prepare(QStringLiteral(
        "INSERT INTO territory_rules (territory_id, position, industry, country, min_employees, "
        "max_employees) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const TerritoryRule &r = rules.at(i);
        known.addBindValue(r.territoryId);
        if (auto ok = exec(known); !ok)
            return failWith(failure, ok.error());
        if (!known.next() || known.value(0).toInt() != 1)
            return fail(tr("Rule %1: its territory no longer exists; choose another.").arg(i + 1));
        known.finish();
        insert.addBindValue(r.territoryId);
        insert.addBindValue(int(i));
        insert.addBindValue(text(r.industry.trimmed()));
        insert.addBindValue(text(r.country.trimmed()));
        insert.addBindValue(r.minEmployees);
        insert.addBindValue(r.maxEmployees);
        if (auto ok = exec(insert); !ok)
            return failWith(failure, ok.error());
    }
    return transaction.commit();
}

Result<void> SqlTerritoryStore::moveAccounts(const QList<TerritoryMove> &moves)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    // Only from where the move says: an account someone moved meanwhile is not moved again.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE accounts SET territory_id = ?, version = version + 1 "
                             "WHERE id = ? AND COALESCE(territory_id, 0) = ?"));
    for (const TerritoryMove &m : moves) {
        q.addBindValue(nullableId(m.toTerritoryId));
        q.addBindValue(m.accountId);
        q.addBindValue(m.fromTerritoryId);
        if (auto ok = exec(q); !ok)
            return failWith(tr("Cannot move the accounts"), ok.error());
        if (q.numRowsAffected() != 1) {
            return fail(tr("An account was moved or removed elsewhere since the rules were "
                           "previewed; nothing was moved. Preview the rules again."),
                        Error::Kind::Conflict);
        }
    }
    return transaction.commit();
}

Result<TierIntervals> SqlTerritoryStore::tierIntervals()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?, ?)"));
    for (const char *key : tierKeys)
        q.addBindValue(QString::fromLatin1(key));
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the tiers"), ok.error()).error());
    TierIntervals result;
    int *const days[] = {&result.a, &result.b, &result.c};
    while (q.next()) {
        const QString key = q.value(0).toString();
        bool number = false;
        const int value = q.value(1).toString().toInt(&number);
        for (int i = 0; i < 3; ++i) {
            if (key == QLatin1StringView(tierKeys[i]) && number && value >= 1)
                *days[i] = value;
        }
    }
    return result;
}

Result<void> SqlTerritoryStore::setTierIntervals(const TierIntervals &intervals)
{
    const int days[] = {intervals.a, intervals.b, intervals.c};
    for (int i = 0; i < 3; ++i) {
        if (days[i] < 1 || days[i] > mostDays) {
            return fail(tr("Tier %1: contact every 1 to %2 days, not %3.")
                            .arg(QChar(u'A' + i))
                            .arg(mostDays)
                            .arg(days[i]));
        }
    }
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    for (int i = 0; i < 3; ++i) {
        for (const char *sql :
             {"DELETE FROM meta WHERE key = ?", "INSERT INTO meta (value, key) VALUES (?, ?)"}) {
            QSqlQuery q(db());
            q.prepare(QString::fromLatin1(sql));
            if (sql[0] == 'I')
                q.addBindValue(QString::number(days[i]));
            q.addBindValue(QString::fromLatin1(tierKeys[i]));
            if (auto ok = exec(q); !ok)
                return failWith(tr("Cannot save the tiers"), ok.error());
        }
    }
    return transaction.commit();
}

} // namespace Stageboard
