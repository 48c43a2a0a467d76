// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlcontactstore.h"

#include "core/fieldrules.h"
#include "storage/sqlrows.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace Stageboard {

namespace {

const QString contactColumns =
    QStringLiteral("id, account_id, name, job_title, email, phone, notes, owner_id, created_at, "
                   "updated_at, version, deleted_at");

Contact readContact(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.accountId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.jobTitle = q.value(3).toString();
    c.email = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.notes = q.value(6).toString();
    c.ownerId = q.value(7).toLongLong();
    c.createdAt = q.value(8).toLongLong();
    c.updatedAt = q.value(9).toLongLong();
    c.version = q.value(10).toInt();
    c.deleted = !q.value(11).isNull();
    return c;
}

} // namespace

Result<QList<Contact>> SqlContactStore::contacts(qint64 accountId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") % contactColumns %
              (accountId ? QStringLiteral(" FROM contacts WHERE deleted_at IS NULL AND "
                                          "account_id = ? ORDER BY name, id")
                         : QStringLiteral(" FROM contacts WHERE deleted_at IS NULL ORDER BY "
                                          "name, id")));
    if (accountId)
        q.addBindValue(accountId);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the contacts"), ok.error()).error());
    QList<Contact> result;
    while (q.next())
        result.append(readContact(q));
    return result;
}

Result<std::optional<Contact>> SqlContactStore::contact(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") % contactColumns %
              QStringLiteral(" FROM contacts WHERE id = ?"));
    q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the contact"), ok.error()).error());
    if (!q.next())
        return std::optional<Contact>();
    return std::optional(readContact(q));
}

Result<qint64> SqlContactStore::contactCount()
{
    QSqlQuery q(db());
    if (auto ok = exec(q, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE deleted_at IS NULL"));
        !ok)
        return std::unexpected(failWith(tr("Cannot read the contacts"), ok.error()).error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<Contact> SqlContactStore::stored(qint64 id)
{
    auto found = contact(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(tr("The contact %1 does not exist.").arg(id));
    return **found;
}

Result<Contact> SqlContactStore::addContact(const Contact &contact)
{
    if (auto ok = checkContactFields(contact); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    prepareInsert(q, insertContactSql);
    Contact created = contact;
    created.createdAt = now();
    bindContact(binder(q), created);
    auto id = insertReturningId(q);
    if (!id)
        return std::unexpected(failWith(tr("Cannot add the contact"), id.error()).error());
    auto added = stored(*id);
    if (!added)
        return added;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return added;
}

Result<Contact> SqlContactStore::updateContact(const Contact &contact)
{
    if (auto ok = checkContactFields(contact); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE contacts SET account_id = ?, name = ?, job_title = ?, "
                             "email = ?, phone = ?, notes = ?, owner_id = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ? AND version = ?"));
    bindContactFields(binder(q), contact);
    q.addBindValue(now());
    q.addBindValue(contact.id);
    q.addBindValue(contact.version);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot save the contact"), ok.error()).error());
    if (q.numRowsAffected() != 1) {
        return fail(tr("The contact %1 was changed elsewhere since it was read; nothing was "
                       "saved. Look at it again and retry.")
                        .arg(contact.name),
                    Error::Kind::Conflict);
    }
    auto saved = stored(contact.id);
    if (!saved)
        return saved;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return saved;
}

Result<Contact> SqlContactStore::setContactDeleted(qint64 id, bool deleted)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE contacts SET deleted_at = ?, updated_at = ?, version = "
                             "version + 1 WHERE id = ?"));
    const qint64 at = now();
    q.addBindValue(nullableTime(deleted ? at : 0));
    q.addBindValue(at);
    q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot delete the contact"), ok.error()).error());
    if (q.numRowsAffected() != 1)
        return fail(tr("The contact %1 does not exist.").arg(id));
    auto saved = stored(id);
    if (!saved)
        return saved;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return saved;
}

} // namespace Stageboard
