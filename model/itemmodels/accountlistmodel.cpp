// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/accountlistmodel.h"

#include "core/money.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>
#include <functional>
#include <tuple>

namespace Stageboard {

namespace {

bool sameFigures(const AccountSummary &a, const AccountSummary &b)
{
    const auto key = [](const AccountSummary &s) {
        const Account &x = s.account;
        return std::tie(x.name, x.industry, x.territory, x.ownerId, x.territoryId, x.tier,
                        x.potential, x.country, x.employees, x.version, s.owner, s.openDeals,
                        s.openAmount, s.openWeighted, s.won12Months, s.unconverted,
                        s.lastActivityAt, s.nextActivityAt, s.contacts);
    };
    return key(a) == key(b);
}

bool numeric(int column)
{
    switch (column) {
    case AccountListModel::OpenColumn:
    case AccountListModel::WeightedColumn:
    case AccountListModel::WonColumn:
    case AccountListModel::ValueColumn:
    case AccountListModel::ContactsColumn:
        return true;
    default:
        return false;
    }
}

} // namespace

AccountListModel::AccountListModel(AccountStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void AccountListModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, OpenColumn), index(int(m_rows.size()) - 1, ValueColumn));
}

void AccountListModel::setTierIntervals(const TierIntervals &intervals)
{
    if (intervals == m_intervals)
        return;
    m_intervals = intervals;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {OverdueRole, Qt::ToolTipRole});
    }
}

Result<void> AccountListModel::reload(qint64 now)
{
    m_now = now;
    auto read = m_store.summaries(now);
    if (!read)
        return std::unexpected(read.error());
    if (m_rows.isEmpty()) {
        beginResetModel();
        m_rows = std::move(*read);
        m_rowOf.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows.at(i).account.id, i);
        rankValues();
        endResetModel();
        return {};
    }
    apply(*read, true);
    return {};
}

Result<void> AccountListModel::reloadAccounts(const QList<qint64> &ids, qint64 now)
{
    if (ids.isEmpty())
        return {};
    m_now = now;
    // A few hundred at a time keeps the statement's parameters within every engine's limit.
    for (qsizetype i = 0; i < ids.size(); i += 400) {
        const QList<qint64> some = ids.mid(i, 400);
        auto read = m_store.summaries(now, some);
        if (!read)
            return std::unexpected(read.error());
        apply(*read, false);
        // Asked for and not read: gone.
        const QSet<qint64> found = [&] {
            QSet<qint64> s;
            for (const AccountSummary &r : std::as_const(*read))
                s.insert(r.account.id);
            return s;
        }();
        for (qint64 id : some) {
            const int row = rowOf(id);
            if (row >= 0 && !found.contains(id)) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                m_rowOf.clear();
                for (int r = 0; r < m_rows.size(); ++r)
                    m_rowOf.insert(m_rows.at(r).account.id, r);
                endRemoveRows();
            }
        }
    }
    return {};
}

void AccountListModel::rankValues()
{
    m_values.clear();
    m_values.reserve(m_rows.size());
    for (const AccountSummary &s : std::as_const(m_rows))
        m_values.append(s.value());
    std::sort(m_values.begin(), m_values.end(), std::greater<Cents>());
}

AttentionTier AccountListModel::suggestedTier(int row) const
{
    return Stageboard::suggestedTier(m_rows.at(row).value(), m_values);
}

void AccountListModel::apply(const QList<AccountSummary> &read, bool all)
{
    QList<AccountSummary> added;
    QSet<qint64> seen;
    for (const AccountSummary &s : read) {
        seen.insert(s.account.id);
        const int row = rowOf(s.account.id);
        if (row < 0) {
            added.append(s);
        } else if (!sameFigures(m_rows.at(row), s)) {
            m_rows[row] = s;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (all) {
        // Rows gone, from the end, so that the rows before keep their places.
        QList<int> gone;
        for (int row = 0; row < m_rows.size(); ++row) {
            if (!seen.contains(m_rows.at(row).account.id))
                gone.append(row);
        }
        for (auto it = gone.crbegin(); it != gone.crend(); ++it) {
            beginRemoveRows({}, *it, *it);
            m_rows.removeAt(*it);
            endRemoveRows();
        }
        if (!gone.isEmpty()) {
            m_rowOf.clear();
            for (int r = 0; r < m_rows.size(); ++r)
                m_rowOf.insert(m_rows.at(r).account.id, r);
        }
    }
    // New ones at the end: the filter model puts them in their place.
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const AccountSummary &s : std::as_const(added)) {
            m_rowOf.insert(s.account.id, int(m_rows.size()));
            m_rows.append(s);
        }
        endInsertRows();
    }
    rankValues();
}

void AccountListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountSummary &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.account.id;
    if (role == OverdueRole)
        return coverage(index.row()).overdue;
    if (role == NextLateRole)
        return s.nextActivityAt != 0 && s.nextActivityAt < m_now;
    if (role == Qt::TextAlignmentRole) {
        return numeric(index.column()) || index.column() == TierColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    }
    const auto money = [&](Cents amount) { return formatMoney(amount, m_currency); };
    const auto moment = [](qint64 at) {
        return at ? formatDateTime(QDateTime::fromSecsSinceEpoch(at)) : QString();
    };
    // The list shows the day; its tool tip the time too.
    const auto day = [](qint64 at) {
        return at ? formatDate(QDateTime::fromSecsSinceEpoch(at).date()) : QString();
    };
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: {
            QStringList lines;
            if (!s.account.country.isEmpty())
                lines.append(tr("Country: %1").arg(s.account.country));
            if (s.account.employees > 0)
                lines.append(tr("Employees: %L1").arg(s.account.employees));
            if (s.account.potential > 0)
                lines.append(tr("Potential: %1").arg(money(s.account.potential)));
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        case ValueColumn:
            return tr("Open weighted %1 + won in 12 months %2 + potential %3")
                .arg(money(s.openWeighted), money(s.won12Months), money(s.account.potential));
        case TierColumn: {
            const AttentionTier suggested = suggestedTier(index.row());
            if (suggested == AttentionTier::None || suggested == s.account.tier)
                return {};
            return tr("Its value suggests tier %1.").arg(tierKey(suggested));
        }
        case NextActivityColumn:
            if (!s.nextActivityAt)
                return {};
            return s.nextActivityAt < m_now ? tr("%1: its time has passed and it is not done yet.")
                                                  .arg(moment(s.nextActivityAt))
                                            : moment(s.nextActivityAt);
        case LastActivityColumn: {
            const Coverage c = coverage(index.row());
            if (!c.tracked)
                return s.lastActivityAt ? QVariant(moment(s.lastActivityAt)) : QVariant();
            const int days = m_intervals.days(s.account.tier);
            const QString tier = tierKey(s.account.tier);
            if (c.dueBy == 0)
                return tr("Never contacted (tier %1: every %n day(s)).", nullptr, days).arg(tier);
            const QString due = formatDate(QDateTime::fromSecsSinceEpoch(c.dueBy).date());
            const QString standing =
                c.overdue
                    ? tr("Overdue for contact since %1 (tier %2: every %n day(s)).", nullptr, days)
                          .arg(due, tier)
                    : tr("Due for contact by %1 (tier %2: every %n day(s)).", nullptr, days)
                          .arg(due, tier);
            return QString(moment(s.lastActivityAt) + QLatin1Char('\n') + standing);
        }
        case OpenColumn:
        case WeightedColumn:
            if (s.unconverted > 0) {
                return tr("%n open deal(s) in a currency without an exchange rate are left out.",
                          nullptr, s.unconverted);
            }
            return tr("%n open deal(s)", nullptr, s.openDeals);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.account.name;
    case IndustryColumn:
        return s.account.industry;
    case TerritoryColumn:
        return s.account.territory;
    case OwnerColumn:
        return s.owner;
    case TierColumn:
        return tierKey(s.account.tier);
    case OpenColumn:
        return s.openDeals > 0 ? money(s.openAmount) : QString();
    case WeightedColumn:
        return s.openDeals > 0 ? money(s.openWeighted) : QString();
    case WonColumn:
        return s.won12Months > 0 ? money(s.won12Months) : QString();
    case ValueColumn:
        return s.value() > 0 ? money(s.value()) : QString();
    case LastActivityColumn:
        return day(s.lastActivityAt);
    case NextActivityColumn:
        return day(s.nextActivityAt);
    case ContactsColumn:
        return s.contacts > 0 ? QVariant(s.contacts) : QVariant();
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TierColumn:
            return tr("How much attention the account deserves: A the most.");
        case OpenColumn:
            return tr("The open deals' amounts, in the reporting currency.");
        case WeightedColumn:
            return tr("Each open deal's amount times its probability.");
        case WonColumn:
            return tr("Won in the last 12 months.");
        case ValueColumn:
            return tr("What the account is worth to us: open weighted + won in the last 12 "
                      "months + its potential.");
        case LastActivityColumn:
        case NextActivityColumn:
            return tr("On the account's deals or with its people.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Account");
    case IndustryColumn:
        return tr("Industry");
    case TerritoryColumn:
        return tr("Territory");
    case OwnerColumn:
        return tr("Owner");
    case TierColumn:
        return tr("Tier");
    case OpenColumn:
        return tr("Pipeline");
    case WeightedColumn:
        return tr("Weighted");
    case WonColumn:
        return tr("Won (12 mo.)");
    case ValueColumn:
        return tr("Value");
    case LastActivityColumn:
        return tr("Last activity");
    case NextActivityColumn:
        return tr("Next activity");
    case ContactsColumn:
        return tr("Contacts");
    default:
        return {};
    }
}

AccountFilterModel::AccountFilterModel(AccountListModel &source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(&source);
    setDynamicSortFilter(true);
}

void AccountFilterModel::setSearch(const QString &words)
{
    m_words = words.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void AccountFilterModel::setTerritories(const QList<qint64> &ids)
{
    m_territories = ids;
    invalidateRowsFilter();
}

void AccountFilterModel::setOwner(qint64 userId)
{
    m_owner = userId;
    invalidateRowsFilter();
}

void AccountFilterModel::setTier(std::optional<AttentionTier> tier)
{
    m_tier = tier;
    invalidateRowsFilter();
}

void AccountFilterModel::setOverdueOnly(bool only)
{
    m_overdueOnly = only;
    invalidateRowsFilter();
}

bool AccountFilterModel::isFiltered() const
{
    return !m_words.isEmpty() || !m_territories.isEmpty() || m_owner != 0 || m_tier.has_value() ||
           m_overdueOnly;
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const AccountSummary &s = m_source.summary(sourceRow);
    const Account &a = s.account;
    if (m_owner != 0 && a.ownerId != m_owner)
        return false;
    if (m_tier && a.tier != *m_tier)
        return false;
    if (!m_territories.isEmpty() && !m_territories.contains(a.territoryId))
        return false;
    if (m_overdueOnly && !m_source.coverage(sourceRow).overdue)
        return false;
    for (const QString &word : m_words) {
        const bool found = a.name.contains(word, Qt::CaseInsensitive) ||
                           a.industry.contains(word, Qt::CaseInsensitive) ||
                           a.territory.contains(word, Qt::CaseInsensitive) ||
                           s.owner.contains(word, Qt::CaseInsensitive) ||
                           a.country.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool AccountFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const AccountSummary &l = m_source.summary(left.row());
    const AccountSummary &r = m_source.summary(right.row());
    const auto text = [](const QString &a, const QString &b) { return a.localeAwareCompare(b); };
    // Ties go by name, so that an order is always the same.
    const auto by = [&](auto a, auto b) {
        if (a != b)
            return a < b;
        return text(l.account.name, r.account.name) < 0;
    };
    // Empty text and "none" (no tier, no date) last in an ascending sort.
    const auto byText = [&](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        const int c = text(a, b);
        return c != 0 ? c < 0 : text(l.account.name, r.account.name) < 0;
    };
    const auto byTime = [&](qint64 a, qint64 b) {
        if ((a == 0) != (b == 0))
            return b == 0;
        return by(a, b);
    };
    switch (left.column()) {
    case AccountListModel::IndustryColumn:
        return byText(l.account.industry, r.account.industry);
    case AccountListModel::TerritoryColumn:
        return byText(l.account.territory, r.account.territory);
    case AccountListModel::OwnerColumn:
        return byText(l.owner, r.owner);
    case AccountListModel::TierColumn:
        return byText(tierKey(l.account.tier), tierKey(r.account.tier));
    case AccountListModel::OpenColumn:
        return by(l.openAmount, r.openAmount);
    case AccountListModel::WeightedColumn:
        return by(l.openWeighted, r.openWeighted);
    case AccountListModel::WonColumn:
        return by(l.won12Months, r.won12Months);
    case AccountListModel::ValueColumn:
        return by(l.value(), r.value());
    case AccountListModel::LastActivityColumn:
        return byTime(l.lastActivityAt, r.lastActivityAt);
    case AccountListModel::NextActivityColumn:
        return byTime(l.nextActivityAt, r.nextActivityAt);
    case AccountListModel::ContactsColumn:
        return by(l.contacts, r.contacts);
    default: {
        const int c = text(l.account.name, r.account.name);
        return c != 0 ? c < 0 : l.account.id < r.account.id;
    }
    }
}

} // namespace Stageboard
