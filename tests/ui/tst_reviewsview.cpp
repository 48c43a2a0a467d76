// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
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
    QVERIFY(!lesson->isEnabled());
    QVERIFY(!mark->isEnabled());
    QVERIFY(who->text().contains(QStringLiteral("Only a manager")));

    // When a manager selects the newest and writes the lesson
    actAs(window, Test::userWithRole(window.model(), UserRole::Manager));
    view->view()->selectRow(0);
    const qint64 closeId = model->close(0)->id;
    QVERIFY(lesson->isEnabled());
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
    QVERIFY(model->index(found, ReviewsModel::ReviewColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("Ask for the budget owner in the first call.")));
    view->view()->selectRow(found);
    QCOMPARE(mark->text(), QStringLiteral("&Update Review"));
    QCOMPARE(lesson->toPlainText(), QStringLiteral("Ask for the budget owner in the first call."));
}

QTEST_MAIN(TestReviewsView)
#include "tst_reviewsview.moc"
