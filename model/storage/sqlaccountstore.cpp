// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlaccountstore.h"

#include "core/fieldrules.h"
#include "core/money.h"
#include "storage/sqlrows.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <QStringBuilder>
#include <cmath>

namespace Stageboard {

namespace {

/// A deal's amount in the reporting currency is o.amount times this; NULL when its currency
/// has no rate.
const QString rate =
    QStringLiteral("(CASE WHEN o.currency = COALESCE((SELECT value FROM meta WHERE key = "
                   "'reporting_currency'), 'USD') THEN 1.0 ELSE er.rate END)");

constexpr qint64 yearSeconds = 365 * 24 * 3600;

} // namespace

Result<QList<AccountSummary>> SqlAccountStore::summaries(qint64 now, const QList<qint64> &ids)
{
    // Each figure is one grouped subquery over its table, joined to the accounts once: the
    // cost is a few scans, however many accounts there are. With ids, every part is limited
    // to them (bound once per part).
    QString only;
    if (!ids.isEmpty()) {
        QStringList marks(ids.size(), QStringLiteral("?"));
        only = QStringLiteral(" IN (") % marks.join(QLatin1Char(',')) % QLatin1Char(')');
    }
    const auto limit = [&](const char *column) {
        return ids.isEmpty() ? QString()
                             : QStringLiteral(" AND ") % QLatin1StringView(column) % only;
    };
    const QString sql =
        QStringLiteral("SELECT ") % accountColumns %
        QStringLiteral(", COALESCE(u.name, ''), COALESCE(d.open_deals, 0), "
                       "COALESCE(d.open_amount, 0), COALESCE(d.open_weighted, 0), "
                       "COALESCE(d.won, 0), COALESCE(d.unconverted, 0), a.last_activity_at, "
                       "a.next_activity_at, "
                       "COALESCE(c.people, 0)") %
        accountsFrom %
        QStringLiteral(" LEFT JOIN users u ON u.id = a.owner_id "
                       "LEFT JOIN (SELECT o.account_id AS account_id, "
                       "SUM(CASE WHEN s.kind = 'open' THEN 1 ELSE 0 END) AS open_deals, "
                       "SUM(CASE WHEN s.kind = 'open' THEN o.amount * ") %
        rate %
        QStringLiteral(" ELSE 0 END) AS open_amount, SUM(CASE WHEN s.kind = 'open' THEN o.amount "
                       "* ") %
        rate %
        QStringLiteral(" * COALESCE(o.probability, s.probability) / 100.0 ELSE 0 END) AS "
                       "open_weighted, SUM(CASE WHEN s.kind = 'won' AND o.entered_stage_at >= ? "
                       "THEN o.amount * ") %
        rate % QStringLiteral(" ELSE 0 END) AS won, SUM(CASE WHEN s.kind = 'open' AND ") % rate %
        QStringLiteral(" IS NULL THEN 1 ELSE 0 END) AS unconverted FROM ") %
        // All accounts: the open and won stages' deals by the stage index, lost ones never
        // read (CROSS JOIN keeps SQLite's order); some: their deals by the account index.
        (ids.isEmpty() ? QStringLiteral("stages s CROSS JOIN opportunities o")
                       : QStringLiteral("opportunities o JOIN stages s ON s.id = o.stage_id")) %
        QStringLiteral(" LEFT JOIN exchange_rates er ON er.currency = o.currency WHERE s.id = "
                       "o.stage_id AND s.kind IN ('open', 'won') AND o.deleted_at IS NULL AND "
                       "o.disqualified = 0 AND o.account_id IS NOT NULL") %
        limit("o.account_id") %
        QStringLiteral(" GROUP BY o.account_id) d ON d.account_id = a.id "
                       "LEFT JOIN (SELECT account_id, COUNT(*) AS people FROM contacts WHERE "
                       "deleted_at IS NULL") %
        limit("account_id") % QStringLiteral(" GROUP BY account_id) c ON c.account_id = a.id") %
        (ids.isEmpty() ? QString() : QStringLiteral(" WHERE a.id") % only) %
        QStringLiteral(" ORDER BY a.name, a.id");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(now - yearSeconds);
    const int parts = ids.isEmpty() ? 0 : 3;
    for (int part = 0; part < parts; ++part) {
        for (qint64 id : ids)
            q.addBindValue(id);
    }
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot add up the accounts"), ok.error()).error());
    QList<AccountSummary> result;
    constexpr int f = 11; // the first figure, after the account's columns
    while (q.next()) {
        AccountSummary s;
        s.account = readAccount(q);
        s.owner = q.value(f).toString();
        s.openDeals = q.value(f + 1).toInt();
        s.openAmount = std::llround(q.value(f + 2).toDouble());
        s.openWeighted = std::llround(q.value(f + 3).toDouble());
        s.won12Months = std::llround(q.value(f + 4).toDouble());
        s.unconverted = q.value(f + 5).toInt();
        s.lastActivityAt = q.value(f + 6).toLongLong();
        s.nextActivityAt = q.value(f + 7).toLongLong();
        s.contacts = q.value(f + 8).toInt();
        result.append(s);
    }
    return result;
}

Result<std::optional<Account>> SqlAccountStore::account(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") % accountColumns % accountsFrom %
              QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the account"), ok.error()).error());
    if (!q.next())
        return std::nullopt;
    return readAccount(q);
}

Result<Account> SqlAccountStore::updateAccount(const Account &account)
{
    const QString name = account.name.trimmed();
    if (name.isEmpty())
        return fail(tr("An account needs a name."));
    const std::pair<QString, QString> fields[] = {{tr("Name"), name},
                                                  {tr("Industry"), account.industry.trimmed()},
                                                  {tr("Country"), account.country.trimmed()}};
    for (const auto &[field, value] : fields) {
        if (auto problem = lineProblem(value, maximumTextLength))
            return fail(tr("%1: %2").arg(field, *problem));
    }
    if (account.potential < 0 || account.potential > maximumAmount)
        return fail(tr("Potential: %1 is not an amount from 0 up.").arg(account.potential / 100));
    if (account.employees < 0)
        return fail(tr("Employees: a head count cannot be below 0."));
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    const QString failure = tr("Cannot save the account %1").arg(name);
    {
        QSqlQuery taken(db());
        taken.prepare(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE LOWER(name) = LOWER(?) "
                                     "AND id <> ?"));
        taken.addBindValue(name);
        taken.addBindValue(account.id);
        if (auto ok = exec(taken); !ok)
            return std::unexpected(failWith(failure, ok.error()).error());
        if (taken.next() && taken.value(0).toInt() > 0)
            return fail(tr("There is already an account called %1.").arg(name));
    }
    if (account.territoryId != 0) {
        QSqlQuery known(db());
        known.prepare(QStringLiteral("SELECT COUNT(*) FROM territories WHERE id = ?"));
        known.addBindValue(account.territoryId);
        if (auto ok = exec(known); !ok)
            return std::unexpected(failWith(failure, ok.error()).error());
        if (!known.next() || known.value(0).toInt() == 0)
            return fail(tr("The territory of %1 no longer exists; choose another.").arg(name));
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE accounts SET name = ?, industry = ?, territory_id = ?, "
                             "owner_id = ?, tier = ?, potential = ?, country = ?, employees = ?, "
                             "version = version + 1 WHERE id = ? AND version = ?"));
    q.addBindValue(name);
    q.addBindValue(text(account.industry.trimmed()));
    q.addBindValue(nullableId(account.territoryId));
    q.addBindValue(nullableId(account.ownerId));
    q.addBindValue(text(tierKey(account.tier)));
    q.addBindValue(account.potential);
    q.addBindValue(text(account.country.trimmed()));
    q.addBindValue(account.employees);
    q.addBindValue(account.id);
    q.addBindValue(account.version);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(failure, ok.error()).error());
    if (q.numRowsAffected() != 1) {
        return fail(tr("The account %1 was changed elsewhere since it was read; nothing was "
                       "saved. Look at it again and retry.")
                        .arg(name),
                    Error::Kind::Conflict);
    }
    auto saved = this->account(account.id);
    if (!saved)
        return std::unexpected(saved.error());
    if (!*saved)
        return fail(tr("The account %1 no longer exists.").arg(name));
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return **saved;
}

} // namespace Stageboard
