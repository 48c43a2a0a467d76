// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/stagechecklistmodel.h"

#include "core/money.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"

#include <QDateTime>

namespace Stageboard {

StageChecklistModel::StageChecklistModel(BoardModel *board, Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_board(board)
    , m_kind(kind)
{
    connect(&board->service(), &BoardService::checksChanged, this, [this](qint64 id) {
        if (id == m_opportunityId)
            refreshChecks();
    });
    connect(&board->service(), &BoardService::moved, this,
            [this](const Opportunity &before, const StageChange &) {
                if (before.id == m_opportunityId)
                    rebuild();
            });
    connect(&board->service(), &BoardService::removed, this, [this](const Opportunity &o) {
        if (o.id == m_opportunityId)
            setOpportunity(0);
    });
    connect(
        &board->service(), &BoardService::changedElsewhere, this,
        [this](const std::optional<Opportunity> &before, const std::optional<Opportunity> &after) {
            if (after && after->id == m_opportunityId)
                rebuild(); // its stage, ticks or answers may all be new
            else if (before && !after && before->id == m_opportunityId)
                setOpportunity(0);
        });
    connect(board, &QAbstractItemModel::modelReset, this, &StageChecklistModel::rebuild);
}

void StageChecklistModel::setOpportunity(qint64 opportunityId)
{
    m_opportunityId = opportunityId;
    rebuild();
}

void StageChecklistModel::rebuild()
{
    // A different deal or stage is a different list.
    beginResetModel();
    m_rows.clear();
    const auto deal = m_board->service().opportunity(m_opportunityId);
    m_stageId = deal ? deal->stageId : 0;
    if (deal) {
        const GateEngine &pipeline = m_board->service().gateEngine();
        if (m_kind == Kind::Activities) {
            for (const Activity &a : pipeline.activities(m_stageId))
                m_rows.append(Row{a.id, a.text});
        } else {
            for (const ExitCriterion &c : pipeline.exitCriteria(m_stageId)) {
                Row row{c.id, c.text, c.required, c.signOff, c.knockOut};
                if (!c.rule.isEmpty()) {
                    const auto rule = CriterionRule::parse(c.rule);
                    row.rule =
                        rule ? rule->describe(pipeline.buyingRoleNames()) : rule.error().message;
                }
                m_rows.append(row);
            }
        }
    }
    endResetModel();
    refreshChecks();
}

void StageChecklistModel::refreshChecks()
{
    if (m_rows.isEmpty())
        return;
    const auto checks = m_kind == Kind::Activities
                            ? m_board->service().activityChecks(m_opportunityId)
                            : m_board->service().criterionChecks(m_opportunityId);
    if (!checks) {
        Q_EMIT errorOccurred(checks.error().message);
        return;
    }
    // Rules decide from the deal as it is now: its stakeholders, activities and debriefs.
    QHash<qint64, RuleState> rules;
    if (m_kind == Kind::Criteria) {
        const auto deal = m_board->service().opportunity(m_opportunityId);
        if (deal)
            m_deal = *deal;
        const GateEngine &engine = m_board->service().gateEngine();
        auto states = deal ? engine.ruleStates(*deal, engine.exitCriteria(m_stageId))
                           : Result<QHash<qint64, RuleState>>();
        if (!states) {
            Q_EMIT errorOccurred(states.error().message);
            return;
        }
        rules = std::move(*states);
    }
    for (Row &row : m_rows) {
        row.check.reset();
        row.ruleState.reset();
        if (const ExitCriterion *c = m_board->service().gateEngine().criterion(row.itemId))
            row.applies = m_kind == Kind::Activities || criterionApplies(*c, m_deal);
        if (!row.rule.isEmpty()) {
            row.ruleState = rules.value(row.itemId);
            continue; // an answer given before the rule was set no longer counts
        }
        for (const Check &c : *checks) {
            if (c.itemId == row.itemId)
                row.check = c;
        }
    }
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int StageChecklistModel::checkedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return (r.check && r.check->state == CriterionState::Met) ||
               (r.ruleState && r.ruleState->met);
    }));
}

int StageChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StageChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const CriterionState state =
        row.ruleState ? (row.ruleState->met ? CriterionState::Met : CriterionState::Open)
        : row.check   ? row.check->state
                      : CriterionState::Open;
    switch (role) {
    case Qt::DisplayRole: {
        // What kind of criterion it is, as the stage guide says: required, advisory, whose
        // sign-off, a deal killer.
        QString text = row.text;
        if (m_kind == Kind::Criteria) {
            QStringList tags;
            if (row.applies)
                tags.append(row.required ? tr("required") : tr("advisory"));
            if (row.signOff)
                tags.append(tr("sign-off: %1").arg(row.signOff->role));
            if (row.knockOut)
                tags.append(tr("deal killer"));
            if (!row.rule.isEmpty())
                tags.append(tr("checks itself"));
            text += tr(" (%1)").arg(tags.join(QStringLiteral(", ")));
            if (row.ruleState && !row.ruleState->met && !row.ruleState->missing.isEmpty())
                text += tr(" — %1").arg(row.ruleState->missing);
        }
        if (!row.applies) {
            text += tr(" — not needed below %1")
                        .arg(formatMoney(*row.signOff->minAmount, m_deal.currency));
        } else if (state == CriterionState::Failed) {
            text += row.signOff ? tr(" — rejected") : tr(" — answered no");
        }
        return text;
    }
    case Qt::EditRole:
        return row.text;
    case Qt::CheckStateRole:
        return state == CriterionState::Met ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (m_kind == Kind::Criteria) {
            lines.append(row.required ? tr("Required: the deal cannot leave the stage without it.")
                                      : tr("Advisory: moving on without it only warns."));
            if (row.knockOut)
                lines.append(tr("Deal killer: answered no, consider disqualifying the deal."));
            if (!row.rule.isEmpty())
                lines.append(
                    tr("%1. It is met or not by itself; it cannot be ticked.").arg(row.rule));
        }
        if (row.check) {
            const QString what = state == CriterionState::Failed
                                     ? (row.signOff ? tr("Rejected") : tr("Answered no"))
                                     : (row.signOff ? tr("Signed off") : tr("Done"));
            lines.append(tr("%1 by %2 on %3")
                             .arg(what, m_board->service().userName(row.check->userId),
                                  QLocale().toString(QDateTime::fromSecsSinceEpoch(row.check->at),
                                                     QLocale::ShortFormat)));
            if (!row.check->note.isEmpty())
                lines.append(tr("Note: %1").arg(row.check->note));
        }
        if (!row.applies) {
            lines.append(tr("Asked only of deals of at least %1.")
                             .arg(formatMoney(*row.signOff->minAmount, m_deal.currency)));
        } else if (const auto why = refusal(row)) {
            lines.append(*why);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case IdRole:
        return row.itemId;
    case CheckNoteRole:
        return row.check ? row.check->note : QString();
    case CheckedByRole:
        return row.check ? m_board->service().userName(row.check->userId) : QString();
    case CheckedAtRole:
        return row.check ? QDateTime::fromSecsSinceEpoch(row.check->at) : QDateTime();
    case CriterionStateRole:
        return int(state);
    case RequiredRole:
        return row.required;
    case SignOffRole:
        return row.signOff ? row.signOff->role : QString();
    case KnockOutRole:
        return row.knockOut;
    case RuleRole:
        return row.rule;
    case RuleMissingRole:
        return row.ruleState && !row.ruleState->met ? row.ruleState->missing : QString();
    default:
        return {};
    }
}

Qt::ItemFlags StageChecklistModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Row &row = m_rows[index.row()];
    if (!row.rule.isEmpty())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!row.applies || refusal(row))
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

std::optional<QString> StageChecklistModel::refusal(const Row &row) const
{
    const GateEngine &engine = m_board->service().gateEngine();
    const ExitCriterion *c = row.signOff ? engine.criterion(row.itemId) : nullptr;
    return c ? engine.signOffRefusal(m_board->service().currentUserId(), *c, m_deal) : std::nullopt;
}

bool StageChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row row = m_rows[index.row()];
    const QString note = row.check ? row.check->note : QString();
    switch (role) {
    case Qt::CheckStateRole:
        return write(row,
                     value.value<Qt::CheckState>() == Qt::Checked ? CriterionState::Met
                                                                  : CriterionState::Open,
                     note);
    case CriterionStateRole:
        return write(row, CriterionState(value.toInt()), note);
    case CheckNoteRole:
        // A note goes with a tick; writing one ticks the item.
        return write(row, row.check ? row.check->state : CriterionState::Met, value.toString());
    default:
        return false;
    }
}

bool StageChecklistModel::write(const Row &row, CriterionState state, const QString &note)
{
    const auto ok =
        m_kind == Kind::Activities
            ? m_board->service().setActivityDone(m_opportunityId, row.itemId,
                                                 state == CriterionState::Met, note)
            : m_board->service().answerCriterion(m_opportunityId, row.itemId, state, note);
    if (!ok) {
        Q_EMIT errorOccurred(ok.error().message);
        return false;
    }
    return true;
}

} // namespace Stageboard
