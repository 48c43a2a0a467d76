// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accessiblenames.h"
#include "accountsview.h"
#include "activityreminders.h"
#include "agendaview.h"
#include "boardview.h"
#include "buyingrolesdialog.h"
#include "coachingview.h"
#include "colors.h"
#include "competitorsdialog.h"
#include "conflictdialog.h"
#include "connectiondialog.h"
#include "contactsview.h"
#include "csvactions.h"
#include "dashboardview.h"
#include "emptystate.h"
#include "forecastsettingsdialog.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/processmodel.h"
#include "itemmodels/roles.h"
#include "legenddialog.h"
#include "moveresolver.h"
#include "opportunitydialog.h"
#include "opportunitypanel.h"
#include "passwordstore.h"
#include "processeditor.h"
#include "reviewsview.h"
#include "services/boardservice.h"
#include "stageguidedialog.h"
#include "teamrolesdialog.h"
#include "territoriesdialog.h"
#include "undorecorder.h"
#include "usersdialog.h"
#include "waitingview.h"
#include "welcomeoverlay.h"
#include "winlossview.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Stageboard {

namespace {
const QString databaseFilter = QStringLiteral("*.sqlite *.db");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_board(new BoardView(this))
    , m_dashboard(new DashboardView(this))
    , m_winLoss(new WinLossView(this))
    , m_coaching(new CoachingView(this))
    , m_agenda(new AgendaView(this))
    , m_waiting(new WaitingView(this))
    , m_reviews(new ReviewsView(this))
    , m_accounts(new AccountsView(this))
    , m_contacts(new ContactsView(this))
    , m_pages(new QTabWidget(this))
    , m_undoStack(new QUndoStack(this))
{
    m_passwords = PasswordStore::system();
    setWindowTitle(tr("Stageboard"));
    m_pages->setDocumentMode(true);
    m_pages->setAccessibleName(tr("Board and forecast"));
    // The board under a message bar for what a person should not miss (a move's warnings).
    auto *boardPage = new QWidget(this);
    auto *boardLayout = new QVBoxLayout(boardPage);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->setSpacing(0);
    m_messageBar = new QFrame(boardPage);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setAutoFillBackground(true);
    QPalette warm = m_messageBar->palette();
    QColor tint = Colors::warning();
    tint.setAlpha(50);
    warm.setColor(QPalette::Window, tint);
    m_messageBar->setPalette(warm);
    m_messageText = new QLabel(m_messageBar);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextFormat(Qt::PlainText);
    auto *dismiss = new QToolButton(m_messageBar);
    dismiss->setObjectName(QStringLiteral("dismissMessage"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, m_messageBar, &QWidget::hide);
    // Shown while a card has the keyboard: it must not take the focus from it.
    m_messageBar->setFocusPolicy(Qt::NoFocus);
    dismiss->setFocusPolicy(Qt::NoFocus);
    auto *messageRow = new QHBoxLayout(m_messageBar);
    messageRow->setContentsMargins(10, 6, 6, 6);
    messageRow->addWidget(m_messageText, 1);
    messageRow->addWidget(dismiss, 0, Qt::AlignTop);
    m_messageBar->hide();
    boardLayout->addWidget(m_messageBar);
    boardLayout->addWidget(m_board, 1);
    m_pages->addTab(boardPage, tr("Board"));
    m_emptyState = new EmptyState(m_board);
    m_emptyState->setObjectName(QStringLiteral("boardEmptyState"));
    m_clearFilter = new QAction(tr("&Clear Filter"), this);
    m_clearFilter->setObjectName(QStringLiteral("clearFilter"));
    connect(m_clearFilter, &QAction::triggered, this, [this] {
        m_search->clear();
        m_ownerFilter->setCurrentIndex(0);
        m_myDeals->setChecked(false);
        m_nothingPlanned->setChecked(false);
        applyFilter();
    });
    m_pages->addTab(m_dashboard, tr("Forecast"));
    m_pages->addTab(m_winLoss, tr("Win/Loss"));
    connect(m_winLoss, &WinLossView::errorOccurred, this, &MainWindow::showError);
    connect(m_winLoss, &WinLossView::opportunityActivated, this,
            &MainWindow::openOpportunityFromPage);
    m_pages->addTab(m_agenda, tr("Agenda"));
    connect(m_agenda, &AgendaView::errorOccurred, this, &MainWindow::showError);
    m_pages->addTab(m_waiting, WaitingView::title(0));
    connect(m_waiting, &WaitingView::errorOccurred, this, &MainWindow::showError);
    connect(m_waiting, &WaitingView::answered, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_waiting, &WaitingView::openOpportunityRequested, this,
            &MainWindow::openOpportunityFromPage);
    connect(m_waiting, &WaitingView::countChanged, this, [this](int count) {
        m_pages->setTabText(m_pages->indexOf(m_waiting), WaitingView::title(count));
    });
    m_pages->addTab(m_reviews, ReviewsView::title(0));
    connect(m_reviews, &ReviewsView::errorOccurred, this, &MainWindow::showError);
    connect(m_reviews, &ReviewsView::reviewed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_reviews, &ReviewsView::openOpportunityRequested, this,
            &MainWindow::openOpportunityFromPage);
    connect(m_reviews, &ReviewsView::processEditorRequested, this, &MainWindow::editProcess);
    connect(m_reviews, &ReviewsView::pendingCountChanged, this, [this](qint64 count) {
        m_pages->setTabText(m_pages->indexOf(m_reviews), ReviewsView::title(count));
        m_dashboard->setReviewsPending(count);
    });
    m_pages->addTab(m_coaching, tr("Coaching"));
    connect(m_coaching, &CoachingView::errorOccurred, this, &MainWindow::showError);
    connect(m_coaching, &CoachingView::openOpportunityRequested, this,
            &MainWindow::openOpportunityFromPage);
    connect(m_coaching, &CoachingView::noteAdded, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_pages->addTab(m_accounts, tr("Accounts"));
    connect(m_accounts, &AccountsView::errorOccurred, this, &MainWindow::showError);
    m_accounts->setActivityFlow(m_agenda->flow());
    m_pages->addTab(m_contacts, tr("Contacts"));
    connect(m_contacts, &ContactsView::errorOccurred, this, &MainWindow::showError);
    connect(m_agenda, &AgendaView::openOpportunityRequested, this,
            &MainWindow::openOpportunityFromPage);
    connect(m_contacts, &ContactsView::openOpportunityRequested, this,
            &MainWindow::openOpportunityFromPage);
    // An activity coming due is announced once, on the desktop and in the status bar.
    m_reminders = new ActivityReminders(this);
    connect(m_reminders, &ActivityReminders::errorOccurred, this, &MainWindow::showError);
    connect(m_reminders, &ActivityReminders::announced, this, [this](qint64, const QString &text) {
        statusBar()->showMessage(tr("Coming due: %1").arg(text), 5 * 60 * 1000);
    });
    connect(m_reminders, &ActivityReminders::agendaRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_pages->setCurrentWidget(m_agenda);
    });
    m_offline = new QLabel(this);
    m_offline->setObjectName(QStringLiteral("offlineBanner"));
    m_offline->setWordWrap(true);
    m_offline->setContentsMargins(10, 6, 10, 6);
    m_offline->setStyleSheet(
        QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; }"));
    m_offline->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_offline);
    layout->addWidget(m_pages);
    setCentralWidget(central);
    // A shared database's server is asked every few seconds whether it is still there, so that
    // its absence shows before anyone tries a change; once gone, it is tried again until back.
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(5000);
    connect(m_heartbeat, &QTimer::timeout, this, &MainWindow::checkConnection);
    m_reconnect = new QTimer(this);
    m_reconnect->setInterval(2000);
    connect(m_reconnect, &QTimer::timeout, this, &MainWindow::tryReconnect);
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    m_panelDock = new QDockWidget(tr("Opportunity"), this);
    m_panelDock->setObjectName(QStringLiteral("opportunityPanel"));
    m_panelDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    m_panelDock->hide();
    createActions();
    connect(m_board, &BoardView::opportunityActivated, this, &MainWindow::showOpportunityPanel);
    connect(m_board, &BoardView::cardMenuRequested, this,
            [this](qint64 id, const QPoint &at) { cardMenu(id)->popup(at); });
    connect(m_board, &BoardView::columnMenuRequested, this,
            [this](int stageRow, const QPoint &at) { columnMenu(stageRow)->popup(at); });
    connect(m_board, &BoardView::newOpportunityRequested, this,
            [this](qint64 stageId) { newOpportunity(stageId); });
    connect(m_dashboard, &DashboardView::opportunityActivated, this, [this](qint64 id) {
        showPage(0);
        m_board->selectOpportunity(id);
        showOpportunityPanel(id);
    });
    connect(m_dashboard, &DashboardView::errorOccurred, this, &MainWindow::showError);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int page) {
        // The filter bar belongs to the board; the dashboard has its own.
        m_search->setEnabled(page == 0);
        m_ownerFilter->setEnabled(page == 0);
        QSettings().setValue(QStringLiteral("window/page"), page);
    });
    connect(m_board, &BoardView::currentOpportunityChanged, this, [this](qint64 id) {
        if (m_panel && m_panelDock->isVisible())
            m_panel->showOpportunity(id);
    });
    // Opened from the menu or with Ctrl+I, the panel shows the card that is selected.
    connect(m_panelDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || !m_panel || !m_board)
            return; // hidden, or the window is closing
        const qint64 id = m_board->currentOpportunityId();
        if (id != 0 && m_panel->opportunityId() != id)
            m_panel->showOpportunity(id);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First run: room for seven columns, but never more than the screen has.
        QSize size(1400, 860);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_pages->setCurrentIndex(settings.value(QStringLiteral("window/page"), 0).toInt());
    // Parts made above are named now; dialogs opened later, as they are polished.
    nameInnerParts(this);
    nameInnerPartsForScreenReaders();
}

void MainWindow::openOpportunityFromPage(qint64 id)
{
    m_pages->setCurrentIndex(0);
    m_board->focusOpportunity(id);
    showOpportunityPanel(id);
}

void MainWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
}

void MainWindow::editForecastSettings()
{
    if (!m_model)
        return;
    const User *acting = m_service->gateEngine().user(m_service->currentUserId());
    const bool mayEdit =
        acting && (acting->role == UserRole::Manager || acting->role == UserRole::Admin);
    QStringList currencies;
    for (const QString &c :
         m_dashboard->ensureLoaded() ? m_dashboard->data()->currencies() : QStringList())
        currencies.append(c);
    ForecastSettingsDialog dialog(m_workspace->forecast(), m_service->users(), currencies, !mayEdit,
                                  this);
    if (!dialog.load())
        return showError(dialog.failure());
    if (dialog.exec() == QDialog::Accepted && mayEdit)
        m_dashboard->reloadSettings();
}

MainWindow::~MainWindow()
{
    // The editor, the board's views and the dashboard hold the models; let them go first.
    delete m_processEditor;
    m_dashboard->setWorkspace(nullptr);
    m_winLoss->setWorkspace(nullptr);
    m_coaching->setWorkspace(nullptr);
    m_agenda->setWorkspace(nullptr);
    m_waiting->setWorkspace(nullptr);
    m_reviews->setWorkspace(nullptr);
    m_accounts->setWorkspace(nullptr);
    m_contacts->setWorkspace(nullptr);
    delete m_board;
    m_board = nullptr;
}

QStringList MainWindow::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QLocale MainWindow::chosenLocale()
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    return languages().contains(chosen) ? QLocale(chosen) : QLocale::system();
}

QString MainWindow::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("stageboard.sqlite"));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb =
        file->addAction(tr("&New Database…"), this, &MainWindow::chooseDatabaseToCreate);
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openDb =
        file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabaseToOpen);
    openDb->setShortcut(QKeySequence::Open);
    QAction *connectDb = file->addAction(tr("&Connect to Shared Database…"), this, [this] {
        const auto last =
            DatabaseLocation::parse(QSettings().value(QStringLiteral("lastServer")).toString());
        DatabaseLocation location;
        location.kind = DatabaseLocation::Kind::Postgres;
        if (last && last->isPostgres())
            location = *last;
        connectToServer(location, {}, true);
    });
    connectDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    // Undo steps name deals by id, which an import leaves as they were: the history stays.
    m_importAction = file->addAction(tr("&Import Opportunities…"), this, [this] {
        if (m_model)
            CsvActions::importOpportunities(this, *m_workspace);
    });
    file->addAction(tr("&Export Opportunities…"), this, [this] {
        if (m_model)
            CsvActions::exportOpportunities(this, *m_workspace);
    });
    file->addAction(tr("Export Stage &History…"), this, [this] {
        if (m_model)
            CsvActions::exportHistory(this, *m_workspace);
    });
    file->addAction(tr("Export &Forecast…"), this, [this] {
        if (m_model)
            CsvActions::exportForecast(this, *m_workspace);
    });
    file->addSeparator();
    file->addAction(m_accounts->exportAction());
    file->addAction(m_contacts->importAction());
    file->addAction(m_contacts->exportAction());
    file->addAction(tr("Export &Stakeholders…"), this, [this] {
        if (m_model)
            CsvActions::exportStakeholders(this, *m_workspace);
    });
    file->addAction(tr("Export &Activities…"), this, [this] {
        if (m_model)
            CsvActions::exportActivities(this, *m_workspace);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newAction =
        edit->addAction(tr("&New Opportunity…"), this, [this] { newOpportunity(); });
    newAction->setShortcut(QKeySequence::New);
    m_newAction = newAction;
    QAction *editAction = edit->addAction(tr("&Edit Opportunity…"), this, [this] {
        if (const qint64 id = m_board->currentOpportunityId())
            editOpportunity(id);
    });
    editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *deleteAction = edit->addAction(tr("&Delete Opportunity"), this, [this] {
        if (const qint64 id = m_board->currentOpportunityId())
            deleteOpportunity(id);
    });
    deleteAction->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    QAction *next = edit->addAction(tr("Move to Ne&xt Stage"), this, [this] { moveCurrent(1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    QAction *previous =
        edit->addAction(tr("Move to Pre&vious Stage"), this, [this] { moveCurrent(-1); });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *panelAction = m_panelDock->toggleViewAction();
    panelAction->setText(tr("&Opportunity Panel"));
    panelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(panelAction);

    view->addSeparator();
    QAction *boardPage = view->addAction(tr("&Board"), this, [this] { showPage(0); });
    boardPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *forecastPage = view->addAction(tr("&Forecast"), this, [this] { showPage(1); });
    forecastPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *winLossPage =
        view->addAction(tr("&Win/Loss"), this, [this] { m_pages->setCurrentWidget(m_winLoss); });
    winLossPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));

    view->addSeparator();
    QMenu *sortMenu = view->addMenu(tr("&Sort Cards By"));
    auto *sortGroup = new QActionGroup(sortMenu);
    const int sorted = QSettings().value(QStringLiteral("board/order"), 0).toInt();
    for (BoardModel::CardOrder order :
         {BoardModel::CardOrder::CloseDate, BoardModel::CardOrder::Amount,
          BoardModel::CardOrder::DaysInStage, BoardModel::CardOrder::Title}) {
        QString name = BoardModel::cardOrderName(order);
        name[0] = name[0].toUpper();
        QAction *action = sortMenu->addAction(name);
        m_sortActions.append(action);
        action->setCheckable(true);
        action->setChecked(int(order) == sorted);
        action->setData(int(order));
        sortGroup->addAction(action);
    }
    connect(sortGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        QSettings().setValue(QStringLiteral("board/order"), action->data().toInt());
        m_board->setCardOrder(action->data().toInt());
    });
    QAction *compact = view->addAction(tr("&Compact Cards"));
    compact->setObjectName(QStringLiteral("compactCards"));
    compact->setCheckable(true);
    compact->setChecked(QSettings().value(QStringLiteral("board/compact")).toBool());
    m_board->setCompactCards(compact->isChecked());
    connect(compact, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("board/compact"), on);
        m_board->setCompactCards(on);
    });
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { zoomBoard(+1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { zoomBoard(-1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Actual Size"), this, [this] { zoomBoard(0); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_board->setZoom(QSettings().value(QStringLiteral("board/zoom"), 0).toInt());
    // One action for the legend, in View and in Help.
    QAction *legend = view->addAction(tr("Card &Legend…"), this, [this] {
        auto *dialog = new LegendDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(language);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const auto addLanguage = [&](const QString &name, const QString &code) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen || (code.isEmpty() && !languages().contains(chosen)));
        action->setData(code);
        languageGroup->addAction(action);
    };
    addLanguage(tr("The System's Language"), QString());
    for (const QString &code : languages()) {
        const QLocale locale(code);
        // Each language by its own name, so that a person can find theirs.
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        addLanguage(name, code);
    }
    connect(languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        QSettings().setValue(QStringLiteral("language"), action->data().toString());
        statusBar()->showMessage(tr("The new language is used from the next start of Stageboard."),
                                 10000);
    });

    QMenu *forecast = menuBar()->addMenu(tr("F&orecast"));
    forecast->addAction(tr("&Quotas and Currencies…"), this, &MainWindow::editForecastSettings);
    forecast->addAction(tr("Take &Snapshot"), this, [this] {
        if (auto ok = m_dashboard->takeSnapshot(); !ok)
            showError(ok.error().message);
        else
            statusBar()->showMessage(tr("Today's forecast was recorded."), 5000);
    });
    forecast->addSeparator();
    forecast->addAction(tr("Export Dashboard as &PDF…"), this, [this] {
        showPage(1);
        m_dashboard->exportPdfInteractively();
    });
    forecast->addAction(tr("Export &Win/Loss as PDF…"), this, [this] {
        m_pages->setCurrentWidget(m_winLoss);
        m_winLoss->exportPdfInteractively();
    });
    QAction *print = forecast->addAction(tr("&Print Dashboard…"), this, [this] {
        showPage(1);
        m_dashboard->print();
    });
    print->setShortcut(QKeySequence::Print);

    QMenu *process = menuBar()->addMenu(tr("&Process"));
    m_editProcess = process->addAction(tr("Edit Sales &Process…"), this, &MainWindow::editProcess);
    m_editProcess->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_editUsers = process->addAction(tr("&Users and Roles…"), this, &MainWindow::editUsers);
    m_editUsers->setObjectName(QStringLiteral("editUsers"));
    m_editTeamRoles = process->addAction(tr("&Team Roles…"), this, &MainWindow::editTeamRoles);
    m_editTeamRoles->setObjectName(QStringLiteral("editTeamRoles"));
    m_editTerritories = process->addAction(tr("Te&rritories…"), this, &MainWindow::editTerritories);
    m_editTerritories->setObjectName(QStringLiteral("editTerritories"));
    m_editBuyingRoles = process->addAction(tr("&Buying Roles…"), this, [this] {
        if (!m_workspace)
            return;
        BuyingRolesDialog dialog(m_workspace->stakeholders(), this);
        dialog.exec();
        if (dialog.changed() && m_panel)
            m_panel->showOpportunity(m_panel->opportunityId());
    });
    m_editBuyingRoles->setObjectName(QStringLiteral("editBuyingRoles"));
    QAction *competitors = process->addAction(tr("&Competitors…"), this, [this] {
        if (!m_workspace)
            return;
        CompetitorsDialog dialog(m_workspace->lookBackService(), this);
        dialog.exec();
    });
    competitors->setObjectName(QStringLiteral("editCompetitors"));
    QAction *guide = process->addAction(tr("Stage &Guide…"), this, &MainWindow::showStageGuide);
    guide->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    // A greyed item says why, on hover and in the status bar.
    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        menu->setToolTipsVisible(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("&Stage Guide…"), this, &MainWindow::showStageGuide);
    help->addAction(legend);
    QAction *welcome = help->addAction(tr("&Welcome Tour"), this, [this] { showWelcome(); });
    welcome->setObjectName(QStringLiteral("welcomeTour"));
    help->addSeparator();
    help->addAction(tr("&About Stageboard"), this, [this] {
        QMessageBox::about(this, tr("About Stageboard"),
                           tr("<h3>Stageboard %1</h3><p>Your sales process as a board: stages "
                              "with guidance, gates and a full ledger of every move.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Board"));
    bar->setObjectName(QStringLiteral("boardToolBar"));
    bar->setMovable(false);
    bar->addAction(newAction);
    bar->addSeparator();
    m_pipelineSwitcher = new QComboBox(bar);
    m_pipelineSwitcher->setObjectName(QStringLiteral("pipelineSwitcher"));
    m_pipelineSwitcher->setAccessibleName(tr("Pipeline"));
    m_pipelineSwitcher->setToolTip(tr("The pipeline the board shows; each has its own stages."));
    m_pipelineSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_pipelineSwitcher, &QComboBox::activated, this, [this] {
        if (!m_model)
            return;
        m_service->setPipelineId(m_pipelineSwitcher->currentData().toLongLong());
        QSettings().setValue(QStringLiteral("board/pipeline"), m_pipelineSwitcher->currentText());
    });
    m_pipelineSwitcherAction = bar->addWidget(m_pipelineSwitcher);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Filter by title, account, contact or next step"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    // Wide enough for its hint in every language, up to the maximum.
    m_search->setMinimumWidth(
        std::min(360, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40));
    m_search->setAccessibleName(tr("Filter"));
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    bar->addWidget(m_search);
    m_ownerFilter = new QComboBox(bar);
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilter"));
    m_ownerFilter->setAccessibleName(tr("Owner filter"));
    m_ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Hundreds of reps: type a part of a name to find them.
    m_ownerFilter->setEditable(true);
    m_ownerFilter->setInsertPolicy(QComboBox::NoInsert);
    m_ownerFilter->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ownerFilter->completer()->setFilterMode(Qt::MatchContains);
    m_ownerFilter->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ownerFilter->lineEdit()->setPlaceholderText(tr("All owners"));
    connect(m_ownerFilter, &QComboBox::activated, this, [this] {
        m_myDeals->setChecked(m_ownerFilter->currentData().toLongLong() ==
                                  m_service->currentUserId() &&
                              m_service->currentUserId() != 0);
        applyFilter();
    });
    bar->addWidget(m_ownerFilter);
    m_myDeals = bar->addAction(tr("&My Deals"));
    m_myDeals->setObjectName(QStringLiteral("myDeals"));
    m_myDeals->setCheckable(true);
    m_myDeals->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_myDeals->setToolTip(tr("Only the deals of the person acting (%1)")
                              .arg(m_myDeals->shortcut().toString(QKeySequence::NativeText)));
    connect(m_myDeals, &QAction::toggled, this, [this](bool mine) {
        if (!m_model)
            return;
        const int row = mine ? m_ownerFilter->findData(m_service->currentUserId()) : 0;
        m_ownerFilter->setCurrentIndex(std::max(0, row));
        applyFilter();
    });
    m_nothingPlanned = bar->addAction(tr("Nothing Planned"));
    m_nothingPlanned->setObjectName(QStringLiteral("nothingPlanned"));
    m_nothingPlanned->setCheckable(true);
    m_nothingPlanned->setToolTip(tr("Only the open deals with no activity planned (the cards "
                                    "with an orange ring): each needs its next step"));
    connect(m_nothingPlanned, &QAction::toggled, this, &MainWindow::applyFilter);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(new QLabel(tr("Acting as "), bar));
    m_actingUser = new QComboBox(bar);
    m_actingUser->setObjectName(QStringLiteral("actingUser"));
    m_actingUser->setAccessibleName(tr("Acting as"));
    // As wide as a name with its level, not as the longest list of roles: those are elided
    // here and read in full in the list, so the toolbar keeps room for the combo itself.
    m_actingUser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actingUser->setMinimumContentsLength(20);
    connect(m_actingUser, &QComboBox::currentTextChanged, m_actingUser, &QComboBox::setToolTip);
    connect(m_actingUser, &QComboBox::activated, this, [this] {
        if (!m_model)
            return;
        const qint64 id = m_actingUser->currentData().toLongLong();
        m_service->setCurrentUserId(id);
        m_agenda->setOwner(id);
        m_waiting->setUser(id);
        m_accounts->setUser(id);
        m_reminders->setOwner(id);
        // By name: the role shown beside it is in the user's language, which may change.
        if (const User *u = m_service->gateEngine().user(id))
            QSettings().setValue(QStringLiteral("actingUser"), u->name);
        updateProcessAccess();
        // Who acts decides what may be signed off.
        if (m_panel)
            m_panel->refresh();
        // "My deals" follows the person acting.
        if (m_myDeals->isChecked()) {
            m_ownerFilter->setCurrentIndex(std::max(0, m_ownerFilter->findData(id)));
            applyFilter();
        }
    });
    bar->addWidget(m_actingUser);
}

Result<void> MainWindow::openDatabase(const QString &path, bool demoIfNew)
{
    const auto location = DatabaseLocation::parse(path);
    if (!location)
        return std::unexpected(location.error());
    return openLocation(*location, demoIfNew);
}

void MainWindow::setPasswordStore(std::unique_ptr<PasswordStore> store)
{
    m_passwords = std::move(store);
}

Result<void> MainWindow::connectToServer(DatabaseLocation location, QString problem, bool ask)
{
    const QString keptKey = PasswordStore::keyFor(location);
    if (location.password.isEmpty() && !ask) {
        if (auto kept = m_passwords->read(keptKey))
            location.password = *kept;
    }
    bool fromDialog = false;
    bool remember = false;
    bool createNew = false;
    for (;;) {
        if (ask || !problem.isEmpty()) {
            ConnectionDialog dialog(location, problem, m_passwords->isAvailable(), this);
            if (dialog.exec() != QDialog::Accepted) {
                return fail(problem.isEmpty() ? tr("No shared database was chosen.") : problem,
                            Error::Kind::General);
            }
            location = dialog.location();
            remember = dialog.rememberPassword();
            createNew = dialog.createNew();
            fromDialog = true;
            ask = false;
        }
        if (createNew) {
            createNew = false;
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const auto made = Workspace::createSharedDatabase(location);
            QApplication::restoreOverrideCursor();
            if (!made) {
                problem = made.error().message;
                continue;
            }
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto opened = openLocation(location, false);
        QApplication::restoreOverrideCursor();
        if (!opened) {
            problem = opened.error().message;
            continue;
        }
        const QString key = PasswordStore::keyFor(location);
        if (fromDialog && remember && !location.password.isEmpty()) {
            if (auto kept = m_passwords->write(key, location.password); !kept)
                statusBar()->showMessage(kept.error().message, 15000);
        } else if (fromDialog && !remember) {
            m_passwords->remove(key);
        }
        QSettings().setValue(QStringLiteral("lastServer"), location.toString());
        return {};
    }
}

Result<void> MainWindow::openLocation(const DatabaseLocation &location, bool demoIfNew)
{
    WorkspaceOptions options;
    options.demoIfNew = demoIfNew;
    options.firstUserName = qEnvironmentVariable("USER");
    if (options.firstUserName.isEmpty())
        options.firstUserName = tr("Me");
    options.reportingCurrency = displayLocale().currencySymbol(QLocale::CurrencyIsoCode);
    // Generating the demo of a new file takes a moment.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Workspace::open(location, options);
    QApplication::restoreOverrideCursor();
    if (!opened)
        return std::unexpected(opened.error());
    std::unique_ptr<Workspace> workspace = std::move(*opened);
    m_openedNewDemo = demoIfNew && workspace->wasCreated() && !workspace->isShared();
    if (!workspace->backupPath().isEmpty()) {
        statusBar()->showMessage(tr("The database was upgraded; the previous version was saved "
                                    "as %1.")
                                     .arg(workspace->backupPath()));
    }
    m_signedInUser = workspace->signedInUser();

    delete m_processEditor;
    m_board->setModel(nullptr);
    m_dashboard->setWorkspace(nullptr);
    m_winLoss->setWorkspace(nullptr);
    m_coaching->setWorkspace(nullptr);
    m_agenda->setWorkspace(nullptr);
    m_waiting->setWorkspace(nullptr);
    m_reviews->setWorkspace(nullptr);
    m_accounts->setWorkspace(nullptr);
    m_contacts->setWorkspace(nullptr);
    m_reminders->setWorkspace(nullptr);
    m_undoStack->clear();
    // The panel, undo and resolver all point at the old models: let them go before they do.
    delete m_panel;
    m_panel = nullptr;
    delete m_recorder;
    delete m_resolver;
    m_workspace = std::move(workspace);
    m_model = &m_workspace->board();
    m_service = &m_workspace->boardService();
    m_process = &m_workspace->processModel();
    connect(m_workspace.get(), &Workspace::errorOccurred, this, &MainWindow::showError);
    // An admin elsewhere changed the process: the board and an open editor have read it again.
    connect(m_workspace.get(), &Workspace::processChangedElsewhere, this, [this] {
        refreshPipelineChoices(true);
        statusBar()->showMessage(tr("The sales process was changed by an admin."), 10000);
    });
    recordProcessEdits(m_process, m_undoStack,
                       [this](const QString &message) { showError(message); });
    connect(m_process, &ProcessModel::processChanged, this, &MainWindow::followProcessChange);
    connect(m_process, &ProcessModel::pipelinesChanged, this, [this] {
        // The board shows the pipeline being edited, once it knows it.
        if (m_processEditor && m_service->gateEngine().pipeline(m_process->pipelineId())) {
            m_service->setPipelineId(m_process->pipelineId());
            refreshPipelineChoices(true);
        }
    });
    m_recorder = new UndoRecorder(m_model, m_undoStack, this);
    connect(m_recorder, &UndoRecorder::errorOccurred, this, &MainWindow::showError);
    connect(m_service, &BoardService::errorOccurred, this, &MainWindow::showError);
    m_resolver = new MoveResolver(m_model, this);
    m_resolver->setLookBack(&m_workspace->lookBackService());
    connect(m_resolver, &MoveResolver::openRequested, this, [this](qint64 id) {
        m_board->focusOpportunity(id);
        showOpportunityPanel(id);
    });
    connect(m_resolver, &MoveResolver::warned, this, [this](const QString &message) {
        // In plain view above the board until dismissed (or the next warning), and in the
        // status bar for a while.
        m_messageText->setText(message);
        // Shown while a card has the keyboard: the focus stays on the card.
        const QPointer<QWidget> focused = QApplication::focusWidget();
        m_messageBar->show();
        if (focused)
            focused->setFocus(Qt::OtherFocusReason);
        statusBar()->showMessage(message, 15000);
    });
    m_panel = new OpportunityPanel(m_model, m_resolver, m_agenda->flow(), m_panelDock);
    m_panel->setWorkspace(m_workspace.get());
    connect(m_panel, &OpportunityPanel::editRequested, this, &MainWindow::editOpportunity);
    connect(m_panel, &OpportunityPanel::errorOccurred, this, &MainWindow::showError);
    m_panelDock->setWidget(m_panel);
    connect(m_service, &BoardService::usersChanged, this, [this] {
        refreshUserChoices();
        updateProcessAccess();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    m_path = m_workspace->location();
    m_reconnect->stop();
    m_offline->hide();
    if (location.isPostgres())
        m_heartbeat->start();
    else
        m_heartbeat->stop();
    m_board->setModel(m_model);
    m_board->setCardOrder(QSettings().value(QStringLiteral("board/order"), 0).toInt());
    m_dashboard->setWorkspace(m_workspace.get());
    m_winLoss->setWorkspace(m_workspace.get());
    m_coaching->setWorkspace(m_workspace.get());
    m_agenda->setWorkspace(m_workspace.get());
    m_waiting->setWorkspace(m_workspace.get());
    m_reviews->setWorkspace(m_workspace.get());
    m_accounts->setWorkspace(m_workspace.get());
    m_contacts->setWorkspace(m_workspace.get());
    m_reminders->setWorkspace(m_workspace.get());
    // Once a day the forecast is recorded, to chart it later against what closed; a moment
    // after the window has painted, so that it never delays the board.
    QTimer::singleShot(1500, m_dashboard, &DashboardView::takeDailySnapshot);
    refreshPipelineChoices();
    refreshUserChoices();
    updateProcessAccess();
    applyFilter();
    updateStatus();
    setWindowFilePath(location.isPostgres() ? QString() : m_path);
    setWindowTitle(location.isPostgres()
                       ? tr("%1 on %2 — Stageboard").arg(location.database, location.host)
                       : tr("%1 — Stageboard").arg(QFileInfo(m_path).fileName()));
    QSettings().setValue(QStringLiteral("lastDatabase"), m_path);
    return {};
}

void MainWindow::offerWelcome()
{
    if (m_openedNewDemo && !QSettings().value(QStringLiteral("welcome/shown")).toBool())
        showWelcome();
}

WelcomeOverlay *MainWindow::showWelcome()
{
    showPage(0);
    delete m_welcome;
    m_welcome = new WelcomeOverlay(this);
    // The first card of a column, or where it would be.
    const auto firstCard = [this](int column) {
        if (QListView *cards = m_board->columnView(column);
            cards && cards->model() && cards->model()->rowCount(cards->rootIndex()) > 0) {
            const QRect first = cards->visualRect(cards->model()->index(0, 0, cards->rootIndex()));
            return cards->viewport()->mapTo(m_board, first.center());
        }
        return QPoint(m_board->width() / 8 + column * m_board->width() / 6, m_board->height() / 4);
    };
    m_welcome->addPointer(
        m_board, [firstCard] { return firstCard(0); }, {0.27, 0.58}, tr("The board"),
        tr("Each column is a stage of the sales process, with its totals. Drag a card to another "
           "column to move the deal: the stage's gate checks its exit criteria first. Right-click "
           "a card or a column header for more."));
    m_welcome->addPointer(
        m_board, [firstCard] { return firstCard(3); }, {0.79, 0.45}, tr("The opportunity panel"),
        tr("Double-click a card, or select it and press Enter: its panel opens on the right with "
           "the stage's guidance, the activities to tick, the exit criteria and the deal's "
           "history. Ctrl+I shows or hides it."));
    m_welcome->addPointer(
        m_pages->tabBar(),
        [this] {
            // Just below the tab, so that the ring leaves its name readable.
            const QRect tab = m_pages->tabBar()->tabRect(1);
            return QPoint(tab.center().x(), tab.bottom() + 14);
        },
        {0.42, 0.13}, tr("The forecast"),
        tr("The Forecast tab charts what will close, by period, stage and rep, against quota, "
           "with the win rates observed from closed deals."));
    m_welcome->setClosing(
        {0.56, 0.83}, tr("Welcome to Stageboard"),
        tr("This is a demo pipeline of made-up deals: try anything, Edit ▸ Undo takes it back. "
           "File ▸ New Database starts your own. Help ▸ Welcome Tour shows this again."));
    connect(m_welcome, &WelcomeOverlay::dismissed, this, [this] {
        QSettings().setValue(QStringLiteral("welcome/shown"), true);
        m_welcome->deleteLater();
        m_welcome = nullptr;
    });
    m_welcome->start();
    return m_welcome;
}

void MainWindow::showOpportunityPanel(qint64 id)
{
    if (!m_panel)
        return;
    m_panelDock->show();
    m_panelDock->raise();
    m_panel->showOpportunity(id);
}

void MainWindow::refreshPipelineChoices(bool keepShown)
{
    m_pipelineSwitcher->clear();
    const QString remembered = QSettings().value(QStringLiteral("board/pipeline")).toString();
    for (const SalesPipeline &p : m_service->gateEngine().pipelines()) {
        m_pipelineSwitcher->addItem(p.name, p.id);
        if (p.name == remembered && !keepShown)
            m_service->setPipelineId(p.id);
    }
    m_pipelineSwitcher->setCurrentIndex(
        std::max(0, m_pipelineSwitcher->findData(m_service->pipelineId())));
    // One pipeline needs no switch.
    m_pipelineSwitcherAction->setVisible(m_pipelineSwitcher->count() > 1);
}

StageGuideDialog *MainWindow::showStageGuide()
{
    if (!m_model)
        return nullptr;
    auto *guide = new StageGuideDialog(m_workspace->process(), m_service->gateEngine().pipelines(),
                                       m_service->pipelineId(), this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    if (auto ok = guide->showPipeline(m_service->pipelineId()); !ok) {
        delete guide;
        showError(ok.error().message);
        return nullptr;
    }
    guide->show();
    return guide;
}

void MainWindow::moveCurrent(int step)
{
    const qint64 id = m_board->currentOpportunityId();
    const auto deal = m_model ? m_service->opportunity(id) : std::nullopt;
    if (!deal)
        return statusBar()->showMessage(tr("Select a card to move first."), 5000);
    // The move is seen where it happens: on the board.
    showPage(0);
    const qint64 to = m_service->neighbourStage(deal->stageId, step);
    if (to == 0) {
        return statusBar()->showMessage(
            step > 0 ? tr("\"%1\" is closed; move it back to reopen it.").arg(deal->title)
                     : tr("\"%1\" is in the first stage.").arg(deal->title),
            5000);
    }
    // Through the gate, as a drop goes: what it needs is asked for.
    m_resolver->requestMove(id, to);
    m_board->focusOpportunity(id);
}

void MainWindow::updateProcessAccess()
{
    const User *acting =
        m_model ? m_service->gateEngine().user(m_service->currentUserId()) : nullptr;
    const bool admin = acting && acting->role == UserRole::Admin;
    const auto offer = [admin](QAction *action, const QString &what, const QString &why) {
        action->setEnabled(admin);
        action->setToolTip(admin ? what : why);
        action->setStatusTip(admin ? what : why);
    };
    offer(m_editProcess, tr("Edit the stages, checklists and gates of the process"),
          tr("Only an admin can change the sales process: act as an admin (toolbar, Acting as)."));
    offer(m_editUsers, tr("Add people, change their roles, deactivate those who left"),
          tr("Only an admin can change users and roles: act as an admin (toolbar, Acting as)."));
    offer(m_editTeamRoles,
          tr("Define your company's own roles (Legal, Plant manager, …) and who holds them"),
          tr("Only an admin can change the team roles: act as an admin (toolbar, Acting as)."));
    offer(m_editTerritories,
          tr("Arrange the territories, their owners and rules, and the tiers' contact intervals"),
          tr("Only an admin can change the territories: act as an admin (toolbar, Acting as)."));
    offer(m_editBuyingRoles,
          tr("Add, rename or remove the roles a stakeholder can have (Champion, …)"),
          tr("Only an admin can change the buying roles: act as an admin (toolbar, Acting as)."));
    if (m_process && acting)
        m_process->setActorId(acting->id);
    m_reviews->actingUserChanged(admin);
    m_coaching->actingUserChanged();
    if (m_processEditor && !admin)
        m_processEditor->close();
}

void MainWindow::zoomBoard(int step)
{
    // Two points a step, from two smaller to eight larger than the desktop's font.
    const int zoom = step == 0 ? 0 : std::clamp(m_board->zoom() + step, -2, 8);
    m_board->setZoom(zoom);
    QSettings().setValue(QStringLiteral("board/zoom"), zoom);
}

TeamRolesDialog *MainWindow::editTeamRoles()
{
    if (!m_workspace || !m_editTeamRoles->isEnabled())
        return nullptr;
    auto *dialog = new TeamRolesDialog(*m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

TerritoriesDialog *MainWindow::editTerritories()
{
    if (!m_workspace || !m_editTerritories->isEnabled())
        return nullptr;
    auto *dialog = new TerritoriesDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->changedAnything())
            m_accounts->refresh();
    });
    dialog->show();
    return dialog;
}

UsersDialog *MainWindow::editUsers()
{
    if (!m_workspace || !m_editUsers->isEnabled())
        return nullptr;
    auto *dialog = new UsersDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

ProcessEditor *MainWindow::editProcess()
{
    if (!m_process || !m_editProcess->isEnabled())
        return nullptr;
    if (!m_processEditor) {
        if (auto ok = m_process->load(m_service->pipelineId()); !ok) {
            showError(ok.error().message);
            return nullptr;
        }
        m_processEditor = new ProcessEditor(m_process, m_undoStack, this);
        m_processEditor->setAttribute(Qt::WA_DeleteOnClose);
        m_processEditor->setOpportunityCounter(
            [this](qint64 stageId) { return m_model ? m_service->opportunityCount(stageId) : 0; });
        if (const auto roles = m_workspace->stakeholders().buyingRoles())
            m_processEditor->setBuyingRoles(*roles);
        m_processEditor->setTeamRoles(m_service->gateEngine().teamRoles());
        // A role added meanwhile (Team Roles…, or elsewhere on a server) is offered at once.
        connect(m_service, &BoardService::usersChanged, m_processEditor,
                [this] { m_processEditor->setTeamRoles(m_service->gateEngine().teamRoles()); });
    }
    m_processEditor->show();
    m_processEditor->raise();
    m_processEditor->activateWindow();
    return m_processEditor;
}

void MainWindow::followProcessChange()
{
    if (auto ok = m_service->reload(); !ok)
        return showError(ok.error().message);
    if (m_service->gateEngine().pipeline(m_process->pipelineId()))
        m_service->setPipelineId(m_process->pipelineId());
    refreshPipelineChoices(true);
    updateStatus();
}

void MainWindow::refreshUserChoices()
{
    const qint64 owner = m_ownerFilter->currentData().toLongLong();
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("All owners"), 0);
    const qint64 current = m_actingUser->count() > 0 ? m_service->currentUserId() : 0;
    m_actingUser->clear();
    const QString remembered = QSettings().value(QStringLiteral("actingUser")).toString();
    int acting = -1;
    int fallback = -1;
    // Everyone who may own deals, people of the same name told apart.
    QHash<QString, int> sameName;
    for (const User &u : m_service->users())
        ++sameName[u.name.toLower()];
    for (const User &u : m_service->users()) {
        if (u.role == UserRole::Rep || u.role == UserRole::Manager || u.role == UserRole::Admin) {
            QString name = u.name;
            if (sameName.value(u.name.toLower()) > 1)
                name =
                    tr("%1 (%2)").arg(u.name, u.login.isEmpty() ? tr("no. %1").arg(u.id) : u.login);
            m_ownerFilter->addItem(u.active ? name : tr("%1 (inactive)").arg(name), u.id);
            if (u.id == owner)
                m_ownerFilter->setCurrentIndex(m_ownerFilter->count() - 1);
        }
        // Nobody acts as someone who left.
        if (!u.active && !(m_signedInUser && u.id == *m_signedInUser))
            continue;
        // Beside the permission level, the roles of the company's own they hold (a legal or
        // finance user's own "Legal" or "Finance" said once).
        QStringList what{userRoleName(u.role)};
        for (const QString &role : m_service->gateEngine().rolesHeldBy(u.id)) {
            if (role != levelRoleName(u.role))
                what.append(role);
        }
        m_actingUser->addItem(tr("%1 (%2)").arg(u.name, what.join(QStringLiteral(" · "))), u.id);
        const int row = m_actingUser->count() - 1;
        if (m_signedInUser) {
            if (u.id == *m_signedInUser)
                acting = row;
        } else if (current ? u.id == current
                           : u.name == remembered || m_actingUser->itemText(row) == remembered) {
            acting = row;
        } else if (fallback < 0 && remembered.isEmpty() && u.role == UserRole::Admin) {
            // The first time, the database's admin: everything can be set up from there.
            fallback = row;
        }
    }
    m_actingUser->setCurrentIndex(std::max(0, acting >= 0 ? acting : fallback));
    m_actingUser->setEnabled(!m_signedInUser);
    m_actingUser->setToolTip(m_signedInUser
                                 ? tr("You signed in to the server as this person; the server "
                                      "lets you act only as yourself.")
                                 : tr("Who moves, edits and signs off: the gates and sign-offs "
                                      "follow this person's role."));
    m_service->setCurrentUserId(m_actingUser->currentData().toLongLong());
    m_agenda->setOwner(m_actingUser->currentData().toLongLong());
    m_waiting->setUser(m_actingUser->currentData().toLongLong());
    m_accounts->setUser(m_actingUser->currentData().toLongLong());
    m_reminders->setOwner(m_actingUser->currentData().toLongLong());
}

void MainWindow::applyFilter()
{
    if (!m_model)
        return;
    m_service->setFilter({m_search->text().trimmed(), m_ownerFilter->currentData().toLongLong(),
                          m_nothingPlanned->isChecked()});
    m_board->setHighlight(m_search->text());
}

void MainWindow::updateEmptyState(qint64 shown)
{
    if (shown > 0 || !m_model) {
        m_emptyState->hide();
        return;
    }
    const BoardFilter &filter = m_service->filter();
    if (filter.isEmpty()) {
        m_emptyState->setMessage(
            tr("No opportunities in this pipeline yet"),
            tr("Add the first one, or import them from Salesforce, HubSpot or Pipedrive. An "
               "admin can first shape the stages and add the team."));
        m_emptyState->setActions({m_newAction, m_importAction, m_editProcess, m_editUsers});
    } else {
        const QString owner = filter.ownerId ? m_ownerFilter->currentText() : QString();
        m_emptyState->setMessage(
            filter.text.isEmpty() ? tr("No opportunity of %1 in this pipeline").arg(owner)
                                  : tr("No opportunity matches \"%1\"").arg(filter.text),
            filter.ownerId && !filter.text.isEmpty()
                ? tr("Only %1's opportunities are searched.").arg(owner)
                : tr("The filter looks in titles, accounts, contacts and next steps."));
        m_emptyState->setActions({m_clearFilter});
    }
    m_emptyState->show();
}

void MainWindow::updateStatus()
{
    if (!m_model)
        return;
    qint64 shown = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown += m_model->rowCount(m_model->index(row, 0));
    updateEmptyState(shown);
    const QLocale locale;
    const int total = m_service->opportunityCount();
    m_status->setText(m_service->filter().isEmpty()
                          ? tr("%Ln opportunity(ies) · %1", nullptr, total).arg(m_path)
                          : tr("%1 of %Ln opportunity(ies) shown · %2", nullptr, total)
                                .arg(locale.toString(shown), m_path));
}

void MainWindow::showError(const QString &message)
{
    // With the server gone, the banner says why nothing works; a box per failed read or drag
    // would only pile up.
    if (!checkConnection())
        return;
    QMessageBox::warning(this, tr("Stageboard"), message);
}

bool MainWindow::checkConnection()
{
    if (!m_workspace || !m_workspace->isShared() || m_reconnect->isActive())
        return !m_reconnect->isActive();
    if (m_workspace->ping())
        return true;
    m_offline->setText(tr("Not connected to %1: the server does not answer. Nothing can be "
                          "changed until it is back; everything saved is kept. Trying again "
                          "every few seconds…")
                           .arg(m_path));
    m_offline->show();
    m_heartbeat->stop();
    m_reconnect->start();
    return false;
}

void MainWindow::tryReconnect()
{
    if (!m_workspace)
        return;
    if (!m_workspace->reconnect())
        return;
    m_reconnect->stop();
    m_offline->hide();
    // Whatever others changed meanwhile was not announced to this board: read it all.
    if (auto ok = m_service->reload(); !ok) {
        showError(ok.error().message);
        return;
    }
    m_heartbeat->start();
    statusBar()->showMessage(
        tr("Connected again to %1; the board shows every change made meanwhile.").arg(m_path),
        15000);
}

QDialog *MainWindow::showShortcuts()
{
    // From the actions themselves, so the list is never out of date.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(0, 3, dialog);
    table->setObjectName(QStringLiteral("shortcuts"));
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const auto plain = [](QString text) {
        text.remove(QLatin1Char('&'));
        return text;
    };
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *a : menu->actions()) {
            if (a->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys.append(k.toString(QKeySequence::NativeText));
            // A standard key and our own may be the same here (Redo is Ctrl+Shift+Z twice).
            keys.removeDuplicates();
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(plain(menuAction->text())));
            table->setItem(row, 1, new QTableWidgetItem(plain(a->text())));
            table->setItem(row, 2, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        }
    }
    // The board's own keys, which no menu carries.
    const QList<std::pair<QString, QString>> boardKeys{
        {tr("Next or previous column"), tr("Left, Right")},
        {tr("Open the selected card"), tr("Enter")}};
    for (const auto &[what, keys] : boardKeys) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(tr("Board")));
        table->setItem(row, 1, new QTableWidgetItem(what));
        table->setItem(row, 2, new QTableWidgetItem(keys));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    // As wide as the columns and as tall as the rows, as far as the screen allows.
    int width = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width() + 40;
    for (int c = 0; c < table->columnCount(); ++c)
        width += table->columnWidth(c);
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() +
                 buttons->sizeHint().height() + 50;
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    QSize size(std::max(width, 560), std::max(height, 360));
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    dialog->resize(size);
    dialog->show();
    return dialog;
}

QMenu *MainWindow::cardMenu(qint64 id)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("cardMenu"));
    const auto deal = m_model ? m_service->opportunity(id) : std::nullopt;
    if (!deal)
        return menu;
    menu->addAction(tr("&Open"), this, [this, id] { showOpportunityPanel(id); });
    menu->addAction(tr("&Edit…"), this, [this, id] { editOpportunity(id); });
    // Every move goes through the gate, as a drop does.
    QMenu *moveTo = menu->addMenu(tr("&Move To"));
    for (const Stage &s : m_service->stages()) {
        QAction *to = moveTo->addAction(
            s.name, this, [this, id, stageId = s.id] { m_resolver->requestMove(id, stageId); });
        to->setEnabled(s.id != deal->stageId);
    }
    for (const Stage &s : m_service->stages()) {
        if (s.kind == StageKind::Won && s.id != deal->stageId) {
            menu->addAction(tr("Mark &Won…"), this,
                            [this, id, stageId = s.id] { m_resolver->requestMove(id, stageId); });
            break;
        }
    }
    for (const Stage &s : m_service->stages()) {
        if (s.kind == StageKind::Lost && s.id != deal->stageId) {
            menu->addAction(tr("Mark &Lost…"), this,
                            [this, id, stageId = s.id] { m_resolver->requestMove(id, stageId); });
            break;
        }
    }
    menu->addSeparator();
    menu->addAction(tr("&Delete"), this, [this, id] { deleteOpportunity(id, true); });
    return menu;
}

QMenu *MainWindow::columnMenu(int stageRow)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("columnMenu"));
    if (!m_model)
        return menu;
    const QModelIndex stage = m_model->index(stageRow, 0);
    const qint64 stageId = stage.data(IdRole).toLongLong();
    if (stage.data(StageKindRole).toInt() == int(StageKind::Open))
        menu->addAction(tr("&New Opportunity Here…"), this,
                        [this, stageId] { newOpportunity(stageId); });
    const bool collapsed = m_board->isCollapsed(stageRow);
    menu->addAction(collapsed ? tr("E&xpand") : tr("&Collapse"), this,
                    [this, stageRow, collapsed] { m_board->setCollapsed(stageRow, !collapsed); });
    // The View menu's own sort actions: one choice, checked in both places.
    menu->addMenu(tr("&Sort Cards By"))->addActions(m_sortActions);
    return menu;
}

void MainWindow::newOpportunity(qint64 inStage)
{
    if (!m_model || m_service->stages().isEmpty())
        return;
    qint64 stageId = m_service->stages().first().id;
    if (inStage != 0)
        stageId = inStage;
    else if (const auto current = m_service->opportunity(m_board->currentOpportunityId()))
        stageId = current->stageId;
    OpportunityDialog dialog(*m_model, std::nullopt, stageId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Opportunity o = dialog.opportunity();
    auto account = m_service->accountNamed(dialog.accountName());
    if (!account)
        return showError(account.error().message);
    o.accountId = *account;
    auto created = m_service->createOpportunity(o);
    if (!created)
        return showError(created.error().message);
    m_board->selectOpportunity(created->id);
}

void MainWindow::editOpportunity(qint64 id)
{
    const auto current = m_model ? m_service->opportunity(id) : std::nullopt;
    if (!current)
        return;
    OpportunityDialog dialog(*m_model, current, current->stageId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Opportunity o = dialog.opportunity();
    auto account = m_service->accountNamed(dialog.accountName());
    if (!account)
        return showError(account.error().message);
    o.accountId = *account;
    if (!saveEdit(*current, o))
        return;
    if (o.stageId != current->stageId)
        m_resolver->requestMove(id, o.stageId);
    m_board->selectOpportunity(id);
}

bool MainWindow::saveEdit(const Opportunity &base, const Opportunity &edit)
{
    Opportunity from = base;
    Opportunity mine = edit;
    for (;;) {
        m_undoStack->beginMacro(tr("Edit \"%1\"").arg(mine.title));
        auto saved = m_service->updateOpportunity(mine);
        m_undoStack->endMacro();
        if (saved)
            return true;
        if (saved.error().kind != Error::Kind::Conflict) {
            showError(saved.error().message);
            return false;
        }
        // Someone saved the deal since the edit began: show both, let the person choose, and
        // save the choice on top of what is stored now (which may have moved on again).
        const auto theirs = m_service->opportunity(edit.id);
        if (!theirs) {
            showError(tr("\"%1\" was deleted elsewhere while you edited it; your edit was not "
                         "saved.")
                          .arg(edit.title));
            return false;
        }
        const EditConflict conflict(from, mine, *theirs);
        if (conflict.fields().isEmpty())
            return true; // they saved exactly what this edit would have
        ConflictDialog dialog(conflict, *m_model, this);
        if (dialog.exec() != QDialog::Accepted) {
            statusBar()->showMessage(
                tr("Your edit of \"%1\" was discarded; the board shows it as saved elsewhere.")
                    .arg(theirs->title),
                10000);
            return false;
        }
        from = *theirs;
        mine = dialog.merged();
    }
}

void MainWindow::deleteOpportunity(qint64 id, bool confirm)
{
    const auto current = m_model ? m_service->opportunity(id) : std::nullopt;
    if (!current)
        return;
    if (confirm &&
        QMessageBox::question(
            this, tr("Delete Opportunity"),
            tr("Delete \"%1\"? Its stage history is kept, and Undo (%2) "
               "brings it back.")
                .arg(current->title,
                     QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))) !=
            QMessageBox::Yes) {
        return;
    }
    if (auto removed = m_service->removeOpportunity(id); !removed)
        showError(removed.error().message);
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_path).absolutePath(),
        tr("Stageboard databases (%1);;All files (*)").arg(databaseFilter));
    if (path.isEmpty())
        return;
    if (auto ok = openDatabase(path); !ok)
        showError(ok.error().message);
}

void MainWindow::chooseDatabaseToCreate()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Database"), QFileInfo(m_path).absolutePath(),
                                     tr("Stageboard databases (%1)").arg(databaseFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists. Choose a new file name, or open it instead.").arg(path));
        return;
    }
    const bool demo = QMessageBox::question(this, tr("New Database"),
                                            tr("Fill the new database with demo opportunities?")) ==
                      QMessageBox::Yes;
    if (auto ok = openDatabase(path, demo); !ok)
        showError(ok.error().message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace Stageboard
