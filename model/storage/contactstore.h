// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <optional>

namespace Stageboard {

/// The people at the accounts. Every method that writes is one transaction; a contact is never
/// removed, only marked deleted, so that activities and stakeholders keep naming it.
class ContactStore
{
public:
    virtual ~ContactStore() = default;

    /// The contacts not deleted, by name; of one account when accountId is not 0.
    virtual Result<QList<Contact>> contacts(qint64 accountId = 0) = 0;
    /// One contact as stored now, deleted ones included; nullopt when there is none.
    virtual Result<std::optional<Contact>> contact(qint64 id) = 0;
    virtual Result<qint64> contactCount() = 0;
    /// Refused for an empty or over-long name, or a field with a line break.
    virtual Result<Contact> addContact(const Contact &contact) = 0;
    /// Saves every field; refused (Error::Kind::Conflict) when contact.version is no longer the
    /// stored one, so that nobody's change is lost unseen.
    virtual Result<Contact> updateContact(const Contact &contact) = 0;
    virtual Result<Contact> setContactDeleted(qint64 id, bool deleted) = 0;
};

} // namespace Stageboard
