// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/databaselocation.h"
#include "storage/schema.h"
#include "storage/sqlaccountstore.h"
#include "storage/sqlbulkwriter.h"
#include "storage/sqlcoachingstore.h"
#include "storage/sqlcontactstore.h"
#include "storage/sqldebriefstore.h"
#include "storage/sqldirectory.h"
#include "storage/sqlengagementstore.h"
#include "storage/sqlforecaststore.h"
#include "storage/sqllookbackstore.h"
#include "storage/sqlopportunitystore.h"
#include "storage/sqlprocessstore.h"
#include "storage/sqlsignoffstore.h"
#include "storage/sqlstakeholderstore.h"
#include "storage/sqlterritorystore.h"
#include "storage/storedevidence.h"

#include <QCoreApplication>
#include <memory>

class QSqlQuery;

namespace Stageboard {

/// One open SQL database: SQLite, or PostgreSQL through the same statements (differences live
/// in schema.cpp). It opens and upgrades the database, owns its one named QSqlDatabase
/// connection, and hands out the stores that work on it; each store is valid as long as this
/// object is.
class SqlStorage final : private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    ~SqlStorage();
    Q_DISABLE_COPY_MOVE(SqlStorage)

    /// Opens the SQLite file at path, creating it with the default process when it does not
    /// exist. An older schema is upgraded after a backup copy is written next to the file;
    /// a newer one is refused and the file left untouched.
    static Result<std::unique_ptr<SqlStorage>> openSqlite(const QString &path);
    /// Connects to a database on a PostgreSQL server. An empty database gets the schema and
    /// the default process, as a new file does; an older schema is copied into a backup schema
    /// (stageboard_backup_vN) before it is upgraded; a newer one is refused.
    static Result<std::unique_ptr<SqlStorage>> openPostgres(const DatabaseLocation &location);
    static Result<std::unique_ptr<SqlStorage>> open(const DatabaseLocation &location);
    /// Creates an empty database on the server (its user needs CREATEDB); open() then sets it up.
    static Result<void> createPostgresDatabase(const DatabaseLocation &location);

    OpportunityStore &opportunityStore() { return m_opportunityStore; }
    ProcessStore &process() { return m_process; }
    ForecastStore &forecast() { return m_forecast; }
    Directory &directory() { return m_directory; }
    ContactStore &contacts() { return m_contacts; }
    EngagementStore &engagements() { return m_engagements; }
    StakeholderStore &stakeholders() { return m_stakeholders; }
    DebriefStore &debriefs() { return m_debriefs; }
    SignOffStore &signOffs() { return m_signOffs; }
    LookBackStore &lookBack() { return m_lookBack; }
    CoachingStore &coaching() { return m_coaching; }
    AccountStore &accounts() { return m_accounts; }
    TerritoryStore &territories() { return m_territories; }
    /// What the gate's rule criteria read (stakeholders, activities, debriefs).
    DealEvidenceSource &evidence() { return m_evidence; }
    BulkLoader &bulk() { return m_bulk; }

    Schema::Engine engine() const { return m_engine; }
    /// Whether the database answers now (a trivial query); false once a server has gone away.
    bool ping() const;
    /// Connects again after the server went away; what was committed before is all there.
    Result<void> reconnect();

    /// The file path or server address, for messages.
    QString location() const { return m_location; }
    /// True when open() found no database and created one with the default process.
    bool wasCreated() const { return m_created; }
    /// Where the backup made before an upgrade was written; empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    /// The connection's name, for tests and benchmarks that read the database directly.
    QString connectionName() const { return m_connection; }

private:
    SqlStorage(QString connection, QString location, Schema::Engine engine);
    Result<void> initialise();
    Result<void> prepareSqlite(QSqlQuery &query);
    /// Keeps a copy of the database as it is before upgrading it from version.
    Result<void> backUp(int version);

    SqlOpportunityStore m_opportunityStore;
    SqlProcessStore m_process;
    SqlForecastStore m_forecast;
    SqlDirectory m_directory;
    SqlContactStore m_contacts;
    SqlEngagementStore m_engagements;
    SqlStakeholderStore m_stakeholders;
    SqlDebriefStore m_debriefs;
    SqlSignOffStore m_signOffs;
    SqlLookBackStore m_lookBack;
    SqlCoachingStore m_coaching;
    SqlAccountStore m_accounts;
    SqlTerritoryStore m_territories;
    StoredEvidence m_evidence{m_stakeholders, m_engagements, m_debriefs};
    SqlBulkWriter m_bulk;
    bool m_created = false;
    QString m_backupPath;
};

} // namespace Stageboard
