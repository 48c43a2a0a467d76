// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/waitingmodel.h"

#include "core/money.h"
#include "itemmodels/roles.h"
#include "itemmodels/rowsync.h"

#include <QDateTime>
#include <QTimer>

namespace Stageboard {

namespace {
bool sameRow(const PendingSignOff &a, const PendingSignOff &b)
{
    return a.opportunityId == b.opportunityId && a.criterionId == b.criterionId;
}

bool sameContent(const PendingSignOff &a, const PendingSignOff &b)
{
    return a.title == b.title && a.accountId == b.accountId && a.amount == b.amount &&
           a.currency == b.currency && a.version == b.version && a.stageId == b.stageId &&
           a.criterion == b.criterion && a.role == b.role && a.waitingSince == b.waitingSince &&
           a.ownerId == b.ownerId;
}
} // namespace

WaitingModel::WaitingModel(BoardService &service, SignOffStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_store(store)
{
    // Any change to a deal may ask for a sign-off or settle one: the list is one indexed query
    // of the person's roles, run once per burst.
    connect(&m_service, &BoardService::changed, this, &WaitingModel::scheduleRefresh);
    connect(&m_service, &BoardService::reset, this, &WaitingModel::scheduleRefresh);
    connect(&m_service, &BoardService::usersChanged, this, &WaitingModel::scheduleRefresh);
    connect(&m_service, &BoardService::checksChanged, this, &WaitingModel::scheduleRefresh);
}

Result<void> WaitingModel::setUser(qint64 userId)
{
    m_user = userId;
    return refresh();
}

void WaitingModel::scheduleRefresh()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (auto ok = refresh(); !ok)
            Q_EMIT errorOccurred(ok.error().message);
    });
}

Result<void> WaitingModel::refresh()
{
    QList<PendingSignOff> wanted;
    if (m_user) {
        auto read = m_store.waitingOn(m_user);
        if (!read)
            return std::unexpected(read.error());
        wanted = std::move(*read);
    }
    const qsizetype before = m_rows.size();
    syncRows(
        m_rows, wanted, sameRow, sameContent,
        [this](qsizetype i) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.removeAt(i);
            endRemoveRows();
        },
        [this](qsizetype i, const PendingSignOff &row) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, row);
            endInsertRows();
        },
        [this](qsizetype i, const PendingSignOff &row) {
            m_rows[i] = row;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        });
    if (m_rows.size() != before)
        Q_EMIT countChanged(int(m_rows.size()));
    return {};
}

const PendingSignOff *WaitingModel::pending(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

Result<void> WaitingModel::answer(int row, bool approve, const QString &comment)
{
    const PendingSignOff *p = pending(row);
    if (!p)
        return fail(tr("There is no sign-off in row %1.").arg(row + 1));
    const PendingSignOff asked = *p;
    if (auto ok = m_service.answerCriterion(asked.opportunityId, asked.criterionId,
                                            approve ? CriterionState::Met : CriterionState::Failed,
                                            comment.trimmed());
        !ok)
        return ok;
    return refresh();
}

QString WaitingModel::stageName(const PendingSignOff &p) const
{
    const Stage *stage = m_service.gateEngine().stage(p.stageId);
    return stage ? stage->name : QString();
}

int WaitingModel::waitingDays(const PendingSignOff &p) const
{
    const qint64 now = m_now ? m_now : QDateTime::currentSecsSinceEpoch();
    return int(std::max<qint64>(0, now - p.waitingSince) / 86400);
}

int WaitingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WaitingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingSignOff &p = m_rows[index.row()];
    if (role == OpportunityIdRole)
        return p.opportunityId;
    if (role == IdRole)
        return p.criterionId;
    if (role == Qt::TextAlignmentRole && index.column() >= AmountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !p.criterionId) {
        return tr("%1 is in \"%2\", a stage %3 owns, since %4 (owner: %5).")
            .arg(p.title, stageName(p), p.role,
                 formatDateTime(QDateTime::fromSecsSinceEpoch(p.waitingSince)),
                 m_service.userName(p.ownerId));
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1 waits for %2's sign-off \"%3\" since %4 (owner: %5).")
            .arg(p.title, p.role, p.criterion,
                 formatDateTime(QDateTime::fromSecsSinceEpoch(p.waitingSince)),
                 m_service.userName(p.ownerId));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DealColumn:
        return p.title;
    case AccountColumn:
        return m_service.accountName(p.accountId);
    case OwnerColumn:
        return m_service.userName(p.ownerId);
    case StageColumn:
        return stageName(p);
    case CriterionColumn:
        return p.criterionId ? p.criterion : tr("Your role owns the stage");
    case RoleColumn:
        return p.role;
    case AmountColumn:
        return formatMoney(p.amount, p.currency);
    case WaitingColumn: {
        const int days = waitingDays(p);
        return days == 0 ? tr("today") : tr("%n day(s)", nullptr, days);
    }
    }
    return {};
}

QVariant WaitingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DealColumn:
        return tr("Opportunity");
    case AccountColumn:
        return tr("Account");
    case OwnerColumn:
        return tr("Owner");
    case StageColumn:
        return tr("Stage");
    case CriterionColumn:
        return tr("Sign-off");
    case RoleColumn:
        return tr("Your role");
    case AmountColumn:
        return tr("Amount");
    case WaitingColumn:
        return tr("Waiting");
    }
    return {};
}

} // namespace Stageboard
