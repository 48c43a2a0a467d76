// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Stageboard;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheAddressAndWhatWentWrong();
    void shouldReturnWhatWasEntered();
    void shouldRefuseAMissingField_data();
    void shouldRefuseAMissingField();
    void shouldAskForANewDatabase();
    void shouldNotOfferToRememberWithoutAKeyring();
};

namespace {
DatabaseLocation team()
{
    return *DatabaseLocation::parse(
        QStringLiteral("postgresql://dana@db.example.com:6543/sales?sslmode=require"));
}
QLineEdit *edit(const QDialog &d, const char *name)
{
    return d.findChild<QLineEdit *>(QLatin1String(name));
}
} // namespace

void TestConnectionDialog::shouldShowTheAddressAndWhatWentWrong()
{
    ConnectionDialog dialog(team(), QStringLiteral("fe_sendauth: no password supplied"), true);
    QCOMPARE(edit(dialog, "host")->text(), QStringLiteral("db.example.com"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 6543);
    QCOMPARE(edit(dialog, "database")->text(), QStringLiteral("sales"));
    QCOMPARE(edit(dialog, "user")->text(), QStringLiteral("dana"));
    QCOMPARE(edit(dialog, "password")->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("sslMode"))->currentData().toString(),
             QStringLiteral("require"));
    QCOMPARE(dialog.errorText(), QStringLiteral("fe_sendauth: no password supplied"));
    // what is missing is the password: that is where typing goes
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(QApplication::focusWidget(), edit(dialog, "password"));
}

void TestConnectionDialog::shouldReturnWhatWasEntered()
{
    ConnectionDialog dialog(team(), {}, true);
    edit(dialog, "host")->setText(QStringLiteral(" 10.0.0.5 "));
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(5432);
    edit(dialog, "database")->setText(QStringLiteral("renewals"));
    edit(dialog, "password")->setText(QStringLiteral(" s3cret "));
    auto *ssl = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
    dialog.findChild<QPushButton *>(QStringLiteral("connect"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.createNew());
    QVERIFY(dialog.rememberPassword());
    const DatabaseLocation l = dialog.location();
    QVERIFY(l.isPostgres());
    QCOMPARE(l.host, QStringLiteral("10.0.0.5"));
    QCOMPARE(l.port, 5432);
    QCOMPARE(l.database, QStringLiteral("renewals"));
    QCOMPARE(l.user, QStringLiteral("dana"));
    QCOMPARE(l.password, QStringLiteral(" s3cret ")); // a password is taken as typed
    QCOMPARE(l.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(l.toString(),
             QStringLiteral("postgresql://dana@10.0.0.5/renewals?sslmode=verify-full"));
}

void TestConnectionDialog::shouldRefuseAMissingField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("server") << "host"
                            << "Enter the server's name or address.";
    QTest::newRow("database") << "database"
                              << "Enter the database's name.";
    QTest::newRow("user") << "user"
                          << "Enter the user to log in as.";
}

void TestConnectionDialog::shouldRefuseAMissingField()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    ConnectionDialog dialog(team(), {}, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    edit(dialog, field.toLatin1().constData())->setText(QStringLiteral("  "));
    dialog.findChild<QPushButton *>(QStringLiteral("connect"))->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorText(), message);
    QCOMPARE(QApplication::focusWidget(), edit(dialog, field.toLatin1().constData()));
}

void TestConnectionDialog::shouldAskForANewDatabase()
{
    ConnectionDialog dialog(team(), {}, true);
    dialog.findChild<QPushButton *>(QStringLiteral("createNew"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.createNew());
}

void TestConnectionDialog::shouldNotOfferToRememberWithoutAKeyring()
{
    ConnectionDialog dialog(team(), {}, false);
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("remember"));
    QVERIFY(!remember->isEnabled());
    QVERIFY(!dialog.rememberPassword());
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
