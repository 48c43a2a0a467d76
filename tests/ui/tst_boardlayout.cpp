// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardview.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "mainwindow.h"
#include "movedialogs.h"
#include "stagecolumn.h"
#include "whendialog.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::WhenDialog;

class TestBoardLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldCollapseClosedColumnsWhenNarrowAndTakeDropsThere();
    void shouldSortCardsAsChosenAndSaySo();

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
    QVERIFY(reason.seen);
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

QTEST_MAIN(TestBoardLayout)
#include "tst_boardlayout.moc"
