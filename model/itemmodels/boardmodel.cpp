// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/boardmodel.h"

#include "core/money.h"
#include "itemmodels/roles.h"

#include <QCollator>
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

// A number that orders the deals in a column, smallest first; deals without one (no close
// date) go last.
qint64 sortKey(const Opportunity &o, BoardModel::CardOrder order, bool closedColumn)
{
    constexpr qint64 last = std::numeric_limits<qint64>::max();
    switch (order) {
    case BoardModel::CardOrder::CloseDate:
        // Soonest first; in closed stages the latest first.
        if (!o.closeDate.isValid())
            return last;
        return closedColumn ? -o.closeDate.toJulianDay() : o.closeDate.toJulianDay();
    case BoardModel::CardOrder::Amount:
        return -o.amount; // largest first
    case BoardModel::CardOrder::DaysInStage:
        return o.enteredStageAt; // longest in the stage first
    case BoardModel::CardOrder::Title:
        break; // compared as text
    }
    return 0;
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

BoardModel::BoardModel(BoardService &service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
{
    connect(&service, &BoardService::aboutToReset, this, [this] { beginResetModel(); });
    connect(&service, &BoardService::reset, this, [this] {
        rebuildColumns();
        endResetModel();
    });
    connect(&service, &BoardService::changed, this, &BoardModel::place);
    connect(&service, &BoardService::usersChanged, this, [this] {
        // A renamed owner: every card may show the name, none moves.
        for (int stage = 0; stage < int(m_columns.size()); ++stage) {
            const int cards = int(m_columns[stage].ids.size());
            if (cards > 0) {
                const QModelIndex parent = index(stage, 0);
                Q_EMIT dataChanged(index(0, 0, parent), index(cards - 1, 0, parent),
                                   {OwnerNameRole, Qt::AccessibleTextRole});
            }
        }
    });
    rebuildColumns();
}

BoardModel::BoardModel(OpportunityStore &deals, ProcessStore &process, Directory &directory,
                       QObject *parent)
    : BoardModel(*new BoardService(deals, process, directory), parent)
{
    m_ownService.reset(&m_service);
}

BoardModel::~BoardModel() = default;

QString BoardModel::cardOrderName(CardOrder order)
{
    switch (order) {
    case CardOrder::CloseDate:
        return tr("close date");
    case CardOrder::Amount:
        return tr("amount");
    case CardOrder::DaysInStage:
        return tr("days in stage");
    case CardOrder::Title:
        return tr("title");
    }
    return {};
}

void BoardModel::setCardOrder(CardOrder order)
{
    if (order == m_order)
        return;
    beginResetModel();
    m_order = order;
    rebuildColumns();
    endResetModel();
}

bool BoardModel::before(const Opportunity &a, const Opportunity &b, bool closedColumn) const
{
    if (m_order == CardOrder::Title) {
        static const QCollator collator = [] {
            QCollator c;
            c.setCaseSensitivity(Qt::CaseInsensitive);
            c.setNumericMode(true);
            return c;
        }();
        if (const int c = collator.compare(a.title, b.title); c != 0)
            return c < 0;
        return a.id < b.id;
    }
    const qint64 ka = sortKey(a, m_order, closedColumn);
    const qint64 kb = sortKey(b, m_order, closedColumn);
    if (ka != kb)
        return ka < kb;
    return a.id < b.id;
}

void BoardModel::rebuildColumns()
{
    const QList<Stage> &stages = m_service.stages();
    m_columns.clear();
    m_columns.resize(stages.size());
    m_stageRows.clear();
    for (int row = 0; row < stages.size(); ++row) {
        m_columns[row].stage = stages[row];
        m_stageRows.insert(stages[row].id, row);
    }
    const auto &deals = m_service.opportunities();
    for (int row = 0; row < stages.size(); ++row) {
        const QList<qint64> shown = m_service.shownAtReset(stages[row].id);
        const bool closedColumn = stages[row].kind != StageKind::Open;
        std::vector<std::pair<qint64, qint64>> keys;
        keys.reserve(std::size_t(shown.size()));
        if (m_order == CardOrder::Title) {
            // Titles are compared as text; the others by one number each, which is faster.
            QList<qint64> sorted = shown;
            std::sort(sorted.begin(), sorted.end(), [&](qint64 a, qint64 b) {
                return before(*deals.constFind(a), *deals.constFind(b), closedColumn);
            });
            for (qint64 id : sorted)
                keys.emplace_back(0, id);
        } else {
            for (qint64 id : shown)
                keys.emplace_back(sortKey(*deals.constFind(id), m_order, closedColumn), id);
            std::sort(keys.begin(), keys.end());
        }
        QList<qint64> &ids = m_columns[row].ids;
        ids.reserve(qsizetype(keys.size()));
        for (const auto &k : keys)
            ids.append(k.second);
    }
}

const Opportunity &BoardModel::valueOf(qint64 id) const
{
    if (m_standIn && m_standIn->id == id)
        return *m_standIn;
    return *m_service.opportunities().constFind(id);
}

int BoardModel::stageRow(qint64 stageId) const
{
    return m_stageRows.value(stageId, -1);
}

int BoardModel::lowerBound(const Column &column, const Opportunity &o) const
{
    const bool closedColumn = column.stage.kind != StageKind::Open;
    const auto it = std::lower_bound(column.ids.cbegin(), column.ids.cend(), o,
                                     [&](qint64 id, const Opportunity &value) {
                                         return before(valueOf(id), value, closedColumn);
                                     });
    return int(it - column.ids.cbegin());
}

void BoardModel::emitTotalsChanged(int row)
{
    const QModelIndex i = index(row, 0);
    Q_EMIT dataChanged(i, i, {StageCountRole, StageAmountRole, StageWeightedAmountRole});
}

void BoardModel::place(const std::optional<Opportunity> &old, const std::optional<Opportunity> &now)
{
    const qint64 id = old ? old->id : now->id;
    const int oldStage = old && m_service.accepts(*old) ? stageRow(old->stageId) : -1;
    int oldRow = -1;
    if (oldStage >= 0) {
        // The service holds the new value already: the old one stands in for the search.
        m_standIn = &*old;
        oldRow = lowerBound(m_columns[oldStage], *old);
        m_standIn = nullptr;
        Q_ASSERT(m_columns[oldStage].ids.value(oldRow) == id);
    }
    const int newStage = now && m_service.accepts(*now) ? stageRow(now->stageId) : -1;

    if (oldStage >= 0 && newStage >= 0) {
        Column &from = m_columns[oldStage];
        Column &to = m_columns[newStage];
        from.ids.removeAt(oldRow);
        const int newRow = lowerBound(to, *now);
        from.ids.insert(oldRow, id);
        if (oldStage != newStage || newRow != oldRow) {
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
    if (oldStage >= 0)
        emitTotalsChanged(oldStage);
    if (newStage >= 0 && newStage != oldStage)
        emitTotalsChanged(newStage);
    if (newStage >= 0) {
        const QModelIndex i = opportunityIndex(id);
        Q_EMIT dataChanged(i, i);
    }
}

QList<Opportunity> BoardModel::visibleOpportunities() const
{
    QList<Opportunity> result;
    for (const Column &column : m_columns) {
        for (qint64 id : column.ids)
            result.append(valueOf(id));
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
    const auto it = m_service.opportunities().constFind(id);
    if (it == m_service.opportunities().cend() || !m_service.accepts(it.value()))
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

QString BoardModel::nextActivityText(const Opportunity &o) const
{
    const QDateTime due = QDateTime::fromSecsSinceEpoch(o.nextActivityAt);
    const QString when = formatDateTime(due);
    switch (activityDue(o.nextActivityAt, QDateTime::currentDateTime())) {
    case ActivityDue::None:
        return tr("no next activity scheduled");
    case ActivityDue::Overdue:
        return tr("next activity overdue since %1").arg(when);
    case ActivityDue::Today:
        return tr("next activity today at %1").arg(formatTime(due.time()));
    case ActivityDue::Later:
        return tr("next activity %1").arg(when);
    }
    return {};
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
            return m_service.totals(c.stage.id).count;
        case StageAmountRole:
            return m_service.totals(c.stage.id).amount;
        case StageWeightedAmountRole:
            return m_service.totals(c.stage.id).weighted.value();
        default:
            return stageData(c.stage, role);
        }
    }
    const Column &c = m_columns[index.internalId() - 1];
    const Opportunity &o = valueOf(c.ids[index.row()]);
    const GateEngine &engine = m_service.gateEngine();
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return o.title;
    case Qt::ToolTipRole: {
        QStringList lines{o.title};
        if (!o.nextStep.isEmpty())
            lines.append(tr("Next step: %1").arg(o.nextStep));
        if (c.stage.kind == StageKind::Open) {
            QString next = nextActivityText(o);
            next[0] = next[0].toUpper();
            lines.append(next);
        }
        if (c.stage.kind == StageKind::Open && engine.requiredUnmet(o))
            lines.append(tr("Required exit criteria of %1 are not all met yet.").arg(c.stage.name));
        if (o.disqualified)
            lines.append(tr("Disqualified: lost before it reached qualification."));
        if (!o.overrideReason.isEmpty())
            lines.append(
                tr("Moved here past unmet criteria by an override: %1").arg(o.overrideReason));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        // What a screen reader says first: which deal, told apart from its namesakes.
        return o.accountId ? tr("%1, %2").arg(o.title, m_service.accountName(o.accountId))
                           : o.title;
    case Qt::AccessibleDescriptionRole: {
        // Then what the card shows, in words.
        const QLocale locale = displayLocale();
        const int days =
            int((QDateTime::currentSecsSinceEpoch() - o.enteredStageAt) / secondsPerDay);
        QStringList parts{
            tr("%1, closes %2")
                .arg(formatMoney(o.amount, o.currency, locale), formatDate(o.closeDate)),
            tr("owner %1").arg(m_service.userName(o.ownerId))};
        if (c.stage.kind == StageKind::Open) {
            parts.append(tr("%n day(s) in %1", nullptr, days).arg(c.stage.name));
            if (const int count = engine.activityCount(o.stageId); count > 0)
                parts.append(tr("%1 of %2 activities done").arg(o.activitiesDone).arg(count));
            if (c.stage.rotDays && days > *c.stage.rotDays)
                parts.append(tr("stalled"));
            if (engine.requiredUnmet(o))
                parts.append(tr("required criteria not met"));
            parts.append(nextActivityText(o));
            if (o.stakeholders > 0)
                parts.append(
                    o.champions > 0
                        ? tr("%n stakeholder(s), a champion among them", nullptr, o.stakeholders)
                        : tr("%n stakeholder(s), no champion", nullptr, o.stakeholders));
        } else {
            parts.append(o.disqualified ? tr("disqualified") : c.stage.name);
            if (!o.closeReason.isEmpty())
                parts.append(o.closeReason);
        }
        if (!o.overrideReason.isEmpty())
            parts.append(tr("moved here by an override: %1").arg(o.overrideReason));
        return parts.join(QStringLiteral("; "));
    }
    case IdRole:
        return o.id;
    case IsStageRole:
        return false;
    case AccountNameRole:
        return m_service.accountName(o.accountId);
    case AccountIdRole:
        return o.accountId;
    case OwnerNameRole:
        return m_service.userName(o.ownerId);
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
        return m_service.probabilityOf(o);
    case WeightedAmountRole:
        return o.amount * m_service.probabilityOf(o) / 100;
    case NextStepRole:
        return o.nextStep;
    case ActivitiesDoneRole:
        return o.activitiesDone;
    case ActivityCountRole:
        return engine.activityCount(o.stageId);
    case RequiredUnmetRole:
        return c.stage.kind == StageKind::Open && engine.requiredUnmet(o);
    case DisqualifiedRole:
        return o.disqualified;
    case CloseReasonRole:
        return o.closeReason;
    case OverrideReasonRole:
        return o.overrideReason;
    case NextActivityDueRole:
        if (c.stage.kind != StageKind::Open)
            return -1;
        return int(activityDue(o.nextActivityAt, QDateTime::currentDateTime()));
    case NextActivityAtRole:
        return o.nextActivityAt ? QDateTime::fromSecsSinceEpoch(o.nextActivityAt) : QDateTime();
    case StakeholderCountRole:
        return o.stakeholders;
    case ChampionRole:
        return o.champions > 0;
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
        const auto current = m_service.opportunity(id);
        if (!current || current->stageId == stageId)
            continue;
        auto ok = m_service.moveToStage(id, stageId);
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
