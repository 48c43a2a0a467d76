// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardview.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "mainwindow.h"
#include "meetgate.h"
#include "movedialogs.h"
#include "services/boardservice.h"
#include "stagecolumn.h"
#include "whendialog.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDragEnterEvent>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Stageboard;
using Stageboard::Test::WhenDialog;

class TestBoardLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldCollapseClosedColumnsWhenNarrowAndTakeDropsThere();
    void shouldSortCardsAsChosenAndSaySo();
    void shouldWidenColumnsWithTheZoom();
    void shouldFindAnOwnerByTypingAndShowMyDeals();
    void shouldOfferMenusOnCardsAndColumns();
    void shouldShowAMovesWarningsAboveTheBoard();

private:
    QTemporaryDir m_dir;
};

void TestBoardLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestBoardLayout::shouldCollapseClosedColumnsWhenNarrowAndTakeDropsThere()
{
    // Given the demo board in a 1280×800 window
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("narrow.sqlite"))));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    BoardView *board = window.board();
    QCOMPARE(board->columnCount(), 7);

    // Then won and lost are collapsed, and the five open stages fit without scrolling
    QVERIFY(!board->isCollapsed(0));
    QVERIFY(!board->isCollapsed(4));
    QVERIFY(board->isCollapsed(5));
    QVERIFY(board->isCollapsed(6));
    QTRY_COMPARE(board->horizontalScrollBar()->maximum(), 0);

    // When a card is dropped on the collapsed Closed Lost strip, it moves there (with a reason)
    BoardModel *model = window.model();
    const qint64 id = model->opportunityId(model->index(0, 0, model->index(1, 0)));
    std::unique_ptr<QMimeData> data(model->mimeData({model->opportunityIndex(id)}));
    StageColumn *lost = nullptr;
    for (StageColumn *c : board->findChildren<StageColumn *>()) {
        if (c->stageRow() == 6)
            lost = c;
    }
    QVERIFY(lost && lost->width() < 60);
    WhenDialog<CloseOpportunityDialog> reason([](CloseOpportunityDialog *dialog) {
        dialog->findChild<QComboBox *>(QStringLiteral("reason"))
            ->setCurrentText(QStringLiteral("No budget"));
        dialog->accept();
    });
    const QPoint at(lost->width() / 2, lost->height() / 2);
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(lost, &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(lost->isDropTarget()); // it lights up under the cursor
    QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(lost, &drop);
    QTRY_VERIFY(reason.seen);
    QVERIFY(!lost->isDropTarget());
    QCOMPARE(model->service().opportunity(id)->stageId,
             model->index(6, 0).data(IdRole).toLongLong());

    // And expanded by hand, it stays expanded the next time
    board->setCollapsed(6, false);
    MainWindow again;
    QVERIFY(again.openDatabase(m_dir.filePath(QStringLiteral("narrow.sqlite"))));
    again.resize(1280, 800);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.board()->isCollapsed(6));
    QVERIFY(again.board()->isCollapsed(5));
}

void TestBoardLayout::shouldWidenColumnsWithTheZoom()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("zoom.sqlite"))));
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto openColumn = [&] {
        for (StageColumn *column : window.findChildren<StageColumn *>()) {
            if (!column->isCollapsed())
                return column;
        }
        return static_cast<StageColumn *>(nullptr);
    };
    QListView *cards = window.board()->columnView(0);
    const int cardHeight = cards->sizeHintForRow(0);
    QCOMPARE(openColumn()->minimumWidth(), StageColumn::narrowest);
    // Zoomed in two steps, the cards grow and so do their columns, in proportion to the text
    window.board()->setZoom(2);
    const double grown = double(cards->sizeHintForRow(0)) / cardHeight;
    QVERIFY2(grown > 1.2, qPrintable(QString::number(grown)));
    QVERIFY(openColumn()->minimumWidth() >= int(StageColumn::narrowest * 1.2));
    // And back to actual size, as they were
    window.board()->setZoom(0);
    QCOMPARE(openColumn()->minimumWidth(), StageColumn::narrowest);
    QCOMPARE(cards->sizeHintForRow(0), cardHeight);
}

void TestBoardLayout::shouldSortCardsAsChosenAndSaySo()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("sort.sqlite"))));
    window.show();
    BoardModel *model = window.model();
    const auto column = [&](int stage, int role) {
        QVariantList values;
        const QModelIndex parent = model->index(stage, 0);
        for (int row = 0; row < model->rowCount(parent); ++row)
            values.append(model->index(row, 0, parent).data(role));
        return values;
    };
    // By default the soonest close date first
    const QVariantList dates = column(0, CloseDateRole);
    QVERIFY(dates.size() > 3);
    for (int i = 1; i < dates.size(); ++i)
        QVERIFY(dates[i - 1].toDate() <= dates[i].toDate());

    // By amount: the largest first, and the header says so
    window.board()->setCardOrder(int(BoardModel::CardOrder::Amount));
    const QVariantList amounts = column(0, AmountRole);
    for (int i = 1; i < amounts.size(); ++i)
        QVERIFY(amounts[i - 1].toLongLong() >= amounts[i].toLongLong());
    QCOMPARE(window.board()->findChildren<QLabel *>(QStringLiteral("cardOrder")).first()->text(),
             QStringLiteral("Sorted by amount"));

    // By title, A to Z; and a card moved in keeps that order
    window.board()->setCardOrder(int(BoardModel::CardOrder::Title));
    const QVariantList titles = column(1, TitleRole);
    for (int i = 1; i < titles.size(); ++i)
        QVERIFY(titles[i - 1].toString().compare(titles[i].toString(), Qt::CaseInsensitive) <= 0);
    model->service().setCurrentUserId([&] {
        for (const User &u : model->service().users()) {
            if (u.role == UserRole::Manager)
                return u.id;
        }
        return qint64(0);
    }());
    const qint64 id = model->opportunityId(model->index(0, 0, model->index(0, 0)));
    QVERIFY(model->service().moveToStage(id, model->index(1, 0).data(IdRole).toLongLong(),
                                         {0, {}, QStringLiteral("sorted")}));
    const QVariantList after = column(1, TitleRole);
    QCOMPARE(after.size(), titles.size() + 1);
    for (int i = 1; i < after.size(); ++i)
        QVERIFY(after[i - 1].toString().compare(after[i].toString(), Qt::CaseInsensitive) <= 0);

    // By days in stage: the longest first
    window.board()->setCardOrder(int(BoardModel::CardOrder::DaysInStage));
    const QVariantList days = column(2, DaysInStageRole);
    for (int i = 1; i < days.size(); ++i)
        QVERIFY(days[i - 1].toInt() >= days[i].toInt());
}

void TestBoardLayout::shouldFindAnOwnerByTypingAndShowMyDeals()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("owners.sqlite"))));
    window.show();
    BoardModel *model = window.model();
    auto *owners = window.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    QVERIFY(owners->isEditable());
    // Typing part of a name finds the person
    owners->completer()->setCompletionPrefix(QStringLiteral("ivan"));
    QCOMPARE(owners->completer()->completionCount(), 1);
    QCOMPARE(owners->completer()->currentCompletion(), QStringLiteral("Casey Ivanova"));
    const int casey = owners->findText(QStringLiteral("Casey Ivanova"));
    owners->setCurrentIndex(casey);
    Q_EMIT owners->activated(casey);
    const qint64 caseyId = owners->itemData(casey).toLongLong();
    for (const Opportunity &o : model->visibleOpportunities())
        QCOMPARE(o.ownerId, caseyId);
    QVERIFY(!model->visibleOpportunities().isEmpty());

    // People of the same name are told apart
    QVERIFY(model->service().addUser({0, QStringLiteral("Casey Ivanova"), UserRole::Rep, {}}));
    QStringList caseys;
    for (int i = 0; i < owners->count(); ++i) {
        if (owners->itemText(i).startsWith(QStringLiteral("Casey Ivanova")))
            caseys.append(owners->itemText(i));
    }
    QCOMPARE(caseys.size(), 2);
    QVERIFY(caseys.first() != caseys.last());

    // My Deals shows the acting person's deals only, and follows who acts
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    const int rep = acting->findText(QStringLiteral("Jamie Novak"), Qt::MatchStartsWith);
    acting->setCurrentIndex(rep);
    Q_EMIT acting->activated(rep);
    QAction *mine = window.findChild<QAction *>(QStringLiteral("myDeals"));
    mine->trigger();
    QVERIFY(mine->isChecked());
    const qint64 jamie = acting->itemData(rep).toLongLong();
    QVERIFY(!model->visibleOpportunities().isEmpty());
    for (const Opportunity &o : model->visibleOpportunities())
        QCOMPARE(o.ownerId, jamie);
    mine->trigger();
    QCOMPARE(owners->currentIndex(), 0);
    QCOMPARE(model->visibleOpportunities().size(), 60);
}

void TestBoardLayout::shouldOfferMenusOnCardsAndColumns()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("menus.sqlite"))));
    window.show();
    BoardModel *model = window.model();
    // A Qualify card whose gate is not met, its owner acting
    qint64 held = 0;
    const QModelIndex qualify = model->index(1, 0);
    for (int row = 0; row < model->rowCount(qualify) && !held; ++row) {
        if (model->index(row, 0, qualify).data(RequiredUnmetRole).toBool())
            held = model->opportunityId(model->index(row, 0, qualify));
    }
    QVERIFY(held);
    model->service().setCurrentUserId(model->service().opportunity(held)->ownerId);

    // The card's menu: Open, Edit, Move To each stage, Won, Lost, Delete
    QMenu *menu = window.cardMenu(held);
    QStringList items;
    for (QAction *a : menu->actions())
        items.append(a->text());
    QCOMPARE(items,
             QStringList({QStringLiteral("&Open"), QStringLiteral("&Edit…"),
                          QStringLiteral("&Move To"), QStringLiteral("Mark &Won…"),
                          QStringLiteral("Mark &Lost…"), QString(), QStringLiteral("&Delete")}));
    // And its Move To goes through the gate as a drop does
    QAction *toPropose = nullptr;
    for (QAction *a : menu->actions().at(2)->menu()->actions()) {
        if (a->text() == model->index(2, 0).data(StageNameRole).toString())
            toPropose = a;
    }
    QVERIFY(toPropose);
    WhenDialog<GateRefusalDialog> refused([](GateRefusalDialog *dialog) { dialog->reject(); });
    toPropose->trigger();
    QVERIFY(refused.seen);
    QCOMPARE(model->service().opportunity(held)->stageId, qualify.data(IdRole).toLongLong());
    delete menu;

    // A column's menu: New Opportunity Here for open stages, Collapse, Sort Cards By
    QMenu *open = window.columnMenu(0);
    QCOMPARE(open->actions().first()->text(), QStringLiteral("&New Opportunity Here…"));
    QMenu *won = window.columnMenu(5);
    QVERIFY(won->actions().first()->text() != QStringLiteral("&New Opportunity Here…"));
    // (its Sort Cards By is the View menu's: choosing there checks it here)
    const QList<QAction *> sortBy = open->actions().at(2)->menu()->actions();
    QCOMPARE(sortBy.size(), 4);
    sortBy.at(1)->trigger();
    QCOMPARE(model->cardOrder(), BoardModel::CardOrder::Amount);
    QVERIFY(sortBy.at(1)->isChecked() && !sortBy.at(0)->isChecked());
    QAction *collapse = open->actions().at(1);
    QCOMPARE(collapse->text(), QStringLiteral("&Collapse"));
    collapse->trigger();
    QVERIFY(window.board()->isCollapsed(0));
    window.board()->setCollapsed(0, false);
    delete open;
    delete won;

    // Help ▸ Keyboard Shortcuts lists the commands with their keys
    QDialog *keys = window.showShortcuts();
    auto *table = keys->findChild<QTableWidget *>(QStringLiteral("shortcuts"));
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows.append(table->item(r, 1)->text() + QLatin1Char('=') + table->item(r, 2)->text());
    QVERIFY2(rows.contains(QStringLiteral("New Opportunity…=") +
                           QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
             qPrintable(rows.join(u'|')));
    // No key is listed twice for one command (Redo's two sequences are the same key here)
    for (const QString &row : std::as_const(rows)) {
        const QStringList listed = row.section(u'=', 1).split(QStringLiteral(", "));
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), listed.size());
    }
    // And every column shows whole, without scrolling sideways
    keys->show();
    QVERIFY(QTest::qWaitForWindowExposed(keys));
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    keys->close();
}

void TestBoardLayout::shouldShowAMovesWarningsAboveTheBoard()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("warnings.sqlite"))));
    window.show();
    BoardModel *model = window.model();
    BoardService &service = model->service();
    for (const User &u : service.users()) {
        if (u.role == UserRole::Manager)
            service.setCurrentUserId(u.id);
    }
    // A Qualify deal with its required criteria met and an advisory one not
    const QModelIndex qualify = model->index(1, 0);
    const qint64 qualifyId = qualify.data(IdRole).toLongLong();
    qint64 id = 0;
    for (int row = 0; row < model->rowCount(qualify) && !id; ++row) {
        const qint64 candidate = model->opportunityId(model->index(row, 0, qualify));
        QSet<qint64> met;
        const QList<Check> checks = *service.criterionChecks(candidate);
        for (const Check &c : checks) {
            if (c.state == CriterionState::Met)
                met.insert(c.itemId);
        }
        bool advisoryOpen = false;
        for (const ExitCriterion &c : service.gateEngine().exitCriteria(qualifyId))
            advisoryOpen |= !c.required && !met.contains(c.id);
        if (advisoryOpen)
            id = candidate;
    }
    QVERIFY(id);
    Stageboard::Test::meetGate(*window.workspace(), service, id);
    auto *bar = window.findChild<QFrame *>(QStringLiteral("messageBar"));
    QVERIFY(bar && !bar->isVisible());

    // When it is moved on from its menu
    QMenu *menu = window.cardMenu(id);
    for (QAction *a : menu->actions().at(2)->menu()->actions()) {
        if (a->text() == model->index(2, 0).data(StageNameRole).toString())
            a->trigger();
    }
    delete menu;

    // Then the advisory criteria it left unmet are said above the board until dismissed
    QCOMPARE(service.opportunity(id)->stageId, model->index(2, 0).data(IdRole).toLongLong());
    QVERIFY(bar->isVisible());
    const QString text = window.findChild<QLabel *>(QStringLiteral("messageText"))->text();
    QVERIFY2(text.contains(service.opportunity(id)->title) &&
                 text.contains(QStringLiteral("advisory")),
             qPrintable(text));
    window.findChild<QToolButton *>(QStringLiteral("dismissMessage"))->click();
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestBoardLayout)
#include "tst_boardlayout.moc"
