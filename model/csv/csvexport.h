// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/gateengine.h"
#include "storage/directory.h"
#include "storage/forecaststore.h"
#include "storage/opportunitystore.h"

#include <QHash>
#include <functional>

class QIODevice;

namespace Stageboard {

struct ExportOptions
{
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = false; ///< some spreadsheets need it to read UTF-8
    /// Text exactly as stored, for programs; otherwise text a spreadsheet would run as a
    /// formula is neutralised (neutraliseFormula()). Amounts and dates are never altered.
    bool raw = false;
    /// Called every few hundred rows with how many were written; returning false cancels.
    std::function<bool(qint64 written)> progress;

    /// A text cell as this export writes it.
    QString text(const QString &value) const;
};

/// A time (seconds since the epoch) as ISO 8601 in UTC; empty for 0 ("none").
QString utcTime(qint64 at);

/// Writes a header and a row of fields(row) for each of rows, reporting progress every 500
/// rows; how many rows were written, or why not (a cancel is an error).
Result<qint64> writeTable(QIODevice *out, const QStringList &header, qsizetype count,
                          const ExportOptions &options,
                          const std::function<QStringList(qsizetype)> &fields);
template<typename Row, typename Fields>
Result<qint64> writeTable(QIODevice *out, const QStringList &header, const QList<Row> &rows,
                          const ExportOptions &options, Fields fields)
{
    return writeTable(out, header, rows.size(), options,
                      [&](qsizetype i) { return fields(rows.at(i)); });
}

/// "open", "won", "lost" or "disqualified": how the deal stands, for files.
QString outcomeKey(const Stage *stage, const Opportunity &opportunity);

/// Writes CSV for spreadsheets and other tools: ISO 8601 dates, plain decimal amounts, one
/// header row, streamed row by row. Returns how many rows were written (a cancel is an error).
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::CsvExporter)

public:
    CsvExporter(OpportunityStore &deals, ForecastStore &forecast, Directory &directory,
                const GateEngine &pipeline);

    /// The deals given (e.g. the board's filtered view) with every field a manager needs.
    Result<qint64> exportOpportunities(QIODevice *out, const QList<Opportunity> &deals,
                                       const ExportOptions &options);
    /// Every row of the stage ledger.
    Result<qint64> exportHistory(QIODevice *out, const ExportOptions &options);
    /// The forecast table: deals by close period, owner and forecast category, with their
    /// amount and weighted amount, per currency.
    Result<qint64> exportForecast(QIODevice *out, Period period, const ExportOptions &options);

    static QStringList opportunityHeader();
    static QStringList historyHeader();
    static QStringList forecastHeader();

private:
    Result<void> loadNames();

    OpportunityStore &m_opportunityStore;
    ForecastStore &m_forecast;
    Directory &m_directory;
    const GateEngine &m_pipeline;
    QHash<qint64, QString> m_accounts;
    QHash<qint64, QString> m_users;
};

} // namespace Stageboard
