// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaview.h"
#include "coachingview.h"
#include "itemmodels/coachingmodel.h"
#include "mainwindow.h"
#include "services/boardservice.h"
#include "services/coaching.h"
#include "users.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Stageboard;

/// The Coaching tab: the grid agrees with the board's deals, a cell lists its deals, a
/// manager's note reaches the rep's agenda, and a rep may not write one.
class TestCoachingView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldCountEachRepsOpenDealsPerStageAsTheBoardHasThem();
    void shouldBringAManagersNoteToTheRepsAgenda();

private:
    static void actAs(MainWindow &window, qint64 userId)
    {
        auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
        acting->setCurrentIndex(acting->findData(userId));
        Q_EMIT acting->activated(acting->currentIndex());
    }
    /// The grid's cell with the most deals.
    static QModelIndex busiestCell(const CoachingModel &model)
    {
        QModelIndex best;
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex i = model.index(r, c);
                if (!best.isValid() || i.data(CoachingModel::DealsRole).toLongLong() >
                                           best.data(CoachingModel::DealsRole).toLongLong())
                    best = i;
            }
        }
        return best;
    }
    QTemporaryDir m_dir;
};

void TestCoachingView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StageboardTest"));
}

void TestCoachingView::shouldCountEachRepsOpenDealsPerStageAsTheBoardHasThem()
{
    // Given the demo board, with the Coaching tab shown
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("grid.sqlite"))));
    window.show();
    auto *view = window.coaching();
    auto *tabs = window.findChild<QTabWidget *>();
    tabs->setCurrentWidget(view);
    view->refreshNow();
    CoachingModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BoardService &board = window.workspace()->boardService();

    // Then each cell counts the rep's open deals in that stage, as the board has them
    QVERIFY(model->rowCount() >= 2 && model->columnCount() >= 3);
    // (the demo's plant manager and solutions engineer, reps by permission who own no deals,
    // are not coached as sellers)
    QSet<qint64> supporting;
    for (const TeamRole &role : board.gateEngine().teamRoles()) {
        if (role.name == QLatin1String("Plant manager") ||
            role.name == QLatin1String("Solutions engineer"))
            supporting.unite(QSet<qint64>(role.memberIds.cbegin(), role.memberIds.cend()));
    }
    QCOMPARE(supporting.size(), 2);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(!supporting.contains(model->repId(r)));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            qint64 deals = 0;
            qint64 stalled = 0;
            const Stage *stage = board.gateEngine().stage(model->stageId(c));
            for (const Opportunity &o : board.opportunities()) {
                if (o.ownerId != model->repId(r) || o.stageId != model->stageId(c))
                    continue;
                ++deals;
                if (stage->rotDays && (now - o.enteredStageAt) / 86400 > *stage->rotDays)
                    ++stalled;
            }
            const QModelIndex cell = model->index(r, c);
            QCOMPARE(cell.data(CoachingModel::DealsRole).toLongLong(), deals);
            QCOMPARE(cell.data(CoachingModel::StalledRole).toLongLong(), stalled);
            QCOMPARE(cell.data().toString() == QStringLiteral("—"), deals == 0);
        }
    }

    // When the busiest cell is selected
    const QModelIndex busiest = busiestCell(*model);
    view->grid()->setCurrentIndex(busiest);

    // Then its deals are listed, the longest in the stage first, and each opens on the board
    const int deals = int(busiest.data(CoachingModel::DealsRole).toLongLong());
    QVERIFY(deals >= 2);
    QCOMPARE(view->deals()->topLevelItemCount(), deals);
    QVERIFY(view->deals()->topLevelItem(0)->text(1).toInt() >=
            view->deals()->topLevelItem(deals - 1)->text(1).toInt());
    const qint64 first = view->deals()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
    Q_EMIT view->deals()->itemActivated(view->deals()->topLevelItem(0), 0);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(board.opportunities().value(first).ownerId, model->repId(busiest.row()));
}

void TestCoachingView::shouldBringAManagersNoteToTheRepsAgenda()
{
    // Given the Coaching tab, a rep's cell selected
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("notes.sqlite"))));
    window.show();
    auto *view = window.coaching();
    auto *tabs = window.findChild<QTabWidget *>();
    tabs->setCurrentWidget(view);
    view->refreshNow();
    const QModelIndex cell = busiestCell(*view->model());
    const qint64 rep = view->model()->repId(cell.row());
    auto *text = view->findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
    auto *add = view->findChild<QPushButton *>(QStringLiteral("addNote"));
    auto *deal = view->findChild<QComboBox *>(QStringLiteral("noteDeal"));
    auto *followUpOn = view->findChild<QCheckBox *>(QStringLiteral("followUpOn"));

    // Then a rep may not write a note
    actAs(window, rep);
    view->grid()->setCurrentIndex(cell);
    QVERIFY(!text->isEnabled());
    QVERIFY(!add->isEnabled());

    // When the manager writes one about the cell's first deal, to follow up
    actAs(window, Test::userWithRole(window.model(), UserRole::Manager));
    view->grid()->setCurrentIndex(cell);
    QVERIFY(text->isEnabled());
    QVERIFY2(!add->isEnabled(), "a note needs its text first");
    view->deals()->topLevelItem(0)->setSelected(true);
    const qint64 dealId = view->deals()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
    QCOMPARE(deal->currentData().toLongLong(), dealId);
    text->setPlainText(QStringLiteral("Tick the discovery call before you propose."));
    followUpOn->setChecked(true);
    QVERIFY(add->isEnabled());
    add->click();

    // Then it is listed with the rep's notes, not read yet, and the status bar says so
    QCOMPARE(view->notes()->topLevelItemCount(), 1);
    QCOMPARE(view->notes()->topLevelItem(0)->text(0),
             QStringLiteral("Tick the discovery call before you propose."));
    QVERIFY(text->toPlainText().isEmpty());
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Coaching note")));

    // And another rep, selecting that cell, does not read it
    qint64 otherRep = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->repId(r) != rep)
            otherRep = view->model()->repId(r);
    }
    actAs(window, otherRep);
    view->grid()->clearSelection();
    view->grid()->setCurrentIndex(cell);
    QCOMPARE(view->notes()->topLevelItemCount(), 0);

    // And the rep finds it on their agenda, about that deal, and marks it read
    actAs(window, rep);
    auto *agenda = window.findChild<AgendaView *>();
    auto *forMe = agenda->findChild<QTreeWidget *>(QStringLiteral("coachingNotesForMe"));
    QCOMPARE(forMe->topLevelItemCount(), 1);
    QCOMPARE(forMe->topLevelItem(0)->data(1, Qt::UserRole).toLongLong(), dealId);
    QVERIFY(!forMe->topLevelItem(0)->text(3).isEmpty()); // the follow-up date
    forMe->topLevelItem(0)->setSelected(true);
    agenda->findChild<QPushButton *>(QStringLiteral("markNoteRead"))->click();
    QCOMPARE(forMe->topLevelItemCount(), 0);
    QVERIFY(agenda->findChild<QLabel *>(QStringLiteral("coachingHeading"))
                ->text()
                .contains(QStringLiteral("none unread")));
    // And the manager sees it read
    actAs(window, Test::userWithRole(window.model(), UserRole::Manager));
    view->grid()->setCurrentIndex(cell);
    QCOMPARE(view->notes()->topLevelItem(0)->text(3), QStringLiteral("Read"));
}

QTEST_MAIN(TestCoachingView)
#include "tst_coachingview.moc"
