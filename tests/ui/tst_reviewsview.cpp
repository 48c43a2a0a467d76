// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "competitorsdialog.h"
#include "dealcompetitorsview.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/reviewsmodel.h"
#include "mainwindow.h"
#include "reviewsview.h"
#include "services/lookback.h"
#include "users.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Stageboard;

/// The Look-back tab in the window: its count on the title and among the dashboard's figures,
/// a manager's review written right there, a rep who may only read, the empty states.
class TestReviewsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldLetAManagerReviewFromTheTab();
    void shouldNameADealsCompetitorsInThePanel();
    void shouldKeepTheCompetitorsList();

private:
    static void actAs(MainWindow &window, qint64 userId)
    {
        auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
        acting->setCurrentIndex(acting->findData(userId));
        Q_EMIT acting->activated(acting->currentIndex());
    }
    QTemporaryDir m_dir;
};

void TestReviewsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StageboardTest"));
}

void TestReviewsView::shouldLetAManagerReviewFromTheTab()
{
    // Given the demo board, whose recent closes await review, acting as a rep
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("reviews.sqlite"))));
    window.show();
    auto *view = window.findChild<ReviewsView *>();
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(view && tabs);
    ReviewsModel *model = view->model();
    const qint64 pending = model->pendingCount();
    QVERIFY2(pending >= 2, "the demo has closes awaiting review");
    QCOMPARE(model->rowCount(), int(pending));
    const int tab = tabs->indexOf(view);
    QCOMPARE(tabs->tabText(tab), ReviewsView::title(pending));
    QVERIFY(tabs->tabText(tab).contains(QString::number(pending)));
    // And the dashboard counts them among its figures
    auto *figure =
        window.findChild<QLabel *>(QStringLiteral("Awaiting review"), Qt::FindChildrenRecursively);
    if (!figure) {
        const auto labels = window.findChildren<QLabel *>();
        for (QLabel *l : labels) {
            if (l->accessibleName() == QLatin1StringView("Awaiting review"))
                figure = l;
        }
    }
    QVERIFY(figure);
    QCOMPARE(figure->text(), QString::number(pending));

    tabs->setCurrentIndex(tab);
    auto *lesson = view->findChild<QPlainTextEdit *>(QStringLiteral("lesson"));
    auto *mark = view->findChild<QPushButton *>(QStringLiteral("markReviewed"));
    auto *who = view->findChild<QLabel *>(QStringLiteral("reviewWho"));
    actAs(window, Test::userWithRole(window.model(), UserRole::Rep));
    view->view()->selectRow(0);
    // Then a rep reads, and may not review
    QVERIFY(lesson->isReadOnly());
    QVERIFY(!mark->isEnabled());
    QVERIFY(who->text().contains(QStringLiteral("Only a manager")));

    // When a manager selects the newest and writes the lesson
    actAs(window, Test::userWithRole(window.model(), UserRole::Manager));
    view->view()->selectRow(0);
    const qint64 closeId = model->close(0)->id;
    QVERIFY(!lesson->isReadOnly());
    QVERIFY2(!mark->isEnabled(), "a review needs its lesson first");
    lesson->setPlainText(QStringLiteral("Ask for the budget owner in the first call."));
    QVERIFY(mark->isEnabled());
    mark->click();

    // Then it leaves the list, the counts drop, and the status bar says so
    QCOMPARE(model->pendingCount(), pending - 1);
    QCOMPARE(model->rowCount(), int(pending - 1));
    QTRY_COMPARE(tabs->tabText(tab), ReviewsView::title(pending - 1));
    QCOMPARE(figure->text(), QString::number(pending - 1));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Reviewed")));
    // And the reviewed list shows the lesson in the manager's name
    auto *filter = view->findChild<QComboBox *>(QStringLiteral("reviewFilter"));
    filter->setCurrentIndex(filter->findData(int(CloseFilter::Reviewed)));
    int found = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->close(row)->id == closeId)
            found = row;
    }
    QVERIFY(found >= 0);
    QCOMPARE(model->index(found, ReviewsModel::ReviewColumn).data().toString(),
             QStringLiteral("Ask for the budget owner in the first call."));
    view->view()->selectRow(found);
    QCOMPARE(mark->text(), QStringLiteral("&Update Review"));
    QCOMPARE(lesson->toPlainText(), QStringLiteral("Ask for the budget owner in the first call."));
}

void TestReviewsView::shouldNameADealsCompetitorsInThePanel()
{
    // Given the panel's competitors of an open deal of the demo with none yet
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("competitors.sqlite"))));
    Workspace &workspace = *window.workspace();
    qint64 deal = 0;
    for (const Opportunity &o : workspace.boardService().opportunities()) {
        const Stage *s = workspace.boardService().gateEngine().stage(o.stageId);
        if (s && s->kind == StageKind::Open &&
            workspace.lookBack().dealCompetitors(o.id)->isEmpty())
            deal = o.id;
    }
    QVERIFY(deal);
    DealCompetitorsView view;
    view.setWorkspace(&workspace);
    view.showOpportunity(deal);
    QCOMPARE(view.list()->count(), 0);

    // When a competitor from the list and a new one are named, with where we stand
    QVERIFY(view.save(QStringLiteral("quantix"), QStringLiteral("Local support"),
                      QStringLiteral("Price")));
    QVERIFY(view.save(QStringLiteral("Brand New Rival"), {}, QStringLiteral("Their trial")));

    // Then both show, with our strengths and weaknesses, and the new one joined the list
    QTRY_COMPARE(view.list()->count(), 2);
    const QString all = view.list()->item(0)->text() + view.list()->item(1)->text();
    QVERIFY2(all.contains(QStringLiteral("Quantix")) &&
                 all.contains(QStringLiteral("Our strengths: Local support")) &&
                 all.contains(QStringLiteral("Our weaknesses: Their trial")),
             qPrintable(all));
    QVERIFY(workspace.lookBackService().competitorNamed(QStringLiteral("Brand New Rival")));
    QVERIFY(view.closeSummary()->isHidden());

    // And removing one leaves the other
    view.list()->setCurrentRow(0);
    view.list()->item(0)->setSelected(true);
    view.findChild<QPushButton *>(QStringLiteral("removeCompetitor"))->click();
    QTRY_COMPARE(view.list()->count(), 1);
    QCOMPARE(workspace.lookBack().dealCompetitors(deal)->size(), 1);
}

void TestReviewsView::shouldKeepTheCompetitorsList()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("list.sqlite"))));
    Workspace &workspace = *window.workspace();
    actAs(window, Test::userWithRole(window.model(), UserRole::Rep));
    CompetitorsDialog dialog(workspace.lookBackService());
    const int before = dialog.competitors()->count();
    QVERIFY2(before >= 4, "the demo has its competitors");
    // A rep adds one; a name taken is refused, saying so
    QVERIFY(dialog.addCompetitor(QStringLiteral("Rival A")));
    QCOMPARE(dialog.competitors()->count(), before + 1);
    QVERIFY(!dialog.addCompetitor(QStringLiteral("rival a")));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("already")),
             qPrintable(dialog.errorText()));
    // Only a manager removes one
    QCOMPARE(dialog.competitors()->currentItem()->text(), QStringLiteral("Rival A"));
    QVERIFY(!dialog.removeSelected());
    actAs(window, Test::userWithRole(window.model(), UserRole::Manager));
    QVERIFY(dialog.removeSelected());
    QCOMPARE(dialog.competitors()->count(), before);
}

QTEST_MAIN(TestReviewsView)
#include "tst_reviewsview.moc"
