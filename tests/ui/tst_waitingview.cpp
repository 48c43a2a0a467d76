// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "itemmodels/waitingmodel.h"
#include "mainwindow.h"
#include "opportunitypanel.h"
#include "services/gateengine.h"
#include "teamrolesdialog.h"
#include "users.h"
#include "waitingview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Stageboard;

/// The Waiting on me tab in the window: its count on the title, signing off and rejecting
/// right there, an empty state for who has nothing waiting.
class TestWaitingView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldSignOffAndRejectFromTheTab();
    void shouldListTheDealsOfAStageOnesRoleOwns();
    void shouldLetTheAdminDefineARoleAndItsMembers();

private:
    QTemporaryDir m_dir;
};

void TestWaitingView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StageboardTest"));
}

void TestWaitingView::shouldSignOffAndRejectFromTheTab()
{
    // Given the demo board, acting as its legal counsel
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("waiting.sqlite"))));
    window.show();
    const qint64 legal = Test::userWithRole(window.model(), UserRole::Legal);
    QVERIFY(legal);
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    acting->setCurrentIndex(acting->findData(legal));
    Q_EMIT acting->activated(acting->currentIndex());
    auto *view = window.findChild<WaitingView *>();
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(view && tabs);
    WaitingModel *model = view->model();
    const int waiting = model->rowCount();
    QVERIFY2(waiting >= 2, "the demo has deals waiting for legal's sign-off");

    // Then the tab says how many wait, and the list is there, not the empty state
    const int tab = tabs->indexOf(view);
    QCOMPARE(tabs->tabText(tab), WaitingView::title(waiting));
    QVERIFY(tabs->tabText(tab).contains(QString::number(waiting)));
    tabs->setCurrentIndex(tab);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("waitingEmpty"))->isVisibleTo(&window));
    auto *approve = view->findChild<QPushButton *>(QStringLiteral("approveSignOff"));
    auto *reject = view->findChild<QPushButton *>(QStringLiteral("rejectSignOff"));
    auto *comment = view->findChild<QLineEdit *>(QStringLiteral("signOffComment"));
    QVERIFY(!approve->isEnabled());

    // When the first is selected and signed off, it leaves the list and the count drops
    const qint64 first = model->pending(0)->opportunityId;
    view->view()->selectRow(0);
    QVERIFY(approve->isEnabled());
    QVERIFY2(!reject->isEnabled(), "a rejection needs a comment first");
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(model->rowCount(), waiting - 1);
    QCOMPARE(tabs->tabText(tab), WaitingView::title(waiting - 1));
    const ExitCriterion *msa = nullptr;
    const QList<Check> checks = *window.model()->service().criterionChecks(first);
    for (const Check &c : checks) {
        const ExitCriterion *criterion = window.model()->service().gateEngine().criterion(c.itemId);
        if (criterion && criterion->signOff && c.userId == legal && c.state == CriterionState::Met)
            msa = criterion;
    }
    QVERIFY2(msa, "the sign-off is the acting person's");
    // And the deal's panel logs the decision, newest first, in their name
    Q_EMIT view->openOpportunityRequested(first);
    QVERIFY(window.panel());
    auto *log = window.panel()->findChild<QListWidget *>(QStringLiteral("signOffLog"));
    QVERIFY(log && log->isVisibleTo(window.panel()));
    QVERIFY(log->count() >= 1);
    // ...every entry in full, none cut off at the bottom
    QVERIFY(log->viewport()->height() >=
            log->visualRect(log->model()->index(log->count() - 1, 0)).bottom());
    const QString latest = log->item(0)->text();
    QVERIFY2(latest.contains(signOffDecisionName(SignOffDecisionKind::Approved) +
                             QStringLiteral(" by ") + window.model()->service().userName(legal)),
             qPrintable(latest));
    QVERIFY2(latest.contains(msa->text), qPrintable(latest));
    tabs->setCurrentIndex(tab);

    // When the next is rejected with a reason, it leaves too, and the comment box empties
    view->view()->selectRow(0);
    QTest::keyClicks(comment, QStringLiteral("Liability cap missing"));
    QVERIFY(reject->isEnabled());
    QTest::mouseClick(reject, Qt::LeftButton);
    QCOMPARE(model->rowCount(), waiting - 2);
    QVERIFY(comment->text().isEmpty());

    // And someone with nothing waiting (a manager, in no role) sees what the tab is for
    const qint64 manager = Test::userWithRole(window.model(), UserRole::Manager);
    acting->setCurrentIndex(acting->findData(manager));
    Q_EMIT acting->activated(acting->currentIndex());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(tabs->tabText(tab), WaitingView::title(0));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("waitingEmpty"))->isVisibleTo(&window));
}

void TestWaitingView::shouldListTheDealsOfAStageOnesRoleOwns()
{
    // Given the demo board, acting as its solutions engineer, whose role owns Propose
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("owned.sqlite"))));
    window.show();
    const GateEngine &engine = window.model()->service().gateEngine();
    const auto engineers =
        std::find_if(engine.teamRoles().cbegin(), engine.teamRoles().cend(),
                     [](const auto &r) { return r.name == QLatin1String("Solutions engineer"); });
    QVERIFY(engineers != engine.teamRoles().cend() && !engineers->memberIds.isEmpty());
    const qint64 engineer = engineers->memberIds.first();
    QVERIFY(engine.stageNamed(QStringLiteral("Propose"))
                ->ownerTeams.contains(QStringLiteral("Solutions engineer")));
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    acting->setCurrentIndex(acting->findData(engineer));
    Q_EMIT acting->activated(acting->currentIndex());
    // (whom they act as says both their permission level and their role)
    QVERIFY2(acting->currentText().endsWith(QStringLiteral("(Sales rep · Solutions engineer)")),
             qPrintable(acting->currentText()));
    auto *view = window.findChild<WaitingView *>();
    auto *tabs = window.findChild<QTabWidget *>();
    tabs->setCurrentWidget(view);

    // Then every deal in Propose waits on them, and only those, as the stage's owner
    WaitingModel *model = view->model();
    const int inPropose = int(
        std::count_if(window.model()->service().opportunities().cbegin(),
                      window.model()->service().opportunities().cend(), [&](const Opportunity &o) {
                          return o.stageId == engine.stageNamed(QStringLiteral("Propose"))->id;
                      }));
    QVERIFY2(inPropose > 0, "the demo has deals in Propose");
    QCOMPARE(model->rowCount(), inPropose);
    QCOMPARE(tabs->tabText(tabs->indexOf(view)), WaitingView::title(inPropose));
    QCOMPARE(model->index(0, WaitingModel::StageColumn).data().toString(),
             QStringLiteral("Propose"));
    QCOMPARE(model->index(0, WaitingModel::RoleColumn).data().toString(),
             QStringLiteral("Solutions engineer"));
    QVERIFY(!model->index(0, WaitingModel::CriterionColumn).data().toString().isEmpty());
    QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("owns")));

    // And there is nothing to sign: the deal is opened to be worked
    view->view()->selectRow(0);
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("approveSignOff"))->isEnabled());
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("rejectSignOff"))->isEnabled());
    auto *open = view->findChild<QPushButton *>(QStringLiteral("openWaiting"));
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(window.panel());
}

void TestWaitingView::shouldLetTheAdminDefineARoleAndItsMembers()
{
    // Given the demo board, acting as its admin
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("roles.sqlite"))));
    window.show();
    const qint64 admin = Test::userWithRole(window.model(), UserRole::Admin);
    const qint64 rep = Test::userWithRole(window.model(), UserRole::Rep);
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    acting->setCurrentIndex(acting->findData(rep));
    Q_EMIT acting->activated(acting->currentIndex());
    // (a rep may not open it)
    QVERIFY(!window.editTeamRoles());
    acting->setCurrentIndex(acting->findData(admin));
    Q_EMIT acting->activated(acting->currentIndex());
    TeamRolesDialog *dialog = window.editTeamRoles();
    QVERIFY(dialog);
    const GateEngine &engine = window.model()->service().gateEngine();

    // When the admin adds "Supply team", describes it and ticks the rep as a member
    QVERIFY(dialog->addRole(QStringLiteral("Supply team")));
    QCOMPARE(dialog->roles()->currentItem()->text(), QStringLiteral("Supply team"));
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("roleDescription"));
    description->setText(QStringLiteral("Plans the deliveries"));
    Q_EMIT description->editingFinished();
    QListWidgetItem *member = nullptr;
    for (int i = 0; i < dialog->members()->count(); ++i) {
        if (dialog->members()->item(i)->data(Qt::UserRole).toLongLong() == rep)
            member = dialog->members()->item(i);
    }
    QVERIFY(member);
    member->setCheckState(Qt::Checked);

    // Then it is stored so, and the gate engine knows the rep holds it
    const auto plant =
        std::find_if(engine.teamRoles().cbegin(), engine.teamRoles().cend(),
                     [](const TeamRole &r) { return r.name == QLatin1String("Supply team"); });
    QVERIFY(plant != engine.teamRoles().cend());
    QCOMPARE(plant->description, QStringLiteral("Plans the deliveries"));
    QVERIFY(engine.holdsRole(rep, plant->id));
    const qint64 plantId = plant->id; // the engine reads its roles again with every change

    // And Legal, which signs off criteria, cannot be removed; the dialog says what it signs
    for (int i = 0; i < dialog->roles()->count(); ++i) {
        if (dialog->roles()->item(i)->text() == QLatin1String("Legal"))
            dialog->roles()->setCurrentRow(i);
    }
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("roleSignsOff"))
                ->text()
                .contains(QLatin1String("MSA, SLA and order form agreed")));
    // ...and which stages it owns
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("roleOwns"))->text(),
             QStringLiteral("Negotiate, Deliver/Finalize"));
    QVERIFY(!dialog->removeSelected());
    QVERIFY2(dialog->errorText().contains(QLatin1String("process editor")),
             qPrintable(dialog->errorText()));
    // while the new one, which signs nothing off, can
    for (int i = 0; i < dialog->roles()->count(); ++i) {
        if (dialog->roles()->item(i)->text() == QLatin1String("Supply team"))
            dialog->roles()->setCurrentRow(i);
    }
    QVERIFY(dialog->removeSelected());
    QVERIFY(!engine.holdsRole(rep, plantId));
    dialog->close();
}

QTEST_MAIN(TestWaitingView)
#include "tst_waitingview.moc"
