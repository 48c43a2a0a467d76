// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"

#include <QTest>

using namespace Stageboard;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAddAMillionLargestWeightedAmountsExactly();
    void shouldReadAmounts_data();
    void shouldReadAmounts();
    void shouldRefuseBadAmounts_data();
    void shouldRefuseBadAmounts();
    void shouldWritePlainAmounts();
    void shouldShowCurrencySign();
    void shouldReadDates_data();
    void shouldReadDates();
};

void TestMoney::shouldReadAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("whole") << "12500"
                           << "en_US" << qint64(1250000);
    QTest::newRow("decimals") << "12500.5"
                              << "en_US" << qint64(1250050);
    QTest::newRow("spaces") << "  42 "
                            << "en_US" << qint64(4200);
    QTest::newRow("grouped en") << "12,500.25"
                                << "en_US" << qint64(1250025);
    QTest::newRow("grouped de") << "12.500,25"
                                << "de_DE" << qint64(1250025);
    QTest::newRow("comma decimal de") << "12,5"
                                      << "de_DE" << qint64(1250);
    QTest::newRow("plain in de") << "12500.50"
                                 << "de_DE" << qint64(1250050);
    QTest::newRow("empty is zero") << ""
                                   << "en_US" << qint64(0);
    // As the board shows money, with its sign or code
    QTest::newRow("board's form") << "$12,500"
                                  << "en_US" << qint64(1250000);
    QTest::newRow("board's form de") << "12.500 €"
                                     << "de_DE" << qint64(1250000);
    QTest::newRow("no-break space de")
        << QStringLiteral("12.500\u00a0€") << "de_DE" << qint64(1250000);
    QTest::newRow("code first") << "EUR 12,500.50"
                                << "en_US" << qint64(1250050);
    QTest::newRow("English grouping in de") << "12,500.50"
                                            << "de_DE" << qint64(1250050);
}

void TestMoney::shouldReadAmounts()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    const auto parsed = parseAmount(text, QLocale(locale));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(*parsed, cents);
}

void TestMoney::shouldRefuseBadAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("suffix") << "12,5k"
                            << "not a number";
    QTest::newRow("word") << "lots"
                          << "not a number";
    QTest::newRow("letters after") << "12abc"
                                   << "not a number";
    QTest::newRow("negative") << "-5"
                              << "negative";
    QTest::newRow("three decimals") << "1.255,555"
                                    << "";
    QTest::newRow("huge") << "1e300"
                          << "";
    QTest::newRow("infinite") << "inf"
                              << "";
}

void TestMoney::shouldRefuseBadAmounts()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto parsed = parseAmount(text, QLocale(QStringLiteral("en_US")));
    QVERIFY(!parsed);
    // The message quotes what was typed, so the person sees which value is wrong.
    QVERIFY2(parsed.error().message.contains(text.trimmed()), qPrintable(parsed.error().message));
    if (!reason.isEmpty())
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

void TestMoney::shouldWritePlainAmounts()
{
    QCOMPARE(formatPlainAmount(0), QStringLiteral("0.00"));
    QCOMPARE(formatPlainAmount(1250005), QStringLiteral("12500.05"));
    QCOMPARE(formatPlainAmount(100000000000), QStringLiteral("1000000000.00"));
}

void TestMoney::shouldShowCurrencySign()
{
    const QLocale us(QStringLiteral("en_US"));
    QCOMPARE(formatMoney(1250000, QStringLiteral("USD"), us), QStringLiteral("$12,500"));
    QCOMPARE(formatMoney(1250050, QStringLiteral("USD"), us), QStringLiteral("$12,500.50"));
    QVERIFY(formatMoney(1250000, QStringLiteral("EUR"), QLocale(QStringLiteral("de_DE")))
                .contains(QStringLiteral("12.500")));
    QVERIFY(formatMoney(1250000, QStringLiteral("CHF"), us).contains(QStringLiteral("CHF")));
    // "C" (no locale set) still gets readable money, not "12500USD".
    QCOMPARE(formatMoney(1250000, QStringLiteral("USD"), QLocale::c()), QStringLiteral("$12,500"));
}

void TestMoney::shouldReadDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason");
    QTest::newRow("iso") << "2027-03-31"
                         << "en_US" << QDate(2027, 3, 31) << "";
    QTest::newRow("as shown en") << "3/31/2027"
                                 << "en_US" << QDate(2027, 3, 31) << "";
    QTest::newRow("two-digit year en") << "3/31/27"
                                       << "en_US" << QDate(2027, 3, 31) << "";
    QTest::newRow("as shown de") << "31.03.2027"
                                 << "de_DE" << QDate(2027, 3, 31) << "";
    QTest::newRow("iso in de") << "2027-03-31"
                               << "de_DE" << QDate(2027, 3, 31) << "";
    QTest::newRow("no 30th of February") << "2025-02-30"
                                         << "en_US" << QDate() << "February 2025 has only 28 days.";
    QTest::newRow("no 31st of April en") << "4/31/2027"
                                         << "en_US" << QDate() << "April 2027 has only 30 days.";
    QTest::newRow("no month 13") << "13/1/2027"
                                 << "en_US" << QDate() << "there is no month 13";
    QTest::newRow("words") << "next tuesday"
                           << "en_US" << QDate() << "use the form 3/31/2027";
    QTest::newRow("empty") << ""
                           << "en_US" << QDate() << "use the form";
}

void TestMoney::shouldReadDates()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(QDate, date);
    QFETCH(QString, reason);
    const auto parsed = parseDate(text, QLocale(locale));
    if (date.isValid()) {
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(*parsed, date);
    } else {
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    }
}

void TestMoney::shouldAddAMillionLargestWeightedAmountsExactly()
{
    // A million deals at the largest amount, at 99 % and at 33 %: amount × probability alone
    // would pass 64 bits after 92,000 of them
    WeightedSum sum;
    for (int i = 0; i < 1'000'000; ++i) {
        sum.add(maximumAmount, 99);
        sum.add(maximumAmount - 1, 33);
    }
    // (10^12 × 99 + (10^12 − 1) × 33) / 100 per pair is 1,319,999,999,999.67 cents
    QCOMPARE(sum.value(), Cents(1'319'999'999'999) * 1'000'000 + 670'000);
    // And taking them away again leaves nothing
    for (int i = 0; i < 1'000'000; ++i) {
        sum.add(maximumAmount, 99, -1);
        sum.add(maximumAmount - 1, 33, -1);
    }
    QCOMPARE(sum.value(), Cents(0));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
