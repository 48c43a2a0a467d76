// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/contactlistmodel.h"

#include "core/money.h"

#include <QDateTime>
#include <QSet>

namespace Stageboard {

namespace {

/// Rows kept in memory at most: a few screens' worth, however long the list.
constexpr int rowsKept = 20 * ContactListModel::pageSize;

std::optional<ContactSort> sortOf(int column)
{
    switch (column) {
    case ContactListModel::NameColumn:
        return ContactSort::Name;
    case ContactListModel::JobTitleColumn:
        return ContactSort::JobTitle;
    case ContactListModel::AccountColumn:
        return ContactSort::Account;
    case ContactListModel::EmailColumn:
        return ContactSort::Email;
    case ContactListModel::PhoneColumn:
        return ContactSort::Phone;
    case ContactListModel::OwnerColumn:
        return ContactSort::Owner;
    case ContactListModel::OpenDealsColumn:
        return ContactSort::OpenDeals;
    case ContactListModel::NextActivityColumn:
        return ContactSort::NextActivity;
    default:
        return std::nullopt;
    }
}

} // namespace

ContactListModel::ContactListModel(ContactStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

Result<void> ContactListModel::setQuery(const ContactQuery &query)
{
    auto ids = m_store.contactIds(query);
    if (!ids)
        return std::unexpected(ids.error());
    beginResetModel();
    m_query = query;
    m_ids = std::move(*ids);
    m_rows.clear();
    endResetModel();
    return {};
}

Result<void> ContactListModel::refresh()
{
    auto ids = m_store.contactIds(m_query);
    if (!ids)
        return std::unexpected(ids.error());
    applyIds(*ids);
    reloadRows();
    return {};
}

void ContactListModel::reloadRows()
{
    m_rows.clear();
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

void ContactListModel::applyIds(const QList<qint64> &ids)
{
    const QSet<qint64> before(m_ids.cbegin(), m_ids.cend());
    const QSet<qint64> after(ids.cbegin(), ids.cend());
    // The rows that left, a run at a time from the bottom
    for (int i = int(m_ids.size()) - 1; i >= 0;) {
        if (after.contains(m_ids.at(i))) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !after.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, first, i);
        m_ids.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    // The rows that came, where the new order puts them
    for (int j = 0; j < ids.size();) {
        if (before.contains(ids.at(j))) {
            ++j;
            continue;
        }
        int last = j;
        while (last + 1 < ids.size() && !before.contains(ids.at(last + 1)))
            ++last;
        beginInsertRows({}, j, last);
        for (int k = j; k <= last; ++k)
            m_ids.insert(k, ids.at(k));
        endInsertRows();
        j = last + 1;
    }
    // The rows that moved (a renamed contact): the same rows in the new order
    if (m_ids == ids)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<qint64, int> rowOfId;
    for (int row = 0; row < ids.size(); ++row)
        rowOfId.insert(ids.at(row), row);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    for (const QModelIndex &old : persistent)
        moved.append(index(rowOfId.value(m_ids.at(old.row())), old.column()));
    m_ids = ids;
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

qint64 ContactListModel::contactId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ContactListModel::rowOf(qint64 contactId) const
{
    return int(m_ids.indexOf(contactId));
}

void ContactListModel::fetchPageOf(int row) const
{
    if (m_rows.size() > rowsKept)
        m_rows.clear();
    const int first = row - row % pageSize;
    QList<qint64> wanted;
    for (int r = first; r < std::min<qsizetype>(first + pageSize, m_ids.size()); ++r) {
        if (!m_rows.contains(m_ids.at(r)))
            wanted.append(m_ids.at(r));
    }
    auto rows = m_store.contactRows(wanted);
    if (!rows) {
        // Said once; the rows stay blank until the next refresh.
        for (qint64 id : std::as_const(wanted))
            m_rows.insert(id, ContactRow{});
        Q_EMIT const_cast<ContactListModel *>(this)->errorOccurred(rows.error().message);
        return;
    }
    m_rowsRead += int(rows->size());
    for (const ContactRow &r : std::as_const(*rows))
        m_rows.insert(r.contact.id, r);
    // Gone since the ids were read: blank until the refresh that removes it
    for (qint64 id : std::as_const(wanted)) {
        if (!m_rows.contains(id))
            m_rows.insert(id, ContactRow{});
    }
}

const ContactRow *ContactListModel::contactRow(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const qint64 id = m_ids.at(row);
    auto found = m_rows.constFind(id);
    if (found == m_rows.cend()) {
        fetchPageOf(row);
        found = m_rows.constFind(id);
    }
    return found == m_rows.cend() ? nullptr : &*found;
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        return index.column() == OpenDealsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
    }
    const ContactRow *row = contactRow(index.row());
    if (!row)
        return {};
    const Contact &c = row->contact;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::ToolTipRole)
            return c.notes.isEmpty() ? QVariant() : QVariant(c.notes);
        return c.name;
    case JobTitleColumn:
        return c.jobTitle;
    case AccountColumn:
        return row->account;
    case EmailColumn:
        return c.email;
    case PhoneColumn:
        return c.phone;
    case OwnerColumn:
        return row->owner;
    case OpenDealsColumn:
        return row->openDeals > 0 ? QVariant(row->openDeals) : QVariant();
    case NextActivityColumn:
        if (row->nextActivityAt == 0)
            return {};
        return formatDateTime(QDateTime::fromSecsSinceEpoch(row->nextActivityAt));
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case JobTitleColumn:
        return tr("Job title");
    case AccountColumn:
        return tr("Account");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case OwnerColumn:
        return tr("Owner");
    case OpenDealsColumn:
        return tr("Open deals");
    case NextActivityColumn:
        return tr("Next activity");
    default:
        return {};
    }
}

void ContactListModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortOf(column);
    if (!sort)
        return;
    ContactQuery query = m_query;
    query.sort = *sort;
    query.descending = order == Qt::DescendingOrder;
    if (query.sort == m_query.sort && query.descending == m_query.descending)
        return;
    if (auto ok = setQuery(query); !ok)
        Q_EMIT errorOccurred(ok.error().message);
}

} // namespace Stageboard
