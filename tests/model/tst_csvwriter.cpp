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

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
