// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"
#include "services/activitydone.h"
#include "storage/engagementstore.h"

#include <QAbstractItemModel>
#include <QDateTime>

namespace Stageboard {

/// One person's agenda: their open activities under four headings — overdue, today, this week
/// (the next seven days), later (and undated) — each soonest first. Columns: subject (check it
/// to mark the activity done), type, due (local time), deal. A refresh changes only the
/// headings whose activities changed, never the whole model.
class AgendaModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Group { Overdue, Today, ThisWeek, Later };
    static constexpr int groupCount = 4;
    enum Column { SubjectColumn, KindColumn, DueColumn, DealColumn, ColumnCount };

    AgendaModel(BoardService &service, EngagementStore &store, QObject *parent = nullptr);

    /// Whose agenda; reads it.
    Result<void> setOwner(qint64 userId);
    qint64 owner() const { return m_owner; }
    /// Reads the activities again and regroups them against now (the clock, unless set).
    Result<void> refresh();
    /// For tests: what "now" is; invalid for the clock.
    void setNow(const QDateTime &now) { m_now = now; }

    /// The activity a row shows; nullptr for a heading.
    const Engagement *engagement(const QModelIndex &index) const;
    QModelIndex groupIndex(Group group) const { return index(int(group), 0); }
    /// Marks the row's activity done (markActivityDone): it leaves the agenda.
    Result<ActivityDoneOutcome> markDone(const QModelIndex &index, const QString &outcome);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    /// An activity was marked done here; the view may offer to plan the next.
    void markedDone(const Stageboard::Engagement &engagement, const QString &tickedActivity);

private:
    Group groupOf(const Engagement &e, const QDateTime &now) const;
    QString groupName(Group group) const;

    BoardService &m_service;
    EngagementStore &m_store;
    qint64 m_owner = 0;
    QDateTime m_now;
    QList<Engagement> m_groups[groupCount];
};

} // namespace Stageboard
