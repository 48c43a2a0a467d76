// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"
#include "itemmodels/forecastmodels.h"
#include "mainwindow.h"
#include "services/boardservice.h"
#include "users.h"
#include "winlossview.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Stageboard;

namespace {

/// Each group's won and lost as the group table shows them.
QMap<QString, QPair<qint64, qint64>> shown(const ForecastTableModel &model)
{
    QMap<QString, QPair<qint64, qint64>> groups;
    for (int row = 0; row < model.rowCount(); ++row) {
        groups.insert(
            model.index(row, 0).data().toString(),
            {model.index(row, 1).data().toLongLong(), model.index(row, 2).data().toLongLong()});
    }
    return groups;
}

} // namespace

/// The Win/Loss tab beside the forecast: its figures against the deals counted one by one,
/// its filters, a close on the board showing at once, the lessons of the group selected, the
/// PDF, and what it says when nothing closed.
class TestWinLossView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldCountEachRepsClosedDealsAsTheBoardHasThem();
    void shouldKeepOnlyTheChosenRepsDeals();
    void shouldShowADealClosedOnTheBoardAtOnce();
    void shouldListTheLessonsOfTheSelectedGroup();
    void shouldSayWhyNothingIsShown();
    void shouldExportPdf();

private:
    /// Every closed deal of the demo, from long ago to far ahead, by rep.
    void showEverything();
    /// Won and lost of each rep's closed deals in the board's deals, by the rep's name.
    QMap<QString, QPair<qint64, qint64>> countedByRep(std::optional<qint64> onlyRep = {}) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    WinLossView *m_view = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestWinLossView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StageboardTest"));
}

void TestWinLossView::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_dir.filePath(QStringLiteral("winloss.sqlite"))));
    m_window->show();
    m_view = m_window->winLoss();
    QVERIFY(m_view);
    auto *tabs = m_window->findChild<QTabWidget *>();
    // Beside the forecast
    QCOMPARE(tabs->indexOf(m_view), tabs->indexOf(m_window->dashboard()) + 1);
    tabs->setCurrentWidget(m_view);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_view->groupModel()),
                                      static_cast<QAbstractItemModel *>(m_view->quarterModel()),
                                      static_cast<QAbstractItemModel *>(m_view->lessonModel())})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TestWinLossView::cleanup()
{
    m_testers.clear();
    m_window.reset();
}

void TestWinLossView::showEverything()
{
    m_view->setGrouping(WinLossBy::Rep);
    WinLossFilter everything;
    everything.from = QDate(2000, 1, 1);
    everything.to = QDate(2099, 12, 1);
    m_view->setFilter(everything);
}

QMap<QString, QPair<qint64, qint64>>
TestWinLossView::countedByRep(std::optional<qint64> onlyRep) const
{
    const BoardService &board = m_window->workspace()->boardService();
    QMap<QString, QPair<qint64, qint64>> counted;
    for (const Opportunity &o : board.opportunities()) {
        const Stage *stage = board.gateEngine().stage(o.stageId);
        if (!stage || stage->kind == StageKind::Open || o.disqualified)
            continue;
        if (onlyRep && o.ownerId != *onlyRep)
            continue;
        const User *owner = board.gateEngine().user(o.ownerId);
        auto &c = counted[owner ? owner->name : QString()];
        (stage->kind == StageKind::Won ? c.first : c.second) += 1;
    }
    return counted;
}

void TestWinLossView::shouldCountEachRepsClosedDealsAsTheBoardHasThem()
{
    // When the tab shows every closed deal of the demo, by rep
    showEverything();

    // Then each rep's won and lost are the board's closed deals of that rep
    const auto expected = countedByRep();
    QVERIFY2(expected.size() >= 2, "the demo closes deals of several reps");
    QCOMPARE(shown(*m_view->groupModel()), expected);
    QCOMPARE(m_view->groupModel()->headerData(0, Qt::Horizontal).toString(),
             WinLossView::groupingName(WinLossBy::Rep));
    // And the quarters add up to the same deals, each once
    qint64 won = 0;
    qint64 lost = 0;
    for (const auto &[w, l] : expected) {
        won += w;
        lost += l;
    }
    qint64 quarterWon = 0;
    for (int row = 0; row < m_view->quarterModel()->rowCount(); ++row)
        quarterWon += m_view->quarterModel()->index(row, 1).data().toLongLong();
    QCOMPARE(quarterWon, won);
    QVERIFY2(m_view->summary().startsWith(QStringLiteral("%1 won, %2 lost").arg(won).arg(lost)),
             qPrintable(m_view->summary()));
    QVERIFY(m_view->emptyMessage().isEmpty());
}

void TestWinLossView::shouldKeepOnlyTheChosenRepsDeals()
{
    // Given every closed deal by rep
    showEverything();
    const auto all = countedByRep();
    const QString name = all.lastKey();

    // When the rep filter chooses one of them
    QComboBox *rep = nullptr;
    const auto boxes = m_view->findChildren<QComboBox *>();
    for (QComboBox *box : boxes) {
        if (box->accessibleName() == QLatin1StringView("Rep filter"))
            rep = box;
    }
    QVERIFY(rep);
    const int index = rep->findText(name);
    QVERIFY(index > 0);
    rep->setCurrentIndex(index);
    Q_EMIT rep->activated(index);
    m_view->refreshNow();

    // Then only that rep's deals are counted
    QCOMPARE(shown(*m_view->groupModel()), countedByRep(rep->currentData().toLongLong()));
    QCOMPARE(m_view->groupModel()->rowCount(), 1);
}

void TestWinLossView::shouldShowADealClosedOnTheBoardAtOnce()
{
    // Given every closed deal by close reason
    showEverything();
    m_view->setGrouping(WinLossBy::Reason);
    const auto before = shown(*m_view->groupModel());

    // When a manager closes an open deal as lost on the board, for a reason of its own
    BoardService &board = m_window->workspace()->boardService();
    board.setCurrentUserId(Test::userWithRole(m_window->model(), UserRole::Manager));
    qint64 open = 0;
    qint64 lostStage = 0;
    for (const Stage &s : board.gateEngine().stages()) {
        if (s.kind == StageKind::Lost && !lostStage)
            lostStage = s.id;
    }
    // A deal far along: one lost early is disqualified, and left out of win/loss.
    int furthest = -1;
    for (const Opportunity &o : board.opportunities()) {
        const Stage *s = board.gateEngine().stage(o.stageId);
        if (s->kind == StageKind::Open &&
            (s->position > furthest || (s->position == furthest && o.id < open))) {
            furthest = s->position;
            open = o.id;
        }
    }
    QVERIFY(open && lostStage);
    MoveRequest request;
    request.closeReason = QStringLiteral("Too far from our plant");
    request.overrideReason = QStringLiteral("The customer chose a local supplier.");
    QVERIFY(board.moveToStage(open, lostStage, request));

    // Then the tab counts it in its own row, without anyone asking
    QTRY_VERIFY2_WITH_TIMEOUT(
        shown(*m_view->groupModel()).contains(QStringLiteral("Too far from our plant")),
        qPrintable(QStringList(shown(*m_view->groupModel()).keys()).join(QStringLiteral(", ")) +
                   QStringLiteral(" (shown: %1)").arg(m_view->isVisible())),
        10000);
    QCOMPARE(shown(*m_view->groupModel()).value(QStringLiteral("Too far from our plant")),
             qMakePair(qint64(0), qint64(1)));
    QCOMPARE(m_view->groupModel()->rowCount(), before.size() + 1);
}

void TestWinLossView::shouldListTheLessonsOfTheSelectedGroup()
{
    // Given every closed deal by close reason, most of them reviewed in the demo
    showEverything();
    m_view->setGrouping(WinLossBy::Reason);
    ForecastTableModel *lessons = m_view->lessonModel();
    QVERIFY2(lessons->rowCount() > 0, "the demo's managers wrote lessons");
    QStringList groups;
    for (int row = 0; row < lessons->rowCount(); ++row)
        groups.append(lessons->index(row, 0).data().toString());
    groups.removeDuplicates();
    QVERIFY2(groups.size() > 1, "with nothing selected, every group's lessons");

    // When the row of one reason is selected
    const QString reason = groups.first();
    QTableView *table = m_view->groupTable();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == reason)
            row = r;
    }
    QVERIFY(row >= 0);
    table->selectRow(row);

    // Then only its lessons are listed, and each one is written
    QVERIFY(lessons->rowCount() > 0);
    for (int r = 0; r < lessons->rowCount(); ++r) {
        QCOMPARE(lessons->index(r, 0).data().toString(), reason);
        QVERIFY(!lessons->index(r, 3).data().toString().isEmpty());
    }
    // And double-clicking one opens its deal on the board
    QSignalSpy opened(m_view, &WinLossView::opportunityActivated);
    const QModelIndex first = m_view->lessonTable()->model()->index(0, 1);
    Q_EMIT m_view->lessonTable()->doubleClicked(first);
    QCOMPARE(opened.size(), 1);
    QVERIFY(m_window->workspace()->boardService().opportunities().contains(
        opened.first().first().toLongLong()));
}

void TestWinLossView::shouldSayWhyNothingIsShown()
{
    // When the period is one in which nothing closed
    WinLossFilter future;
    future.from = QDate(2090, 1, 1);
    future.to = QDate(2090, 3, 1);
    m_view->setFilter(future);

    // Then the charts say why, and the figures say none
    QCOMPARE(m_view->emptyMessage(), QStringLiteral("No deals closed in this period"));
    QCOMPARE(m_view->groupModel()->rowCount(), 0);
    QCOMPARE(m_view->summary(), QStringLiteral("No deals won or lost in this period."));
    // And the trend still shows the period's quarter, at zero
    QCOMPARE(m_view->quarterModel()->rowCount(), 1);
    QCOMPARE(m_view->quarterModel()->index(0, 0).data().toString(), QStringLiteral("Q1 2090"));
    // With no win rate: nothing closed is not "0 %"
    QVERIFY(!m_view->quarterModel()->index(0, 3).data().isValid());
    QCOMPARE(m_view->quarterModel()->index(0, 3).data(ForecastTableModel::FormattedRole).toString(),
             QStringLiteral("—"));
}

void TestWinLossView::shouldExportPdf()
{
    showEverything();
    const QString path = m_dir.filePath(QStringLiteral("winloss.pdf"));
    QVERIFY(m_view->exportPdf(path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 10000);
    // With pdftotext at hand, the figures are in it as text
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (text.waitForFinished(20000) && text.exitCode() == 0) {
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("Win rate by quarter")), qPrintable(content));
    }
    const auto refused = m_view->exportPdf(QStringLiteral("/nonexistent/x.pdf"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.startsWith(QStringLiteral("Cannot write /nonexistent/x.pdf")));
}

QTEST_MAIN(TestWinLossView)
#include "tst_winlossview.moc"
