// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Contacts tab as a rep uses it: find a person as one types, open their page, add and edit
// people, and get from a person to their deal.
#include "buyingrolesdialog.h"
#include "contactdialog.h"
#include "contactsview.h"
#include "core/translations.h"
#include "csvactions.h"
#include "emptystate.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/contactlistmodel.h"
#include "mainwindow.h"
#include "opportunitypanel.h"
#include "storage/contactstore.h"
#include "storage/stakeholderstore.h"
#include "whendialog.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Stageboard;
using Stageboard::Test::WhenDialog;

class TestContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldFindAPersonAndGetToTheirDeal();
    void shouldAddAContactAndKeepWhatWasTypedWhenRefused();
    void shouldSayWhatToDoWhenNothingMatches();
    void shouldShowTheBadRowsBeforeImportingTheGoodOnes();
    void shouldLetOnlyAnAdminChangeTheBuyingRoles();

private:
    QTemporaryDir m_dir;
};

void TestContacts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StageboardTest"));
    // The English plurals a person reads ("1 contact", "45 contacts")
    QVERIFY(installTranslations(QLocale(QLocale::English), QStringLiteral(STAGEBOARD_QM_DIR)));
}

void TestContacts::shouldFindAPersonAndGetToTheirDeal()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("find.sqlite"))));
    window.show();
    ContactsView *contacts = window.contacts();
    auto *tabs = window.findChild<QTabWidget *>();
    tabs->setCurrentWidget(contacts);
    ContactListModel *model = contacts->model();
    QVERIFY(model);
    const int everyone = model->rowCount();
    QVERIFY(everyone > 10);
    auto *count = contacts->findChild<QLabel *>(QStringLiteral("contactCount"));
    QCOMPARE(count->text(), QStringLiteral("%1 contacts").arg(everyone));

    // A person in a deal's buying group, found by part of their email as one types
    qint64 wanted = 0;
    QString email;
    for (int row = 0; row < everyone && !wanted; ++row) {
        if (model->index(row, ContactListModel::OpenDealsColumn).data().toInt() > 0) {
            wanted = model->contactId(row);
            email = model->index(row, ContactListModel::EmailColumn).data().toString();
        }
    }
    QVERIFY(wanted);
    QTest::keyClicks(contacts->search(), email.section(u'@', 0, 0).toUpper());
    QTRY_VERIFY(model->rowCount() < everyone);
    QCOMPARE(model->rowOf(wanted), 0);
    QCOMPARE(count->text(), model->rowCount() == 1
                                ? QStringLiteral("1 contact")
                                : QStringLiteral("%1 contacts").arg(model->rowCount()));

    // Their page lists the deal; a double-click on it shows the deal on the board
    qint64 opened = 0;
    WhenDialog<ContactDialog> page([&](ContactDialog *dialog) {
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("contactEmail"))->text(), email);
        QTreeWidget *deals = dialog->deals();
        QVERIFY(deals->topLevelItemCount() >= 1);
        QTreeWidgetItem *deal = deals->topLevelItem(0);
        opened = deal->data(0, Qt::UserRole).toLongLong();
        QVERIFY(opened);
        QVERIFY(!deal->text(2).isEmpty()); // its stage
        Q_EMIT deals->itemActivated(deal, 0);
    });
    Q_EMIT contacts->view()->activated(model->index(0, 0));
    QVERIFY(page.seen);
    QVERIFY(opened);
    QCOMPARE(tabs->currentIndex(), 0);
    auto *panel = window.findChild<OpportunityPanel *>();
    QVERIFY(panel);
    QTRY_COMPARE(panel->opportunityId(), opened);
}

void TestContacts::shouldAddAContactAndKeepWhatWasTypedWhenRefused()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("add.sqlite"))));
    window.show();
    ContactsView *contacts = window.contacts();
    ContactListModel *model = contacts->model();
    const int before = model->rowCount();

    // Save waits for a name; then the new person is in the list, selected
    WhenDialog<ContactDialog> add([&](ContactDialog *dialog) {
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contactName")),
                         QStringLiteral("Aaron Abbot"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contactTitle")),
                         QStringLiteral("Plant manager"));
        // Looked after by whoever adds them
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("contactOwner"))
                     ->currentData()
                     .toLongLong(),
                 window.model()->service().currentUserId());
        auto *account = dialog->findChild<QComboBox *>(QStringLiteral("contactAccount"));
        account->setCurrentIndex(1);
        QVERIFY(save->isEnabled());
        save->click();
    });
    contacts->newContactAction()->trigger();
    QVERIFY(add.seen);
    QCOMPARE(model->rowCount(), before + 1);
    const QModelIndex current = contacts->view()->currentIndex();
    QCOMPARE(current.siblingAtColumn(ContactListModel::NameColumn).data().toString(),
             QStringLiteral("Aaron Abbot"));
    QCOMPARE(current.siblingAtColumn(ContactListModel::JobTitleColumn).data().toString(),
             QStringLiteral("Plant manager"));
    const qint64 aaron = model->contactId(current.row());

    // Someone else changes Aaron while the page is open: Save says so and keeps what was typed
    bool refused = false;
    WhenDialog<ContactDialog> edit([&](ContactDialog *dialog) {
        Contact meanwhile = **window.workspace()->contacts().contact(aaron);
        meanwhile.phone = QStringLiteral("+1 555 0199");
        QVERIFY(window.workspace()->contacts().updateContact(meanwhile));
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("contactTitle"));
        title->setText(QStringLiteral("Head of plant"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("contactProblem"));
        refused = dialog->isVisible() && problem->isVisible() &&
                  problem->text().contains(QStringLiteral("changed elsewhere"));
        QCOMPARE(title->text(), QStringLiteral("Head of plant"));
        dialog->reject();
    });
    contacts->openContact(aaron);
    QVERIFY(edit.seen);
    QVERIFY(refused);
    QCOMPARE((*window.workspace()->contacts().contact(aaron))->jobTitle,
             QStringLiteral("Plant manager"));
}

void TestContacts::shouldSayWhatToDoWhenNothingMatches()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("empty.sqlite"))));
    window.show();
    ContactsView *contacts = window.contacts();
    window.findChild<QTabWidget *>()->setCurrentWidget(contacts);
    auto *empty = contacts->findChild<EmptyState *>(QStringLiteral("contactsEmptyState"));
    QVERIFY(!empty->isVisible());
    QTest::keyClicks(contacts->search(), QStringLiteral("zzqx"));
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No contact matches “zzqx”"));
    QVERIFY(empty->text().contains(QStringLiteral("job title")));
    // Its button clears the search and everyone is back
    auto *clear = empty->findChild<QAbstractButton *>();
    QVERIFY(clear);
    clear->click();
    QTRY_VERIFY(!empty->isVisible());
    QVERIFY(contacts->search()->text().isEmpty());
    QVERIFY(contacts->model()->rowCount() > 0);
}

void TestContacts::shouldShowTheBadRowsBeforeImportingTheGoodOnes()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("import.sqlite"))));
    window.show();
    ContactsView *contacts = window.contacts();
    const int before = contacts->model()->rowCount();
    const QString path = m_dir.filePath(QStringLiteral("hubspot.csv"));
    {
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("First Name,Last Name,Job Title,Email,Company Name\n"
                  "Ines,Alvarez,Head of IT,ines@nordlicht.example,Nordlicht GmbH\n"
                  "Bad,Mail,Buyer,not-an-email,\n");
    }
    // The person is told which row cannot come in, and which account would be made
    QString told;
    WhenDialog<QMessageBox> ask([&](QMessageBox *box) {
        told = box->text();
        auto *go = box->findChild<QPushButton *>(QStringLiteral("importGoodContacts"));
        QVERIFY(go);
        QCOMPARE(go->text(), QStringLiteral("&Import 1 Contact"));
        WhenDialog<QMessageBox> *done =
            new WhenDialog<QMessageBox>([](QMessageBox *report) { report->accept(); });
        done->setParent(box->parent());
        go->click();
    });
    QVERIFY(CsvActions::importContacts(&window, *window.workspace(), path));
    QVERIFY(ask.seen);
    QVERIFY2(told.contains(QStringLiteral("line 3 — Email: \"not-an-email\" is not an email "
                                          "address.")),
             qPrintable(told));
    QVERIFY2(told.contains(QStringLiteral("1 account will be created: Nordlicht GmbH")),
             qPrintable(told));
    contacts->refresh();
    QCOMPARE(contacts->model()->rowCount(), before + 1);
}

void TestContacts::shouldLetOnlyAnAdminChangeTheBuyingRoles()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("roles.sqlite"))));
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("editBuyingRoles"));
    QVERIFY(action);
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    const auto actAs = [&](UserRole role) {
        for (const User &u : window.model()->service().users()) {
            if (u.role == role) {
                acting->setCurrentIndex(acting->findData(u.id));
                Q_EMIT acting->activated(acting->currentIndex());
                return;
            }
        }
    };
    // A rep sees why not
    actAs(UserRole::Rep);
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QStringLiteral("Only an admin")));
    // An admin adds a role, renames it, is told when a name is taken, and removes it
    actAs(UserRole::Admin);
    QVERIFY(action->isEnabled());
    StakeholderStore &store = window.workspace()->stakeholders();
    BuyingRolesDialog dialog(store, &window);
    const int before = dialog.roles()->count();
    QVERIFY(dialog.addRole(QStringLiteral("Executive sponsor")));
    QCOMPARE(dialog.roles()->count(), before + 1);
    QCOMPARE(dialog.roles()->currentItem()->text(), QStringLiteral("Executive sponsor"));
    QVERIFY(dialog.renameSelected(QStringLiteral("Sponsor")));
    QVERIFY(!dialog.renameSelected(QStringLiteral("champion")));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("buyingRoleProblem"));
    QVERIFY(!problem->isHidden());
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(dialog.toggleSelectedRemoved());
    QVERIFY(problem->isHidden());
    QVERIFY(dialog.roles()->currentItem()->text().contains(QStringLiteral("removed")));
    QVERIFY(dialog.changed());
    const auto roles = *store.buyingRoles();
    const auto sponsor = std::find_if(roles.cbegin(), roles.cend(), [](const BuyingRole &r) {
        return r.name == QLatin1StringView("Sponsor");
    });
    QVERIFY(sponsor != roles.cend());
    QVERIFY(sponsor->removed);
}

QTEST_MAIN(TestContacts)
#include "tst_contacts.moc"
