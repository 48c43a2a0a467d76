// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Stageboard {

class ActivityFlow;

/// The opportunity panel's activities: those still to do, soonest first, then the last ones
/// done with the state of their debrief; planned, marked done, debriefed and reviewed from here
/// through the shared ActivityFlow.
class DealActivitiesView final : public QWidget
{
    Q_OBJECT

public:
    /// How many done activities are listed before "Show all".
    static constexpr int recentDone = 5;

    explicit DealActivitiesView(ActivityFlow *flow, QWidget *parent = nullptr);

    /// Shows the deal's activities; 0 shows none.
    void showOpportunity(qint64 id);
    QTreeWidget *list() const { return m_list; }
    /// The activity of the selected row; 0 for none.
    qint64 selectedActivity() const;
    /// The button that does what a double-click on the selected row does.
    void openSelected();
    QPushButton *doneButton() const { return m_done; }
    QPushButton *debriefButton() const { return m_debrief; }
    QPushButton *reviewButton() const { return m_review; }

private:
    void followSelection();

    ActivityFlow *m_flow = nullptr;
    qint64 m_id = 0;
    bool m_showAll = false;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_plan = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_debrief = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_more = nullptr;
};

} // namespace Stageboard
