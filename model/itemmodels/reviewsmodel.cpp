// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/reviewsmodel.h"

#include "core/money.h"
#include "itemmodels/roles.h"
#include "itemmodels/rowsync.h"
#include "services/boardservice.h"

#include <QDateTime>
#include <QTimer>

namespace Stageboard {

namespace {
bool sameRow(const DealClose &a, const DealClose &b)
{
    return a.id == b.id;
}

bool sameContent(const DealClose &a, const DealClose &b)
{
    return a.reviewedAt == b.reviewedAt && a.reviewedBy == b.reviewedBy && a.lesson == b.lesson &&
           a.processSuggestion == b.processSuggestion && a.lostToId == b.lostToId &&
           a.notes == b.notes && a.primaryReason == b.primaryReason &&
           a.secondaryReasons == b.secondaryReasons;
}
} // namespace

ReviewsModel::ReviewsModel(LookBackService &lookBack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_lookBack(lookBack)
{
    connect(&m_lookBack, &LookBackService::changed, this, &ReviewsModel::scheduleRefresh);
    // A deal opened again or deleted elsewhere no longer awaits review; a renamed one shows
    // its new title.
    BoardService &board = m_lookBack.board();
    // Only a change to a closed deal touches the list; a board filter or pipeline switch
    // (reset) shows the same deals differently and leaves it alone.
    const auto closed = [this](const std::optional<Opportunity> &deal) {
        const Stage *stage = deal ? m_lookBack.board().gateEngine().stage(deal->stageId) : nullptr;
        return stage && stage->kind != StageKind::Open;
    };
    connect(&board, &BoardService::changedElsewhere, this,
            [this, closed](const std::optional<Opportunity> &before,
                           const std::optional<Opportunity> &after) {
                if (closed(before) || closed(after))
                    scheduleRefresh();
            });
    connect(&board, &BoardService::reloaded, this, &ReviewsModel::scheduleRefresh);
    for (const auto signal : {&BoardService::removed, &BoardService::restored}) {
        connect(&board, signal, this, [this, closed](const Opportunity &deal) {
            if (closed(deal))
                scheduleRefresh();
        });
    }
    connect(&board, &BoardService::usersChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
}

void ReviewsModel::scheduleRefresh()
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

Result<void> ReviewsModel::setFilter(CloseFilter filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_more = false;
    endResetModel();
    return refresh();
}

Result<void> ReviewsModel::refresh()
{
    const int wantedRows = std::max<int>(pageSize, int(m_rows.size()));
    auto read = m_lookBack.store().closes(m_filter, 0, wantedRows);
    if (!read)
        return std::unexpected(read.error());
    const QList<DealClose> wanted = std::move(*read);
    syncRows(
        m_rows, wanted, sameRow, sameContent,
        [this](qsizetype i) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.removeAt(i);
            endRemoveRows();
        },
        [this](qsizetype i, const DealClose &row) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, row);
            endInsertRows();
        },
        [this](qsizetype i, const DealClose &row) {
            m_rows[i] = row;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        });
    m_more = wanted.size() == wantedRows;
    auto pending = m_lookBack.store().pendingReviews();
    if (!pending)
        return std::unexpected(pending.error());
    if (*pending != m_pending) {
        m_pending = *pending;
        Q_EMIT pendingCountChanged(m_pending);
    }
    return {};
}

bool ReviewsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void ReviewsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    auto read = m_lookBack.store().closes(m_filter, int(m_rows.size()), pageSize);
    if (!read) {
        m_more = false;
        Q_EMIT errorOccurred(read.error().message);
        return;
    }
    m_more = read->size() == pageSize;
    if (read->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + read->size() - 1));
    m_rows.append(*read);
    endInsertRows();
}

const DealClose *ReviewsModel::close(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

Result<void> ReviewsModel::review(int row, const QString &lesson, const QString &suggestion)
{
    const DealClose *c = close(row);
    if (!c)
        return fail(tr("There is no closed deal in row %1.").arg(row + 1));
    auto reviewed = m_lookBack.review(c->id, lesson, suggestion);
    if (!reviewed)
        return std::unexpected(reviewed.error());
    return refresh();
}

QString ReviewsModel::outcome(const DealClose &c) const
{
    if (c.won)
        return tr("Won");
    return c.disqualified ? tr("Disqualified") : tr("Lost");
}

int ReviewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealClose &c = m_rows[index.row()];
    const BoardService &board = m_lookBack.board();
    if (role == OpportunityIdRole)
        return c.opportunityId;
    if (role == IdRole)
        return c.id;
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (!c.notes.isEmpty())
            lines.append(tr("Notes: %1").arg(c.notes));
        if (c.isReviewed()) {
            lines.append(tr("Reviewed by %1 on %2.")
                             .arg(board.userName(c.reviewedBy),
                                  formatDate(QDateTime::fromSecsSinceEpoch(c.reviewedAt).date())));
            lines.append(tr("Lesson: %1").arg(c.lesson));
            if (!c.processSuggestion.isEmpty())
                lines.append(tr("Suggested change to the process: %1").arg(c.processSuggestion));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto deal = board.opportunity(c.opportunityId);
    switch (index.column()) {
    case DealColumn:
        return deal ? deal->title : tr("(deleted deal %1)").arg(c.opportunityId);
    case AccountColumn:
        return deal ? board.accountName(deal->accountId) : QString();
    case OutcomeColumn:
        return outcome(c);
    case ReasonColumn:
        return c.secondaryReasons.isEmpty()
                   ? c.primaryReason
                   : tr("%1 (also: %2)")
                         .arg(c.primaryReason, c.secondaryReasons.join(QStringLiteral(", ")));
    case LostToColumn:
        return m_lookBack.competitorName(c.lostToId);
    case ClosedColumn:
        return formatDate(QDateTime::fromSecsSinceEpoch(c.closedAt).date());
    case ClosedByColumn:
        return board.userName(c.closedBy);
    case ReviewColumn:
        if (!c.isReviewed()) {
            const bool stands =
                deal && deal->stageId == c.stageId && deal->enteredStageAt == c.closedAt;
            return stands ? tr("Awaiting review") : tr("Opened again; not reviewed");
        }
        return c.lesson;
    }
    return {};
}

QVariant ReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DealColumn:
        return tr("Opportunity");
    case AccountColumn:
        return tr("Account");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reasons");
    case LostToColumn:
        return tr("Lost to");
    case ClosedColumn:
        return tr("Closed");
    case ClosedByColumn:
        return tr("Closed by");
    case ReviewColumn:
        return tr("Lesson learned");
    }
    return {};
}

} // namespace Stageboard
