// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QLocale>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QDialog;
class QFrame;
class QMenu;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace Stageboard {

class BoardModel;
class BoardService;
class BoardView;
class ActivityReminders;
class AgendaView;
class AccountsView;
class ContactsView;
class DashboardView;
class WinLossView;
class CoachingView;
class EmptyState;
class WelcomeOverlay;
class MoveResolver;
class OpportunityPanel;
class PasswordStore;
class ProcessEditor;
class ProcessModel;
class StageGuideDialog;
class UsersDialog;
struct DatabaseLocation;
class Workspace;
class UndoRecorder;

/// The Stageboard window: the board of one database, with its menus, filter bar and undo.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates, with the default process and a demo pipeline) the SQLite database
    /// at path. On failure the window keeps whatever it showed before.
    Result<void> openDatabase(const QString &path, bool demoIfNew = true);
    Result<void> openLocation(const DatabaseLocation &location, bool demoIfNew = true);
    /// Connects to a shared database, as a person would: with the password kept in the
    /// keyring when the address has none, and, when that fails (or ask is true), with the
    /// connection dialog showing what went wrong, until it connects or the person cancels.
    /// A password typed there is kept in the keyring when the person asks for it.
    Result<void> connectToServer(DatabaseLocation location, QString problem = {}, bool ask = false);
    /// Where passwords are kept; the desktop's keyring unless a test gives another.
    void setPasswordStore(std::unique_ptr<PasswordStore> store);

    /// The languages Stageboard speaks, as locale names ("en", "de", "fr").
    static QStringList languages();
    /// The locale the app runs in: the one chosen in View ▸ Language, else the system's.
    static QLocale chosenLocale();
    /// Where the database is when none was chosen: a file in the user's data folder.
    static QString defaultDatabasePath();

    BoardModel *model() const { return m_model; }
    BoardView *board() const { return m_board; }
    DashboardView *dashboard() const { return m_dashboard; }
    WinLossView *winLoss() const { return m_winLoss; }
    CoachingView *coaching() const { return m_coaching; }
    AgendaView *agenda() const { return m_agenda; }
    AccountsView *accounts() const { return m_accounts; }
    ContactsView *contacts() const { return m_contacts; }
    ActivityReminders *reminders() const { return m_reminders; }
    /// Shows the board (0) or the forecast dashboard (1).
    void showPage(int page);
    /// The quotas and currencies dialog; read-only unless a manager or admin is acting.
    void editForecastSettings();
    QUndoStack *undoStack() const { return m_undoStack; }
    MoveResolver *moveResolver() const { return m_resolver; }
    OpportunityPanel *panel() const { return m_panel; }
    /// The process editor (admins only): opens it, or brings it to the front.
    ProcessEditor *editProcess();
    /// Process ▸ Users and Roles…, for admins; null when the acting user is not one.
    UsersDialog *editUsers();
    /// Process ▸ Team Roles…: the company's own roles; nullptr when the acting user may not.
    class TeamRolesDialog *editTeamRoles();
    /// Process ▸ Territories…: the territory tree, tiers and rules; nullptr when the acting user
    /// is not an admin. The accounts list reads them again when it closes.
    class TerritoriesDialog *editTerritories();
    ProcessModel *processModel() const { return m_process; }
    Workspace *workspace() const { return m_workspace.get(); }
    /// The stage guide of the board's pipeline, to read, print or export (anyone may).
    StageGuideDialog *showStageGuide();
    /// Shows the deal in the side panel, opening the panel if it is closed.
    void showOpportunityPanel(qint64 id);

    /// A new deal in the stage given, else in the selected card's stage, else the first.
    void newOpportunity(qint64 inStage = 0);
    /// The context menus of a card and of a column's header (deleted when closed).
    QMenu *cardMenu(qint64 id);
    QMenu *columnMenu(int stageRow);
    /// Help ▸ Keyboard Shortcuts: every menu command with keys, read from the actions.
    QDialog *showShortcuts();
    /// Help ▸ Welcome Tour: the board, the panel and the forecast pointed out over the window.
    WelcomeOverlay *showWelcome();
    /// The welcome, the first time a demo database was created for this person.
    void offerWelcome();
    void editOpportunity(qint64 id);
    /// Asks first unless confirm is false.
    void deleteOpportunity(qint64 id, bool confirm = true);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// Shows a deal chosen on another tab: the board, the card, its panel.
    void openOpportunityFromPage(qint64 id);
    void createActions();
    void applyFilter();
    void refreshUserChoices();
    /// Fills the pipeline switcher; keepShown leaves the board on its pipeline rather than
    /// the remembered one.
    void refreshPipelineChoices(bool keepShown = false);
    /// Moves the selected card to the next (1) or previous (-1) stage, through its gate.
    void moveCurrent(int step);
    /// Only an admin may change the process.
    void updateProcessAccess();
    /// The process was edited: the board and forecasts read it again.
    void followProcessChange();
    /// Saves edit, made of base, as one undo step. When someone saved the deal meanwhile,
    /// shows both versions for the person to choose from, then saves the choice; false when
    /// nothing was saved.
    bool saveEdit(const Opportunity &base, const Opportunity &edit);
    void updateStatus();
    void updateEmptyState(qint64 shown);
    /// One step larger (1), smaller (-1) or back to the desktop's size (0).
    void zoomBoard(int step);
    void showError(const QString &message);
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    /// On a shared database: whether the server still answers; shows the offline banner and
    /// starts reconnecting when it does not.
    bool checkConnection();
    void tryReconnect();

    std::unique_ptr<Workspace> m_workspace;
    /// The user the server maps this login to; the only one the app may then act as.
    std::optional<qint64> m_signedInUser;
    std::unique_ptr<PasswordStore> m_passwords;
    BoardModel *m_model = nullptr;     ///< the workspace's
    BoardService *m_service = nullptr; ///< the workspace's
    ProcessModel *m_process = nullptr; ///< the workspace's
    QPointer<ProcessEditor> m_processEditor;
    QAction *m_editProcess = nullptr;
    QAction *m_editUsers = nullptr;
    QAction *m_editTeamRoles = nullptr;
    QAction *m_editTerritories = nullptr;
    QAction *m_editBuyingRoles = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_clearFilter = nullptr;
    QAction *m_myDeals = nullptr;
    QAction *m_nothingPlanned = nullptr;
    QList<QAction *> m_sortActions;
    QFrame *m_messageBar = nullptr; ///< a move's warnings, above the board until dismissed
    QLabel *m_messageText = nullptr;
    EmptyState *m_emptyState = nullptr; ///< over the board when it shows no card
    WelcomeOverlay *m_welcome = nullptr;
    bool m_openedNewDemo = false; ///< the database open was created with the demo just now
    BoardView *m_board = nullptr;
    DashboardView *m_dashboard = nullptr;
    WinLossView *m_winLoss = nullptr;
    CoachingView *m_coaching = nullptr;
    AgendaView *m_agenda = nullptr;
    class WaitingView *m_waiting = nullptr;
    class ReviewsView *m_reviews = nullptr;
    AccountsView *m_accounts = nullptr;
    ContactsView *m_contacts = nullptr;
    ActivityReminders *m_reminders = nullptr;
    QTabWidget *m_pages = nullptr;
    QUndoStack *m_undoStack = nullptr;
    UndoRecorder *m_recorder = nullptr;
    MoveResolver *m_resolver = nullptr;
    QDockWidget *m_panelDock = nullptr;
    OpportunityPanel *m_panel = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_ownerFilter = nullptr;
    QComboBox *m_pipelineSwitcher = nullptr;
    QAction *m_pipelineSwitcherAction = nullptr;
    QComboBox *m_actingUser = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_filterTimer = nullptr;
    QString m_path;
    QLabel *m_offline = nullptr; ///< the banner shown while a shared database's server is gone
    QTimer *m_heartbeat = nullptr;
    QTimer *m_reconnect = nullptr;
};

} // namespace Stageboard
