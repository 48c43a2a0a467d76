// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QObject>
#include <memory>

class QWidget;

namespace Stageboard {

class PlanActivityDialog;
class Workspace;

/// The steps around a call, shared by the agenda and the opportunity panel: plan an activity
/// (a call's plan from its stage's template), mark it done, debrief a call or meeting and ask
/// someone to review it, answer a review, plan the next. Each step that saves announces it
/// (changed) so that every view of activities follows.
class ActivityFlow final : public QObject
{
    Q_OBJECT

public:
    /// dialogParent: over which the dialogs open.
    explicit ActivityFlow(QWidget *dialogParent);

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    Workspace *workspace() const { return m_workspace; }

    /// Plans an activity about dealId (0: none) for ownerId (0: the acting person).
    bool plan(qint64 dealId, qint64 ownerId = 0);
    /// Plans a call with a person (about no deal) for ownerId (0: the acting person), its
    /// subject given; returns the new activity's id, 0 when cancelled or refused.
    qint64 planCall(const Contact &with, const QString &subject, qint64 ownerId = 0);
    /// Changes an activity's subject, time and call plan.
    bool edit(qint64 engagementId);
    /// Marks it done now, then follows up as afterDone.
    bool markDone(qint64 engagementId);
    /// After an activity was marked done: a call or meeting asks for its debrief, then the
    /// deal's next activity is offered.
    void afterDone(const Engagement &done, const QString &tickedActivity);
    /// Writes (or rewrites) a done call's debrief, asking for a review when chosen.
    bool writeDebrief(qint64 engagementId);
    /// The reviewer's feedback on a debrief.
    bool review(qint64 engagementId);

    /// Whom authorId may ask for a review: active managers, then the other reps and admins.
    QList<User> reviewersFor(qint64 authorId) const;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    /// An activity or debrief of the deal (0: of none) was saved here.
    void changed(qint64 opportunityId);

private:
    /// The plan dialog about the deal (0: none), offering its stage's call template.
    std::unique_ptr<PlanActivityDialog> planDialog(qint64 dealId) const;
    bool failed(const QString &message);
    void saved(qint64 opportunityId);

    QWidget *m_parent = nullptr;
    Workspace *m_workspace = nullptr;
};

} // namespace Stageboard
