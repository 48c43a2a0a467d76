// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/workspace.h"

#include "demo/demogenerator.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/processmodel.h"
#include "services/boardservice.h"
#include "services/coaching.h"
#include "services/lookback.h"
#include "storage/changefeed.h"
#include "storage/sqlstorage.h"

namespace Stageboard {

Workspace::Workspace(std::unique_ptr<SqlStorage> storage)
    : m_storage(std::move(storage))
{}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const DatabaseLocation &location,
                                                   const WorkspaceOptions &options)
{
    auto opened = SqlStorage::open(location);
    if (!opened)
        return std::unexpected(opened.error());
    return create(std::move(*opened), options);
}

Result<std::unique_ptr<Workspace>> Workspace::create(std::unique_ptr<SqlStorage> storage,
                                                     const WorkspaceOptions &options)
{
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(storage)));
    if (auto ok = workspace->prepare(options); !ok)
        return std::unexpected(ok.error());
    return workspace;
}

Result<void> Workspace::prepare(const WorkspaceOptions &options)
{
    SqlStorage &storage = *m_storage;
    const bool shared = isShared();
    auto users = storage.directory().users();
    if (!users)
        return std::unexpected(users.error());
    const bool demo = storage.wasCreated() && options.demoIfNew && !shared;
    if (demo) {
        if (auto done = generateDemo(storage.process(), storage.forecast(), storage.bulk(), {});
            !done)
            return done;
    } else if (storage.wasCreated() && !options.reportingCurrency.isEmpty()) {
        if (auto set = storage.forecast().setCurrencies(options.reportingCurrency, {}); !set)
            return set;
    }
    if (!demo && users->isEmpty()) {
        const auto where = DatabaseLocation::parse(storage.location());
        const QString login = shared && where ? where->user : QString();
        const QString name = shared && !login.isEmpty() ? login : options.firstUserName;
        if (auto added = storage.directory().addUser({0, name, UserRole::Admin, login}); !added)
            return std::unexpected(added.error());
    }
    const auto signedIn = storage.directory().signedInUser();
    if (!signedIn)
        return std::unexpected(signedIn.error());
    m_signedInUser = *signedIn;

    m_boardService = std::make_unique<BoardService>(opportunityStore(), process(), directory());
    m_boardService->setEvidenceSource(&storage.evidence());
    m_board = std::make_unique<BoardModel>(*m_boardService);
    if (auto loaded = m_boardService->reload(); !loaded)
        return loaded;
    m_processModel = std::make_unique<ProcessModel>(opportunityStore(), process(), directory());
    if (auto loaded = m_processModel->load(m_boardService->pipelineId()); !loaded)
        return loaded;
    m_lookBackService = std::make_unique<LookBackService>(*m_boardService, lookBack());
    if (auto loaded = m_lookBackService->load(); !loaded)
        return loaded;
    m_coachingService = std::make_unique<CoachingService>(*m_boardService, coaching());
    listen();
    return {};
}

void Workspace::listen()
{
    m_feed = std::make_unique<ChangeFeed>(*m_storage);
    connect(m_feed.get(), &ChangeFeed::dealsChanged, this, [this](const QList<qint64> &ids) {
        if (auto ok = m_boardService->applyStoredChanges(ids); !ok)
            Q_EMIT errorOccurred(ok.error().message);
    });
    connect(m_feed.get(), &ChangeFeed::everythingChanged, this, [this] {
        if (auto ok = m_boardService->reload(); !ok)
            Q_EMIT errorOccurred(ok.error().message);
    });
    connect(m_feed.get(), &ChangeFeed::usersChanged, this, [this] {
        if (auto ok = m_boardService->followUsers(); !ok)
            Q_EMIT errorOccurred(ok.error().message);
    });
    connect(m_feed.get(), &ChangeFeed::engagementsChanged, this,
            &Workspace::engagementsChangedElsewhere);
    connect(m_feed.get(), &ChangeFeed::debriefsChanged, this, &Workspace::debriefsChangedElsewhere);
    connect(m_feed.get(), &ChangeFeed::contactsChanged, this, &Workspace::contactsChangedElsewhere);
    connect(m_feed.get(), &ChangeFeed::accountsChanged, this, &Workspace::accountsChangedElsewhere);
    connect(m_feed.get(), &ChangeFeed::stakeholdersChanged, this,
            &Workspace::stakeholdersChangedElsewhere);
    connect(m_feed.get(), &ChangeFeed::lookBackChanged, m_lookBackService.get(),
            &LookBackService::followStored);
    connect(m_feed.get(), &ChangeFeed::coachingChanged, m_coachingService.get(),
            &CoachingService::followStored);
    connect(m_feed.get(), &ChangeFeed::processChanged, this, [this] {
        if (auto ok = m_boardService->reload(); !ok)
            return Q_EMIT errorOccurred(ok.error().message);
        if (auto ok = m_processModel->load(m_processModel->pipelineId()); !ok)
            return Q_EMIT errorOccurred(ok.error().message);
        Q_EMIT processChangedElsewhere();
    });
}

OpportunityStore &Workspace::opportunityStore()
{
    return m_storage->opportunityStore();
}

ProcessStore &Workspace::process()
{
    return m_storage->process();
}

ForecastStore &Workspace::forecast()
{
    return m_storage->forecast();
}

Directory &Workspace::directory()
{
    return m_storage->directory();
}

ContactStore &Workspace::contacts()
{
    return m_storage->contacts();
}

EngagementStore &Workspace::engagements()
{
    return m_storage->engagements();
}

StakeholderStore &Workspace::stakeholders()
{
    return m_storage->stakeholders();
}

DebriefStore &Workspace::debriefs()
{
    return m_storage->debriefs();
}

SignOffStore &Workspace::signOffs()
{
    return m_storage->signOffs();
}

LookBackStore &Workspace::lookBack()
{
    return m_storage->lookBack();
}

CoachingStore &Workspace::coaching()
{
    return m_storage->coaching();
}

AccountStore &Workspace::accounts()
{
    return m_storage->accounts();
}

TerritoryStore &Workspace::territories()
{
    return m_storage->territories();
}

DealEvidenceSource &Workspace::evidence()
{
    return m_storage->evidence();
}

BulkLoader &Workspace::bulk()
{
    return m_storage->bulk();
}

QString Workspace::location() const
{
    return m_storage->location();
}

bool Workspace::isShared() const
{
    return m_storage->engine() == Schema::Engine::Postgres;
}

bool Workspace::wasCreated() const
{
    return m_storage->wasCreated();
}

Result<QList<ServerLogin>> Workspace::giveServerLogins()
{
    return ServerRoles::setUp(*m_storage);
}

QString Workspace::backupPath() const
{
    return m_storage->backupPath();
}

bool Workspace::ping() const
{
    return m_storage->ping();
}

Result<void> Workspace::reconnect()
{
    if (auto ok = m_storage->reconnect(); !ok)
        return ok;
    m_feed->resubscribe();
    return {};
}

Result<void> Workspace::createSharedDatabase(const DatabaseLocation &location)
{
    return SqlStorage::createPostgresDatabase(location);
}

} // namespace Stageboard
