// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/boardmodel.h"

#include "itemmodels/roles.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QMimeData>
#include <algorithm>
#include <limits>

namespace Stageboard {

namespace {

constexpr quintptr stageInternalId = 0;
constexpr qint64 secondsPerDay = 24 * 60 * 60;

qint64 sortKey(const Opportunity &o)
{
    return o.closeDate.isValid() ? o.closeDate.toJulianDay() : std::numeric_limits<qint64>::max();
}

QList<qint64> decodeIds(const QMimeData *data)
{
    QList<qint64> ids;
    QByteArray bytes = data->data(QLatin1StringView(BoardModel::mimeType));
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    stream >> ids;
    if (stream.status() != QDataStream::Ok)
        return {};
    return ids;
}

} // namespace

BoardModel::BoardModel(OpportunityStore &deals, ProcessStore &process, Directory &directory,
                       QObject *parent)
    : QAbstractItemModel(parent)
    , m_opportunityStore(deals)
    , m_directory(directory)
    , m_pipeline(deals, process, directory)
{}

Result<QList<StageChange>> BoardModel::stageHistory(qint64 opportunityId) const
{
    return m_opportunityStore.stageHistory(opportunityId);
}

Result<QList<Check>> BoardModel::activityChecks(qint64 opportunityId) const
{
    return m_opportunityStore.activityChecks(opportunityId);
}

Result<QList<Check>> BoardModel::criterionChecks(qint64 opportunityId) const
{
    return m_opportunityStore.criterionChecks(opportunityId);
}

BoardModel::~BoardModel() = default;

qint64 BoardModel::neighbourStage(qint64 stageId, int step) const
{
    const Stage *from = m_pipeline.stage(stageId);
    if (!from || from->removed)
        return 0;
    const QList<Stage> stages = m_pipeline.stagesOf(from->pipelineId);
    const auto at = std::find_if(stages.cbegin(), stages.cend(),
                                 [stageId](const Stage &s) { return s.id == stageId; });
    if (at == stages.cend())
        return 0;
    if (from->kind != StageKind::Open) {
        if (step > 0)
            return 0;
        const auto lastOpen = std::find_if(stages.crbegin(), stages.crend(), [](const Stage &s) {
            return s.kind == StageKind::Open;
        });
        return lastOpen == stages.crend() ? 0 : lastOpen->id;
    }
    if (step < 0)
        return at == stages.cbegin() ? 0 : std::prev(at)->id;
    if (std::next(at) == stages.cend())
        return 0;
    if (std::next(at)->kind != StageKind::Lost)
        return std::next(at)->id;
    // Forward from the last open stage is winning it, wherever the won stage is listed.
    const auto won = std::find_if(stages.cbegin(), stages.cend(),
                                  [](const Stage &s) { return s.kind == StageKind::Won; });
    return won == stages.cend() ? 0 : won->id;
}

int BoardModel::opportunityCount(qint64 stageId) const
{
    return int(std::count_if(m_opportunities.cbegin(), m_opportunities.cend(),
                             [stageId](const Opportunity &o) { return o.stageId == stageId; }));
}

Result<void> BoardModel::reload()
{
    if (auto loaded = m_pipeline.load(); !loaded)
        return loaded;
    auto accounts = m_directory.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    auto deals = m_opportunityStore.opportunities();
    if (!deals)
        return std::unexpected(deals.error());

    beginResetModel();
    if (!m_pipeline.pipeline(m_pipelineId))
        m_pipelineId = m_pipeline.pipelines().isEmpty() ? 0 : m_pipeline.pipelines().first().id;
    m_stageList = m_pipeline.stagesOf(m_pipelineId);
    m_accounts = std::move(*accounts);
    m_userNames.clear();
    for (const User &u : m_pipeline.users())
        m_userNames.insert(u.id, u.name);
    m_accountNames.clear();
    m_accountNames.reserve(m_accounts.size());
    for (const Account &a : std::as_const(m_accounts))
        m_accountNames.insert(a.id, a.name);
    m_opportunities.clear();
    m_opportunities.reserve(deals->size());
    QHash<QString, int> currencies;
    for (Opportunity &o : *deals) {
        ++currencies[o.currency];
        const qint64 id = o.id;
        m_opportunities.emplace(id, std::move(o));
    }
    m_totalsCurrency.clear();
    for (auto it = currencies.cbegin(); it != currencies.cend(); ++it) {
        if (m_totalsCurrency.isEmpty() || it.value() > currencies.value(m_totalsCurrency))
            m_totalsCurrency = it.key();
    }
    m_stageRows.clear();
    for (int row = 0; row < m_stageList.size(); ++row)
        m_stageRows.insert(m_stageList[row].id, row);
    rebuildColumns();
    endResetModel();
    Q_EMIT reloaded();
    return {};
}

Result<void> BoardModel::applyStoredChanges(const QList<qint64> &ids)
{
    auto stored = m_opportunityStore.opportunitiesByIds(ids);
    if (!stored)
        return std::unexpected(stored.error());
    bool namesKnown = true;
    for (const Opportunity &o : std::as_const(*stored)) {
        if (!o.deleted && ((o.accountId && !m_accountNames.contains(o.accountId)) ||
                           (o.ownerId && !m_userNames.contains(o.ownerId)))) {
            namesKnown = false;
        }
    }
    if (!namesKnown) {
        // A new account or person came with them: learn their names before showing the cards.
        if (auto loaded = m_pipeline.load(); !loaded)
            return loaded;
        auto accounts = m_directory.accounts();
        if (!accounts)
            return std::unexpected(accounts.error());
        m_accounts = std::move(*accounts);
        for (const User &u : m_pipeline.users())
            m_userNames.insert(u.id, u.name);
        for (const Account &a : std::as_const(m_accounts))
            m_accountNames.insert(a.id, a.name);
    }
    for (const Opportunity &o : std::as_const(*stored)) {
        const auto it = m_opportunities.constFind(o.id);
        std::optional<Opportunity> before;
        if (it != m_opportunities.cend())
            before = *it;
        if (!before && o.deleted)
            continue;
        if (before && !o.deleted && before->version == o.version)
            continue; // this board made the change, or already has it
        std::optional<Opportunity> after;
        if (!o.deleted)
            after = o;
        if (after && !m_pipeline.stage(after->stageId))
            continue; // a stage this board does not know yet: shown after the next reload
        place(before, after);
        Q_EMIT changedElsewhere(before, after);
    }
    return {};
}

void BoardModel::setPipelineId(qint64 pipelineId)
{
    if (pipelineId == m_pipelineId || !m_pipeline.pipeline(pipelineId))
        return;
    // Every column changes: one reset.
    beginResetModel();
    m_pipelineId = pipelineId;
    m_stageList = m_pipeline.stagesOf(m_pipelineId);
    m_stageRows.clear();
    for (int row = 0; row < m_stageList.size(); ++row)
        m_stageRows.insert(m_stageList[row].id, row);
    rebuildColumns();
    endResetModel();
    Q_EMIT pipelineChanged(m_pipelineId);
}

void BoardModel::setFilter(const BoardFilter &filter)
{
    if (filter == m_filter)
        return;
    // A new filter changes which deals every column holds: one reset is cheaper than
    // thousands of row signals.
    beginResetModel();
    m_filter = filter;
    m_filterMatcher = QStringMatcher(filter.text, Qt::CaseInsensitive);
    rebuildColumns();
    endResetModel();
}

void BoardModel::rebuildColumns()
{
    m_columns.clear();
    m_columns.resize(m_stageList.size());
    std::vector<std::vector<std::pair<qint64, qint64>>> keyed(m_stageList.size());
    for (int row = 0; row < m_stageList.size(); ++row)
        m_columns[row].stage = m_stageList[row];
    for (auto it = m_opportunities.cbegin(); it != m_opportunities.cend(); ++it) {
        const Opportunity &o = it.value();
        if (!accepts(o))
            continue;
        const int row = stageRow(o.stageId);
        if (row < 0)
            continue;
        keyed[row].emplace_back(sortKey(o), o.id);
        addToTotals(m_columns[row], o, +1);
    }
    for (int row = 0; row < m_stageList.size(); ++row) {
        auto &keys = keyed[row];
        const bool latestFirst = m_stageList[row].kind != StageKind::Open;
        std::sort(keys.begin(), keys.end(), [latestFirst](const auto &a, const auto &b) {
            if (a.first != b.first) {
                if (a.first == std::numeric_limits<qint64>::max() ||
                    b.first == std::numeric_limits<qint64>::max())
                    return a.first < b.first;
                return latestFirst ? a.first > b.first : a.first < b.first;
            }
            return a.second < b.second;
        });
        QList<qint64> &ids = m_columns[row].ids;
        ids.reserve(qsizetype(keys.size()));
        for (const auto &k : keys)
            ids.append(k.second);
    }
}

bool BoardModel::accepts(const Opportunity &o) const
{
    if (m_filter.ownerId != 0 && o.ownerId != m_filter.ownerId)
        return false;
    if (m_filter.text.isEmpty())
        return true;
    const auto found = [this](const QString &text) { return m_filterMatcher.indexIn(text) >= 0; };
    if (found(o.title) || found(o.contact) || found(o.nextStep))
        return true;
    const auto account = m_accountNames.constFind(o.accountId);
    return account != m_accountNames.constEnd() && found(*account);
}

bool BoardModel::before(const Opportunity &a, const Opportunity &b, bool latestFirst) const
{
    const qint64 ka = sortKey(a);
    const qint64 kb = sortKey(b);
    if (ka != kb) {
        if (ka == std::numeric_limits<qint64>::max() || kb == std::numeric_limits<qint64>::max())
            return ka < kb;
        return latestFirst ? ka > kb : ka < kb;
    }
    return a.id < b.id;
}

int BoardModel::stageRow(qint64 stageId) const
{
    return m_stageRows.value(stageId, -1);
}

int BoardModel::lowerBound(const Column &column, const Opportunity &o) const
{
    const bool latestFirst = column.stage.kind != StageKind::Open;
    const auto it = std::lower_bound(
        column.ids.cbegin(), column.ids.cend(), o, [&](qint64 id, const Opportunity &value) {
            return before(*m_opportunities.constFind(id), value, latestFirst);
        });
    return int(it - column.ids.cbegin());
}

int BoardModel::probabilityOf(const Opportunity &opportunity) const
{
    if (opportunity.probability)
        return *opportunity.probability;
    const Stage *s = stage(opportunity.stageId);
    return s ? s->probability : 0;
}

void BoardModel::addToTotals(Column &column, const Opportunity &o, int sign)
{
    column.count += sign;
    column.amount += sign * o.amount;
    column.weighted.add(o.amount, probabilityOf(o), sign);
}

void BoardModel::emitTotalsChanged(int row)
{
    const QModelIndex i = index(row, 0);
    Q_EMIT dataChanged(i, i, {StageCountRole, StageAmountRole, StageWeightedAmountRole});
}

void BoardModel::place(const std::optional<Opportunity> &old, const std::optional<Opportunity> &now)
{
    const qint64 id = old ? old->id : now->id;
    int oldStage = old && accepts(*old) ? stageRow(old->stageId) : -1;
    int oldRow = -1;
    if (oldStage >= 0) {
        // m_deals still holds the old value here, so the search finds the deal's own row.
        oldRow = lowerBound(m_columns[oldStage], *old);
        Q_ASSERT(m_columns[oldStage].ids.value(oldRow) == id);
        addToTotals(m_columns[oldStage], *old, -1);
    }
    if (now)
        m_opportunities.insert(id, *now);
    else
        m_opportunities.remove(id);
    const int newStage = now && accepts(*now) ? stageRow(now->stageId) : -1;

    if (oldStage >= 0 && newStage >= 0) {
        Column &from = m_columns[oldStage];
        Column &to = m_columns[newStage];
        from.ids.removeAt(oldRow);
        const int newRow = lowerBound(to, *now);
        if (oldStage == newStage && newRow == oldRow) {
            from.ids.insert(oldRow, id);
        } else {
            from.ids.insert(oldRow, id);
            const int destination = oldStage == newStage && newRow > oldRow ? newRow + 1 : newRow;
            beginMoveRows(index(oldStage, 0), oldRow, oldRow, index(newStage, 0), destination);
            from.ids.removeAt(oldRow);
            to.ids.insert(newRow, id);
            endMoveRows();
        }
    } else if (oldStage >= 0) {
        beginRemoveRows(index(oldStage, 0), oldRow, oldRow);
        m_columns[oldStage].ids.removeAt(oldRow);
        endRemoveRows();
    } else if (newStage >= 0) {
        Column &to = m_columns[newStage];
        const int newRow = lowerBound(to, *now);
        beginInsertRows(index(newStage, 0), newRow, newRow);
        to.ids.insert(newRow, id);
        endInsertRows();
    }
    if (newStage >= 0)
        addToTotals(m_columns[newStage], *now, +1);
    if (oldStage >= 0)
        emitTotalsChanged(oldStage);
    if (newStage >= 0 && newStage != oldStage)
        emitTotalsChanged(newStage);
    if (newStage >= 0) {
        const QModelIndex i = opportunityIndex(id);
        Q_EMIT dataChanged(i, i);
    }
}

const Stage *BoardModel::stage(qint64 stageId) const
{
    const int row = stageRow(stageId);
    return row >= 0 ? &m_stageList[row] : nullptr;
}

std::optional<Opportunity> BoardModel::opportunity(qint64 id) const
{
    const auto it = m_opportunities.constFind(id);
    if (it == m_opportunities.cend())
        return std::nullopt;
    return it.value();
}

QList<Opportunity> BoardModel::visibleOpportunities() const
{
    QList<Opportunity> result;
    for (const Column &column : m_columns) {
        for (qint64 id : column.ids)
            result.append(*m_opportunities.constFind(id));
    }
    return result;
}

QModelIndex BoardModel::stageIndex(qint64 stageId) const
{
    const int row = stageRow(stageId);
    return row >= 0 ? index(row, 0) : QModelIndex();
}

QModelIndex BoardModel::opportunityIndex(qint64 id) const
{
    const auto it = m_opportunities.constFind(id);
    if (it == m_opportunities.cend() || !accepts(it.value()))
        return {};
    const int stage = stageRow(it->stageId);
    if (stage < 0)
        return {};
    const int row = lowerBound(m_columns[stage], it.value());
    if (m_columns[stage].ids.value(row) != id)
        return {};
    return createIndex(row, 0, quintptr(stage + 1));
}

qint64 BoardModel::opportunityId(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == stageInternalId)
        return 0;
    return m_columns[index.internalId() - 1].ids.value(index.row());
}

std::optional<Opportunity> BoardModel::showStoredAfterConflict(qint64 opportunityId)
{
    if (auto ok = applyStoredChanges({opportunityId}); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    return opportunity(opportunityId);
}

Result<MoveOutcome> BoardModel::moveToStage(qint64 opportunityId, qint64 stageId,
                                            const MoveRequest &request)
{
    auto old = opportunity(opportunityId);
    if (!old)
        return fail(tr("The opportunity %1 no longer exists.").arg(opportunityId));
    MoveRequest r = request;
    r.toStageId = stageId;
    auto outcome = m_pipeline.move(*old, m_currentUserId, r);
    if (!outcome && outcome.error().kind == Error::Kind::Conflict) {
        // Someone changed the deal since this board read it. Show it as it is now; if it is
        // still where the person saw it, the move is theirs to make: check its gate again
        // against what is stored now (a criterion may have been answered or cleared).
        const Opportunity seen = *old;
        old = showStoredAfterConflict(opportunityId);
        if (!old) {
            return fail(tr("\"%1\" was deleted elsewhere; nothing was moved.").arg(seen.title),
                        Error::Kind::Conflict);
        }
        if (old->stageId != seen.stageId) {
            QString who;
            if (auto history = m_opportunityStore.stageHistory(opportunityId);
                history && !history->isEmpty()) {
                who = userName(history->last().userId);
            }
            const Stage *now = stage(old->stageId);
            return fail((who.isEmpty() ? tr("\"%1\" was moved to %2 elsewhere meanwhile.")
                                             .arg(old->title, now ? now->name : QString())
                                       : tr("%3 moved \"%1\" to %2 meanwhile.")
                                             .arg(old->title, now ? now->name : QString(), who)) +
                            QLatin1Char(' ') +
                            tr("The board shows it there now; nothing was moved."),
                        Error::Kind::Conflict);
        }
        outcome = m_pipeline.move(*old, m_currentUserId, r);
    }
    if (!outcome && outcome.error().kind == Error::Kind::GateRefused) {
        // The gate read the answers as stored now; the card shows the same progress.
        showStoredAfterConflict(opportunityId);
    }
    if (!outcome)
        return outcome;
    if (outcome->opportunity.stageId == old->stageId)
        return outcome;
    place(old, outcome->opportunity);
    Q_EMIT moved(*old, outcome->change);
    if (!outcome->warnings.isEmpty())
        Q_EMIT moveWarned(opportunityId, outcome->warnings);
    return outcome;
}

Result<void> BoardModel::setActivityDone(qint64 opportunityId, qint64 activityId, bool done,
                                         const QString &note)
{
    auto old = opportunity(opportunityId);
    if (!old)
        return fail(tr("The opportunity %1 no longer exists.").arg(opportunityId));
    auto stored = m_pipeline.setActivityDone(*old, activityId, m_currentUserId, done, note);
    if (!stored && stored.error().kind == Error::Kind::Conflict) {
        // A tick says nothing about the deal's other fields: make it on the deal as it is now.
        old = showStoredAfterConflict(opportunityId);
        if (!old)
            return std::unexpected(stored.error());
        stored = m_pipeline.setActivityDone(*old, activityId, m_currentUserId, done, note);
    }
    if (!stored)
        return std::unexpected(stored.error());
    place(old, *stored);
    Q_EMIT checksChanged(opportunityId);
    return {};
}

Result<void> BoardModel::answerCriterion(qint64 opportunityId, qint64 criterionId,
                                         CriterionState state, const QString &note)
{
    auto old = opportunity(opportunityId);
    if (!old)
        return fail(tr("The opportunity %1 no longer exists.").arg(opportunityId));
    auto stored = m_pipeline.answerCriterion(*old, criterionId, m_currentUserId, state, note);
    if (!stored && stored.error().kind == Error::Kind::Conflict) {
        old = showStoredAfterConflict(opportunityId);
        if (!old)
            return std::unexpected(stored.error());
        stored = m_pipeline.answerCriterion(*old, criterionId, m_currentUserId, state, note);
    }
    if (!stored)
        return std::unexpected(stored.error());
    place(old, *stored);
    Q_EMIT checksChanged(opportunityId);
    return {};
}

Result<Opportunity> BoardModel::createOpportunity(const Opportunity &opportunity)
{
    if (!stage(opportunity.stageId))
        return fail(tr("The stage %1 no longer exists.").arg(opportunity.stageId));
    auto stored = m_opportunityStore.createOpportunity(opportunity, m_currentUserId);
    if (!stored)
        return stored;
    place(std::nullopt, *stored);
    Q_EMIT created(*stored);
    return stored;
}

Result<void> BoardModel::updateOpportunity(const Opportunity &opportunity)
{
    const auto old = this->opportunity(opportunity.id);
    if (!old)
        return fail(tr("The opportunity %1 no longer exists.").arg(opportunity.id));
    Opportunity changed = opportunity;
    changed.stageId = old->stageId;
    changed.enteredStageAt = old->enteredStageAt;
    auto stored = m_opportunityStore.updateOpportunity(changed);
    if (!stored) {
        // The caller's copy is stale: the board shows the deal as stored now, so that the
        // person can compare the two and choose (EditConflict).
        if (stored.error().kind == Error::Kind::Conflict)
            showStoredAfterConflict(opportunity.id);
        return std::unexpected(stored.error());
    }
    place(old, *stored);
    Q_EMIT edited(*old, *stored);
    return {};
}

Result<void> BoardModel::removeOpportunity(qint64 id)
{
    const auto old = opportunity(id);
    if (!old)
        return fail(tr("The opportunity %1 no longer exists.").arg(id));
    auto stored = m_opportunityStore.setOpportunityDeleted(id, true);
    if (!stored)
        return std::unexpected(stored.error());
    place(old, std::nullopt);
    Q_EMIT removed(*old);
    return {};
}

Result<void> BoardModel::restoreOpportunity(qint64 id)
{
    if (opportunity(id))
        return {};
    auto stored = m_opportunityStore.setOpportunityDeleted(id, false);
    if (!stored)
        return std::unexpected(stored.error());
    place(std::nullopt, *stored);
    Q_EMIT restored(*stored);
    return {};
}

Result<qint64> BoardModel::accountNamed(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return qint64(0);
    for (const Account &a : std::as_const(m_accounts)) {
        if (a.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return a.id;
    }
    Account account{0, trimmed, {}, {}, m_currentUserId};
    auto id = m_directory.addAccount(account);
    if (!id)
        return id;
    account.id = *id;
    m_accounts.append(account);
    m_accountNames.insert(account.id, account.name);
    return id;
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_columns.size()))
            return {};
        return createIndex(row, 0, stageInternalId);
    }
    if (parent.internalId() != stageInternalId || parent.row() >= int(m_columns.size()))
        return {};
    if (row >= m_columns[parent.row()].ids.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == stageInternalId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, stageInternalId);
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.column() != 0 || parent.internalId() != stageInternalId)
        return 0;
    return int(m_columns[parent.row()].ids.size());
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == stageInternalId) {
        const Column &c = m_columns[index.row()];
        switch (role) {
        case IsStageRole:
            return true;
        case StageCountRole:
            return c.count;
        case StageAmountRole:
            return c.amount;
        case StageWeightedAmountRole:
            return c.weighted.value();
        default:
            return stageData(c.stage, role);
        }
    }
    const Column &c = m_columns[index.internalId() - 1];
    const Opportunity &o = *m_opportunities.constFind(c.ids[index.row()]);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return o.title;
    case Qt::ToolTipRole: {
        QStringList lines{o.title};
        if (!o.nextStep.isEmpty())
            lines.append(tr("Next step: %1").arg(o.nextStep));
        if (c.stage.kind == StageKind::Open && o.requiredMet < m_pipeline.requiredCount(o.stageId))
            lines.append(tr("Required exit criteria of %1 are not all met yet.").arg(c.stage.name));
        if (o.disqualified)
            lines.append(tr("Disqualified: lost before it reached qualification."));
        return lines.join(QLatin1Char('\n'));
    }
    case IdRole:
        return o.id;
    case IsStageRole:
        return false;
    case AccountNameRole:
        return m_accountNames.value(o.accountId);
    case AccountIdRole:
        return o.accountId;
    case OwnerNameRole:
        return m_userNames.value(o.ownerId);
    case OwnerIdRole:
        return o.ownerId;
    case AmountRole:
        return o.amount;
    case CurrencyRole:
        return o.currency;
    case CloseDateRole:
        return o.closeDate;
    case StageIdRole:
        return o.stageId;
    case EnteredStageAtRole:
        return o.enteredStageAt;
    case DaysInStageRole:
        return int((QDateTime::currentSecsSinceEpoch() - o.enteredStageAt) / secondsPerDay);
    case IsStalledRole: {
        if (c.stage.kind != StageKind::Open || !c.stage.rotDays)
            return false;
        const qint64 days = (QDateTime::currentSecsSinceEpoch() - o.enteredStageAt) / secondsPerDay;
        return days > *c.stage.rotDays;
    }
    case ProbabilityRole:
        return probabilityOf(o);
    case WeightedAmountRole:
        return o.amount * probabilityOf(o) / 100;
    case NextStepRole:
        return o.nextStep;
    case ActivitiesDoneRole:
        return o.activitiesDone;
    case ActivityCountRole:
        return m_pipeline.activityCount(o.stageId);
    case RequiredUnmetRole:
        return c.stage.kind == StageKind::Open &&
               o.requiredMet < m_pipeline.requiredCount(o.stageId);
    case DisqualifiedRole:
        return o.disqualified;
    case CloseReasonRole:
        return o.closeReason;
    case OpportunityRole:
        return QVariant::fromValue(o);
    default:
        return {};
    }
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == stageInternalId)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{IdRole, "id"},
                  {StageNameRole, "stageName"},
                  {StageCountRole, "stageCount"},
                  {StageAmountRole, "stageAmount"},
                  {StageWeightedAmountRole, "stageWeightedAmount"},
                  {TitleRole, "title"},
                  {AccountNameRole, "account"},
                  {OwnerNameRole, "owner"},
                  {AmountRole, "amount"},
                  {CurrencyRole, "currency"},
                  {CloseDateRole, "closeDate"},
                  {DaysInStageRole, "daysInStage"},
                  {IsStalledRole, "stalled"}});
    return names;
}

QStringList BoardModel::mimeTypes() const
{
    return {QLatin1StringView(mimeType)};
}

QMimeData *BoardModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes) {
        if (const qint64 id = opportunityId(i); id != 0 && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(QLatin1StringView(mimeType), bytes);
    return data;
}

bool BoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (!data || action != Qt::MoveAction || !data->hasFormat(QLatin1StringView(mimeType)))
        return false;
    // A drop lands on a column (a stage), or on a card in it.
    return parent.isValid();
}

bool BoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QModelIndex stageIdx = parent.internalId() == stageInternalId ? parent : parent.parent();
    const qint64 stageId = m_columns[stageIdx.row()].stage.id;
    bool movedAny = false;
    for (qint64 id : decodeIds(data)) {
        const auto before = opportunity(id);
        if (!before || before->stageId == stageId)
            continue;
        auto ok = moveToStage(id, stageId);
        if (!ok) {
            Q_EMIT moveRefused(id, stageId, ok.error());
            return movedAny;
        }
        movedAny = true;
    }
    return movedAny;
}

Qt::DropActions BoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace Stageboard
