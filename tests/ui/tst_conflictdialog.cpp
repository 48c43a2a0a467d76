// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"
#include "core/money.h"
#include "itemmodels/boardmodel.h"
#include "mainwindow.h"
#include "opportunitydialog.h"
#include "storage/sqlstorage.h"
#include "testdatabase.h"
#include "undorecorder.h"
#include "whendialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

/// An edit that meets someone else's: what the person is shown and what is saved; and an undo
/// that would overwrite someone else's change.
class TestConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowBothVersionsAndSaveTheChoice();
    void shouldUndoOnlyWhatNoOneElseChanged();
    void shouldCompareWithWhatTheEditStartedFrom();
};

void TestConflictDialog::shouldShowBothVersionsAndSaveTheChoice()
{
    // Given my edit of a deal (title, next step) and another person's (amount, next step)
    TestDatabase db(20);
    const auto other = db.openAgain();
    BoardModel board(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(board.service().reload());
    const Opportunity base =
        *board.service().opportunity(board.opportunityId(board.index(0, 0, board.index(1, 0))));
    Opportunity theirs = *other->opportunityStore().opportunity(base.id);
    theirs.amount = base.amount + 250000;
    theirs.nextStep = QStringLiteral("Send the contract");
    QVERIFY(other->opportunityStore().updateOpportunity(theirs));
    Opportunity mine = base;
    mine.title = QStringLiteral("Renewal 2027");
    mine.nextStep = QStringLiteral("Call the CFO");
    QVERIFY(!board.service().updateOpportunity(mine));
    const EditConflict conflict(base, mine, *board.service().opportunity(base.id));

    // When the dialog shows it
    ConflictDialog dialog(conflict, board);
    dialog.resize(700, 300);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (qEnvironmentVariableIsSet("STAGEBOARD_GRAB"))
        dialog.grab().save(qEnvironmentVariable("STAGEBOARD_GRAB"));

    // Then there is a row for each field that differs, with both values side by side
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 3);
    const auto cell = [table](int row, int column) {
        return qobject_cast<QRadioButton *>(table->cellWidget(row, column));
    };
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Title"));
    QCOMPARE(cell(0, 1)->text(), mine.title);
    QCOMPARE(cell(0, 2)->text(), base.title);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Amount"));
    QCOMPARE(cell(1, 1)->text(), formatMoney(base.amount, base.currency));
    QCOMPARE(cell(1, 2)->text(), formatMoney(theirs.amount, theirs.currency));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Next step"));
    // the field both changed stands out
    QVERIFY(table->item(2, 0)->font().bold());
    QVERIFY(!table->item(0, 0)->font().bold());
    // And each starts with the change made to it: my title, their amount, my next step
    QVERIFY(cell(0, 1)->isChecked());
    QVERIFY(cell(1, 2)->isChecked());
    QVERIFY(cell(2, 1)->isChecked());

    // When I take their next step after all, and save
    // (on its round indicator, at the left)
    QTest::mouseClick(cell(2, 2), Qt::LeftButton, {}, QPoint(8, cell(2, 2)->height() / 2));
    QVERIFY(cell(2, 2)->isChecked() && !cell(2, 1)->isChecked());
    QCOMPARE(dialog.keptFromMine(), QList<OpportunityField>{OpportunityField::Title});
    QVERIFY(board.service().updateOpportunity(dialog.merged()));

    // Then the stored deal has my title and everything else of theirs
    const Opportunity stored = *db.storage->opportunityStore().opportunity(base.id);
    QCOMPARE(stored.title, mine.title);
    QCOMPARE(stored.amount, theirs.amount);
    QCOMPARE(stored.nextStep, theirs.nextStep);
}

void TestConflictDialog::shouldUndoOnlyWhatNoOneElseChanged()
{
    // Given I changed a deal's title and next step, with undo recording it
    TestDatabase db(20);
    const auto other = db.openAgain();
    BoardModel board(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(board.service().reload());
    QUndoStack stack;
    UndoRecorder recorder(&board, &stack);
    QSignalSpy errors(&recorder, &UndoRecorder::errorOccurred);
    const qint64 id = board.opportunityId(board.index(0, 0, board.index(1, 0)));
    const Opportunity before = *board.service().opportunity(id);
    Opportunity edited = before;
    edited.title = QStringLiteral("Mine");
    edited.nextStep = QStringLiteral("My step");
    QVERIFY(board.service().updateOpportunity(edited));
    QCOMPARE(stack.count(), 1);

    // When someone else then changes the amount, undo takes back my fields and keeps theirs
    Opportunity theirs = *other->opportunityStore().opportunity(id);
    theirs.amount += 700;
    QVERIFY(other->opportunityStore().updateOpportunity(theirs));
    QVERIFY(board.service().applyStoredChanges({id})); // their notice arrives
    stack.undo();
    QCOMPARE(errors.count(), 0);
    Opportunity stored = *db.storage->opportunityStore().opportunity(id);
    QCOMPARE(stored.title, before.title);
    QCOMPARE(stored.nextStep, before.nextStep);
    QCOMPARE(stored.amount, theirs.amount);

    // When someone changes the title after my redo, undoing would overwrite it: refused, said
    stack.redo();
    QCOMPARE(db.storage->opportunityStore().opportunity(id)->title, edited.title);
    theirs = *other->opportunityStore().opportunity(id);
    theirs.title = QStringLiteral("Theirs");
    QVERIFY(other->opportunityStore().updateOpportunity(theirs));
    QVERIFY(board.service().applyStoredChanges({id}));
    stack.undo();
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().startsWith(QStringLiteral("Title of \"Theirs\" "
                                                                         "changed elsewhere")),
             qPrintable(errors.first().first().toString()));
    stored = *db.storage->opportunityStore().opportunity(id);
    QCOMPARE(stored.title, theirs.title);
    QCOMPARE(stored.nextStep, edited.nextStep);
}

void TestConflictDialog::shouldCompareWithWhatTheEditStartedFrom()
{
    // Given the window's edit dialog open on a deal
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.sqlite"));
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    BoardModel *board = window.model();
    const qint64 id = board->opportunityId(board->index(0, 0, board->index(1, 0)));
    const Opportunity before = *board->service().opportunity(id);
    int rows = -1;
    QStringList bold;
    Test::WhenDialog<ConflictDialog> conflict([&](ConflictDialog *dialog) {
        rows = dialog->table()->rowCount();
        for (int row = 0; row < rows; ++row) {
            if (dialog->table()->item(row, 0)->font().bold())
                bold.append(dialog->table()->item(row, 0)->text());
        }
        dialog->reject();
    });
    Test::WhenDialog<OpportunityDialog> edit([&](OpportunityDialog *dialog) {
        // When I change the title and the amount while someone else, elsewhere, changes the
        // amount and the next step, and I press OK
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
        title->setText(title->text() + QStringLiteral(" 2027"));
        dialog->findChild<QLineEdit *>(QStringLiteral("amount"))
            ->setText(QString::number((before.amount - 300000) / 100));
        auto other = SqlStorage::openSqlite(path);
        QVERIFY(other);
        Opportunity theirs = *(*other)->opportunityStore().opportunity(id);
        theirs.amount = before.amount + 250000;
        theirs.nextStep = QStringLiteral("Send the contract");
        QVERIFY((*other)->opportunityStore().updateOpportunity(theirs));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window.editOpportunity(id);

    // Then the fields are compared with the deal as the edit began: my title, the amount we
    // both changed (in bold) and their next step
    QVERIFY(edit.seen);
    QTRY_VERIFY(conflict.seen);
    QCOMPARE(rows, 3);
    QCOMPARE(bold, QStringList{QStringLiteral("Amount")});
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
