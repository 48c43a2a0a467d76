// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/contactstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Stageboard {

/// The contacts list, of any length: it holds only the ids of the contacts that match, in
/// order (searched and sorted in SQL), and reads a row when a view first shows it, a page at a
/// time. A refresh after a change inserts, removes or moves the rows that changed and never
/// resets the model; only a new search or sort does.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        JobTitleColumn,
        AccountColumn,
        EmailColumn,
        PhoneColumn,
        OwnerColumn,
        OpenDealsColumn,
        NextActivityColumn,
        ColumnCount
    };
    /// Qt::UserRole: the contact's id.
    static constexpr int IdRole = Qt::UserRole;
    /// How many rows are read at once.
    static constexpr int pageSize = 100;

    explicit ContactListModel(ContactStore &store, QObject *parent = nullptr);

    /// Searches and sorts anew.
    Result<void> setQuery(const ContactQuery &query);
    const ContactQuery &query() const { return m_query; }
    /// Reads the matching ids again and changes only the rows that changed.
    Result<void> refresh();
    /// Forgets the rows read, so that the next paint reads them again (someone changed one).
    void reloadRows();

    qint64 contactId(int row) const;
    /// The row of a contact; -1 when it is not in the list.
    int rowOf(qint64 contactId) const;
    /// The row read (from the database if not yet); nullptr for a row out of range.
    const ContactRow *contactRow(int row) const;
    /// How many rows were read from the database since the model was made (for tests and
    /// benchmarks: a view reads what it shows).
    int rowsRead() const { return m_rowsRead; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void fetchPageOf(int row) const;
    void applyIds(const QList<qint64> &ids);

    ContactStore &m_store;
    ContactQuery m_query;
    QList<qint64> m_ids;
    mutable QHash<qint64, ContactRow> m_rows;
    mutable int m_rowsRead = 0;
};

} // namespace Stageboard
