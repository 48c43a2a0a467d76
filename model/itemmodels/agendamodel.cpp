// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/agendamodel.h"

#include "core/money.h"
#include "itemmodels/roles.h"

#include <QLocale>
#include <QTimeZone>

namespace Stageboard {

namespace {
// Headings have internal id 0; an activity row, its heading's number plus one.
constexpr quintptr heading = 0;
} // namespace

AgendaModel::AgendaModel(BoardService &service, EngagementStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
    , m_store(store)
{}

Result<void> AgendaModel::setOwner(qint64 userId)
{
    m_owner = userId;
    return refresh();
}

AgendaModel::Group AgendaModel::groupOf(const Engagement &e, const QDateTime &now) const
{
    switch (activityDue(e.dueAt, now)) {
    case ActivityDue::Overdue:
        return Group::Overdue;
    case ActivityDue::Today:
        return Group::Today;
    case ActivityDue::None:
        return Group::Later;
    case ActivityDue::Later:
        break;
    }
    const QDate due = QDateTime::fromSecsSinceEpoch(e.dueAt, now.timeZone()).date();
    return due <= now.date().addDays(7) ? Group::ThisWeek : Group::Later;
}

Result<void> AgendaModel::refresh()
{
    QList<Engagement> fresh[groupCount];
    if (m_owner) {
        EngagementQuery query;
        query.ownerId = m_owner;
        query.openOnly = true;
        auto found = m_store.engagements(query);
        if (!found)
            return std::unexpected(found.error());
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
        for (const Engagement &e : std::as_const(*found))
            fresh[int(groupOf(e, now))].append(e);
    }
    // Heading by heading: one whose activities are the same keeps its rows (their fields may
    // still have changed); one that changed has its rows replaced.
    for (int g = 0; g < groupCount; ++g) {
        QList<Engagement> &shown = m_groups[g];
        const bool sameIds =
            std::equal(shown.cbegin(), shown.cend(), fresh[g].cbegin(), fresh[g].cend(),
                       [](const Engagement &a, const Engagement &b) { return a.id == b.id; });
        const QModelIndex parent = index(g, 0);
        if (sameIds) {
            const bool sameFields = std::equal(
                shown.cbegin(), shown.cend(), fresh[g].cbegin(), fresh[g].cend(),
                [](const Engagement &a, const Engagement &b) { return a.version == b.version; });
            shown = fresh[g];
            if (!sameFields && !shown.isEmpty())
                Q_EMIT dataChanged(index(0, 0, parent),
                                   index(int(shown.size()) - 1, ColumnCount - 1, parent));
            continue;
        }
        if (!shown.isEmpty()) {
            beginRemoveRows(parent, 0, int(shown.size()) - 1);
            shown.clear();
            endRemoveRows();
        }
        if (!fresh[g].isEmpty()) {
            beginInsertRows(parent, 0, int(fresh[g].size()) - 1);
            shown = fresh[g];
            endInsertRows();
        }
        Q_EMIT dataChanged(parent, index(g, ColumnCount - 1)); // the heading's count
    }
    return {};
}

const Engagement *AgendaModel::engagement(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == heading)
        return nullptr;
    const QList<Engagement> &group = m_groups[index.internalId() - 1];
    return index.row() < group.size() ? &group.at(index.row()) : nullptr;
}

Result<ActivityDoneOutcome> AgendaModel::markDone(const QModelIndex &index, const QString &outcome)
{
    const Engagement *e = engagement(index);
    if (!e)
        return fail(tr("Choose an activity to mark done."));
    const auto done = markActivityDone(m_service, m_store, e->id, outcome);
    if (!done)
        return done;
    // It leaves the agenda: its row alone goes.
    const QModelIndex parent = index.parent();
    QList<Engagement> &group = m_groups[index.internalId() - 1];
    beginRemoveRows(parent, index.row(), index.row());
    group.removeAt(index.row());
    endRemoveRows();
    Q_EMIT dataChanged(parent, parent.siblingAtColumn(ColumnCount - 1));
    Q_EMIT markedDone(done->engagement, done->tickedActivity);
    return done;
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < groupCount ? createIndex(row, column, heading) : QModelIndex();
    if (parent.internalId() != heading || parent.row() >= groupCount ||
        row >= m_groups[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == heading)
        return {};
    return createIndex(int(child.internalId() - 1), 0, heading);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupCount;
    if (parent.internalId() != heading || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].size());
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString AgendaModel::groupName(Group group) const
{
    switch (group) {
    case Group::Overdue:
        return tr("Overdue");
    case Group::Today:
        return tr("Today");
    case Group::ThisWeek:
        return tr("This week");
    case Group::Later:
        return tr("Later");
    }
    return {};
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == heading) {
        if (index.column() != SubjectColumn)
            return {};
        const int count = int(m_groups[index.row()].size());
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(groupName(Group(index.row()))).arg(count);
        if (role == Qt::AccessibleTextRole)
            return tr("%1: %n activity(ies)", nullptr, count).arg(groupName(Group(index.row())));
        return {};
    }
    const Engagement *e = engagement(index);
    if (!e)
        return {};
    if (role == IdRole)
        return e->id;
    switch (index.column()) {
    case SubjectColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return e->subject;
        if (role == Qt::CheckStateRole)
            return e->isDone() ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Tick to mark it done.");
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return engagementKindName(e->kind);
        break;
    case DueColumn:
        if (role == Qt::DisplayRole) {
            if (!e->dueAt)
                return tr("No date");
            const QDateTime due = QDateTime::fromSecsSinceEpoch(e->dueAt);
            return Group(index.internalId() - 1) == Group::Today ? formatTime(due.time())
                                                                 : formatDateTime(due);
        }
        if (role == Qt::EditRole)
            return e->dueAt ? QDateTime::fromSecsSinceEpoch(e->dueAt) : QDateTime();
        break;
    case DealColumn:
        if (role == Qt::DisplayRole) {
            if (const auto deal = m_service.opportunity(e->opportunityId)) {
                return deal->accountId
                           ? tr("%1, %2").arg(deal->title, m_service.accountName(deal->accountId))
                           : deal->title;
            }
            return QString();
        }
        if (role == OpportunityIdRole)
            return e->opportunityId;
        break;
    default:
        break;
    }
    return {};
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != SubjectColumn || !engagement(index) ||
        value.toInt() != Qt::Checked)
        return false;
    const auto done = markDone(index, {});
    if (!done) {
        Q_EMIT errorOccurred(done.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == heading)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == SubjectColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Activity");
    case KindColumn:
        return tr("Type");
    case DueColumn:
        return tr("Due");
    case DealColumn:
        return tr("Opportunity");
    default:
        return {};
    }
}

} // namespace Stageboard
