// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Stageboard {

class AccountFilterModel;
class AccountListModel;
class ActivityFlow;
class EmptyState;
class Workspace;

/// The Accounts tab: every account with its open pipeline, weighted pipeline, wins of the last
/// 12 months, last and next activity and people, read in one aggregate query and sorted and
/// filtered in memory (search, territory with the ones inside it, owner, tier), so that 25,000
/// accounts open at once. "Overdue for contact" keeps the accounts not in touch within their
/// tier's interval (their last activity shown in the warning colour), and Schedule Call plans
/// the call. A deal that changes reads only its account again; what others
/// change is read when the tab is next shown. Double-click or Enter edits an account.
class AccountsView final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsView(QWidget *parent = nullptr);
    ~AccountsView() override;

    /// The database to show; nullptr shows nothing.
    void setWorkspace(Workspace *workspace);
    /// Where Schedule Call plans its call (the agenda's, so that every view follows).
    void setActivityFlow(ActivityFlow *flow);
    /// Who acts now: the owner filter's "Mine".
    void setUser(qint64 userId);
    AccountListModel *model() const { return m_model.get(); }
    AccountFilterModel *filter() const { return m_filter.get(); }
    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    QComboBox *territoryFilter() const { return m_territory; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *tierFilter() const { return m_tier; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    QLabel *countLabel() const { return m_count; }
    EmptyState *emptyState() const { return m_empty; }
    QAction *newAccountAction() const { return m_newAccount; }
    QAction *exportAction() const { return m_export; }
    QAction *scheduleCallAction() const { return m_scheduleCall; }

    /// Reads every account again (only changed rows change), keeping filter, sort and selection.
    void refresh();
    /// Edits the account; a new one when id is 0.
    void openAccount(qint64 id);
    void newAccount() { openAccount(0); }
    /// Plans a call with the selected account's first contact, for its owner; says what to do
    /// when nobody works there yet.
    void scheduleCall();
    /// Writes the accounts the list shows now (its filter applies) to a CSV file.
    void exportShown();

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillFilters();
    void applyFilters();
    void updateState();
    void dealsChanged(qint64 accountId);
    qint64 selectedId() const;

    Workspace *m_workspace = nullptr;
    std::unique_ptr<AccountListModel> m_model;
    std::unique_ptr<AccountFilterModel> m_filter;
    QLineEdit *m_search = nullptr;
    QComboBox *m_territory = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tier = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_changedTimer = nullptr;
    QAction *m_newAccount = nullptr;
    QAction *m_export = nullptr;
    QAction *m_scheduleCall = nullptr;
    ActivityFlow *m_flow = nullptr;
    QAction *m_clearFilters = nullptr;
    QSet<qint64> m_changed; ///< accounts whose deals changed, read again together
    bool m_stale = true;    ///< read all again when next shown
};

} // namespace Stageboard
