// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Stageboard {

namespace {
constexpr qint64 chunkSize = 64 * 1024;
constexpr char16_t replacement = 0xFFFD;

QString tr(const char *text)
{
    return QCoreApplication::translate("Stageboard::CsvReader", text);
}
} // namespace

CsvReader::CsvReader(QIODevice *device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

bool CsvReader::stop(const QString &message)
{
    m_error = Error{tr("line %1: %2").arg(m_line).arg(message), Error::Kind::General, {}};
    return false;
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    // The unread rest moves to the front and the new text is decoded after it, in the same
    // memory every time: a fresh 128 KiB string per chunk cost an mmap and a munmap each, a
    // third of a 100k-row import.
    m_bytes.resize(chunkSize);
    const qint64 read = m_device->read(m_bytes.data(), chunkSize);
    const QByteArrayView input(m_bytes.constData(), std::max<qint64>(read, 0));
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + m_decoder.requiredSpace(input.size()));
    const QChar *end = m_decoder.appendToBuffer(m_buffer.data() + kept, input);
    m_buffer.resize(end - m_buffer.constData());
    if (read <= 0) {
        m_atEnd = true;
        return !m_buffer.isEmpty();
    }
    return true;
}

bool CsvReader::peek(QChar &c)
{
    while (m_pos >= m_buffer.size()) {
        if (!fill())
            return false;
    }
    c = m_buffer.at(m_pos);
    return true;
}

bool CsvReader::next(QChar &c)
{
    while (m_pos >= m_buffer.size()) {
        if (!fill())
            return false;
    }
    c = m_buffer.at(m_pos++);
    return true;
}

void CsvReader::guessDelimiter()
{
    // The delimiter that appears most often outside quotes on the first line wins.
    while (!m_atEnd && m_buffer.indexOf(QLatin1Char('\n'), m_pos) < 0)
        fill();
    qsizetype end = m_buffer.indexOf(QLatin1Char('\n'), m_pos);
    if (end < 0)
        end = m_buffer.size();
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (qsizetype i = m_pos; i < end; ++i) {
        const QChar c = m_buffer.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        for (int k = 0; k < 3 && !quoted; ++k)
            counts[k] += c == candidates[k];
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    m_delimiter = candidates[best];
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    if (m_error)
        return false;
    if (!m_started) {
        m_started = true;
        fill();
        if (m_buffer.startsWith(QChar(0xFEFF)))
            ++m_pos;
        if (m_delimiter.isNull())
            guessDelimiter();
    }
    QChar c;
    if (!next(c))
        return false;
    m_recordLine = m_line;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and has closed
    for (;;) {
        if (c == QChar(replacement) && m_decoder.hasError())
            return stop(tr("the file is not valid UTF-8 text."));
        if (quoted) {
            if (c == QLatin1Char('"')) {
                QChar after;
                if (peek(after) && after == QLatin1Char('"')) {
                    ++m_pos;
                    field += QLatin1Char('"');
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
        } else if (c == m_delimiter) {
            fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            QChar after;
            if (c == QLatin1Char('\r') && peek(after) && after == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            fields.append(field);
            return true;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
        } else if (wasQuoted) {
            return stop(tr("text follows the closing quote of a field; a quote inside a quoted "
                           "field is written twice (\"\")."));
        } else {
            field += c;
        }
        if (field.size() > maximumFieldLength)
            return stop(tr("a field is longer than %1 characters.").arg(maximumFieldLength));
        if (!next(c)) {
            if (quoted) {
                m_line = m_recordLine;
                return stop(tr("a quoted field starts here and is never closed."));
            }
            fields.append(field);
            return true;
        }
    }
}

} // namespace Stageboard
