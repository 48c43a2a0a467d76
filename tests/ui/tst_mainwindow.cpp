// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility.h"
#include "boardview.h"
#include "csv/csvreader.h"
#include "csvactions.h"
#include "dashboardview.h"
#include "hostilefiles.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "itemmodels/stagechecklistmodel.h"
#include "mainwindow.h"
#include "meetgate.h"
#include "movedialogs.h"
#include "opportunitypanel.h"
#include "reviewsview.h"
#include "storage/sqlstorage.h"
#include "testdatabase.h"
#include "users.h"
#include "whendialog.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Stageboard;
using Stageboard::Test::userWithRole;
using Stageboard::Test::WhenDialog;

namespace {

// What the file says, read through a connection of its own.
qint64 storedStage(const QString &path, qint64 id)
{
    auto storage = SqlStorage::openSqlite(path);
    if (!storage)
        return -1;
    auto o = (*storage)->opportunityStore().opportunity(id);
    return o ? o->stageId : -1;
}

// Drags the card onto the target column's list, as a person's drop would arrive.
bool dropOnColumn(QListView *target, QMimeData *data)
{
    QWidget *viewport = target->viewport();
    const QPoint at(viewport->width() / 2, viewport->height() - 5);
    QDragEnterEvent enter(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

// Marks every required criterion of the deal's stage met, as the manager the window acts as.
void meetGate(MainWindow &window, qint64 id)
{
    Stageboard::Test::meetGate(*window.workspace(), window.workspace()->boardService(), id);
}

// A window showing the demo board of a new database, as a person sees it.
struct ShownBoard
{
    MainWindow window;
    BoardModel *model = nullptr;
    QListView *propose = nullptr;
    QListView *negotiate = nullptr;

    bool open(const QString &path)
    {
        if (!window.openDatabase(path))
            return false;
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        model = window.model();
        propose = window.board()->columnView(2);
        negotiate = window.board()->columnView(3);
        return true;
    }
};

// The first card of the column whose required criteria are not all met.
qint64 heldCard(BoardModel *model, int stageRow)
{
    const QModelIndex stage = model->index(stageRow, 0);
    for (int row = 0; row < model->rowCount(stage); ++row) {
        if (model->index(row, 0, stage).data(RequiredUnmetRole).toBool())
            return model->opportunityId(model->index(row, 0, stage));
    }
    return 0;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldOpenNewDatabaseOnDemoPipeline();
    void shouldMoveCardDroppedOnAnotherColumnAndUndoIt();
    void shouldDeleteAndUndoDelete();
    void shouldFilterFromSearchBox();
    void shouldRefuseHostileFileAndKeepBoard_data();
    void shouldRefuseHostileFileAndKeepBoard();
    void shouldShowWhyAFileCannotBeOpened();
    void shouldSayWhereTheBackupIsWhenItUpgrades();
    void shouldSayDiskIsFullAndKeepCardWhereItWas();
    void shouldRefuseDropWhenGateUnmetAndSayWhy();
    void shouldLetManagerOverrideRefusedDrop();
    void shouldResolveARefusedMoveInPlace();
    void shouldAskCloseReasonAndRecordDisqualified();
    void shouldShowStageGuidanceChecklistAndHistoryInPanel();
    void shouldCheckGateWhenMovedFromPanel();
    void shouldExportWhatTheFilteredBoardShows();
    void shouldSwitchPipelinesOnTheBoardAndDashboard();
    void shouldTakeACardToClosedWonWithTheKeyboardAlone();
    void shouldMoveBetweenColumnsWithTheArrowKeys();
    void shouldStartInTheChosenLanguage();
    void shouldFollowADarkPalette();
    void shouldNameEveryControlForAssistiveTechnology();
    void shouldShowTheSelectedCardWhenThePanelOpens();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::HostileFiles> m_hostile;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StageboardTest"));
}

void TestMainWindow::shouldOpenNewDatabaseOnDemoPipeline()
{
    // The application icon is compiled in, for desktops whose theme lacks it
    const QIcon icon(QStringLiteral(":/stageboard/org.stageboard.Stageboard.svg"));
    QVERIFY(!icon.pixmap(64, 64).isNull());

    MainWindow window;
    // A first window fits the screen
    QVERIFY(window.width() <= QGuiApplication::primaryScreen()->availableSize().width());
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.board()->columnCount(), 7);
    QCOMPARE(window.model()->service().opportunityCount(), 60);
    int shown = 0;
    for (int row = 0; row < 7; ++row)
        shown += window.board()->columnView(row)->model()->rowCount(
            window.board()->columnView(row)->rootIndex());
    QCOMPARE(shown, 60);
    // The board paints: a grab of a column is not blank
    const QImage image = window.board()->columnView(0)->viewport()->grab().toImage();
    bool painted = false;
    for (int x = 0; x < image.width() && !painted; ++x)
        painted = image.pixel(x, 20) != image.pixel(2, 2);
    QVERIFY(painted);
}

void TestMainWindow::shouldMoveCardDroppedOnAnotherColumnAndUndoIt()
{
    // Given the board on a demo database
    ShownBoard board;
    const QString path = m_dir.filePath(QStringLiteral("drop.sqlite"));
    QVERIFY(board.open(path));
    MainWindow &window = board.window;
    BoardModel *model = board.model;
    QListView *propose = board.propose;
    QListView *negotiate = board.negotiate;
    const QModelIndex card = model->index(0, 0, propose->rootIndex());
    const qint64 id = model->opportunityId(card);
    const qint64 proposeId = propose->rootIndex().data(IdRole).toLongLong();
    const qint64 negotiateId = negotiate->rootIndex().data(IdRole).toLongLong();
    const qint64 proposeCount = propose->rootIndex().data(StageCountRole).toLongLong();
    const qint64 negotiateAmount = negotiate->rootIndex().data(StageAmountRole).toLongLong();
    const qint64 amount = card.data(AmountRole).toLongLong();

    // When the card, its gate met, is dropped on the Negotiate column
    meetGate(window, id);
    std::unique_ptr<QMimeData> data(model->mimeData({model->opportunityIndex(id)}));
    QVERIFY(dropOnColumn(negotiate, data.get()));

    // Then the file holds the move, and the columns show it
    QCOMPARE(storedStage(path, id), negotiateId);
    QCOMPARE(model->opportunityIndex(id).parent(), negotiate->rootIndex());
    QCOMPARE(propose->rootIndex().data(StageCountRole).toLongLong(), proposeCount - 1);
    QCOMPARE(negotiate->rootIndex().data(StageAmountRole).toLongLong(), negotiateAmount + amount);
    QCOMPARE(window.undoStack()->count(), 1);

    // When Ctrl+Z is pressed
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    // Then the card is back in Propose, in the file and on the board, with the totals as before
    QCOMPARE(storedStage(path, id), proposeId);
    QCOMPARE(model->opportunityIndex(id).parent(), propose->rootIndex());
    QCOMPARE(propose->rootIndex().data(StageCountRole).toLongLong(), proposeCount);
    QCOMPARE(negotiate->rootIndex().data(StageAmountRole).toLongLong(), negotiateAmount);

    // And Ctrl+Shift+Z moves it again
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(storedStage(path, id), negotiateId);
}

void TestMainWindow::shouldDeleteAndUndoDelete()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("delete.sqlite"));
    QVERIFY(window.openDatabase(path));
    BoardModel *model = window.model();
    const qint64 id = model->opportunityId(model->index(0, 0, model->index(1, 0)));
    window.deleteOpportunity(id, false);
    QVERIFY(!model->service().opportunity(id));
    QCOMPARE(storedStage(path, id), -1);
    window.undoStack()->undo();
    QVERIFY(model->opportunityIndex(id).isValid());
    QCOMPARE(storedStage(path, id), model->index(1, 0).data(IdRole).toLongLong());
}

void TestMainWindow::shouldFilterFromSearchBox()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("filter.sqlite"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("pilot"));
    QTRY_COMPARE(window.model()->service().filter().text, QStringLiteral("pilot"));
    for (int row = 0; row < 7; ++row) {
        const QModelIndex stage = window.model()->index(row, 0);
        for (int c = 0; c < window.model()->rowCount(stage); ++c) {
            QVERIFY(window.model()
                        ->index(c, 0, stage)
                        .data(TitleRole)
                        .toString()
                        .contains(QStringLiteral("Pilot")));
        }
    }
    // The columns still show their stages after the filter rebuilt the model
    QCOMPARE(window.board()->columnView(4)->rootIndex().data(StageNameRole).toString(),
             QStringLiteral("Deliver/Finalize"));
}

void TestMainWindow::shouldRefuseHostileFileAndKeepBoard_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    if (!m_hostile) {
        const QString good = m_dir.filePath(QStringLiteral("hostile/good.sqlite"));
        {
            MainWindow window;
            QVERIFY(window.openDatabase(good));
        }
        m_hostile = std::make_unique<Test::HostileFiles>(QFileInfo(good).absolutePath(), good);
    }
    for (const auto &c : m_hostile->cases())
        QTest::newRow(c.name) << c.path << c.message;
}

void TestMainWindow::shouldRefuseHostileFileAndKeepBoard()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    // Given a board open on a good database
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("good.sqlite"))));
    const QByteArray before = Test::HostileFiles::fingerprint(path);
    // When the hostile file is opened (from the menu, the command line or the last session)
    const auto opened = window.openDatabase(path);
    // Then the person reads exactly why, the file is untouched, and the board stays usable
    QVERIFY(!opened);
    QCOMPARE(opened.error().message, message);
    QCOMPARE(Test::HostileFiles::fingerprint(path), before);
    QCOMPARE(window.model()->service().opportunityCount(), 60);
    QVERIFY(window.windowTitle().contains(QStringLiteral("good.sqlite")));
}

void TestMainWindow::shouldShowWhyAFileCannotBeOpened()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("good.sqlite"))));
    window.show();
    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    // When Open Database… picks a file that is not a database
    WhenDialog<QFileDialog> chooseFile([&](QFileDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(notes);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    QString shown;
    WhenDialog<QMessageBox> readMessage([&](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    QAction *open = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Open))
            open = action;
    }
    QVERIFY(open);
    open->trigger();

    // Then a message box says what is wrong with which file
    QVERIFY(chooseFile.seen);
    QTRY_VERIFY(readMessage.seen);
    QCOMPARE(shown, QStringLiteral("%1 is not a Stageboard database, or it is damaged: file is "
                                   "not a database")
                        .arg(notes));
    QCOMPARE(window.model()->service().opportunityCount(), 60);
}

void TestMainWindow::shouldSayWhereTheBackupIsWhenItUpgrades()
{
    // Given a database written by an older version
    const QString path = m_dir.filePath(QStringLiteral("upgrade.sqlite"));
    QVERIFY(Test::loadFixture(QStringLiteral("schema-v2.sql"), path));
    // When the window opens it
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    // Then it says where the file as it was is kept, and shows its deals
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("The database was upgraded; the previous version was saved as %1.")
                 .arg(path + QStringLiteral(".v2.bak")));
    QVERIFY(QFile::exists(path + QStringLiteral(".v2.bak")));
    QCOMPARE(window.model()->service().opportunityCount(), 12);
}

void TestMainWindow::shouldSayDiskIsFullAndKeepCardWhereItWas()
{
    // Given the board on a database whose disk is about to fill up
    ShownBoard board;
    const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
    QVERIFY(board.open(path));
    BoardModel *model = board.model;
    QListView *propose = board.propose;
    QListView *negotiate = board.negotiate;
    const qint64 id = model->opportunityId(model->index(0, 0, propose->rootIndex()));
    const qint64 proposeId = propose->rootIndex().data(IdRole).toLongLong();
    const qint64 proposeCount = propose->rootIndex().data(StageCountRole).toLongLong();
    meetGate(board.window, id);

    // When a card is dropped on the next column with no room left on the disk
    QString shown;
    WhenDialog<QMessageBox> readMessage([&](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    {
        Test::FileSizeLimit full(4096);
        std::unique_ptr<QMimeData> data(model->mimeData({model->opportunityIndex(id)}));
        dropOnColumn(negotiate, data.get());
    }

    // Then the person reads that the disk is full and nothing was saved
    QTRY_VERIFY(readMessage.seen);
    QCOMPARE(shown, Test::HostileFiles::diskFull(
                        QStringLiteral("Could not save the change to %1: ").arg(path)));
    // And the card is where it was, on the board and in the file
    QCOMPARE(model->opportunityIndex(id).parent(), propose->rootIndex());
    QCOMPARE(propose->rootIndex().data(StageCountRole).toLongLong(), proposeCount);
    QCOMPARE(storedStage(path, id), proposeId);
    QCOMPARE(board.window.undoStack()->count(), 0);
    // And with room again, the same drop goes through
    std::unique_ptr<QMimeData> data(model->mimeData({model->opportunityIndex(id)}));
    QVERIFY(dropOnColumn(negotiate, data.get()));
    QCOMPARE(model->opportunityIndex(id).parent(), negotiate->rootIndex());
}

void TestMainWindow::shouldRefuseDropWhenGateUnmetAndSayWhy()
{
    // Given a rep and a Qualify deal whose required criteria are not met
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("refuse.sqlite"));
    QVERIFY(window.openDatabase(path));
    window.show();
    BoardModel *model = window.model();
    model->service().setCurrentUserId(userWithRole(model, UserRole::Rep));
    const qint64 id = heldCard(model, 1);
    QVERIFY(id != 0);
    const qint64 qualify = model->service().opportunity(id)->stageId;
    const int rows = int(model->service().stageHistory(id)->size());

    // When it is dropped on Propose
    QString shown;
    bool canOverride = true;
    WhenDialog<GateRefusalDialog> answer([&](GateRefusalDialog *dialog) {
        shown = dialog->message() + QLatin1Char('\n') +
                dialog->findChild<QLabel *>(QStringLiteral("unmet"))->text();
        canOverride = dialog->findChild<QPushButton *>(QStringLiteral("override")) != nullptr;
        dialog->reject();
    });
    std::unique_ptr<QMimeData> data(model->mimeData({model->opportunityIndex(id)}));
    dropOnColumn(window.board()->columnView(2), data.get());

    // Then a message names the deal and what is missing; a rep is not offered an override
    QTRY_VERIFY(answer.seen);
    QVERIFY2(shown.contains(model->service().opportunity(id)->title), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Qualify")));
    bool namesCriterion = false;
    for (const ExitCriterion &c : model->service().gateEngine().exitCriteria(qualify))
        namesCriterion |= c.required && shown.contains(c.text);
    QVERIFY(namesCriterion);
    QVERIFY(!canOverride);
    // And the deal stays where it was, in the file too, with no ledger row
    QCOMPARE(storedStage(path, id), qualify);
    QCOMPARE(int(model->service().stageHistory(id)->size()), rows);
    QCOMPARE(window.undoStack()->count(), 0);
}

void TestMainWindow::shouldLetManagerOverrideRefusedDrop()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("override.sqlite"));
    QVERIFY(window.openDatabase(path));
    window.show();
    BoardModel *model = window.model();
    model->service().setCurrentUserId(userWithRole(model, UserRole::Manager));
    const qint64 id = heldCard(model, 1);
    QVERIFY(id != 0);
    const qint64 propose = model->index(2, 0).data(IdRole).toLongLong();

    WhenDialog<GateRefusalDialog> answer([](GateRefusalDialog *dialog) {
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("overrideReason"));
        auto *override = dialog->findChild<QPushButton *>(QStringLiteral("override"));
        QVERIFY(reason && override);
        QVERIFY(!override->isEnabled()); // no reason, no override
        QTest::keyClicks(reason, QStringLiteral("Budget approved in board meeting"));
        QVERIFY(override->isEnabled());
        override->click();
    });
    std::unique_ptr<QMimeData> data(model->mimeData({model->opportunityIndex(id)}));
    dropOnColumn(window.board()->columnView(2), data.get());

    QTRY_VERIFY(answer.seen);
    QCOMPARE(storedStage(path, id), propose);
    const StageChange last = model->service().stageHistory(id)->last();
    QCOMPARE(last.overrideReason, QStringLiteral("Budget approved in board meeting"));
    QVERIFY(!last.unmetCriteria.isEmpty());
    QCOMPARE(window.undoStack()->count(), 1);
    // And the card carries the override's flag, its reason in the tool tip and for screen readers
    const QModelIndex card = model->opportunityIndex(id);
    QCOMPARE(card.data(OverrideReasonRole).toString(),
             QStringLiteral("Budget approved in board meeting"));
    QVERIFY(card.data(Qt::ToolTipRole).toString().contains(QStringLiteral("board meeting")));
    QVERIFY(card.data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(QStringLiteral("board meeting")));
    // Undone, the deal is back where it was and the flag is gone
    window.undoStack()->undo();
    QTRY_VERIFY(model->opportunityIndex(id).data(OverrideReasonRole).toString().isEmpty());
}

void TestMainWindow::shouldResolveARefusedMoveInPlace()
{
    // Given a rep's own Qualify deal whose required criteria are not met
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("resolve.sqlite"));
    QVERIFY(window.openDatabase(path));
    window.show();
    BoardModel *model = window.model();
    const qint64 id = heldCard(model, 1);
    QVERIFY(id != 0);
    const qint64 owner = model->service().opportunity(id)->ownerId;
    model->service().setCurrentUserId(owner);
    const qint64 propose = model->index(2, 0).data(IdRole).toLongLong();
    // A criterion that checks itself (no champion yet) is said, not offered to tick, and Move
    // waits for it
    {
        const Opportunity deal = *model->service().opportunity(id);
        QString ruleLine;
        bool moveOffered = true;
        WhenDialog<GateRefusalDialog> noChampion([&](GateRefusalDialog *dialog) {
            if (auto *rule = dialog->findChild<QLabel *>(QStringLiteral("unmetRule")))
                ruleLine = rule->text();
            for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
                QVERIFY(!box->text().startsWith(QStringLiteral("Internal champion")));
            moveOffered = dialog->findChild<QPushButton *>(QStringLiteral("move"))->isEnabled();
            dialog->reject();
        });
        if (deal.champions == 0) {
            std::unique_ptr<QMimeData> first(model->mimeData({model->opportunityIndex(id)}));
            dropOnColumn(window.board()->columnView(2), first.get());
            QTRY_VERIFY(noChampion.seen);
            QVERIFY2(ruleLine.contains(QStringLiteral("no Champion among the stakeholders")),
                     qPrintable(ruleLine));
            QVERIFY(!moveOffered);
        }
        // The rep adds the champion; what is left are questions to tick (one at least)
        bool reopened = false;
        for (const ExitCriterion &c : model->service().gateEngine().exitCriteria(deal.stageId)) {
            if (!c.rule.isEmpty()) {
                Stageboard::Test::meetRule(*window.workspace(), deal, c);
            } else if (c.required && !c.signOff && !reopened) {
                QVERIFY(model->service().answerCriterion(id, c.id, CriterionState::Open));
                reopened = true;
            }
        }
        QVERIFY(model->service().applyStoredChanges({id}));
    }

    // When it is dropped on Propose, and the rep ticks every criterion offered, then Move
    QStringList offered;
    bool moveWaited = false;
    bool focusOnABox = false;
    WhenDialog<GateRefusalDialog> answer([&](GateRefusalDialog *dialog) {
        QVERIFY(!dialog->findChild<QPlainTextEdit *>(QStringLiteral("overrideReason")));
        // A rep is told who could let it through
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("whoCanOverride")));
        auto *move = dialog->findChild<QPushButton *>(QStringLiteral("move"));
        moveWaited = !move->isEnabled();
        // (the dialog's own focus: offscreen, a new dialog may not be the active window yet)
        focusOnABox = qobject_cast<QCheckBox *>(dialog->focusWidget()) != nullptr;
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
            offered.append(box->text());
            QVERIFY2(box->isEnabled(), qPrintable(box->text()));
            box->click();
        }
        QVERIFY(move->isEnabled());
        move->click();
    });
    std::unique_ptr<QMimeData> data(model->mimeData({model->opportunityIndex(id)}));
    dropOnColumn(window.board()->columnView(2), data.get());

    // Then it moved, with each criterion answered, and no override in the ledger
    QTRY_VERIFY(answer.seen);
    QVERIFY(!offered.isEmpty());
    QVERIFY(moveWaited);
    QVERIFY(focusOnABox);
    QCOMPARE(storedStage(path, id), propose);
    QVERIFY(model->service().stageHistory(id)->last().overrideReason.isEmpty());

    // And a manager's refusal puts the focus in the reason: Space types a space, the dialog
    // stays; Open Opportunity shows the panel instead of moving
    const qint64 other = heldCard(model, 2);
    QVERIFY(other != 0);
    model->service().setCurrentUserId(userWithRole(model, UserRole::Manager));
    QString typed;
    bool stillOpen = false;
    WhenDialog<GateRefusalDialog> manager([&](GateRefusalDialog *dialog) {
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("overrideReason"));
        QCOMPARE(dialog->focusWidget(), reason);
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("a b"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Space);
        typed = reason->toPlainText();
        stillOpen = dialog->isVisible();
        dialog->findChild<QPushButton *>(QStringLiteral("openOpportunity"))->click();
    });
    std::unique_ptr<QMimeData> again(model->mimeData({model->opportunityIndex(other)}));
    dropOnColumn(window.board()->columnView(3), again.get());
    QTRY_VERIFY(manager.seen);
    QCOMPARE(typed, QStringLiteral("a b "));
    QVERIFY(stillOpen);
    QCOMPARE(storedStage(path, other), model->index(2, 0).data(IdRole).toLongLong());
    QVERIFY(window.findChild<OpportunityPanel *>()->isVisible());
    QCOMPARE(window.board()->currentOpportunityId(), other);
}

void TestMainWindow::shouldAskCloseReasonAndRecordDisqualified()
{
    // Given a deal in Identify
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("close.sqlite"));
    QVERIFY(window.openDatabase(path));
    window.show();
    BoardModel *model = window.model();
    const qint64 id = model->opportunityId(model->index(0, 0, model->index(0, 0)));
    // When it is dropped on Closed Lost, and a reason typed
    QString notice;
    WhenDialog<CloseOpportunityDialog> answer([&](CloseOpportunityDialog *dialog) {
        if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("notice")))
            notice = label->text();
        dialog->findChild<QComboBox *>(QStringLiteral("reason"))
            ->setCurrentText(QStringLiteral("Wrong industry"));
        // with a further reason, a competitor not in the list yet, and notes
        auto *others = dialog->findChild<QListWidget *>(QStringLiteral("secondaryReasons"));
        const auto budget = others->findItems(QStringLiteral("No budget"), Qt::MatchExactly);
        if (!budget.isEmpty())
            budget.first()->setCheckState(Qt::Checked);
        dialog->findChild<QComboBox *>(QStringLiteral("lostTo"))
            ->setCurrentText(QStringLiteral("Acme Rivals"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("notes"))
            ->setPlainText(QStringLiteral("They bought a bundle."));
        dialog->accept();
    });
    auto *tabs = window.findChild<QTabWidget *>();
    QWidget *lookBack = window.findChild<QWidget *>(QStringLiteral("reviewsPage"));
    QVERIFY(tabs && lookBack);
    const QString titleBefore = tabs->tabText(tabs->indexOf(lookBack));
    std::unique_ptr<QMimeData> data(model->mimeData({model->opportunityIndex(id)}));
    dropOnColumn(window.board()->columnView(6), data.get());
    // Then it was warned, and is recorded as disqualified with the reason
    QTRY_VERIFY(answer.seen);
    QVERIFY2(notice.contains(QStringLiteral("Disqualified")), qPrintable(notice));
    const auto stored = SqlStorage::openSqlite(path);
    QVERIFY(stored);
    const Opportunity o = *(*stored)->opportunityStore().opportunity(id);
    QVERIFY(o.disqualified);
    QCOMPARE(o.closeReason, QStringLiteral("Wrong industry"));
    QVERIFY((*stored)
                ->process()
                .closeReasons(StageKind::Lost)
                ->contains(QStringLiteral("Wrong industry")));
    QVERIFY(model->opportunityIndex(id).data(DisqualifiedRole).toBool());
    // And its close awaits review with all it said, the competitor now in the list
    const QList<DealClose> closes = *(*stored)->lookBack().closesOf(id);
    QCOMPARE(closes.size(), 1);
    QCOMPARE(closes.first().secondaryReasons, QStringList{QStringLiteral("No budget")});
    QCOMPARE(closes.first().notes, QStringLiteral("They bought a bundle."));
    QVERIFY(closes.first().lostToId != 0);
    const auto competitors = *(*stored)->lookBack().competitors();
    QVERIFY(std::any_of(competitors.cbegin(), competitors.cend(), [&](const Competitor &c) {
        return c.id == closes.first().lostToId && c.name == QLatin1StringView("Acme Rivals");
    }));
    QTRY_VERIFY(tabs->tabText(tabs->indexOf(lookBack)) != titleBefore);
    QCOMPARE(tabs->tabText(tabs->indexOf(lookBack)),
             ReviewsView::title(*(*stored)->lookBack().pendingReviews()));
}

void TestMainWindow::shouldShowStageGuidanceChecklistAndHistoryInPanel()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("panel.sqlite"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    BoardModel *model = window.model();
    const qint64 id = model->opportunityId(model->index(0, 0, model->index(2, 0)));

    // When a card is activated (double-click or Enter)
    QListView *propose = window.board()->columnView(2);
    propose->setCurrentIndex(model->opportunityIndex(id));
    QTest::keyClick(propose, Qt::Key_Return);

    // Then the panel shows the stage's guidance, its checklist and the deal's history
    OpportunityPanel *panel = window.panel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->opportunityId(), id);
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("stage"))
                ->text()
                .contains(QStringLiteral("Propose")));
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("definition"))->text(),
             model->service().stage(model->service().opportunity(id)->stageId)->definition);
    QCOMPARE(panel->activitiesModel()->rowCount(), 6);
    QVERIFY(panel->findChild<QListWidget *>(QStringLiteral("history"))->count() >= 3);
    // Every row of every list is whole: no list cuts a row (the panel scrolls as one page)
    for (const char *name : {"activities", "criteria", "history"}) {
        auto *list = panel->findChild<QListView *>(QString::fromLatin1(name));
        QVERIFY2(list, name);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QRect rect = list->visualRect(list->model()->index(row, 0));
            QVERIFY2(list->viewport()->rect().contains(rect),
                     qPrintable(QStringLiteral("%1 row %2 is cut: %3 in %4")
                                    .arg(QLatin1String(name))
                                    .arg(row)
                                    .arg(QStringLiteral("%1,%2 %3x%4")
                                             .arg(rect.x())
                                             .arg(rect.y())
                                             .arg(rect.width())
                                             .arg(rect.height()))
                                    .arg(list->viewport()->height())));
        }
    }
    // Each criterion says what kind it is, as the stage guide does
    const QAbstractItemModel *criteria =
        panel->findChild<QListView *>(QStringLiteral("criteria"))->model();
    QVERIFY(criteria->rowCount() > 0);
    for (int row = 0; row < criteria->rowCount(); ++row) {
        const QString text = criteria->index(row, 0).data().toString();
        QVERIFY2(text.contains(QStringLiteral("(required")) ||
                     text.contains(QStringLiteral("(advisory")),
                 qPrintable(text));
    }
    // The contact is shown and can be changed there
    auto *contact = panel->findChild<QLineEdit *>(QStringLiteral("contact"));
    QCOMPARE(contact->text(), model->service().opportunity(id)->contact);
    contact->setText(QStringLiteral("Dana Whitfield"));
    Q_EMIT contact->editingFinished();
    QCOMPARE(model->service().opportunity(id)->contact, QStringLiteral("Dana Whitfield"));

    // And ticking an activity there shows on the card
    const int before = model->opportunityIndex(id).data(ActivitiesDoneRole).toInt();
    int unticked = -1;
    for (int row = 0; row < panel->activitiesModel()->rowCount() && unticked < 0; ++row) {
        if (panel->activitiesModel()->index(row).data(Qt::CheckStateRole).toInt() == Qt::Unchecked)
            unticked = row;
    }
    QVERIFY(unticked >= 0);
    QVERIFY(panel->activitiesModel()->setData(panel->activitiesModel()->index(unticked),
                                              Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model->opportunityIndex(id).data(ActivitiesDoneRole).toInt(), before + 1);
    QVERIFY(!panel->grab().isNull());
}

void TestMainWindow::shouldCheckGateWhenMovedFromPanel()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("panelmove.sqlite"));
    QVERIFY(window.openDatabase(path));
    window.show();
    BoardModel *model = window.model();
    model->service().setCurrentUserId(userWithRole(model, UserRole::Rep));
    const qint64 id = heldCard(model, 2);
    QVERIFY(id != 0);
    window.showOpportunityPanel(id);
    auto *advance = window.panel()->findChild<QPushButton *>(QStringLiteral("advance"));
    QCOMPARE(advance->text(), QStringLiteral("Move to Negotiate"));

    // The panel's move goes through the same gate as a drop
    WhenDialog<GateRefusalDialog> refused([](GateRefusalDialog *dialog) { dialog->reject(); });
    advance->click();
    QVERIFY(refused.seen);
    QCOMPARE(storedStage(path, id), model->index(2, 0).data(IdRole).toLongLong());

    // Once the gate is met it moves
    model->service().setCurrentUserId(userWithRole(model, UserRole::Manager));
    meetGate(window, id);
    advance->click();
    QCOMPARE(storedStage(path, id), model->index(3, 0).data(IdRole).toLongLong());
    QCOMPARE(advance->text(), QStringLiteral("Move to Deliver/Finalize"));
}

void TestMainWindow::shouldExportWhatTheFilteredBoardShows()
{
    // Given a board filtered to "pilot"
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("export.sqlite"))));
    window.show();
    BoardModel *model = window.model();
    model->service().setFilter({QStringLiteral("pilot"), 0});
    const QList<Opportunity> shown = model->visibleOpportunities();
    QVERIFY(!shown.isEmpty() && shown.size() < model->service().opportunityCount());

    // When it is exported through the file dialog
    const QString path = m_dir.filePath(QStringLiteral("pilots.csv"));
    WhenDialog<QFileDialog> chooseFile([&](QFileDialog *dialog) {
        // Typed into the name field, as a person would.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    QTimer confirm;
    QObject::connect(&confirm, &QTimer::timeout, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    confirm.start(20);
    CsvActions::exportOpportunities(&window, *window.workspace());
    confirm.stop();

    // Then the file holds exactly the deals the board showed, with their titles
    QVERIFY(chooseFile.seen);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields.first(), QStringLiteral("id"));
    QStringList titles;
    while (reader.readRecord(fields))
        titles.append(fields.at(1));
    QCOMPARE(titles.size(), shown.size());
    for (const QString &title : std::as_const(titles))
        QVERIFY(title.contains(QStringLiteral("Pilot")));
}

void TestMainWindow::shouldSwitchPipelinesOnTheBoardAndDashboard()
{
    // Given a demo database with a second pipeline holding one deal
    const QString path = m_dir.filePath(QStringLiteral("pipelines.sqlite"));
    {
        MainWindow first;
        QVERIFY(first.openDatabase(path));
    }
    {
        auto storage = SqlStorage::openSqlite(path);
        QVERIFY(storage);
        ProcessDefinition renewals = ProcessDefinition::defaultProcess();
        renewals.name = QStringLiteral("Renewals");
        renewals.stages.removeAt(1);
        const qint64 id = *(*storage)->process().addPipeline(renewals);
        Opportunity o;
        o.title = QStringLiteral("Renewal of the year");
        o.amount = 4200000;
        o.currency = QStringLiteral("USD");
        o.ownerId = (*storage)->directory().users()->first().id;
        o.closeDate = QDate::currentDate();
        const QList<Stage> stages = *(*storage)->process().stages();
        for (const Stage &s : stages) {
            if (s.pipelineId == id && !o.stageId)
                o.stageId = s.id;
        }
        QVERIFY((*storage)->opportunityStore().createOpportunity(o, o.ownerId));
    }
    QSettings().remove(QStringLiteral("board/pipeline"));
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Then the board starts on the first pipeline, and offers both
    auto *switcher = window.findChild<QComboBox *>(QStringLiteral("pipelineSwitcher"));
    QVERIFY(switcher && switcher->isVisible());
    QCOMPARE(switcher->count(), 2);
    QCOMPARE(switcher->currentText(), QStringLiteral("New business"));
    QCOMPARE(window.board()->columnCount(), 7);

    // When Renewals is chosen, the board shows its six stages and its one deal
    switcher->setCurrentIndex(1);
    Q_EMIT switcher->activated(1);
    QCOMPARE(window.board()->columnCount(), 6);
    QCOMPARE(window.model()->index(0, 0).data(StageNameRole).toString(),
             QStringLiteral("Identify"));
    QCOMPARE(window.model()->rowCount(window.model()->index(0, 0)), 1);
    // And a search then (a reset with as many stages) leaves each column on its stage
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search);
    search->setText(QStringLiteral("Renewal of"));
    QTRY_COMPARE(window.model()->service().filter().text, QStringLiteral("Renewal of"));
    QCOMPARE(window.board()->columnView(0)->rootIndex().data(StageNameRole).toString(),
             QStringLiteral("Identify"));
    QCOMPARE(window.board()->columnView(0)->model()->rowCount(
                 window.board()->columnView(0)->rootIndex()),
             1);
    search->clear();
    // And the dashboard follows: its figures are Renewals' alone
    window.showPage(1);
    auto *pipelineFilter =
        window.dashboard()->findChild<QComboBox *>(QStringLiteral("pipelineFilter"));
    QVERIFY(pipelineFilter && pipelineFilter->isVisible());
    QCOMPARE(pipelineFilter->currentText(), QStringLiteral("Renewals"));
    window.dashboard()->refreshNow();
    QCOMPARE(window.dashboard()->result().total.opportunities, 1);
    // And the choice is remembered for the next window
    MainWindow again;
    QVERIFY(again.openDatabase(path));
    QCOMPARE(again.board()->columnCount(), 6);
}

void TestMainWindow::shouldTakeACardToClosedWonWithTheKeyboardAlone()
{
    // Given the demo board, a manager acting, and a card in Identify with the focus
    ShownBoard board;
    QVERIFY(board.open(m_dir.filePath(QStringLiteral("keyboard.sqlite"))));
    MainWindow &window = board.window;
    BoardModel *model = board.model;
    model->service().setCurrentUserId(userWithRole(model, UserRole::Manager));
    const qint64 id = model->opportunityId(model->index(0, 0, model->index(0, 0)));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.board()->focusOpportunity(id);
    QCOMPARE(QApplication::focusWidget(), window.board()->columnView(0));
    const qint64 won = model->service().gateEngine().stageNamed(QStringLiteral("Closed Won"))->id;

    // When Ctrl+Right is pressed until the deal is won, each gate answered from the keyboard:
    // an override reason typed and Alt+O, a close reason typed and Enter
    int gates = 0;
    std::function<void()> answerNext;
    std::unique_ptr<QTimer> answering(new QTimer);
    answering->setInterval(20);
    connect(answering.get(), &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *refusal = qobject_cast<GateRefusalDialog *>(modal)) {
            ++gates;
            auto *reason = refusal->findChild<QPlainTextEdit *>(QStringLiteral("overrideReason"));
            QTest::keyClicks(reason, QStringLiteral("Walked through by keyboard"));
            QTest::keyClick(refusal, Qt::Key_O, Qt::AltModifier);
        } else if (auto *close = qobject_cast<CloseOpportunityDialog *>(modal)) {
            auto *reason = close->findChild<QComboBox *>(QStringLiteral("reason"));
            reason->lineEdit()->selectAll();
            QTest::keyClicks(reason->lineEdit(), QStringLiteral("Price"));
            QTest::keyClick(close, Qt::Key_Return);
        }
    });
    answering->start();
    // The card's column, as the focus is there (offscreen, a closed dialog leaves no window
    // active: give it back, as a window manager would)
    const auto card = [&] {
        QApplication::setActiveWindow(&window);
        return window.board()->columnView(model->opportunityIndex(id).parent().row());
    };
    for (int press = 0; press < 10 && model->service().opportunity(id)->stageId != won; ++press)
        QTest::keyClick(card(), Qt::Key_Right, Qt::ControlModifier);
    answering->stop();

    // Then it is won after five presses, with a ledger row for every stage on the way
    QCOMPARE(model->service().opportunity(id)->stageId, won);
    QVERIFY(gates > 0);
    const QList<StageChange> ledger = *model->service().stageHistory(id);
    QCOMPARE(ledger.size(), 6);
    QCOMPARE(ledger.last().closeReason, QStringLiteral("Price"));
    // And it keeps the selection and the focus in its new column
    QCOMPARE(window.board()->currentOpportunityId(), id);
    QVERIFY2(card()->hasFocus(),
             QApplication::focusWidget()
                 ? qPrintable(
                       QApplication::focusWidget()->objectName() + QStringLiteral(" ") +
                       QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()))
                 : "none");
    QCOMPARE(card(), window.board()->columnView(5));

    // And Ctrl+Right on a won deal moves nothing; Ctrl+Left reopens it
    QTest::keyClick(card(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(model->service().opportunity(id)->stageId, won);
    QTest::keyClick(card(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(model->service().stage(model->service().opportunity(id)->stageId)->name,
             QStringLiteral("Deliver/Finalize"));
}

void TestMainWindow::shouldMoveBetweenColumnsWithTheArrowKeys()
{
    ShownBoard board;
    QVERIFY(board.open(m_dir.filePath(QStringLiteral("arrows.sqlite"))));
    BoardModel *model = board.model;
    BoardView *view = board.window.board();
    const qint64 second = model->opportunityId(model->index(1, 0, model->index(0, 0)));
    QApplication::setActiveWindow(&board.window);
    QVERIFY(QTest::qWaitForWindowActive(&board.window));
    view->focusOpportunity(second);

    // When Right is pressed, the second card of the next column has the focus
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget(), view->columnView(1));
    QCOMPARE(view->currentOpportunityId(),
             model->opportunityId(model->index(1, 0, model->index(1, 0))));
    // And Down then Left: the third card of the first column
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    QCOMPARE(QApplication::focusWidget(), view->columnView(0));
    QCOMPARE(view->currentOpportunityId(),
             model->opportunityId(model->index(2, 0, model->index(0, 0))));
    // And Left in the first column stays there
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    QCOMPARE(QApplication::focusWidget(), view->columnView(0));
}

void TestMainWindow::shouldStartInTheChosenLanguage()
{
    MainWindow window;
    QList<QAction *> choices;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->isCheckable() && a->actionGroup() && a->data().typeId() == QMetaType::QString)
            choices.append(a);
    }
    // The system's language and each translation, by its own name
    QStringList names;
    for (QAction *a : std::as_const(choices))
        names.append(a->text());
    QVERIFY2(names.contains(QStringLiteral("Deutsch")), qPrintable(names.join(u',')));
    QVERIFY(names.contains(QStringLiteral("Français")));

    // When French is chosen, the next start is in French
    for (QAction *a : std::as_const(choices)) {
        if (a->data().toString() == QLatin1String("fr"))
            a->trigger();
    }
    QCOMPARE(MainWindow::chosenLocale().language(), QLocale::French);
    // And back to the system's
    for (QAction *a : std::as_const(choices)) {
        if (a->data().toString().isEmpty())
            a->trigger();
    }
    QCOMPARE(MainWindow::chosenLocale(), QLocale::system());
}

void TestMainWindow::shouldFollowADarkPalette()
{
    // Given a desktop with a dark palette
    const QPalette before = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    QApplication::setPalette(dark);

    // When the board and the dashboard are shown
    {
        ShownBoard board;
        QVERIFY(board.open(m_dir.filePath(QStringLiteral("dark.sqlite"))));
        QListView *column = board.window.board()->columnView(0);
        const QImage image = column->viewport()->grab().toImage();
        const QRect card = column->visualRect(board.model->index(0, 0, column->rootIndex()));

        // Then the cards are dark with light text, not white boxes
        int light = 0;
        int darkPixels = 0;
        for (int y = card.top() + 4; y < card.bottom() - 4; ++y) {
            for (int x = card.left() + 4; x < card.right() - 4; ++x) {
                const int l = QColor(image.pixel(x * image.width() / column->viewport()->width(),
                                                 y * image.height() / column->viewport()->height()))
                                  .lightness();
                light += l > 180;
                darkPixels += l < 80;
            }
        }
        QVERIFY2(darkPixels > light * 4,
                 qPrintable(QStringLiteral("%1 dark, %2 light").arg(darkPixels).arg(light)));
        QVERIFY(light > 20);
        // And the charts use their dark theme
        board.window.showPage(1);
        QVERIFY(board.window.dashboard()->ensureLoaded());
        const auto charts = board.window.dashboard()->findChildren<QChartView *>();
        QVERIFY(!charts.isEmpty());
        QCOMPARE(charts.first()->chart()->theme(), QChart::ChartThemeDark);
    }
    QApplication::setPalette(before);
}

void TestMainWindow::shouldNameEveryControlForAssistiveTechnology()
{
    // Given the board and the dashboard, as a screen reader meets them
    ShownBoard board;
    QVERIFY(board.open(m_dir.filePath(QStringLiteral("accessible.sqlite"))));
    board.window.showPage(1);
    QVERIFY(board.window.dashboard()->ensureLoaded());
    board.window.showPage(0);

    // Then every control that takes the keyboard focus says what it is
    const QStringList unnamed = Test::unnamedControls(&board.window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::shouldShowTheSelectedCardWhenThePanelOpens()
{
    // Given a card selected without becoming current, as a screen reader's select action does
    ShownBoard board;
    QVERIFY(board.open(m_dir.filePath(QStringLiteral("panelopens.sqlite"))));
    const QModelIndex card = board.propose->model()->index(1, 0, board.propose->rootIndex());
    const qint64 id = board.model->opportunityId(card);
    QVERIFY(id != 0);
    board.propose->selectionModel()->select(card, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(board.window.board()->currentOpportunityId(), id);

    // When View ▸ Opportunity Panel opens the panel
    QAction *panelAction = nullptr;
    for (QAction *action : board.window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            panelAction = action;
    }
    QVERIFY(panelAction);
    panelAction->trigger();

    // Then it shows that card, not an empty page
    QTRY_VERIFY(board.window.panel()->isVisible());
    QCOMPARE(board.window.panel()->opportunityId(), id);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
