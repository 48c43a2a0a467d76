// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QStringDecoder>
#include <QStringList>
#include <optional>

class QIODevice;

namespace Stageboard {

/// Reads RFC 4180 CSV as it streams in, record by record: UTF-8 (a leading byte-order mark is
/// skipped), fields quoted or not, quotes doubled inside quotes, line breaks inside quoted
/// fields, CRLF, LF or CR line ends, and a comma, semicolon or tab as delimiter (guessed from
/// the first line unless given). A malformed file stops the reader with an error naming the
/// line.
class CsvReader final
{
public:
    /// delimiter: ',', ';' or '\t'; a null QChar guesses it from the first line.
    explicit CsvReader(QIODevice *device, QChar delimiter = QChar());
    Q_DISABLE_COPY_MOVE(CsvReader)

    /// The next record into fields. False at the end of the file or on an error (see error()).
    bool readRecord(QStringList &fields);
    /// The line the last record started on, counting from 1.
    qint64 line() const { return m_recordLine; }
    /// Set when reading stopped on malformed input.
    const std::optional<Error> &error() const { return m_error; }
    QChar delimiter() const { return m_delimiter; }

    /// Records over this many characters in one field are refused rather than held in memory.
    static constexpr qsizetype maximumFieldLength = 1 << 20;

private:
    bool fill();
    bool next(QChar &c);
    bool peek(QChar &c);
    void guessDelimiter();
    bool stop(const QString &message);

    QIODevice *m_device;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QByteArray m_bytes; ///< the chunk last read, before decoding
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_started = false;
    QChar m_delimiter;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    std::optional<Error> m_error;
};

} // namespace Stageboard
