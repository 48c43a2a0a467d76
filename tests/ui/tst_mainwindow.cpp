#include "boardmodel.h"
#include "boardview.h"
#include "mainwindow.h"
#include "roles.h"
#include "sqlstorage.h"

#include <QApplication>
#include <QDropEvent>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stageboard;

namespace {

// What the file says, read through a connection of its own.
qint64 storedStage(const QString &path, qint64 id)
{
    auto storage = SqlStorage::openSqlite(path);
    if (!storage)
        return -1;
    auto o = (*storage)->opportunity(id);
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
    void shouldReportCorruptDatabaseAndKeepBoard();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StageboardTest"));
}

void TestMainWindow::shouldOpenNewDatabaseOnDemoPipeline()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.board()->columnCount(), 7);
    QCOMPARE(window.model()->opportunityCount(), 60);
    int shown = 0;
    for (int row = 0; row < 7; ++row)
        shown += window.board()->columnView(row)->model()->rowCount(
            window.board()->columnView(row)->rootIndex());
    QCOMPARE(shown, 60);
    // The board paints: a grab of a column is not blank
    const QImage image = window.board()->columnView(0)->viewport()->grab().toImage();
    QVERIFY(image.pixel(image.width() / 2, 20) != image.pixel(2, 2) ||
            image.pixel(image.width() / 2, 40) != image.pixel(2, 2));
}

void TestMainWindow::shouldMoveCardDroppedOnAnotherColumnAndUndoIt()
{
    // Given the board on a demo database
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("drop.sqlite"));
    QVERIFY(window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    BoardModel *model = window.model();
    QListView *propose = window.board()->columnView(2);
    QListView *negotiate = window.board()->columnView(3);
    const QModelIndex card = model->index(0, 0, propose->rootIndex());
    const qint64 id = model->opportunityId(card);
    const qint64 proposeId = propose->rootIndex().data(IdRole).toLongLong();
    const qint64 negotiateId = negotiate->rootIndex().data(IdRole).toLongLong();
    const qint64 proposeCount = propose->rootIndex().data(StageCountRole).toLongLong();
    const qint64 negotiateAmount = negotiate->rootIndex().data(StageAmountRole).toLongLong();
    const qint64 amount = card.data(AmountRole).toLongLong();

    // When the card is dropped on the Negotiate column
    std::unique_ptr<QMimeData> data(model->mimeData({card}));
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
    QVERIFY(!model->opportunity(id));
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
    QTRY_COMPARE(window.model()->filter().text, QStringLiteral("pilot"));
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

void TestMainWindow::shouldReportCorruptDatabaseAndKeepBoard()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("good.sqlite"))));
    const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const auto opened = window.openDatabase(bad);
    QVERIFY(!opened);
    QVERIFY(opened.error().message.contains(bad));
    // The board that was open stays open and usable
    QCOMPARE(window.model()->opportunityCount(), 60);
    QCOMPARE(QFileInfo(bad).size(), 4096);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
