// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Stageboard {

class ContactListModel;
class EmptyState;
class Workspace;

/// The Contacts tab: every person at the accounts in one table, searched as one types (name,
/// job title, email, phone, account) and sorted by any column, both in the database, so that
/// 100,000 contacts open and search at once. Double-click or Enter opens a contact's page.
class ContactsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsView(QWidget *parent = nullptr);
    ~ContactsView() override;

    /// The database to show; nullptr shows nothing.
    void setWorkspace(Workspace *workspace);
    ContactListModel *model() const { return m_model.get(); }
    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    /// Reads the list again, keeping the search, the sort and the selection.
    void refresh();
    /// Opens the page of the selected contact; of a new one when id is 0.
    void openContact(qint64 id);
    void newContact() { openContact(0); }
    /// Asks, then marks the selected contacts deleted (their deals and activities keep them).
    void deleteSelected();
    QAction *newContactAction() const { return m_newContact; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

Q_SIGNALS:
    void openOpportunityRequested(qint64 opportunityId);
    void errorOccurred(const QString &message);

private:
    void applySearch();
    void updateState();
    qint64 selectedId() const;

    Workspace *m_workspace = nullptr;
    std::unique_ptr<ContactListModel> m_model;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_newContact = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_clearSearch = nullptr;
};

} // namespace Stageboard
