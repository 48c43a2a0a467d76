// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardview.h"
#include "core/translations.h"
#include "dashboardview.h"
#include "emptystate.h"
#include "itemmodels/boardmodel.h"
#include "mainwindow.h"
#include "services/boardservice.h"
#include "usersdialog.h"
#include "welcomeoverlay.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Stageboard;

namespace {

QStringList choices(QComboBox *box)
{
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items.append(box->itemText(i));
    return items;
}

int rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestNewDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldSetUpANewDatabaseFromItsFirstAdmin();
    void shouldSayWhyTheItemIsGreyedForOthers();
    void shouldSayWhatToDoOnAnEmptyBoard();
    void shouldWelcomeOnceOnANewDemo();

private:
    QTemporaryDir m_dir;
};

void TestNewDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    installTranslations(QLocale(QLocale::English), QStringLiteral(STAGEBOARD_QM_DIR));
}

void TestNewDatabase::shouldSetUpANewDatabaseFromItsFirstAdmin()
{
    // Given a new database without demo data: its only person is its creator, an admin
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("new.sqlite")), false));
    window.show();
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    QCOMPARE(acting->count(), 1);
    QVERIFY2(acting->itemText(0).endsWith(QStringLiteral("(Admin)")),
             qPrintable(acting->itemText(0)));

    // When the admin opens Users and Roles and adds a rep
    UsersDialog *dialog = window.editUsers();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newName"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("add"));
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Robin Rep"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));

    // Then the rep is listed, in Acting as at once, and the name box is ready for the next
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("users"));
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(rowOf(table, QStringLiteral("Robin Rep")) >= 0);
    QVERIFY2(choices(acting).contains(QStringLiteral("Robin Rep (Sales rep)")),
             qPrintable(choices(acting).join(QLatin1Char('|'))));
    QVERIFY(name->text().isEmpty());
    // And the same name twice is refused, saying so
    QVERIFY(!dialog->addUser(QStringLiteral("robin rep"), UserRole::Rep));
    QVERIFY(dialog->errorText().contains(QStringLiteral("already")));

    // When Robin is made a manager, Acting as says so at once
    const int robin = rowOf(table, QStringLiteral("Robin Rep"));
    auto *role = qobject_cast<QComboBox *>(table->cellWidget(robin, 1));
    role->setCurrentIndex(role->findData(int(UserRole::Manager)));
    Q_EMIT role->activated(role->currentIndex());
    QVERIFY(choices(acting).contains(QStringLiteral("Robin Rep (Manager)")));

    // When renamed, the new name shows in Acting as
    table->item(rowOf(table, QStringLiteral("Robin Rep")), 0)->setText(QStringLiteral("Robin Lee"));
    QVERIFY2(choices(acting).contains(QStringLiteral("Robin Lee (Manager)")),
             qPrintable(choices(acting).join(QLatin1Char('|'))));

    // The only admin cannot be deactivated: the dialog says why, and the row stays active
    const int admin = robin == 0 ? 1 : 0;
    table->item(admin, 2)->setCheckState(Qt::Unchecked);
    QVERIFY(dialog->errorText().contains(QStringLiteral("last active admin")));
    QCOMPARE(table->item(admin, 2)->checkState(), Qt::Checked);

    // Someone who left is deactivated: no longer someone to act as, their deals keep the name
    table->item(rowOf(table, QStringLiteral("Robin Lee")), 2)->setCheckState(Qt::Unchecked);
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QVERIFY(!choices(acting).contains(QStringLiteral("Robin Lee (Manager)")));
    QCOMPARE(window.workspace()->boardService().users().size(), 2);
    dialog->close();
}

void TestNewDatabase::shouldSayWhyTheItemIsGreyedForOthers()
{
    // Given the demo, acting as a rep
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    // (the demo starts as its admin, who can set everything up)
    QVERIFY2(acting->currentText().endsWith(QStringLiteral("(Admin)")),
             qPrintable(acting->currentText()));
    int rep = -1;
    for (int i = 0; i < acting->count() && rep < 0; ++i) {
        if (acting->itemText(i).endsWith(QStringLiteral("(Sales rep)")))
            rep = i;
    }
    acting->setCurrentIndex(rep);
    Q_EMIT acting->activated(rep);

    // Then Users and Roles is greyed, and its tool tip and status tip say why
    QAction *users = window.findChild<QAction *>(QStringLiteral("editUsers"));
    QVERIFY(users);
    QVERIFY(!users->isEnabled());
    QVERIFY(users->toolTip().contains(QStringLiteral("Only an admin")));
    QCOMPARE(users->statusTip(), users->toolTip());
    QVERIFY(!window.editUsers());
}

void TestNewDatabase::shouldSayWhatToDoOnAnEmptyBoard()
{
    // Given a new database without demo data
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("empty.sqlite")), false));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Then the board says it is empty and offers the ways to fill it
    auto *empty = window.findChild<EmptyState *>(QStringLiteral("boardEmptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No opportunities in this pipeline yet"));
    QStringList offered;
    for (QToolButton *b : empty->findChildren<QToolButton *>())
        offered.append(b->defaultAction()->text());
    QCOMPARE(
        offered,
        QStringList({QStringLiteral("&New Opportunity…"), QStringLiteral("&Import Opportunities…"),
                     QStringLiteral("Edit Sales &Process…"), QStringLiteral("&Users and Roles…")}));
    // And it lies over the board, inside the window
    QVERIFY(window.board()->rect().contains(empty->geometry()));

    // And every chart of the dashboard says why it is empty instead of showing bare axes
    window.showPage(1);
    window.dashboard()->refreshNow();
    const QList<EmptyState *> charts = window.dashboard()->findChildren<EmptyState *>();
    QCOMPARE(charts.size(), 6);
    for (EmptyState *chart : charts) {
        QVERIFY(chart->isVisible());
        QVERIFY2(!chart->text().isEmpty(), qPrintable(chart->title()));
    }
    window.showPage(0);

    // When the first deal is added, the notice goes
    Opportunity first;
    first.title = QStringLiteral("First deal");
    first.stageId = window.model()->service().stages().first().id;
    first.ownerId = window.model()->service().currentUserId();
    first.currency = QStringLiteral("USD");
    QVERIFY(window.model()->service().createOpportunity(first));
    QTRY_VERIFY(!empty->isVisible());

    // When a filter matches nothing, it says so and offers to clear it
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    search->setText(QStringLiteral("zebra"));
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No opportunity matches \"zebra\""));
    QToolButton *clear = empty->findChild<QToolButton *>();
    QVERIFY(clear);
    QCOMPARE(clear->defaultAction()->objectName(), QStringLiteral("clearFilter"));
    clear->click();
    QVERIFY(search->text().isEmpty());
    QTRY_VERIFY(!empty->isVisible());
}

void TestNewDatabase::shouldWelcomeOnceOnANewDemo()
{
    QSettings().remove(QStringLiteral("welcome/shown"));
    const QString path = m_dir.filePath(QStringLiteral("welcome.sqlite"));
    {
        // Given the demo created on a first run
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // When the window offers its welcome
        window.offerWelcome();

        // Then it points at the board, the panel and the forecast, each callout whole inside
        // the window and none over another, with the button focused
        auto *overlay = window.findChild<WelcomeOverlay *>();
        QVERIFY(overlay);
        QTRY_VERIFY(overlay->isVisible());
        const QList<QFrame *> callouts = overlay->callouts();
        QCOMPARE(callouts.size(), 3);
        QList<QRect> boxes;
        for (QFrame *callout : callouts)
            boxes.append(callout->geometry());
        boxes.append(overlay->closeButton()->parentWidget()->geometry());
        for (int i = 0; i < boxes.size(); ++i) {
            QVERIFY2(overlay->rect().contains(boxes[i]), qPrintable(QString::number(i)));
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].intersects(boxes[j]),
                         qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
        }
        for (QFrame *callout : callouts) {
            for (QLabel *label : callout->findChildren<QLabel *>()) {
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->text()));
            }
        }
        QCOMPARE(overlay->focusWidget(), overlay->closeButton());

        // And Got It closes it for good: it is not offered again
        overlay->closeButton()->click();
        QTRY_VERIFY(!window.findChild<WelcomeOverlay *>() ||
                    !window.findChild<WelcomeOverlay *>()->isVisible());
        QVERIFY(QSettings().value(QStringLiteral("welcome/shown")).toBool());
    }
    QSettings().remove(QStringLiteral("welcome/shown"));
    {
        // And a database that already existed is not a first run: no welcome
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.offerWelcome();
        QVERIFY(!window.findChild<WelcomeOverlay *>());
        // Help ▸ Welcome Tour shows it whenever asked
        auto *tour = window.findChild<QAction *>(QStringLiteral("welcomeTour"));
        QVERIFY(tour);
        tour->trigger();
        QVERIFY(window.findChild<WelcomeOverlay *>()->isVisible());
    }
}

QTEST_MAIN(TestNewDatabase)
#include "tst_newdatabase.moc"
