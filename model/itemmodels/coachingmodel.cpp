// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/coachingmodel.h"

#include "core/money.h"
#include "services/boardservice.h"

#include <algorithm>

namespace Stageboard {

CoachingModel::CoachingModel(CoachingService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

Result<void> CoachingModel::refresh()
{
    auto figures = m_service.figures();
    if (!figures)
        return std::unexpected(figures.error());
    const BoardService &board = m_service.board();
    const GateEngine &process = board.gateEngine();
    QList<qint64> stages;
    for (const Stage &s : process.stagesOf(board.pipelineId())) {
        if (s.kind == StageKind::Open)
            stages.append(s.id);
    }
    // The reps, and whoever else owns open deals here (a manager may have some); a rep by
    // permission who holds a role of the company's own (a plant manager, a solutions engineer)
    // only when they own deals: they sign off and support, and sell nothing of their own.
    QSet<qint64> people;
    for (const User &u : board.users()) {
        if (u.role == UserRole::Rep && u.active && board.gateEngine().rolesHeldBy(u.id).isEmpty())
            people.insert(u.id);
    }
    QHash<QPair<qint64, qint64>, CoachingCell> cells;
    for (const CoachingCell &c : std::as_const(figures->cells)) {
        if (!stages.contains(c.stageId))
            continue;
        cells.insert({c.repId, c.stageId}, c);
        people.insert(c.repId);
    }
    QList<qint64> reps(people.cbegin(), people.cend());
    std::sort(reps.begin(), reps.end(), [&](qint64 a, qint64 b) {
        const int byName = board.userName(a).localeAwareCompare(board.userName(b));
        return byName != 0 ? byName < 0 : a < b;
    });
    if (reps == m_reps && stages == m_stages) {
        m_cells = std::move(cells);
        m_teamMedian = figures->teamMedianDays;
        if (!m_reps.isEmpty() && !m_stages.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return {};
    }
    // Another team or another process: a grid of other rows and columns.
    beginResetModel();
    m_reps = std::move(reps);
    m_stages = std::move(stages);
    m_cells = std::move(cells);
    m_teamMedian = figures->teamMedianDays;
    endResetModel();
    return {};
}

const CoachingCell *CoachingModel::cell(int row, int column) const
{
    const auto found = m_cells.constFind({m_reps.value(row), m_stages.value(column)});
    return found == m_cells.cend() ? nullptr : &*found;
}

int CoachingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reps.size());
}

int CoachingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

QVariant CoachingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CoachingCell *c = cell(index.row(), index.column());
    const QLocale locale = displayLocale();
    const auto days = [&](double d) { return locale.toString(d, 'f', 0); };
    switch (role) {
    case Qt::DisplayRole: {
        if (!c)
            return QStringLiteral("—");
        QStringList lines{tr("%n deal(s)", nullptr, int(c->deals))};
        lines.append(
            c->completion()
                ? tr("%1 % of activities").arg(locale.toString(100 * *c->completion(), 'f', 0))
                : tr("No activities"));
        lines.append(tr("%1 stalled · %2 overridden")
                         .arg(locale.toString(c->stalled), locale.toString(c->overrides)));
        lines.append(tr("%1 d in stage (team %2 d)")
                         .arg(days(c->medianDays), days(m_teamMedian.value(c->stageId))));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        if (!c)
            return tr("%1 has no open deal in %2.")
                .arg(m_service.board().userName(m_reps.value(index.row())),
                     headerData(index.column(), Qt::Horizontal).toString());
        return tr("%1 in %2: %n open deal(s); %3 of the stage's recommended activities ticked; "
                  "%4 stalled past the stage's age limit; %5 let in past the gate on an "
                  "override; median %6 days in the stage, against %7 for the team. Select the "
                  "cell to see its deals.",
                  nullptr, int(c->deals))
            .arg(m_service.board().userName(c->repId),
                 headerData(index.column(), Qt::Horizontal).toString(),
                 c->completion() ? tr("%1 %").arg(locale.toString(100 * *c->completion(), 'f', 0))
                                 : tr("none (it recommends none)"),
                 locale.toString(c->stalled), locale.toString(c->overrides), days(c->medianDays),
                 days(m_teamMedian.value(c->stageId)));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case DealsRole:
        return c ? c->deals : 0;
    case CompletionRole:
        return c && c->completion() ? QVariant(*c->completion()) : QVariant();
    case StalledRole:
        return c ? c->stalled : 0;
    case OverridesRole:
        return c ? c->overrides : 0;
    case MedianDaysRole:
        return c ? QVariant(c->medianDays) : QVariant();
    case TeamMedianDaysRole:
        return c ? QVariant(m_teamMedian.value(c->stageId)) : QVariant();
    case RepIdRole:
        return m_reps.value(index.row());
    case StageIdRole:
        return m_stages.value(index.column());
    default:
        return {};
    }
}

QVariant CoachingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_reps.size()
                   ? m_service.board().userName(m_reps.at(section))
                   : QVariant();
    const Stage *s = m_service.board().gateEngine().stage(m_stages.value(section));
    return s ? s->name : QVariant();
}

} // namespace Stageboard
