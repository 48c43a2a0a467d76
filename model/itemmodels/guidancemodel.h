// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Stageboard {

class ProcessModel;

/// The recommended activities, or the exit criteria, of one stage in the process editor: a
/// table to type into, add to, remove from and reorder. Activities have one column, the
/// text; criteria also Required and Knock-out (check boxes) and Sign-off (a role key, empty
/// for anyone, as Qt::EditRole). Every change goes through ProcessModel::setGuidance, so it is
/// saved at once and can be undone there; items keep their ids, and with them the ticks and
/// answers deals have on them.
class GuidanceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Activities, Criteria };
    /// Criteria's columns; activities have TextColumn and ActivityTypeColumn (the activity type
    /// that ticks it, its key as Qt::EditRole, empty for none).
    /// SignOffColumn's Qt::EditRole is the role's name (empty: anyone); the sign-off's
    /// conditions follow: the amount from which it is asked (text, in the locale's format;
    /// empty: any), the fields whose change re-opens it (a QStringList of signOffFieldKeys()),
    /// and whether the deal's owner is refused (a check box).
    enum Column {
        TextColumn,
        RequiredColumn,
        SignOffColumn,
        KnockOutColumn,
        RuleColumn,
        SignOffFromColumn,
        ReopenColumn,
        NotOwnColumn
    };
    static constexpr int ActivityTypeColumn = 1;

    GuidanceModel(ProcessModel *process, Kind kind, QObject *parent = nullptr);

    /// The buying roles' names by key, for how a rule reads ("a Champion among …").
    void setBuyingRoleNames(const QHash<QString, QString> &names) { m_roleNames = names; }

    /// Shows this stage's items; 0 shows none.
    void setStageId(qint64 stageId);
    qint64 stageId() const { return m_stageId; }

    /// Adds an item with this text at the end; returns its row, or the reason it was refused.
    Result<int> addItem(const QString &text);
    Result<void> removeItem(int row);
    Result<void> moveItem(int from, int to);
    /// The sign-off of a criterion, conditions included; nothing for a row without one.
    std::optional<SignOff> signOff(int row) const;
    /// Sets a criterion's sign-off conditions at once (one change to undo); refused for a row
    /// without a sign-off.
    Result<void> setSignOffConditions(int row, std::optional<Cents> minAmount,
                                      const QStringList &reopenOn, bool notOwnDeal);
    /// "from $50,000; re-opened by Close date; not by the owner": a sign-off's conditions in
    /// words, empty for none.
    static QString conditionsText(const SignOff &signOff);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    /// Shows the stage as the process model has it now: changed rows with dataChanged, a
    /// reset only when items came, went or moved.
    void refresh();
    Result<void> save(const QList<Activity> &activities, const QList<ExitCriterion> &criteria);

    ProcessModel *m_process;
    Kind m_kind;
    qint64 m_stageId = 0;
    QList<Activity> m_activities;
    QList<ExitCriterion> m_criteria;
    QHash<QString, QString> m_roleNames;
};

} // namespace Stageboard
