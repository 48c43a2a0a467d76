// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QIODevice;

namespace Stageboard {

/// A text cell made safe for a spreadsheet: text starting with =, +, -, @, a tab or a carriage
/// return (which a spreadsheet would run as a formula) gets a leading apostrophe, as OWASP
/// advises. Text already starting with apostrophes before such a character gets one more, so
/// that restoreFormula() gives back exactly the original. Only for text: amounts and dates are
/// never passed through it.
QString neutraliseFormula(const QString &text);
/// The text neutraliseFormula() was given: one leading apostrophe removed before a formula.
QString restoreFormula(const QString &cell);

/// Writes RFC 4180 CSV as UTF-8 line by line, so a file is never held whole in memory:
/// fields holding the delimiter, a quote or a line break are quoted, quotes doubled, and
/// lines end in CRLF.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, QChar delimiter = QLatin1Char(','));
    Q_DISABLE_COPY_MOVE(CsvWriter)

    /// Writes the byte-order mark some spreadsheets need to read UTF-8; call before any row.
    void writeByteOrderMark();
    bool writeRow(const QStringList &fields);

private:
    QIODevice *m_device;
    QChar m_delimiter;
};

} // namespace Stageboard
