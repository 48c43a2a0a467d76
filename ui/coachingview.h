// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace Stageboard {

class CoachingModel;
class Workspace;

/// The managers' coaching grid: reps × open stages, each cell the rep's deals there with their
/// recommended-activity completion, stalled deals, overrides and median days against the
/// team's. Selecting a cell lists its deals (double-click opens one) and the rep's coaching
/// notes; a manager writes a note there (about one of the deals or in general, with a date to
/// follow up), which the rep finds on their agenda.
class CoachingView final : public QWidget
{
    Q_OBJECT

public:
    explicit CoachingView(QWidget *parent = nullptr);
    ~CoachingView() override;

    void setWorkspace(Workspace *workspace);
    CoachingModel *model() const { return m_model.get(); }
    QTableView *grid() const { return m_grid; }
    QTreeWidget *deals() const { return m_deals; }
    QTreeWidget *notes() const { return m_notes; }
    /// Reads the grid again at once.
    void refreshNow();
    /// Whether the acting person may write notes changed.
    void actingUserChanged();

Q_SIGNALS:
    void openOpportunityRequested(qint64 opportunityId);
    void errorOccurred(const QString &message);
    void noteAdded(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void showSelected();
    void refreshNotes();
    void updateForm();
    void addNote();
    qint64 selectedRep() const;

    Workspace *m_workspace = nullptr;
    std::unique_ptr<CoachingModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    bool m_dirty = true;
    QTimer *m_refreshTimer = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_grid = nullptr;
    QLabel *m_dealsHeading = nullptr;
    QTreeWidget *m_deals = nullptr;
    QLabel *m_notesHeading = nullptr;
    QTreeWidget *m_notes = nullptr;
    QComboBox *m_noteDeal = nullptr;
    QPlainTextEdit *m_noteText = nullptr;
    QCheckBox *m_followUpOn = nullptr;
    QDateEdit *m_followUp = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_who = nullptr;
};

} // namespace Stageboard
