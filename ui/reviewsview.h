// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Stageboard {

class ReviewsModel;
class Workspace;

/// The Look-back tab: every deal closed on the board, awaiting a manager's review by default
/// (or those reviewed, or all), newest first; a manager selects one, writes the lesson learned
/// and, optionally, the change to the process it suggests (with a way into the process
/// editor), and marks it reviewed. The count awaiting review goes on the tab's title.
class ReviewsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewsView(QWidget *parent = nullptr);
    ~ReviewsView() override;

    /// The database to show; nullptr shows nothing.
    void setWorkspace(Workspace *workspace);
    /// The acting person changed: whether they may review, and whether they may open the
    /// process editor (an admin).
    void actingUserChanged(bool processEditable);
    ReviewsModel *model() const { return m_model.get(); }
    QTableView *view() const { return m_view; }
    /// The tab's title for count closes awaiting review: "Look-back (3)".
    static QString title(qint64 count);

    /// Marks the selected close reviewed with the lesson typed.
    void reviewSelected();

Q_SIGNALS:
    void pendingCountChanged(qint64 count);
    /// A close was reviewed here; the message says which (for the status bar).
    void reviewed(const QString &message);
    void openOpportunityRequested(qint64 opportunityId);
    /// The person wants to change the process, at the stage the deal was closed from.
    void processEditorRequested();
    void errorOccurred(const QString &message);

private:
    void updateState();
    void showSelected();
    int selectedRow() const;

    Workspace *m_workspace = nullptr;
    std::unique_ptr<ReviewsModel> m_model;
    QComboBox *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_details = nullptr;
    QPlainTextEdit *m_lesson = nullptr;
    QLineEdit *m_suggestion = nullptr;
    QLabel *m_who = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_process = nullptr;
    QPushButton *m_open = nullptr;
    bool m_processEditable = false;
};

} // namespace Stageboard
