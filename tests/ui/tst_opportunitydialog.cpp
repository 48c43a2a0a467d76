// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"
#include "itemmodels/boardmodel.h"
#include "opportunitydialog.h"
#include "testdatabase.h"
#include "whendialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;
using Stageboard::Test::WhenDialog;

class TestOpportunityDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRefuseBadInput_data();
    void shouldRefuseBadInput();
    void shouldReturnWhatWasEntered();
    void shouldLetTheRepSetTheForecastCategory();
    void shouldShowEveryProblemBesideItsField();
    void shouldAskOnceAboutACloseDateInThePast();

private:
    static void fill(OpportunityDialog &dialog, const QString &title, const QString &amount,
                     const QString &date)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(title);
        dialog.findChild<QLineEdit *>(QStringLiteral("amount"))->setText(amount);
        dialog.findChild<QLineEdit *>(QStringLiteral("closeDate"))->setText(date);
    }
};

void TestOpportunityDialog::shouldRefuseBadInput_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty title") << "   "
                                 << "100"
                                 << "2027-01-31"
                                 << "Title";
    QTest::newRow("negative amount") << "Deal"
                                     << "-100"
                                     << "2027-01-31"
                                     << "Amount: \"-100\" is negative";
    QTest::newRow("not a number") << "Deal"
                                  << "12,5k"
                                  << "2027-01-31"
                                  << "Amount: \"12,5k\" is not a number";
    QTest::newRow("invalid date") << "Deal"
                                  << "100"
                                  << "2025-02-30"
                                  << "Close date: \"2025-02-30\" is not a date";
    QTest::newRow("control character")
        << "Deal\x01"
        << "100"
        << "2027-01-31"
        << "Title: contains control characters (such as line breaks or escape codes), which are "
           "not allowed.";
    QTest::newRow("amount 1e300") << "Deal"
                                  << "1e300"
                                  << "2027-01-31"
                                  << "Amount: \"1e300\" is too large.";
    QTest::newRow("year 9999") << "Deal"
                               << "100"
                               << "9999-12-31"
                               << "Close date: 9999-12-31 is out of range (1900 to 2999).";
}

void TestOpportunityDialog::shouldRefuseBadInput()
{
    QFETCH(QString, title);
    QFETCH(QString, amount);
    QFETCH(QString, date);
    QFETCH(QString, message);
    TestDatabase db(5);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(model.service().reload());
    OpportunityDialog dialog(model, std::nullopt, model.service().stages().first().id);
    dialog.show();
    fill(dialog, title, amount, date);
    // When OK is pressed
    dialog.accept();
    // Then the dialog stays open and says which field is wrong and why
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
}

void TestOpportunityDialog::shouldReturnWhatWasEntered()
{
    TestDatabase db(5);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(model.service().reload());
    const Opportunity existing = *model.service().opportunity(1);
    OpportunityDialog dialog(model, existing, existing.stageId);
    dialog.show();
    fill(dialog, QStringLiteral("  Renewal 2027 "), QStringLiteral("48000.50"),
         QStringLiteral("2027-06-30"));
    dialog.findChild<QLineEdit *>(QStringLiteral("account"))->setText(QStringLiteral("Globex"));
    auto *stage = dialog.findChild<QComboBox *>(QStringLiteral("stage"));
    stage->setCurrentIndex(3);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Opportunity o = dialog.opportunity();
    QCOMPARE(o.id, existing.id);
    QCOMPARE(o.title, QStringLiteral("Renewal 2027"));
    QCOMPARE(o.amount, Cents(4800050));
    QCOMPARE(o.closeDate, QDate(2027, 6, 30));
    QCOMPARE(o.stageId, model.service().stages().at(3).id);
    QCOMPARE(dialog.accountName(), QStringLiteral("Globex"));
}

void TestOpportunityDialog::shouldLetTheRepSetTheForecastCategory()
{
    TestDatabase db(5);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(model.service().reload());
    const Opportunity existing = *model.service().opportunity(1);
    OpportunityDialog dialog(model, existing, existing.stageId);
    auto *stage = dialog.findChild<QComboBox *>(QStringLiteral("stage"));
    auto *category = dialog.findChild<QComboBox *>(QStringLiteral("forecastCategory"));
    // The first choice follows the stage, and names what that means
    stage->setCurrentIndex(2); // Propose, 50 %
    QCOMPARE(category->itemText(0), QStringLiteral("As the stage says (Best Case)"));
    stage->setCurrentIndex(3); // Negotiate, 75 %
    QCOMPARE(category->itemText(0), QStringLiteral("As the stage says (Commit)"));
    // A rep may commit a deal the stage calls less certain
    category->setCurrentIndex(category->findText(QStringLiteral("Omitted")));
    dialog.accept();
    QCOMPARE(dialog.opportunity().forecastCategory, std::optional(ForecastCategory::Omitted));
    // A closed stage decides by itself
    stage->setCurrentIndex(stage->count() - 1);
    QVERIFY(!category->isEnabled());
}

void TestOpportunityDialog::shouldShowEveryProblemBesideItsField()
{
    TestDatabase db(5);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(model.service().reload());
    OpportunityDialog dialog(model, std::nullopt, model.service().stages().first().id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Given three wrong fields
    fill(dialog, QStringLiteral(" "), QStringLiteral("lots"), QStringLiteral("2/30/2027"));
    dialog.accept();
    // Then all three are said at once, each under its field, and the first has the focus
    QVERIFY(dialog.isVisible());
    const auto under = [&](const char *field) {
        return dialog.findChild<QLabel *>(QString::fromLatin1(field) + QStringLiteral("Error"));
    };
    QVERIFY(under("title")->isVisible());
    QVERIFY(under("title")->text().startsWith(QStringLiteral("Title:")));
    QVERIFY(under("amount")->isVisible());
    QVERIFY(under("amount")->text().contains(QStringLiteral("\"lots\" is not a number")));
    QVERIFY(under("closeDate")->isVisible());
    QVERIFY2(under("closeDate")->text().contains(QStringLiteral("February 2027 has only 28 days")),
             qPrintable(under("closeDate")->text()));
    QVERIFY(!under("account")->isVisible());
    QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit *>(QStringLiteral("title")));
    // When corrected with the amount as the board shows it, OK goes through
    fill(dialog, QStringLiteral("Seat expansion"), QStringLiteral("$12,500"),
         formatDate(QDate::currentDate().addMonths(2)));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.opportunity().amount, Cents(1250000));
    QCOMPARE(dialog.opportunity().closeDate, QDate::currentDate().addMonths(2));
}

void TestOpportunityDialog::shouldAskOnceAboutACloseDateInThePast()
{
    TestDatabase db(5);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(model.service().reload());
    OpportunityDialog dialog(model, std::nullopt, model.service().stages().first().id);
    dialog.show();
    fill(dialog, QStringLiteral("Late"), QStringLiteral("100"),
         formatDate(QDate::currentDate().addDays(-10)));
    int asked = 0;
    WhenDialog<QMessageBox> no([&](QMessageBox *box) {
        ++asked;
        box->button(QMessageBox::No)->click();
    });
    dialog.accept();
    QVERIFY(no.seen);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    WhenDialog<QMessageBox> yes([&](QMessageBox *box) {
        ++asked;
        box->button(QMessageBox::Yes)->click();
    });
    dialog.accept();
    QVERIFY(yes.seen);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(asked, 2);
}

QTEST_MAIN(TestOpportunityDialog)
#include "tst_opportunitydialog.moc"
