// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvexport.h"
#include "csv/csvimport.h"
#include "storage/bulkloader.h"
#include "storage/contactstore.h"
#include "storage/directory.h"
#include "storage/engagementstore.h"
#include "storage/stakeholderstore.h"

class QIODevice;

namespace Stageboard {

/// The people and what is done with them, as CSV: contacts, stakeholders, activities. The
/// CLI's lists and the exports write the same columns, so a file read by a script reads the
/// same either way.
class PeopleExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::CsvExporter)

public:
    PeopleExporter(ContactStore &contacts, StakeholderStore &stakeholders, Directory &directory);

    /// id, name, title, email, phone, account, owner, and notes when withNotes.
    static QStringList contactHeader(bool withNotes);
    /// deal_id when withDeal, contact_id, contact, role (its key), stance, influence,
    /// reports_to (a contact id).
    static QStringList stakeholderHeader(bool withDeal);
    /// id, type, subject, due, owner, deal_id, contact_id, done_at, outcome (times in UTC).
    static QStringList activityHeader();

    Result<qint64> exportContacts(QIODevice *out, const QList<Contact> &contacts,
                                  const ExportOptions &options, bool withNotes = true);
    Result<qint64> exportStakeholders(QIODevice *out, const QList<Stakeholder> &stakeholders,
                                      const ExportOptions &options, bool withDeal = true);
    Result<qint64> exportActivities(QIODevice *out, const QList<Engagement> &activities,
                                    const ExportOptions &options);

private:
    Result<void> loadNames();

    ContactStore &m_contacts;
    StakeholderStore &m_stakeholders;
    Directory &m_directory;
    QHash<qint64, QString> m_accounts;
    QHash<qint64, QString> m_users;
};

/// What a column of an imported contacts file holds.
enum class ContactField {
    Ignore,
    Name,      ///< the whole name
    FirstName, ///< joined with LastName into the name
    LastName,
    JobTitle,
    Email,
    Phone,
    Account,
    Owner,
    Notes,
};
/// Recognises Salesforce's ("First Name", "Last Name", "Title", "Email", "Phone", "Account
/// Name"), HubSpot's ("Job Title", "Phone Number", "Company Name", "Contact owner") and
/// Stageboard's own headers.
QList<ContactField> guessContactColumns(const QStringList &header);

struct ContactImportOptions
{
    QList<ContactField> columns; ///< one per column; empty: guessed from the header
    bool createMissing = false;  ///< create the accounts the database lacks
    bool skipBadRows = false;    ///< import the good rows even when some are bad
    bool dryRun = false;         ///< check everything, write nothing
    qint64 actorId = 0;          ///< who imports: the owner of rows that name none
    /// Called every few hundred rows with the line reached; returning false cancels.
    std::function<bool(qint64 line)> progress;
};

/// Imports contacts from CSV as opportunities are imported: a first pass checks every row and
/// writes nothing; only if it allows, the second writes the good rows (and, when asked, the
/// missing accounts) in one transaction. A row is bad without a name, with an email that is not
/// one, or with the email of a contact already stored or of an earlier row. Owners must exist.
class ContactImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::CsvImporter)

public:
    ContactImporter(ContactStore &contacts, Directory &directory, BulkLoader &bulk);

    /// The file must be seekable. An unreadable file, or one without a name column, is an
    /// error; bad rows are in the report (its missingOwners are problems of their rows).
    Result<ImportReport> run(QIODevice *file, const ContactImportOptions &options);

private:
    ContactStore &m_contacts;
    Directory &m_directory;
    BulkLoader &m_bulk;
};

} // namespace Stageboard
