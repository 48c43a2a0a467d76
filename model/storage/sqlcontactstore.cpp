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

// What a contact's row adds to the contact, per contact c: the open deals they are a
// stakeholder of and their activities.
const QString openDealsOfContact = QStringLiteral(
    "(SELECT COUNT(*) FROM stakeholders s JOIN opportunities o ON o.id = s.opportunity_id JOIN "
    "stages st ON st.id = o.stage_id WHERE s.contact_id = c.id AND o.deleted_at IS NULL AND "
    "st.kind = 'open')");
const QString nextActivityOfContact =
    QStringLiteral("(SELECT MIN(e.due_at) FROM engagements e WHERE e.contact_id = c.id AND "
                   "e.done_at IS NULL AND e.deleted_at IS NULL)");
const QString lastActivityOfContact =
    QStringLiteral("(SELECT MAX(e.done_at) FROM engagements e WHERE e.contact_id = c.id AND "
                   "e.deleted_at IS NULL)");

QString orderOf(ContactSort sort)
{
    switch (sort) {
    case ContactSort::Name:
        return QStringLiteral("lower(c.name)");
    case ContactSort::JobTitle:
        return QStringLiteral("lower(c.job_title)");
    case ContactSort::Account:
        return QStringLiteral("lower(COALESCE(a.name, ''))");
    case ContactSort::Email:
        return QStringLiteral("lower(c.email)");
    case ContactSort::Phone:
        return QStringLiteral("c.phone");
    case ContactSort::Owner:
        return QStringLiteral("lower(COALESCE(u.name, ''))");
    case ContactSort::OpenDeals:
        return openDealsOfContact;
    case ContactSort::NextActivity:
        // Nobody planned: last either way
        return nextActivityOfContact;
    }
    return QStringLiteral("lower(c.name)");
}

/// A word of the search as a LIKE pattern matching it anywhere, its own % and _ taken as such.
QString containing(QString word)
{
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

} // namespace

Result<QList<qint64>> SqlContactStore::contactIds(const ContactQuery &query)
{
    // The words are bound values; only the fixed column expressions are written into the SQL.
    const QStringList words = query.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString sql = QStringLiteral("SELECT c.id FROM contacts c LEFT JOIN accounts a ON a.id = "
                                 "c.account_id LEFT JOIN users u ON u.id = c.owner_id WHERE "
                                 "c.deleted_at IS NULL");
    // SQLite's LIKE ignores case already; PostgreSQL's ILIKE does.
    const QString like = m_engine == Schema::Engine::Sqlite
                             ? QStringLiteral(" LIKE ? ESCAPE '\\'")
                             : QStringLiteral(" ILIKE ? ESCAPE '\\'");
    QStringList anyField;
    for (const char *field : {"c.name", "c.job_title", "c.email", "c.phone", "a.name"})
        anyField.append(QLatin1StringView(field) + like);
    const QString eachWord =
        QStringLiteral(" AND (") + anyField.join(QStringLiteral(" OR ")) + u')';
    for (qsizetype i = 0; i < words.size(); ++i)
        sql += eachWord;
    const QString order = orderOf(query.sort);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    sql += QStringLiteral(" ORDER BY ");
    if (query.sort == ContactSort::NextActivity)
        sql += QStringLiteral("(") + order + QStringLiteral(" IS NULL), ");
    sql += order + direction + QStringLiteral(", lower(c.name), c.id");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &word : words) {
        const QString pattern = containing(word);
        for (int field = 0; field < 5; ++field)
            q.addBindValue(pattern);
    }
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the contacts"), ok.error()).error());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<ContactRow>> SqlContactStore::contactRows(const QList<qint64> &ids)
{
    QList<ContactRow> rows;
    if (ids.isEmpty())
        return rows;
    QStringList columns = contactColumns.split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(QStringLiteral("c."));
    QStringList marks(ids.size(), QStringLiteral("?"));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") % columns.join(QStringLiteral(", ")) %
              QStringLiteral(", a.name, u.name, ") % openDealsOfContact % QStringLiteral(", ") %
              nextActivityOfContact % QStringLiteral(", ") % lastActivityOfContact %
              QStringLiteral(" FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id LEFT "
                             "JOIN users u ON u.id = c.owner_id WHERE c.id IN (") %
              marks.join(QLatin1Char(',')) % QStringLiteral(")"));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the contacts"), ok.error()).error());
    while (q.next()) {
        ContactRow row;
        row.contact = readContact(q);
        row.account = q.value(12).toString();
        row.owner = q.value(13).toString();
        row.openDeals = q.value(14).toInt();
        row.nextActivityAt = q.value(15).toLongLong();
        row.lastActivityAt = q.value(16).toLongLong();
        rows.append(row);
    }
    return rows;
}

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
