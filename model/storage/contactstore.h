// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <optional>

namespace Stageboard {

/// What the contacts list shows of a person besides the contact: their account's and owner's
/// names, and what the deals and activities say of them.
struct ContactRow
{
    Contact contact;
    QString account;
    QString owner;
    int openDeals = 0;         ///< open deals they are a stakeholder of
    qint64 nextActivityAt = 0; ///< their earliest activity not done yet; 0: none
    qint64 lastActivityAt = 0; ///< when their latest done activity was done; 0: none
};

/// The columns the contacts list is sorted by, the name breaking ties.
enum class ContactSort { Name, JobTitle, Account, Email, Phone, Owner, OpenDeals, NextActivity };

/// Which contacts the list holds and in which order.
struct ContactQuery
{
    /// Words each found, in any case, in the name, job title, email, phone or account name.
    QString search;
    ContactSort sort = ContactSort::Name;
    bool descending = false;
};

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
    /// The ids of the contacts not deleted that match, in the query's order: a list of any
    /// length reads its ids at once and its rows only as they are shown (contactRows).
    virtual Result<QList<qint64>> contactIds(const ContactQuery &query) = 0;
    /// The rows of those contacts, in any order; ids that do not exist are left out.
    virtual Result<QList<ContactRow>> contactRows(const QList<qint64> &ids) = 0;
    /// Refused for an empty or over-long name, or a field with a line break.
    virtual Result<Contact> addContact(const Contact &contact) = 0;
    /// Saves every field; refused (Error::Kind::Conflict) when contact.version is no longer the
    /// stored one, so that nobody's change is lost unseen.
    virtual Result<Contact> updateContact(const Contact &contact) = 0;
    virtual Result<Contact> setContactDeleted(qint64 id, bool deleted) = 0;
};

} // namespace Stageboard
