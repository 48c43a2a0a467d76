// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Stageboard {

class WaitingModel;
class Workspace;

/// The Waiting on me tab: the deals whose sign-off the acting person's roles are asked for,
/// longest waiting first, signed off or rejected (with a comment saying why) right there. Its
/// count goes on the tab's title; on a server it follows everyone's changes.
class WaitingView final : public QWidget
{
    Q_OBJECT

public:
    explicit WaitingView(QWidget *parent = nullptr);
    ~WaitingView() override;

    /// The database to show; nullptr shows nothing.
    void setWorkspace(Workspace *workspace);
    /// Whose list it is.
    void setUser(qint64 userId);
    WaitingModel *model() const { return m_model.get(); }
    QTableView *view() const { return m_view; }
    /// How many sign-offs wait.
    int count() const;
    /// The tab's title for count sign-offs waiting: "Waiting on Me (3)".
    static QString title(int count);

    /// Signs off, or rejects with the comment typed, the selected row's criterion.
    void answerSelected(bool approve);

Q_SIGNALS:
    void countChanged(int count);
    /// A sign-off was given or rejected here; the message says which (for the status bar).
    void answered(const QString &message);
    void openOpportunityRequested(qint64 opportunityId);
    void errorOccurred(const QString &message);

private:
    void updateState();
    int selectedRow() const;

    std::unique_ptr<WaitingModel> m_model;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_open = nullptr;
    qint64 m_user = 0;
};

} // namespace Stageboard
