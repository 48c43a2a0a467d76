// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;
class QTreeView;
class QTreeWidget;

namespace Stageboard {

class ActivityFlow;
class AgendaModel;
class Workspace;

/// The Agenda tab: the acting person's open activities under Overdue, Today, This week and
/// Later, done with one tick; marking one done asks for a call's debrief and offers to plan the
/// next for the same deal. Below, the debriefs others asked this person to review.
class AgendaView final : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaView(QWidget *parent = nullptr);
    ~AgendaView() override;

    /// The database to show; nullptr shows nothing.
    void setWorkspace(Workspace *workspace);
    /// Whose agenda it is.
    void setOwner(qint64 userId);
    AgendaModel *model() const { return m_model.get(); }
    QTreeView *view() const { return m_view; }
    /// Opens the dialog to plan an activity about dealId (0: none) for the owner.
    void planActivity(qint64 dealId);
    /// The steps around calls, shared with the opportunity panel.
    ActivityFlow *flow() const { return m_flow; }
    /// The debriefs waiting for the owner's feedback, oldest request first.
    QTreeWidget *reviews() const { return m_reviews; }
    /// Opens the selected debrief to review.
    void reviewSelected();

Q_SIGNALS:
    void openOpportunityRequested(qint64 opportunityId);
    void errorOccurred(const QString &message);

private:
    void refresh();
    void updateEmptyState();
    void refreshReviews();
    void refreshNotes();

    Workspace *m_workspace = nullptr;
    std::unique_ptr<AgendaModel> m_model;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_clock = nullptr;
    ActivityFlow *m_flow = nullptr;
    QLabel *m_reviewsHeading = nullptr;
    QTreeWidget *m_reviews = nullptr;
    QPushButton *m_review = nullptr;
    QLabel *m_notesHeading = nullptr;
    QTreeWidget *m_notes = nullptr;
    QPushButton *m_markRead = nullptr;
    qint64 m_owner = 0;
};

} // namespace Stageboard
