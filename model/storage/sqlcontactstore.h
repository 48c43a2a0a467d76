// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contactstore.h"
#include "storage/sqlpart.h"

namespace Stageboard {

/// The contacts on SQLite or PostgreSQL.
class SqlContactStore final : public ContactStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlContactStore)

    Result<QList<Contact>> contacts(qint64 accountId) override;
    Result<std::optional<Contact>> contact(qint64 id) override;
    Result<qint64> contactCount() override;
    Result<QList<qint64>> contactIds(const ContactQuery &query) override;
    Result<QList<ContactRow>> contactRows(const QList<qint64> &ids) override;
    Result<Contact> addContact(const Contact &contact) override;
    Result<Contact> updateContact(const Contact &contact) override;
    Result<Contact> setContactDeleted(qint64 id, bool deleted) override;

private:
    /// The fields a person types, checked as the deal's are; empty when all are fine.
    QString problemWith(const Contact &contact) const;
    Result<Contact> stored(qint64 id);
};

} // namespace Stageboard
