// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvwriter.h"

#include <QIODevice>

namespace Stageboard {

namespace {

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Whether the text is apostrophes (maybe none) followed by a character a spreadsheet reads as
// the start of a formula.
bool looksLikeFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && startsFormula(text.at(i));
}

} // namespace

QString neutraliseFormula(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString restoreFormula(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && looksLikeFormula(cell) ? cell.mid(1) : cell;
}

CsvWriter::CsvWriter(QIODevice *device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

void CsvWriter::writeByteOrderMark()
{
    m_device->write("\xEF\xBB\xBF");
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        const QString &field = fields[i];
        const bool needsQuotes = field.contains(m_delimiter) || field.contains(QLatin1Char('"')) ||
                                 field.contains(QLatin1Char('\n')) ||
                                 field.contains(QLatin1Char('\r'));
        if (needsQuotes) {
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            line += QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            line += field;
        }
    }
    line += QStringLiteral("\r\n");
    return m_device->write(line.toUtf8()) >= 0;
}

} // namespace Stageboard
