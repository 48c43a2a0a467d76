// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Accounts tab as a rep or manager uses it: every account with its pipeline, narrowed by
// territory, owner, tier and words; an account's tier and potential edited; a deal added on
// the board showing in its account's figures.
#include "accountdialog.h"
#include "accountsview.h"
#include "activitydialogs.h"
#include "core/money.h"
#include "core/translations.h"
#include "emptystate.h"
#include "itemmodels/accountlistmodel.h"
#include "itemmodels/boardmodel.h"
#include "mainwindow.h"
#include "services/boardservice.h"
#include "storage/accountstore.h"
#include "storage/contactstore.h"
#include "storage/directory.h"
#include "storage/engagementstore.h"
#include "storage/territorystore.h"
#include "territoriesdialog.h"
#include "whendialog.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Stageboard;
using Stageboard::Test::WhenDialog;

class TestAccountsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldNarrowTheAccountsByTerritoryOwnerTierAndWords();
    void shouldSaveATierAndPotentialAndKeepWhatWasTypedWhenRefused();
    void shouldShowADealAddedOnTheBoardInItsAccountsPipeline();
    void shouldListTheAccountsOverdueForContactAndScheduleTheCall();
    void shouldArrangeTerritoriesAndApplyTheRulesAfterAPreview();

private:
    QTemporaryDir m_dir;
};

void TestAccountsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StageboardTest"));
    // The English plurals a person reads ("1 account", "15 accounts")
    QVERIFY(installTranslations(QLocale(QLocale::English), QStringLiteral(STAGEBOARD_QM_DIR)));
}

namespace {

// The territories' ids in the list's order, by the filter's entries (all, none, then the tree).
int entryOf(QComboBox *box, const QString &name)
{
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemText(i).trimmed() == name)
            return i;
    }
    return -1;
}

QStringList shownNames(const AccountsView *accounts)
{
    QStringList names;
    const QAbstractItemModel *shown = accounts->view()->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        names.append(shown->index(r, AccountListModel::NameColumn).data().toString());
    return names;
}

} // namespace

void TestAccountsView::shouldNarrowTheAccountsByTerritoryOwnerTierAndWords()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("narrow.sqlite"))));
    window.show();
    AccountsView *accounts = window.accounts();
    window.findChild<QTabWidget *>()->setCurrentWidget(accounts);
    QAbstractItemModelTester tester(accounts->view()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    Workspace &workspace = *window.workspace();
    const auto stored = *workspace.directory().accounts();
    QTRY_COMPARE(accounts->view()->model()->rowCount(), int(stored.size()));
    QVERIFY(stored.size() > 5);
    QCOMPARE(accounts->countLabel()->text(), QStringLiteral("%1 accounts").arg(stored.size()));

    // A region shows the accounts of every territory in it, and says how many of all
    const auto territories = *workspace.territories().territories();
    qint64 europe = 0;
    for (const Territory &t : territories) {
        if (t.name == QStringLiteral("Europe"))
            europe = t.id;
    }
    QVERIFY(europe);
    const QList<qint64> inEurope = territoryAndBelow(territories, europe);
    QVERIFY(inEurope.size() > 1);
    QStringList expected;
    for (const Account &a : stored) {
        if (inEurope.contains(a.territoryId))
            expected.append(a.name);
    }
    QVERIFY(!expected.isEmpty() && expected.size() < stored.size());
    const int europeEntry = entryOf(accounts->territoryFilter(), QStringLiteral("Europe"));
    QVERIFY(europeEntry > 1);
    // A territory inside it is indented under it
    QVERIFY(accounts->territoryFilter()->itemText(europeEntry + 1).startsWith(u' '));
    accounts->territoryFilter()->setCurrentIndex(europeEntry);
    QStringList shown = shownNames(accounts);
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
    QCOMPARE(accounts->countLabel()->text(),
             QStringLiteral("%1 of %2 accounts").arg(expected.size()).arg(stored.size()));

    // With tier A only, every account shown is tier A and in Europe
    accounts->tierFilter()->setCurrentIndex(accounts->tierFilter()->findData(QStringLiteral("A")));
    const QAbstractItemModel *view = accounts->view()->model();
    for (int r = 0; r < view->rowCount(); ++r) {
        QCOMPARE(view->index(r, AccountListModel::TierColumn).data().toString(),
                 QStringLiteral("A"));
        QVERIFY(expected.contains(view->index(r, AccountListModel::NameColumn).data().toString()));
    }

    // Words nobody has: the empty state says so, and its button shows every account again
    QTest::keyClicks(accounts->search(), QStringLiteral("zzqx"));
    QTRY_VERIFY(accounts->emptyState()->isVisible());
    QCOMPARE(accounts->emptyState()->title(), QStringLiteral("No account matches “zzqx”"));
    QVERIFY(accounts->emptyState()->text().contains(QStringLiteral("Show All Accounts")));
    auto *all = accounts->emptyState()->findChild<QAbstractButton *>();
    QVERIFY(all);
    all->click();
    QTRY_VERIFY(!accounts->emptyState()->isVisible());
    QVERIFY(accounts->search()->text().isEmpty());
    QCOMPARE(accounts->territoryFilter()->currentIndex(), 0);
    QCOMPARE(accounts->tierFilter()->currentIndex(), 0);
    QCOMPARE(view->rowCount(), int(stored.size()));

    // Sorted by weighted pipeline, the largest first
    accounts->view()->sortByColumn(AccountListModel::WeightedColumn, Qt::DescendingOrder);
    AccountListModel *model = accounts->model();
    const auto weightedOf = [&](int r) {
        const QModelIndex source = accounts->filter()->mapToSource(accounts->filter()->index(r, 0));
        return model->summary(source.row()).openWeighted;
    };
    for (int r = 1; r < view->rowCount(); ++r)
        QVERIFY(weightedOf(r - 1) >= weightedOf(r));
}

void TestAccountsView::shouldSaveATierAndPotentialAndKeepWhatWasTypedWhenRefused()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("edit.sqlite"))));
    window.show();
    AccountsView *accounts = window.accounts();
    window.findChild<QTabWidget *>()->setCurrentWidget(accounts);
    Workspace &workspace = *window.workspace();
    QTRY_VERIFY(accounts->model()->rowCount() > 0);
    const AccountSummary first = accounts->model()->summary(0);
    const qint64 id = first.account.id;

    // A potential that is not an amount: Save says which field and keeps the dialog open
    WhenDialog<AccountDialog> wrong([&](AccountDialog *dialog) {
        // The tier its value suggests, beside the tier
        const AttentionTier suggested =
            accounts->model()->suggestedTier(accounts->model()->rowOf(id));
        QCOMPARE(dialog->suggestion()->isVisibleTo(dialog), suggested != AttentionTier::None);
        if (suggested != AttentionTier::None)
            QVERIFY(dialog->suggestion()->text().endsWith(tierKey(suggested)));
        dialog->potentialEdit()->setText(QStringLiteral("lots"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problem()->isVisible());
        QVERIFY2(dialog->problem()->text().startsWith(QStringLiteral("Potential:")),
                 qPrintable(dialog->problem()->text()));
        QCOMPARE(dialog->potentialEdit()->text(), QStringLiteral("lots"));
        dialog->reject();
    });
    accounts->openAccount(id);
    QVERIFY(wrong.seen);

    // Tier C and a potential of 125,000: stored, and the list shows them at once
    WhenDialog<AccountDialog> edit([&](AccountDialog *dialog) {
        dialog->tierBox()->setCurrentIndex(dialog->tierBox()->findData(QStringLiteral("C")));
        QVERIFY(dialog->tierBox()->currentText().contains(QStringLiteral("90 days")));
        dialog->potentialEdit()->setText(QStringLiteral("125,000"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    accounts->openAccount(id);
    QVERIFY(edit.seen);
    const auto saved = *workspace.accounts().account(id);
    QCOMPARE(saved->tier, AttentionTier::C);
    QCOMPARE(saved->potential, Cents(125'000'00));
    const int row = accounts->model()->rowOf(id);
    QCOMPARE(accounts->model()->index(row, AccountListModel::TierColumn).data().toString(),
             QStringLiteral("C"));
    QVERIFY(accounts->model()
                ->index(row, AccountListModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("$125,000")));
    QCOMPARE(accounts->view()->currentIndex().data(AccountListModel::IdRole).toLongLong(), id);

    // Someone else changes it meanwhile: Save says so and keeps what was typed
    bool refused = false;
    WhenDialog<AccountDialog> late([&](AccountDialog *dialog) {
        Account meanwhile = **workspace.accounts().account(id);
        meanwhile.country = QStringLiteral("Iceland");
        QVERIFY(workspace.accounts().updateAccount(meanwhile));
        dialog->tierBox()->setCurrentIndex(dialog->tierBox()->findData(QStringLiteral("A")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        refused = dialog->isVisible() && dialog->problem()->isVisible();
        QCOMPARE(dialog->tierBox()->currentData().toString(), QStringLiteral("A"));
        dialog->reject();
    });
    accounts->openAccount(id);
    QVERIFY(late.seen);
    QVERIFY(refused);
    QCOMPARE((*workspace.accounts().account(id))->tier, AttentionTier::C);

    // A new account with the name of one there already is refused, saying so
    bool taken = false;
    WhenDialog<AccountDialog> twice([&](AccountDialog *dialog) {
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("accountOwner"))
                     ->currentData()
                     .toLongLong(),
                 workspace.boardService().currentUserId());
        dialog->nameEdit()->setText(first.account.name.toUpper());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        taken = dialog->isVisible() && dialog->problem()->text().contains(first.account.name);
        dialog->nameEdit()->setText(QStringLiteral("Aardvark Analytics"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    const int before = accounts->model()->rowCount();
    accounts->newAccountAction()->trigger();
    QVERIFY(twice.seen);
    QVERIFY(taken);
    QCOMPARE(accounts->model()->rowCount(), before + 1);
    QCOMPARE(accounts->view()->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("Aardvark Analytics"));
}

void TestAccountsView::shouldShowADealAddedOnTheBoardInItsAccountsPipeline()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("deal.sqlite"))));
    window.show();
    AccountsView *accounts = window.accounts();
    window.findChild<QTabWidget *>()->setCurrentWidget(accounts);
    QTRY_VERIFY(accounts->model()->rowCount() > 0);
    AccountListModel *model = accounts->model();
    const AccountSummary before = model->summary(0);

    // A deal of 40,000 US dollars in the first stage, on the first account
    BoardService &board = window.model()->service();
    Opportunity deal;
    deal.title = QStringLiteral("Extra seats");
    deal.stageId = board.stages().first().id;
    deal.ownerId = board.currentUserId();
    deal.accountId = before.account.id;
    deal.amount = 40'000'00;
    deal.currency = QStringLiteral("USD");
    QVERIFY(board.createOpportunity(deal));

    const int row = model->rowOf(before.account.id);
    QTRY_COMPARE(model->summary(row).openDeals, before.openDeals + 1);
    QCOMPARE(model->summary(row).openAmount, before.openAmount + 40'000'00);
    QCOMPARE(model->index(row, AccountListModel::OpenColumn).data().toString(),
             formatMoney(before.openAmount + 40'000'00, QStringLiteral("USD")));
}

void TestAccountsView::shouldListTheAccountsOverdueForContactAndScheduleTheCall()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("coverage.sqlite"))));
    window.show();
    AccountsView *accounts = window.accounts();
    window.findChild<QTabWidget *>()->setCurrentWidget(accounts);
    Workspace &workspace = *window.workspace();
    QTRY_VERIFY(accounts->model()->rowCount() > 0);
    AccountListModel *model = accounts->model();
    const TierIntervals intervals = *workspace.territories().tierIntervals();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Overdue: a tier, and no contact within its days (or never), counted here by hand
    QList<qint64> late;
    for (int r = 0; r < model->rowCount(); ++r) {
        const AccountSummary &s = model->summary(r);
        const int days = s.account.tier == AttentionTier::A   ? intervals.a
                         : s.account.tier == AttentionTier::B ? intervals.b
                         : s.account.tier == AttentionTier::C ? intervals.c
                                                              : 0;
        if (days > 0 && (s.lastActivityAt == 0 || now - s.lastActivityAt > qint64(days) * 86400))
            late.append(s.account.id);
    }
    QVERIFY2(!late.isEmpty(), "the demo should have an account overdue for contact");

    accounts->overdueFilter()->setChecked(true);
    const QAbstractItemModel *shown = accounts->view()->model();
    QList<qint64> listed;
    for (int r = 0; r < shown->rowCount(); ++r) {
        listed.append(shown->index(r, 0).data(AccountListModel::IdRole).toLongLong());
        QVERIFY(shown->index(r, AccountListModel::LastActivityColumn)
                    .data(AccountListModel::OverdueRole)
                    .toBool());
    }
    std::sort(listed.begin(), listed.end());
    std::sort(late.begin(), late.end());
    QCOMPARE(listed, late);

    // Schedule Call: a call with someone at the account, for the account's owner; the list
    // shows it as the account's next activity
    accounts->view()->setCurrentIndex(shown->index(0, 0));
    QVERIFY(accounts->scheduleCallAction()->isEnabled());
    const qint64 id = shown->index(0, 0).data(AccountListModel::IdRole).toLongLong();
    const AccountSummary before = model->summary(model->rowOf(id));
    const auto people = *workspace.contacts().contacts(id);
    QVERIFY(!people.isEmpty());
    WhenDialog<PlanActivityDialog> plan([&](PlanActivityDialog *dialog) {
        QVERIFY(dialog->subjectEdit()->text().contains(before.account.name));
        QCOMPARE(dialog->kindChoice()->currentData().toInt(), int(EngagementKind::Call));
        dialog->accept();
    });
    accounts->scheduleCallAction()->trigger();
    QVERIFY(plan.seen);
    EngagementQuery query;
    query.contactId = people.constFirst().id;
    query.openOnly = true;
    const auto planned = *workspace.engagements().engagements(query);
    QVERIFY(!planned.isEmpty());
    const Engagement &call = planned.constLast();
    QCOMPARE(call.kind, EngagementKind::Call);
    QCOMPARE(call.ownerId, before.account.ownerId ? before.account.ownerId
                                                  : window.model()->service().currentUserId());
    const qint64 next = model->summary(model->rowOf(id)).nextActivityAt;
    QVERIFY(next != 0);
    QVERIFY(next <= call.dueAt);

    // "Mine" follows who acts
    QComboBox *owner = accounts->ownerFilter();
    QVERIFY(owner->itemText(1).startsWith(QStringLiteral("Mine (")));
    QCOMPARE(owner->itemData(1).toLongLong(), window.model()->service().currentUserId());
}

void TestAccountsView::shouldArrangeTerritoriesAndApplyTheRulesAfterAPreview()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("territories.sqlite"))));
    window.show();
    Workspace &workspace = *window.workspace();
    TerritoryStore &store = workspace.territories();
    const auto users = *workspace.directory().users();
    // As the admin (a run before may have left a rep acting)
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    const auto actAs = [&](UserRole role) {
        for (const User &u : users) {
            if (u.role == role && u.active) {
                acting->setCurrentIndex(acting->findData(u.id));
                Q_EMIT acting->activated(acting->currentIndex());
                return;
            }
        }
    };
    actAs(UserRole::Admin);
    qint64 europe = 0;
    const auto tree = *store.territories();
    for (const Territory &t : tree) {
        if (t.name == QStringLiteral("Europe"))
            europe = t.id;
    }
    QVERIFY(europe);

    TerritoriesDialog *dialog = window.editTerritories();
    QVERIFY(dialog);
    // A territory inside Europe, given an owner, shown under it
    QVERIFY(dialog->addTerritory(QStringLiteral("Benelux"), europe));
    QTreeWidgetItem *benelux = dialog->tree()->currentItem();
    QCOMPARE(benelux->text(0), QStringLiteral("Benelux"));
    QCOMPARE(benelux->parent()->text(0), QStringLiteral("Europe"));
    dialog->ownerBox()->setCurrentIndex(1);
    Q_EMIT dialog->ownerBox()->activated(1);
    const qint64 owner = dialog->ownerBox()->itemData(1).toLongLong();
    const qint64 beneluxId = dialog->tree()->currentItem()->data(0, Qt::UserRole).toLongLong();
    qint64 storedOwner = -1;
    const auto stored = *store.territories();
    for (const Territory &t : stored) {
        if (t.id == beneluxId)
            storedOwner = t.ownerId;
    }
    QCOMPARE(storedOwner, owner);
    // A taken name is refused, saying so
    QVERIFY(!dialog->addTerritory(QStringLiteral("europe"), 0));
    QVERIFY(dialog->errorText().contains(QStringLiteral("Europe"), Qt::CaseInsensitive));

    // Tier A every 10 days
    dialog->tierDays(0)->setValue(10);
    Q_EMIT dialog->tierDays(0)->editingFinished();
    QCOMPARE(store.tierIntervals()->a, 10);

    // A rule: the accounts of one country go to Benelux; the preview lists them, then they move
    const auto accounts = *workspace.directory().accounts();
    const QString country = accounts.constFirst().country;
    QVERIFY(!country.isEmpty());
    QList<qint64> ofCountry;
    for (const Account &a : accounts) {
        if (a.country.compare(country, Qt::CaseInsensitive) == 0)
            ofCountry.append(a.id);
    }
    QVERIFY(dialog->addRule({0, beneluxId, {}, country.toUpper(), 0, 0}));
    QCOMPARE(dialog->rules()->topLevelItemCount(), 1);
    QCOMPARE(dialog->rules()->topLevelItem(0)->text(0), QStringLiteral("Benelux"));
    const QList<TerritoryMove> moves = dialog->preview();
    QList<qint64> moving;
    for (const TerritoryMove &m : moves) {
        QCOMPARE(m.toTerritoryId, beneluxId);
        moving.append(m.accountId);
    }
    std::sort(moving.begin(), moving.end());
    std::sort(ofCountry.begin(), ofCountry.end());
    QCOMPARE(moving, ofCountry);
    QVERIFY(dialog->applyMoves(moves));
    for (qint64 id : ofCountry)
        QCOMPARE((*workspace.accounts().account(id))->territoryId, beneluxId);
    QVERIFY(dialog->preview().isEmpty());

    // Closed, the accounts list knows the new territory and shows who is in it
    AccountsView *list = window.accounts();
    window.findChild<QTabWidget *>()->setCurrentWidget(list);
    dialog->close();
    QTRY_VERIFY(entryOf(list->territoryFilter(), QStringLiteral("Benelux")) > 0);
    list->territoryFilter()->setCurrentIndex(
        entryOf(list->territoryFilter(), QStringLiteral("Benelux")));
    QCOMPARE(list->view()->model()->rowCount(), int(ofCountry.size()));

    // Only an admin arranges territories
    actAs(UserRole::Rep);
    QVERIFY(!window.editTerritories());
}

QTEST_MAIN(TestAccountsView)
#include "tst_accountsview.moc"
