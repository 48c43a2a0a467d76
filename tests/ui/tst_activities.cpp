// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The people and activities of a deal as a rep and their manager work with them in the window:
// the agenda, the panel's activities and buying group, a call planned from its stage's
// template, done, debriefed, reviewed.
#include "activitydialogs.h"
#include "activityflow.h"
#include "activityreminders.h"
#include "agendaview.h"
#include "buyinggroupview.h"
#include "dealactivitiesview.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "itemmodels/stagechecklistmodel.h"
#include "mainwindow.h"
#include "opportunitypanel.h"
#include "storage/debriefstore.h"
#include "storage/engagementstore.h"
#include "storage/stakeholderstore.h"
#include "users.h"
#include "whendialog.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Stageboard;
using Stageboard::Test::userWithRole;
using Stageboard::Test::WhenDialog;

namespace {

// Acts as the user, as the person choosing themselves in the toolbar would.
void actAs(MainWindow &window, qint64 userId)
{
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    acting->setCurrentIndex(acting->findData(userId));
    Q_EMIT acting->activated(acting->currentIndex());
}

QTreeWidgetItem *rowSaying(QTreeWidget *list, const QString &text)
{
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        if ((*it)->text(0).contains(text))
            return *it;
    }
    return nullptr;
}

} // namespace

class TestActivities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldListTheRepsDayAndMarkOneDoneInTheAgenda();
    void shouldAddAChampionInThePanelAndLetTheDealThrough();
    void shouldPlanACallFromTheTemplateDebriefItAndHaveItReviewed();
    void shouldAnnounceAnActivityComingDueOnce();

private:
    QTemporaryDir m_dir;
};

void TestActivities::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StageboardTest"));
}

void TestActivities::shouldListTheRepsDayAndMarkOneDoneInTheAgenda()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("agenda.sqlite"));
    QVERIFY(window.openDatabase(path));
    window.show();
    // Acting as the rep with the most open activities
    BoardModel *model = window.model();
    AgendaModel *agenda = window.agenda()->model();
    QVERIFY(agenda);
    qint64 rep = 0;
    int most = 0;
    for (const User &u : model->service().users()) {
        if (u.role != UserRole::Rep)
            continue;
        QVERIFY(agenda->setOwner(u.id));
        int open = 0;
        for (int g = 0; g < AgendaModel::groupCount; ++g)
            open += agenda->rowCount(agenda->groupIndex(AgendaModel::Group(g)));
        if (open > most) {
            most = open;
            rep = u.id;
        }
    }
    QVERIFY(rep);
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    acting->setCurrentIndex(acting->findData(rep));
    Q_EMIT acting->activated(acting->currentIndex());
    QCOMPARE(agenda->owner(), rep);
    auto *view = window.agenda()->view();
    QVERIFY(view->isExpanded(agenda->groupIndex(AgendaModel::Group::Overdue)));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("agendaEmpty"))->isVisibleTo(&window));
    // Ticking the first activity marks it done and offers to plan the next; not now
    QModelIndex first;
    for (int g = 0; g < AgendaModel::groupCount && !first.isValid(); ++g) {
        const QModelIndex group = agenda->groupIndex(AgendaModel::Group(g));
        if (agenda->rowCount(group) > 0)
            first = agenda->index(0, 0, group);
    }
    QVERIFY(first.isValid());
    const qint64 deal =
        first.siblingAtColumn(AgendaModel::DealColumn).data(OpportunityIdRole).toLongLong();
    QString asked;
    // (a call asks for its debrief first: later)
    WhenDialog<DebriefDialog> debrief([](DebriefDialog *dialog) { dialog->reject(); });
    WhenDialog<QMessageBox> offer([&](QMessageBox *box) {
        asked = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::RejectRole)
                b->click();
        }
    });
    QVERIFY(agenda->setData(first, Qt::Checked, Qt::CheckStateRole));
    QTRY_VERIFY(offer.seen);
    QVERIFY2(asked.contains(QStringLiteral("Plan the next activity")), qPrintable(asked));
    int open = 0;
    for (int g = 0; g < AgendaModel::groupCount; ++g)
        open += agenda->rowCount(agenda->groupIndex(AgendaModel::Group(g)));
    QCOMPARE(open, most - 1);
    // Its card follows: the deal's next activity is another one, or none
    if (deal) {
        const auto stored = model->service().opportunity(deal);
        QVERIFY(stored);
        QCOMPARE(model->opportunityIndex(deal).data(NextActivityDueRole).toInt(),
                 int(activityDue(stored->nextActivityAt, QDateTime::currentDateTime())));
    }
}

void TestActivities::shouldAddAChampionInThePanelAndLetTheDealThrough()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("champion.sqlite"));
    QVERIFY(window.openDatabase(path));
    window.show();
    BoardModel *model = window.model();
    // A Qualify deal whose only missing criterion is its champion
    const QModelIndex qualify = model->index(1, 0);
    qint64 id = 0;
    for (int row = 0; row < model->rowCount(qualify) && !id; ++row) {
        const qint64 candidate = model->opportunityId(model->index(row, 0, qualify));
        if (!model->service().opportunity(candidate)->champions)
            id = candidate;
    }
    QVERIFY(id);
    model->service().setCurrentUserId(model->service().opportunity(id)->ownerId);
    for (const ExitCriterion &c :
         model->service().gateEngine().exitCriteria(model->service().opportunity(id)->stageId)) {
        if (c.rule.isEmpty() && c.required && !c.signOff)
            QVERIFY(model->service().answerCriterion(id, c.id, CriterionState::Met));
    }
    QVERIFY(model->opportunityIndex(id).data(RequiredUnmetRole).toBool());
    window.showOpportunityPanel(id);
    BuyingGroupView *group = window.panel()->buyingGroup();
    const int before = model->opportunityIndex(id).data(StakeholderCountRole).toInt();
    // When the rep adds a new contact as its champion in the panel
    qint64 champion = 0;
    const QList<BuyingRole> roles = *window.workspace()->stakeholders().buyingRoles();
    for (const BuyingRole &r : roles) {
        if (r.key == QLatin1String("champion"))
            champion = r.id;
    }
    Stakeholder s;
    s.roleId = champion;
    s.stance = Stance::Supporter;
    QVERIFY(group->add(0, QStringLiteral("Noor Moreau"), s));
    // Then the panel's org chart shows them, the card counts them, and the red dot is gone
    bool shown = false;
    for (QTreeWidgetItemIterator it(group->tree()); *it; ++it)
        shown |= (*it)->text(0).contains(QStringLiteral("Noor Moreau")) &&
                 (*it)->text(0).contains(QStringLiteral("Champion"));
    QVERIFY(shown);
    QCOMPARE(model->opportunityIndex(id).data(StakeholderCountRole).toInt(), before + 1);
    QVERIFY(model->opportunityIndex(id).data(ChampionRole).toBool());
    QVERIFY(!model->opportunityIndex(id).data(RequiredUnmetRole).toBool());
    // The criterion checks itself: shown met in the panel
    const StageChecklistModel *criteria = window.panel()->criteriaModel();
    for (int row = 0; row < criteria->rowCount(); ++row) {
        if (!criteria->index(row).data(RuleRole).toString().isEmpty())
            QCOMPARE(criteria->index(row).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }
    // A call's debrief leaves an objection open: the panel shows it until it is resolved
    Engagement call;
    call.kind = EngagementKind::Call;
    call.subject = QStringLiteral("Discovery call");
    call.ownerId = model->service().opportunity(id)->ownerId;
    call.opportunityId = id;
    call.dueAt = call.doneAt = QDateTime::currentSecsSinceEpoch();
    const qint64 callId = window.workspace()->engagements().addEngagement(call)->id;
    Debrief d;
    d.engagementId = callId;
    d.wentWell = QStringLiteral("Budget is there");
    QVERIFY(window.workspace()->debriefs().saveDebrief(d, {QStringLiteral("IT must approve")}));
    window.showOpportunityPanel(id);
    QCOMPARE(group->objections()->count(), 1);
    QVERIFY(group->objections()->isVisibleTo(window.panel()));
    QVERIFY(group->objections()->item(0)->text().startsWith(QStringLiteral("IT must approve")));
    group->objections()->setCurrentRow(0);
    group->resolveSelected();
    QCOMPARE(group->objections()->count(), 0);
    QVERIFY(!group->objections()->isVisibleTo(window.panel()));
    // And the deal moves on to Propose through the same gate
    const qint64 propose = model->index(2, 0).data(IdRole).toLongLong();
    const auto moved = model->service().moveToStage(id, propose);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
}

void TestActivities::shouldPlanACallFromTheTemplateDebriefItAndHaveItReviewed()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("callflow.sqlite"))));
    window.show();
    BoardModel *model = window.model();
    Workspace *workspace = window.workspace();
    // A Qualify deal, its stage with a call template, acted on by its rep
    const QModelIndex qualify = model->index(1, 0);
    QVERIFY(model->rowCount(qualify) > 0);
    const qint64 id = model->opportunityId(model->index(0, 0, qualify));
    const Opportunity deal = *model->service().opportunity(id);
    const Stage *stage = model->service().stage(deal.stageId);
    QVERIFY(!stage->callQuestions.isEmpty());
    QVERIFY(!stage->callObjections.isEmpty());
    const qint64 manager = userWithRole(model, UserRole::Manager);
    QVERIFY(manager && manager != deal.ownerId);
    actAs(window, deal.ownerId);
    window.showOpportunityPanel(id);
    DealActivitiesView *activities = window.panel()->dealActivities();
    QVERIFY(activities->isVisibleTo(window.panel()));
    QListWidget *objections = window.panel()->buyingGroup()->objections();
    const int objectionsBefore = objections->count();

    // When the rep plans a call from the panel, its plan taken from the stage's template
    WhenDialog<PlanActivityDialog> plan([](PlanActivityDialog *dialog) {
        dialog->kindChoice()->setCurrentIndex(
            dialog->kindChoice()->findData(int(EngagementKind::Call)));
        QVERIFY(dialog->planBox()->isVisibleTo(dialog));
        QVERIFY(dialog->templateButton()->isEnabled());
        QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("Qualification call"));
        dialog->findChild<QLineEdit *>(QStringLiteral("planObjective"))
            ->setText(QStringLiteral("Agree on the evaluation plan"));
        dialog->templateButton()->click();
        // (twice adds nothing more)
        dialog->templateButton()->click();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    activities->findChild<QPushButton *>(QStringLiteral("planDealActivity"))->click();
    QVERIFY(plan.seen);
    // Then it is stored with the template's questions and objections, and the card shows it
    EngagementQuery query;
    query.opportunityId = id;
    query.openOnly = true;
    const QList<Engagement> open = *workspace->engagements().engagements(query);
    const auto planned = std::find_if(open.cbegin(), open.cend(), [](const Engagement &e) {
        return e.subject == QLatin1String("Qualification call");
    });
    QVERIFY(planned != open.cend());
    QCOMPARE(planned->kind, EngagementKind::Call);
    QCOMPARE(planned->ownerId, deal.ownerId);
    QCOMPARE(planned->objective, QStringLiteral("Agree on the evaluation plan"));
    QCOMPARE(planned->questions.split(u'\n'), stage->callQuestions);
    QCOMPARE(planned->objectionsExpected.split(u'\n'), stage->callObjections);
    QTreeWidgetItem *row = rowSaying(activities->list(), QStringLiteral("Qualification call"));
    QVERIFY(row);
    QVERIFY(row->text(0).contains(QStringLiteral("plan written")));
    QVERIFY(model->opportunityIndex(id).data(NextActivityAtRole).toLongLong() <= planned->dueAt);

    // When it is marked done, the debrief asked for, one objection left open, the manager asked
    row->setSelected(true);
    QVERIFY(activities->doneButton()->isEnabled());
    QString shownPlan;
    WhenDialog<DebriefDialog> debrief([&](DebriefDialog *dialog) {
        shownPlan = dialog->findChild<QLabel *>(QStringLiteral("debriefPlan"))->text();
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("debriefWentWell")),
                         QStringLiteral("They named their evaluation team"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("debriefUnresolved")),
                         QStringLiteral("Security review takes a quarter"));
        dialog->findChild<QLineEdit *>(QStringLiteral("debriefOutcome"))
            ->setText(QStringLiteral("Pilot scoped"));
        auto *reviewer = dialog->findChild<QComboBox *>(QStringLiteral("debriefReviewer"));
        reviewer->setCurrentIndex(reviewer->findData(manager));
        QVERIFY(save->isEnabled());
        save->click();
    });
    WhenDialog<QMessageBox> next([](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::RejectRole)
                b->click();
        }
    });
    activities->doneButton()->click();
    QVERIFY(debrief.seen);
    QTRY_VERIFY(next.seen);
    // Then the debrief showed the plan, is stored with its review asked, the call's outcome
    // kept, the objection open on the deal, and the panel says who reviews it
    QVERIFY2(shownPlan.contains(QStringLiteral("Agree on the evaluation plan")),
             qPrintable(shownPlan));
    QVERIFY(shownPlan.contains(stage->callQuestions.first()));
    const auto stored = *workspace->debriefs().debrief(planned->id);
    QVERIFY(stored);
    QCOMPARE(stored->wentWell, QStringLiteral("They named their evaluation team"));
    QCOMPARE(stored->authorId, deal.ownerId);
    QCOMPARE(stored->reviewerId, manager);
    QCOMPARE((*workspace->engagements().engagement(planned->id))->outcome,
             QStringLiteral("Pilot scoped"));
    QCOMPARE(objections->count(), objectionsBefore + 1);
    QVERIFY(objections->isVisibleTo(window.panel()));
    row = rowSaying(activities->list(), QStringLiteral("Qualification call"));
    QVERIFY2(row->text(0).contains(
                 QStringLiteral("review asked of %1").arg(model->service().userName(manager))),
             qPrintable(row->text(0)));
    // (the rep does not answer their own review)
    row->setSelected(true);
    QVERIFY(!activities->reviewButton()->isVisibleTo(window.panel()));

    // When the manager opens their agenda, the debrief waits there for them
    actAs(window, manager);
    QTreeWidget *reviews = window.agenda()->reviews();
    QTreeWidgetItem *waiting = rowSaying(reviews, QStringLiteral("Qualification call"));
    QVERIFY(waiting);
    QCOMPARE(waiting->text(1), deal.title);
    QCOMPARE(waiting->text(2), model->service().userName(deal.ownerId));
    QVERIFY(window.agenda()
                ->findChild<QLabel *>(QStringLiteral("reviewsHeading"))
                ->text()
                .contains(QString::number(reviews->topLevelItemCount())));
    // and they answer it
    QString reviewed;
    WhenDialog<ReviewDialog> review([&](ReviewDialog *dialog) {
        reviewed = dialog->findChild<QLabel *>(QStringLiteral("reviewWentWell"))->text();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reviewFeedback")),
                         QStringLiteral("Ask about the security review up front"));
        for (QAbstractButton *b : dialog->findChild<QDialogButtonBox *>()->buttons()) {
            if (dialog->findChild<QDialogButtonBox *>()->buttonRole(b) ==
                QDialogButtonBox::AcceptRole)
                b->click();
        }
    });
    waiting->setSelected(true);
    window.agenda()->reviewSelected();
    QVERIFY(review.seen);
    QCOMPARE(reviewed, QStringLiteral("They named their evaluation team"));
    // Then the feedback is stored, the list no longer has it, and the deal's panel says so
    const auto answered = *workspace->debriefs().debrief(planned->id);
    QCOMPARE(answered->feedback, QStringLiteral("Ask about the security review up front"));
    QVERIFY(answered->reviewedAt > 0);
    QVERIFY(!rowSaying(reviews, QStringLiteral("Qualification call")));
    window.showOpportunityPanel(id);
    row = rowSaying(activities->list(), QStringLiteral("Qualification call"));
    QVERIFY(row->text(0).contains(QStringLiteral("feedback from")));

    // And the objection stays on the deal until someone marks it resolved
    QCOMPARE(objections->count(), objectionsBefore + 1);
    const QList<QListWidgetItem *> raised = objections->findItems(
        QStringLiteral("Security review takes a quarter"), Qt::MatchStartsWith);
    QCOMPARE(raised.size(), 1);
    objections->setCurrentItem(raised.first());
    window.panel()->buyingGroup()->resolveSelected();
    QCOMPARE(objections->count(), objectionsBefore);
    QVERIFY(
        objections->findItems(QStringLiteral("Security review"), Qt::MatchStartsWith).isEmpty());
}

void TestActivities::shouldAnnounceAnActivityComingDueOnce()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("reminders.sqlite"))));
    window.show();
    BoardModel *model = window.model();
    ActivityReminders *reminders = window.reminders();
    reminders->setDesktopNotifications(false);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Given a call of the acting rep's, due in five minutes
    const qint64 rep = userWithRole(model, UserRole::Rep);
    actAs(window, rep);
    // (what the demo has due up to the last look below is announced first: the demo plans
    // activities on five-minute marks, and one may fall due between two looks)
    reminders->check(now + 60);
    Engagement call;
    call.kind = EngagementKind::Call;
    call.subject = QStringLiteral("Pricing call with Dana");
    call.ownerId = rep;
    call.opportunityId = model->opportunityId(model->index(0, 0, model->index(2, 0)));
    call.dueAt = now + 5 * 60;
    const qint64 id = window.workspace()->engagements().addEngagement(call)->id;
    // and one of someone else's
    call.subject = QStringLiteral("Someone else's call");
    call.ownerId = userWithRole(model, UserRole::Manager);
    QVERIFY(call.ownerId != rep);
    QVERIFY(window.workspace()->engagements().addEngagement(call));
    // When the clock looks, it is announced, with its deal, in the status bar
    QList<qint64> announced;
    connect(reminders, &ActivityReminders::announced, this,
            [&](qint64 engagement, const QString &) { announced.append(engagement); });
    QCOMPARE(reminders->check(now + 30), 1);
    QCOMPARE(announced, QList<qint64>{id});
    const QString shown = window.statusBar()->currentMessage();
    QVERIFY2(shown.contains(QStringLiteral("Pricing call with Dana")), qPrintable(shown));
    QVERIFY(shown.contains(model->service().opportunity(call.opportunityId)->title));
    // And not a second time
    QCOMPARE(reminders->check(now + 60), 0);
}

QTEST_MAIN(TestActivities)
#include "tst_activities.moc"
