// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"
#include "importdialog.h"
#include "itemmodels/boardmodel.h"
#include "testdatabase.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldMapCheckAndImportHubSpotExport();
    void shouldCountRowsAndPointAtTheStageToChoose();
};

void TestImportDialog::initTestCase()
{
    // English as a person reads it: "1 row", not "1 row(s)".
    QVERIFY(installTranslations(QLocale(QLocale::English), QStringLiteral(STAGEBOARD_QM_DIR)));
}

void TestImportDialog::shouldMapCheckAndImportHubSpotExport()
{
    // Given a HubSpot export with a stage of its own and one bad row
    TestDatabase db(20);
    auto workspace = Workspace::open(db.location);
    QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message));
    BoardModel &model = (*workspace)->board();
    for (const User &u : model.service().users()) {
        if (u.role == UserRole::Manager)
            model.service().setCurrentUserId(u.id);
    }
    const QString path = db.dir.filePath(QStringLiteral("hubspot.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner\n"
               "1,Alpha,appointmentscheduled,1000,2027-01-31,\n"
               "2,Beta,Pilot running,2000,2027-02-28,\n"
               "3,Gamma,closedwon,12abc,2027-03-31,\n");
    file.close();
    ImportDialog dialog(**workspace, path);
    QVERIFY(dialog.prepare());

    // The columns are recognised, and the unknown stage waits for a choice
    auto *columns = dialog.findChild<QTableWidget *>(QStringLiteral("columns"));
    QCOMPARE(qobject_cast<QComboBox *>(columns->cellWidget(1, 2))->currentText(),
             QStringLiteral("Title"));
    QCOMPARE(qobject_cast<QComboBox *>(columns->cellWidget(0, 2))->currentText(),
             QStringLiteral("(ignore)"));
    auto *stages = dialog.findChild<QTableWidget *>(QStringLiteral("stages"));
    QCOMPARE(stages->rowCount(), 3);
    QCOMPARE(qobject_cast<QComboBox *>(stages->cellWidget(0, 1))->currentText(),
             QStringLiteral("Identify"));
    QCOMPARE(qobject_cast<QComboBox *>(stages->cellWidget(1, 1))->currentIndex(), 0);
    qobject_cast<QComboBox *>(stages->cellWidget(1, 1))->setCurrentText(QStringLiteral("Propose"));

    // Checking reports the bad row by line and column, and imports nothing
    const auto report = dialog.check();
    QVERIFY(report);
    QCOMPARE(report->problems.size(), 1);
    QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("report"))
                ->toPlainText()
                .contains(QStringLiteral("line 4 — Amount: \"12abc\" is not a number.")));
    QCOMPARE(model.service().opportunityCount(), 20);
    // For a person to look at: STAGEBOARD_SCREENSHOTS=DIR saves the dialog as it stands.
    if (const QString dir = qEnvironmentVariable("STAGEBOARD_SCREENSHOTS"); !dir.isEmpty()) {
        dialog.show();
        dialog.grab().save(dir + QStringLiteral("/import-dialog.png"));
    }

    // Importing asks whether to skip it; yes imports the two good rows
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->button(box->buttons().contains(box->button(QMessageBox::Yes)) ? QMessageBox::Yes
                                                                               : QMessageBox::Ok)
                ->click();
        }
    });
    answer.start(20);
    dialog.show();
    dialog.importRows();
    answer.stop();
    QCOMPARE(dialog.importedCount(), 2);
    QCOMPARE(model.service().opportunityCount(), 22);
    const QString stageOf = QStringLiteral(
        "SELECT s.name FROM opportunities o JOIN stages s ON s.id = o.stage_id WHERE o.title = ?");
    QCOMPARE(db.scalar(stageOf, {QStringLiteral("Beta")}).toString(), QStringLiteral("Propose"));
    QCOMPARE(db.scalar(stageOf, {QStringLiteral("Alpha")}).toString(), QStringLiteral("Identify"));
}

void TestImportDialog::shouldCountRowsAndPointAtTheStageToChoose()
{
    // Given a 7-row Salesforce file whose last row has three problems, one an unknown stage
    TestDatabase db(0);
    auto workspace = Workspace::open(db.location);
    QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message));
    const QString path = db.dir.filePath(QStringLiteral("salesforce.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Opportunity Name,Stage,Amount,Close Date\n");
    for (const char *name : {"A", "B", "C", "D", "E", "F"})
        file.write(QByteArray(name) + ",Prospecting,100,2027-01-31\n");
    file.write("G,Pilot,lots,2025-02-30\n");
    for (const char *name : {"H1", "H2", "H3", "H4", "H5"})
        file.write(QByteArray("Only header-less filler stage ") + name + "\n");
    file.close();
    // (the filler lines have too few fields: they are bad rows too, each counted once)
    ImportDialog dialog(**workspace, path);
    QVERIFY(dialog.prepare());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto report = dialog.check();
    QVERIFY(report);

    // Then the summary counts rows, and the stage row needing a choice is highlighted and focused
    QCOMPARE(report->badRows, 6);
    const auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(
                 QStringLiteral("12 rows read. 6 rows cannot be imported as they are.")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("\"Pilot\"")));
    QVERIFY(!summary->text().contains(QStringLiteral("--stage-map")));
    auto *stages = dialog.findChild<QTableWidget *>(QStringLiteral("stages"));
    int pilot = -1;
    for (int i = 0; i < stages->rowCount(); ++i) {
        if (stages->item(i, 0)->text() == QStringLiteral("Pilot"))
            pilot = i;
    }
    QVERIFY(pilot >= 0);
    // And the stage table shows every stage whole, none under a half row
    const QRect last = stages->visualItemRect(stages->item(stages->rowCount() - 1, 0));
    QVERIFY2(
        last.bottom() <= stages->viewport()->height(),
        qPrintable(QStringLiteral("%1 > %2").arg(last.bottom()).arg(stages->viewport()->height())));
    QCOMPARE(stages->item(pilot, 0)->background().color(),
             dialog.palette().color(QPalette::Highlight));
    QCOMPARE(dialog.focusWidget(), stages->cellWidget(pilot, 1));
    // Choosing a stage takes the highlight away
    qobject_cast<QComboBox *>(stages->cellWidget(pilot, 1))->setCurrentIndex(1);
    QCOMPARE(stages->item(pilot, 0)->background().style(), Qt::NoBrush);
    const QString listed =
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("report"))->toPlainText();
    QVERIFY2(listed.contains(QStringLiteral("line 8 — Stage: \"Pilot\" is not a stage of this "
                                            "process; choose the stage it means. Amount: "
                                            "\"lots\" is not a number. Close Date:")),
             qPrintable(listed));

    // And importing asks to import "the other 6 rows"
    QString question;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            if (question.isEmpty())
                question = box->text();
            box->button(QMessageBox::No) ? box->button(QMessageBox::No)->click()
                                         : box->button(QMessageBox::Ok)->click();
        }
    });
    answer.start(20);
    qobject_cast<QComboBox *>(stages->cellWidget(pilot, 1))->setCurrentIndex(0);
    dialog.importRows();
    answer.stop();
    QCOMPARE(question, QStringLiteral("6 rows cannot be imported (see the list). Import the other "
                                      "6 rows and skip them?"));
    QCOMPARE(dialog.importedCount(), 0);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
