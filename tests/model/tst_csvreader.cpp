// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace Stageboard;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, QString *error = nullptr,
                           qint64 *errorAt = nullptr, QChar delimiter = QChar())
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, delimiter);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records.append(fields);
    if (error)
        *error = reader.error() ? reader.error()->message : QString();
    if (errorAt)
        *errorAt = reader.line();
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadBackWhatTheWriterWrote_data();
    void shouldReadBackWhatTheWriterWrote();
    void shouldReadLineEndingsAndBom();
    void shouldGuessDelimiter_data();
    void shouldGuessDelimiter();
    void shouldRefuseMalformedInput_data();
    void shouldRefuseMalformedInput();
    void shouldStreamLargeFiles();
};

void TestCsvReader::shouldReadBackWhatTheWriterWrote_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("delimiter");
    const QStringList nasty{QStringLiteral("plain"),
                            QStringLiteral("with, comma"),
                            QStringLiteral("with; semicolon"),
                            QStringLiteral("with\ttab"),
                            QStringLiteral("\"quoted\" and \"\"doubled\"\""),
                            QStringLiteral("two\nlines\r\nand CRLF"),
                            QStringLiteral("007"),
                            QString(),
                            QStringLiteral("  spaces kept  "),
                            QStringLiteral("Ünïcödé — 日本語 — العربية — 😀"),
                            QString(5000, QLatin1Char('x'))};
    QTest::newRow("comma") << nasty << ",";
    QTest::newRow("semicolon") << nasty << ";";
    QTest::newRow("tab") << nasty << "\t";
}

void TestCsvReader::shouldReadBackWhatTheWriterWrote()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, delimiter);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, delimiter.at(0));
    writer.writeByteOrderMark();
    writer.writeRow({QStringLiteral("a"), QStringLiteral("b")});
    writer.writeRow(fields);
    writer.writeRow(fields);
    buffer.close();
    QString error;
    const auto records = readAll(buffer.data(), &error, nullptr, delimiter.at(0));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1), fields);
    QCOMPARE(records.at(2), fields);
}

void TestCsvReader::shouldReadLineEndingsAndBom()
{
    const auto records = readAll("\xEF\xBB\xBFid,name\r\n1,a\n2,b\r3,c");
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0), QStringList({"id", "name"}));
    QCOMPARE(records.at(3), QStringList({"3", "c"}));
}

void TestCsvReader::shouldGuessDelimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("columns");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << 3;
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n") << 3;
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << 3;
    QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";d\n1;2\n") << 2;
}

void TestCsvReader::shouldGuessDelimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, columns);
    const auto records = readAll(bytes);
    QCOMPARE(records.first().size(), columns);
    QCOMPARE(records.last().size(), columns);
}

void TestCsvReader::shouldRefuseMalformedInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n") << 3 << "never closed";
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n1,\"x\"y\n") << 2 << "closing quote";
    QTest::newRow("invalid UTF-8") << QByteArray("a,b\n1,2\n3,\xff\xfe\n") << 3 << "UTF-8";
}

void TestCsvReader::shouldRefuseMalformedInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, message);
    QString error;
    readAll(bytes, &error);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("line %1:").arg(line)), qPrintable(error));
}

void TestCsvReader::shouldStreamLargeFiles()
{
    // Records span the reader's 64 KiB chunks, including quotes and CRLF on the seams.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (int i = 0; i < 20000; ++i)
        writer.writeRow({QString::number(i), QStringLiteral("say \"hi\", %1\nok").arg(i)});
    buffer.close();
    const auto records = readAll(buffer.data());
    QCOMPARE(records.size(), 20000);
    QCOMPARE(records.at(12345).at(1), QStringLiteral("say \"hi\", 12345\nok"));

    // Characters of two, three and four bytes fall on the seams too, and come out whole
    QBuffer wide;
    wide.open(QIODevice::WriteOnly);
    CsvWriter wideWriter(&wide);
    const QString text = QStringLiteral("Müller € \U0001F600 ");
    for (int i = 0; i < 20000; ++i)
        wideWriter.writeRow({text + QString::number(i)});
    wide.close();
    const auto wideRecords = readAll(wide.data());
    QCOMPARE(wideRecords.size(), 20000);
    for (int i = 0; i < 20000; ++i)
        QCOMPARE(wideRecords.at(i).at(0), text + QString::number(i));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
