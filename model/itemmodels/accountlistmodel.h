// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "services/coverage.h"
#include "storage/accountstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace Stageboard {

/// The accounts list: every account with its figures, read in one aggregate query
/// (AccountStore::summaries) and held whole, 25,000 accounts in a few megabytes; sorted and
/// filtered by AccountFilterModel over it. Reading again changes only the rows that changed
/// and never resets the model.
class AccountListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IndustryColumn,
        TerritoryColumn,
        OwnerColumn,
        TierColumn,
        OpenColumn,
        WeightedColumn,
        WonColumn,
        ValueColumn,
        LastActivityColumn,
        NextActivityColumn,
        ContactsColumn,
        ColumnCount
    };
    /// Qt::UserRole: the account's id.
    static constexpr int IdRole = Qt::UserRole;
    /// bool: overdue for contact against its tier (any column).
    static constexpr int OverdueRole = Qt::UserRole + 1;
    /// bool: its next activity's time has passed and it is not done.
    static constexpr int NextLateRole = Qt::UserRole + 2;

    explicit AccountListModel(AccountStore &store, QObject *parent = nullptr);

    /// The currency the amounts are in (the reporting currency), for their display.
    void setCurrency(const QString &currency);
    /// The tiers' contact intervals, for each account's coverage.
    void setTierIntervals(const TierIntervals &intervals);
    /// Reads every account again: the first time (or after clear()) as a reset, then only the
    /// rows that changed. now is when "won in the last 12 months" ends.
    Result<void> reload(qint64 now);
    /// Reads these accounts again (after an edit of one, a deal of theirs moving).
    Result<void> reloadAccounts(const QList<qint64> &ids, qint64 now);
    void clear();

    int rowOf(qint64 accountId) const { return m_rowOf.value(accountId, -1); }
    const AccountSummary &summary(int row) const { return m_rows.at(row); }
    /// Where the account stands against its tier, at the time of the last read.
    Coverage coverage(int row) const { return coverageOf(m_rows.at(row), m_intervals, m_now); }
    /// The tier its value suggests among every account's (suggestedTier).
    AttentionTier suggestedTier(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void apply(const QList<AccountSummary> &read, bool all);
    /// Every account's value, largest first, for the tiers they suggest.
    void rankValues();

    AccountStore &m_store;
    QString m_currency;
    TierIntervals m_intervals;
    qint64 m_now = 0;
    QList<AccountSummary> m_rows;
    QHash<qint64, int> m_rowOf;
    QList<Cents> m_values;
};

/// Which accounts the list shows and in which order, over an AccountListModel: words found
/// in the name, industry, territory, owner or country; the territories given (one and the
/// ones inside it); an owner; a tier. Sorting compares the figures themselves, not their text.
class AccountFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccountFilterModel(AccountListModel &source, QObject *parent = nullptr);

    void setSearch(const QString &words);
    /// Empty: every territory. Accounts in none match {0}.
    void setTerritories(const QList<qint64> &ids);
    /// 0: anyone's.
    void setOwner(qint64 userId);
    void setTier(std::optional<AttentionTier> tier);
    /// Only the accounts overdue for contact against their tier.
    void setOverdueOnly(bool only);
    bool isFiltered() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AccountListModel &m_source;
    QStringList m_words;
    QList<qint64> m_territories;
    qint64 m_owner = 0;
    std::optional<AttentionTier> m_tier;
    bool m_overdueOnly = false;
};

} // namespace Stageboard
