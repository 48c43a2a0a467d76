// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QListWidget;

namespace Stageboard {

class BoardModel;
class MoveResolver;
class StageChecklistModel;

class ActivityFlow;
class BuyingGroupView;
class DealCompetitorsView;
class DealActivitiesView;
class SignOffStore;
class Workspace;

/// Everything about one deal where it stands: the stage's definition, goal and owner; its
/// recommended activities to tick; its exit criteria and their state; the next step; its buying
/// group; and the deal's whole stage history.
class OpportunityPanel final : public QWidget
{
    Q_OBJECT

public:
    /// flow: the steps around calls, shared with the agenda.
    OpportunityPanel(BoardModel *model, MoveResolver *resolver, ActivityFlow *flow,
                     QWidget *parent = nullptr);

    void showOpportunity(qint64 id);
    qint64 opportunityId() const { return m_id; }
    /// Reads everything again (e.g. after the acting user changed, which changes what may be
    /// ticked).
    void refresh();

    StageChecklistModel *activitiesModel() const { return m_activities; }
    StageChecklistModel *criteriaModel() const { return m_criteria; }
    /// Where the deal's buying group is read and changed.
    void setWorkspace(Workspace *workspace);
    BuyingGroupView *buyingGroup() const { return m_buyingGroup; }
    DealActivitiesView *dealActivities() const { return m_dealActivities; }

Q_SIGNALS:
    void editRequested(qint64 id);
    void errorOccurred(const QString &message);

private:
    void updateDetails();
    void updateHistory();
    /// Saves what the person typed into a text field of the deal (next step, contact).
    void saveField(QLineEdit *edit, QString Opportunity::*field, const QString &fieldName);
    void showCriterionMenu(const QPoint &position);
    void updateSignOffs();

    BoardModel *m_model;
    MoveResolver *m_resolver;
    qint64 m_id = 0;
    StageChecklistModel *m_activities = nullptr;
    StageChecklistModel *m_criteria = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_definition = nullptr;
    QLabel *m_goal = nullptr;
    QLabel *m_activitiesHeading = nullptr;
    QListView *m_activityList = nullptr;
    QLabel *m_criteriaHeading = nullptr;
    QListView *m_criteriaList = nullptr;
    QLabel *m_dealKiller = nullptr;
    QPushButton *m_disqualify = nullptr;
    QLineEdit *m_nextStep = nullptr;
    QLineEdit *m_contact = nullptr;
    QListWidget *m_history = nullptr;
    /// Every sign-off decision on the deal, newest first: approvals, rejections, re-openings.
    QLabel *m_signOffsHeading = nullptr;
    QListWidget *m_signOffs = nullptr;
    SignOffStore *m_signOffStore = nullptr; ///< the workspace's
    BuyingGroupView *m_buyingGroup = nullptr;
    DealCompetitorsView *m_competitors = nullptr;
    DealActivitiesView *m_dealActivities = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_advance = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_scroll = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Stageboard
