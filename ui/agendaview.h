// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QWidget>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QTreeView;

namespace Stageboard {

class AgendaModel;
class Workspace;
struct Engagement;

/// Plans an activity: its type, subject, due time and length, about a deal when one is given.
class PlanActivityDialog final : public QDialog
{
    Q_OBJECT

public:
    /// dealTitle empty: about no deal.
    PlanActivityDialog(const QString &dealTitle, QWidget *parent = nullptr);
    /// What was typed, as an activity to store (owner and deal left to the caller).
    Engagement activity() const;
    QLineEdit *subjectEdit() const { return m_subject; }

private:
    QComboBox *m_kind = nullptr;
    QLineEdit *m_subject = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QSpinBox *m_duration = nullptr;
};

/// The Agenda tab: the acting person's open activities under Overdue, Today, This week and
/// Later, done with one tick; marking one done offers to plan the next for the same deal.
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

Q_SIGNALS:
    void openOpportunityRequested(qint64 opportunityId);
    void errorOccurred(const QString &message);

private:
    void refresh();
    void offerNext(const Engagement &done, const QString &tickedActivity);
    void updateEmptyState();

    Workspace *m_workspace = nullptr;
    std::unique_ptr<AgendaModel> m_model;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_clock = nullptr;
    qint64 m_owner = 0;
};

} // namespace Stageboard
