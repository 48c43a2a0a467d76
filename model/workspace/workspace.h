// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/databaselocation.h"
#include "core/result.h"
#include "forecast/forecast.h"
#include "storage/accountstore.h"
#include "storage/bulkloader.h"
#include "storage/coachingstore.h"
#include "storage/contactstore.h"
#include "storage/debriefstore.h"
#include "storage/directory.h"
#include "storage/engagementstore.h"
#include "storage/forecaststore.h"
#include "storage/lookbackstore.h"
#include "storage/opportunitystore.h"
#include "storage/processstore.h"
#include "storage/serverroles.h"
#include "storage/signoffstore.h"
#include "storage/stakeholderstore.h"
#include "storage/territorystore.h"

#include <QObject>
#include <memory>

namespace Stageboard {

class BoardModel;
class BoardService;
class ChangeFeed;
class DealEvidenceSource;
class CoachingService;
class LookBackService;
class ProcessModel;
class SqlStorage;

/// How a database is opened into a workspace.
struct WorkspaceOptions
{
    /// A new file gets generated demo deals (a new shared database always starts empty).
    bool demoIfNew = false;
    /// Who acts when the database has nobody yet: every move is recorded with who made it. On a
    /// server the login that set it up is used (and mapped to it) instead.
    QString firstUserName;
    /// The currency a new database without demo deals reports its totals in (the person's
    /// own, "EUR" in Germany); empty keeps the default. The demo's deals are in dollars.
    QString reportingCurrency;
};

/// One open database and everything that works on it: its stores, the board service and the
/// board and process models over them and, on a shared server, the feed of other people's
/// changes, already wired to the models. Built by one call and destroyed as one object: the
/// feed and the models go before the stores they use. Widget-free, so the app and the CLI
/// open databases the same way.
class Workspace final : public QObject
{
    Q_OBJECT

public:
    /// Opens (creating or upgrading, see SqlStorage::open) the database and reads the board
    /// and the process of its first pipeline.
    static Result<std::unique_ptr<Workspace>> open(const DatabaseLocation &location,
                                                   const WorkspaceOptions &options = {});
    ~Workspace() override;
    Q_DISABLE_COPY_MOVE(Workspace)

    OpportunityStore &opportunityStore();
    ProcessStore &process();
    ForecastStore &forecast();
    Directory &directory();
    BulkLoader &bulk();
    ContactStore &contacts();
    EngagementStore &engagements();
    StakeholderStore &stakeholders();
    DebriefStore &debriefs();
    SignOffStore &signOffs();
    LookBackStore &lookBack();
    CoachingStore &coaching();
    AccountStore &accounts();
    TerritoryStore &territories();
    /// What the gate's rule criteria read.
    DealEvidenceSource &evidence();
    ForecastSources forecastSources() { return {forecast(), process(), directory()}; }

    /// Every change to a deal goes through the board service; the board model shows it.
    BoardService &boardService() const { return *m_boardService; }
    BoardModel &board() const { return *m_board; }
    ProcessModel &processModel() const { return *m_processModel; }
    /// Competitors and close reviews, in the acting person's name.
    LookBackService &lookBackService() const { return *m_lookBackService; }
    CoachingService &coachingService() const { return *m_coachingService; }

    /// The file path or server address, for messages and the window title.
    QString location() const;
    bool isShared() const;
    /// True when the database did not exist and was created.
    bool wasCreated() const;
    /// Where the backup made before an upgrade was written; empty when none was needed.
    QString backupPath() const;
    /// The user the server holds this login to, if it maps the login to one.
    std::optional<qint64> signedInUser() const { return m_signedInUser; }

    /// Whether the database answers now; false once a server has gone away.
    bool ping() const;
    /// Connects again after the server went away and listens for changes again. What others
    /// changed meanwhile was not announced: read the board again.
    Result<void> reconnect();
    /// On a server: gives every user without a login one of their own (what "stageboard-cli
    /// setup-roles" does); the new logins come back with their passwords, shown once. Needs
    /// the database's owner; a file has no logins.
    Result<QList<ServerLogin>> giveServerLogins();
    /// Creates an empty database on a server (its user needs CREATEDB); open() then sets it up.
    static Result<void> createSharedDatabase(const DatabaseLocation &location);

Q_SIGNALS:
    /// Someone else's change could not be shown; the message says why.
    void errorOccurred(const QString &message);
    /// An admin elsewhere changed the process: board and process model have read it again.
    void processChangedElsewhere();
    /// Someone else planned, changed or did an activity: an agenda reads its person's again.
    void engagementsChangedElsewhere();
    /// Someone else wrote, reviewed or answered a debrief, or settled an objection.
    void debriefsChangedElsewhere();
    /// Someone else changed a buying group (the deal's card follows on its own).
    void stakeholdersChangedElsewhere();
    /// Someone else added or changed a contact: a contacts list reads its rows again.
    void contactsChangedElsewhere();
    /// Someone else changed an account, a territory or their rules.
    void accountsChangedElsewhere();

private:
    explicit Workspace(std::unique_ptr<SqlStorage> storage);
    static Result<std::unique_ptr<Workspace>> create(std::unique_ptr<SqlStorage> storage,
                                                     const WorkspaceOptions &options);
    Result<void> prepare(const WorkspaceOptions &options);
    void listen();

    std::unique_ptr<SqlStorage> m_storage;
    std::unique_ptr<BoardService> m_boardService;
    std::unique_ptr<BoardModel> m_board;
    std::unique_ptr<ProcessModel> m_processModel;
    std::unique_ptr<LookBackService> m_lookBackService;
    std::unique_ptr<CoachingService> m_coachingService;
    std::unique_ptr<ChangeFeed> m_feed;
    std::optional<qint64> m_signedInUser;
};

} // namespace Stageboard
