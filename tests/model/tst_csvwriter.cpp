// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace Stageboard;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldQuoteOnlyWhatNeedsIt_data();
    void shouldQuoteOnlyWhatNeedsIt();
    void shouldWriteByteOrderMarkForSpreadsheets();
    void shouldNeutraliseFormulasAndGiveThemBack_data();
    void shouldNeutraliseFormulasAndGiveThemBack();
};

void TestCsvWriter::shouldQuoteOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("plain") << QStringList{"a", "b c", ""} << "," << QByteArray("a,b c,\r\n");
    QTest::newRow("comma") << QStringList{"Acme, Inc", "1"} << ","
                           << QByteArray("\"Acme, Inc\",1\r\n");
    QTest::newRow("quote") << QStringList{"the \"best\" deal"} << ","
                           << QByteArray("\"the \"\"best\"\" deal\"\r\n");
    QTest::newRow("line break") << QStringList{"two\nlines", "x"} << ","
                                << QByteArray("\"two\nlines\",x\r\n");
    QTest::newRow("semicolon") << QStringList{"a;b", "a,b"} << ";" << QByteArray("\"a;b\";a,b\r\n");
    QTest::newRow("utf-8") << QStringList{"Müller — Straße"} << ","
                           << QStringLiteral("Müller — Straße\r\n").toUtf8();
}

void TestCsvWriter::shouldQuoteOnlyWhatNeedsIt()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, delimiter);
    QFETCH(QByteArray, line);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, delimiter.at(0));
    QVERIFY(writer.writeRow(fields));
    QCOMPARE(buffer.data(), line);
}

void TestCsvWriter::shouldWriteByteOrderMarkForSpreadsheets()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeByteOrderMark();
    writer.writeRow({QStringLiteral("x")});
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFx\r\n"));
}

void TestCsvWriter::shouldNeutraliseFormulasAndGiveThemBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("hyperlink") << "=HYPERLINK(\"http://evil.example\",\"click\")"
                               << "'=HYPERLINK(\"http://evil.example\",\"click\")";
    QTest::newRow("DDE") << "@SUM(1+1)*cmd|' /C calc'!A0"
                         << "'@SUM(1+1)*cmd|' /C calc'!A0";
    QTest::newRow("plus") << "+1 555 0100"
                          << "'+1 555 0100";
    QTest::newRow("minus") << "-5% on renewal"
                           << "'-5% on renewal";
    QTest::newRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::newRow("carriage return") << "\r=1"
                                     << "'\r=1";
    QTest::newRow("already an apostrophe") << "'=1"
                                           << "''=1";
    QTest::newRow("plain") << "Onboarding package"
                           << "Onboarding package";
    QTest::newRow("apostrophe in text") << "'Tis the season"
                                        << "'Tis the season";
    QTest::newRow("formula later on") << "Deal = big"
                                      << "Deal = big";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCsvWriter::shouldNeutraliseFormulasAndGiveThemBack()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(neutraliseFormula(text), cell);
    QCOMPARE(restoreFormula(cell), text);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
