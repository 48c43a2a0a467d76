// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/guidancemodel.h"

#include "core/money.h"
#include "itemmodels/processmodel.h"
#include "itemmodels/roles.h"
#include "process/criterionrule.h"

namespace Stageboard {

GuidanceModel::GuidanceModel(ProcessModel *process, Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_process(process)
    , m_kind(kind)
{
    connect(process, &ProcessModel::dataChanged, this, &GuidanceModel::refresh);
    connect(process, &ProcessModel::rowsRemoved, this, &GuidanceModel::refresh);
    connect(process, &ProcessModel::rowsInserted, this, &GuidanceModel::refresh);
    connect(process, &ProcessModel::modelReset, this, &GuidanceModel::refresh);
}

void GuidanceModel::setStageId(qint64 stageId)
{
    beginResetModel();
    m_stageId = stageId;
    const int row = m_process->rowOf(stageId);
    m_activities = row < 0 ? QList<Activity>{} : m_process->activities(row);
    m_criteria = row < 0 ? QList<ExitCriterion>{} : m_process->criteria(row);
    endResetModel();
}

void GuidanceModel::refresh()
{
    const int row = m_process->rowOf(m_stageId);
    const QList<Activity> activities = row < 0 ? QList<Activity>{} : m_process->activities(row);
    const QList<ExitCriterion> criteria =
        row < 0 ? QList<ExitCriterion>{} : m_process->criteria(row);
    const auto ids = [](const auto &items) {
        QList<qint64> result;
        for (const auto &item : items)
            result.append(item.id);
        return result;
    };
    const bool sameItems = m_kind == Kind::Activities ? ids(activities) == ids(m_activities)
                                                      : ids(criteria) == ids(m_criteria);
    if (!sameItems) {
        beginResetModel();
        m_activities = activities;
        m_criteria = criteria;
        endResetModel();
        return;
    }
    m_activities = activities;
    m_criteria = criteria;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

Result<void> GuidanceModel::save(const QList<Activity> &activities,
                                 const QList<ExitCriterion> &criteria)
{
    auto ok = m_process->setGuidance(m_stageId, activities, criteria);
    if (!ok)
        Q_EMIT errorOccurred(ok.error().message);
    return ok;
}

Result<int> GuidanceModel::addItem(const QString &text)
{
    QList<Activity> activities = m_activities;
    QList<ExitCriterion> criteria = m_criteria;
    if (m_kind == Kind::Activities) {
        Activity a;
        a.text = text;
        activities.append(a);
    } else {
        ExitCriterion c;
        c.text = text;
        criteria.append(c);
    }
    if (auto ok = save(activities, criteria); !ok)
        return std::unexpected(ok.error());
    return rowCount() - 1;
}

Result<void> GuidanceModel::removeItem(int row)
{
    if (row < 0 || row >= rowCount())
        return fail(tr("There is no item in row %1.").arg(row + 1));
    QList<Activity> activities = m_activities;
    QList<ExitCriterion> criteria = m_criteria;
    if (m_kind == Kind::Activities)
        activities.removeAt(row);
    else
        criteria.removeAt(row);
    return save(activities, criteria);
}

Result<void> GuidanceModel::moveItem(int from, int to)
{
    if (from < 0 || from >= rowCount() || to < 0 || to >= rowCount())
        return fail(tr("There is no such place in the list."));
    QList<Activity> activities = m_activities;
    QList<ExitCriterion> criteria = m_criteria;
    if (m_kind == Kind::Activities)
        activities.move(from, to);
    else
        criteria.move(from, to);
    return save(activities, criteria);
}

int GuidanceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_kind == Kind::Activities ? m_activities.size() : m_criteria.size());
}

int GuidanceModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Activities ? 2 : NotOwnColumn + 1;
}

std::optional<SignOff> GuidanceModel::signOff(int row) const
{
    if (m_kind != Kind::Criteria || row < 0 || row >= m_criteria.size())
        return std::nullopt;
    return m_criteria.at(row).signOff;
}

Result<void> GuidanceModel::setSignOffConditions(int row, std::optional<Cents> minAmount,
                                                 const QStringList &reopenOn, bool notOwnDeal)
{
    if (!signOff(row))
        return fail(tr("Choose who signs the criterion off first."));
    QList<ExitCriterion> criteria = m_criteria;
    SignOff &s = *criteria[row].signOff;
    s.minAmount = minAmount;
    s.reopenOn.clear();
    for (const QString &key : signOffFieldKeys()) {
        if (reopenOn.contains(key))
            s.reopenOn.append(key);
    }
    s.notOwnDeal = notOwnDeal;
    if (s == *m_criteria.at(row).signOff)
        return {};
    return save(m_activities, criteria);
}

QString GuidanceModel::conditionsText(const SignOff &signOff)
{
    QStringList parts;
    // In the deal's currency, whichever it is: the number alone.
    if (const auto from = signOff.minAmount)
        parts.append(
            tr("from %1").arg(QLocale().toString(double(*from) / 100, 'f', *from % 100 ? 2 : 0)));
    if (!signOff.reopenOn.isEmpty()) {
        QStringList names;
        for (const QString &key : signOff.reopenOn)
            names.append(signOffFieldName(key));
        parts.append(tr("re-opened by %1").arg(names.join(QStringLiteral(", "))));
    }
    if (signOff.notOwnDeal)
        parts.append(tr("not by the deal's owner"));
    return parts.join(QStringLiteral("; "));
}

QVariant GuidanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_kind == Kind::Activities) {
        const Activity &a = m_activities.at(index.row());
        if (role == IdRole)
            return a.id;
        if (index.column() == ActivityTypeColumn) {
            if (role == Qt::DisplayRole)
                return a.engagementKind ? tr("%1 done").arg(engagementKindName(*a.engagementKind))
                                        : tr("By hand");
            if (role == Qt::EditRole)
                return a.engagementKind ? engagementKindKey(*a.engagementKind) : QString();
            return {};
        }
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.text;
        return {};
    }
    const ExitCriterion &c = m_criteria.at(index.row());
    if (role == IdRole)
        return c.id;
    switch (index.column()) {
    case TextColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(c.text) : QVariant();
    case RequiredColumn:
        if (role == Qt::CheckStateRole)
            return c.required ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return c.required ? tr("Required") : tr("Advisory");
        return {};
    case SignOffColumn:
        if (role == Qt::DisplayRole) {
            if (!c.signOff)
                return tr("Anyone");
            const QString conditions = conditionsText(*c.signOff);
            return conditions.isEmpty() ? c.signOff->role
                                        : tr("%1 (%2)").arg(c.signOff->role, conditions);
        }
        if (role == Qt::ToolTipRole && c.signOff) {
            const QString conditions = conditionsText(*c.signOff);
            return conditions.isEmpty()
                       ? tr("Signed off by %1 on every deal.").arg(c.signOff->role)
                       : tr("Signed off by %1: %2.").arg(c.signOff->role, conditions);
        }
        if (role == Qt::EditRole)
            return c.signOff ? c.signOff->role : QString();
        return {};
    case SignOffFromColumn:
        if (!c.signOff || !c.signOff->minAmount)
            return role == Qt::DisplayRole && c.signOff ? tr("Every deal") : QVariant();
        if (role == Qt::DisplayRole)
            return QLocale().toString(double(*c.signOff->minAmount) / 100, 'f',
                                      *c.signOff->minAmount % 100 ? 2 : 0);
        if (role == Qt::EditRole)
            return QLocale().toString(double(*c.signOff->minAmount) / 100, 'f', 2);
        return {};
    case ReopenColumn: {
        if (!c.signOff)
            return {};
        if (role == Qt::EditRole)
            return c.signOff->reopenOn;
        if (role != Qt::DisplayRole)
            return {};
        QStringList names;
        for (const QString &key : c.signOff->reopenOn)
            names.append(signOffFieldName(key));
        return names.isEmpty() ? tr("Never") : names.join(QStringLiteral(", "));
    }
    case NotOwnColumn:
        if (!c.signOff)
            return {};
        if (role == Qt::CheckStateRole)
            return c.signOff->notOwnDeal ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return c.signOff->notOwnDeal ? tr("Not the owner") : QString();
        return {};
    case KnockOutColumn:
        if (role == Qt::CheckStateRole)
            return c.knockOut ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return c.knockOut ? tr("Deal killer") : QString();
        return {};
    case RuleColumn:
        if (role == Qt::EditRole)
            return c.rule;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (c.rule.isEmpty())
                return tr("By hand");
            // A short cell; the sentence in its tool tip.
            const auto rule = CriterionRule::parse(c.rule);
            if (!rule)
                return rule.error().message;
            return role == Qt::DisplayRole ? rule->label(m_roleNames) : rule->describe(m_roleNames);
        }
        return {};
    }
    return {};
}

bool GuidanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<Activity> activities = m_activities;
    QList<ExitCriterion> criteria = m_criteria;
    const int row = index.row();
    if (m_kind == Kind::Activities) {
        if (role != Qt::EditRole)
            return false;
        if (index.column() == ActivityTypeColumn) {
            const auto kind = engagementKindFromKey(value.toString());
            if (kind == activities[row].engagementKind)
                return false;
            activities[row].engagementKind = kind;
        } else {
            if (value.toString() == activities[row].text)
                return false;
            activities[row].text = value.toString();
        }
    } else {
        ExitCriterion &c = criteria[row];
        const bool checked = value.toInt() == Qt::Checked;
        if (index.column() == TextColumn && role == Qt::EditRole)
            c.text = value.toString();
        else if (index.column() == RequiredColumn && role == Qt::CheckStateRole)
            c.required = checked;
        else if (index.column() == KnockOutColumn && role == Qt::CheckStateRole)
            c.knockOut = checked;
        else if (index.column() == SignOffColumn && role == Qt::EditRole) {
            const QString name = value.toString().trimmed();
            if (name.isEmpty()) {
                c.signOff.reset();
            } else if (!c.signOff || c.signOff->role != name) {
                // Another role keeps the conditions; the id is looked up again by name.
                SignOff signOff = c.signOff.value_or(SignOff{});
                signOff.role = name;
                signOff.roleId = 0;
                c.signOff = signOff;
            }
        } else if (c.signOff && index.column() == SignOffFromColumn && role == Qt::EditRole) {
            if (value.toString().trimmed().isEmpty()) {
                c.signOff->minAmount.reset();
            } else {
                const auto amount = parseAmount(value.toString());
                if (!amount) {
                    Q_EMIT errorOccurred(amount.error().message);
                    return false;
                }
                c.signOff->minAmount = *amount;
            }
        } else if (c.signOff && index.column() == ReopenColumn && role == Qt::EditRole) {
            QStringList keys;
            for (const QString &key : signOffFieldKeys()) {
                if (value.toStringList().contains(key))
                    keys.append(key);
            }
            c.signOff->reopenOn = keys;
        } else if (c.signOff && index.column() == NotOwnColumn && role == Qt::CheckStateRole)
            c.signOff->notOwnDeal = checked;
        else if (index.column() == RuleColumn && role == Qt::EditRole) {
            if (value.toString().trimmed().isEmpty()) {
                c.rule.clear();
            } else {
                const auto rule = CriterionRule::parse(value.toString());
                if (!rule) {
                    Q_EMIT errorOccurred(rule.error().message);
                    return false;
                }
                c.rule = rule->text();
            }
        } else
            return false;
    }
    return bool(save(activities, criteria));
}

Qt::ItemFlags GuidanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_kind == Kind::Criteria && index.column() >= SignOffFromColumn &&
        !m_criteria.at(index.row()).signOff)
        return Qt::ItemIsSelectable; // a condition of a sign-off there is not
    if (m_kind == Kind::Criteria &&
        (index.column() == RequiredColumn || index.column() == KnockOutColumn ||
         index.column() == NotOwnColumn))
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant GuidanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return m_kind == Kind::Activities ? tr("Recommended activity") : tr("Exit criterion");
    case RequiredColumn:
        return m_kind == Kind::Activities ? tr("Ticked") : tr("Required");
    case SignOffColumn:
        return tr("Signed off by");
    case KnockOutColumn:
        return tr("Knock-out");
    case RuleColumn:
        return tr("Met by");
    case SignOffFromColumn:
        return tr("Sign-off from");
    case ReopenColumn:
        return tr("Re-opened by");
    case NotOwnColumn:
        return tr("Owner excluded");
    }
    return {};
}

} // namespace Stageboard
