// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/gateengine.h"
#include "storage/bulkloader.h"
#include "storage/directory.h"
#include "storage/opportunitystore.h"

#include <QHash>
#include <functional>

class QIODevice;

namespace Stageboard {

/// What a column of an imported file holds.
enum class ImportField {
    Ignore,
    Title,
    Account,
    Owner,
    Stage,
    Amount,
    Currency,
    CloseDate,
    Contact,
    NextStep,
    Probability,
    CloseReason,
    Outcome, ///< Stageboard's own export: "disqualified" marks a deal lost before qualifying
};

QString importFieldName(ImportField field);

/// A header as the importers compare it: lower-case letters and digits only, so that
/// "Opportunity Name", "opportunity_name" and "OpportunityName" are the same.
QString normalisedHeader(const QString &text);
/// Folds the line breaks of a one-line field (a name pasted into a spreadsheet cell) into a
/// space; true when there were any, so that the row is imported with a warning, not refused.
bool foldLineBreaks(QString &value);

/// Recognises the usual headers of Salesforce, HubSpot, Pipedrive and Stageboard's own export.
QList<ImportField> guessImportColumns(const QStringList &header);

/// The stage of this process a stage name from another CRM means, without any user mapping;
/// null when it is not known.
const Stage *resolveImportStage(const GateEngine &pipeline, const QString &name);

struct ImportOptions
{
    QList<ImportField> columns;       ///< one per column; empty: guessed from the header
    QHash<QString, QString> stageMap; ///< a stage name in the file → a stage of this process
    bool createMissing = false;       ///< create accounts and owners the database lacks
    bool skipBadRows = false;         ///< import the good rows even when some are bad
    bool dryRun = false;              ///< check everything, write nothing
    QString defaultCurrency = QStringLiteral("USD");
    qint64 actorId = 0; ///< who imports: recorded in the ledger, owner of rows without one
    /// Called every few hundred rows with the line reached; returning false cancels.
    std::function<bool(qint64 line)> progress;
};

/// What is wrong with a field of a row (or with the whole row), or what was changed in it.
struct ImportProblem
{
    qint64 line = 0;
    QString column; ///< empty when the whole row is at fault
    QString message;

    /// "line 17, Amount: "12,5k" is not a number."
    QString text() const;
};

struct ImportReport
{
    qint64 rows = 0;               ///< data rows read
    qint64 badRows = 0;            ///< rows with at least one problem: they cannot be imported
    qint64 imported = 0;           ///< rows written (0 for a dry run or a refused import)
    QList<ImportProblem> problems; ///< every problem of every bad row, in file order
    QList<ImportProblem> warnings; ///< changes made to rows that are imported (a folded line)
    QStringList unknownStages;     ///< stage names in the file no stage of this process takes
    QStringList missingAccounts;
    QStringList missingOwners;
    bool cancelled = false;

    qint64 goodRows() const { return rows - badRows; }
    /// One line per bad row with all its problems: "line 7 — Amount: …; Close date: …".
    QStringList badRowTexts() const;

    /// Whether the import was held back: bad rows without skipBadRows, or missing accounts or
    /// owners without createMissing.
    bool refused(const ImportOptions &options) const
    {
        return refused(options.skipBadRows, options.createMissing);
    }
    bool refused(bool skipBadRows, bool createMissing) const;
};

/// Imports opportunities from CSV in two passes over the file: the first checks every row and
/// writes nothing; the second, only if the first allows it, writes the good rows, any missing
/// accounts and owners, and one "imported" ledger row per deal, all in one transaction. A
/// failure or a cancel leaves the database exactly as it was. There is no row limit: the file
/// is streamed, never held whole.
class CsvImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::CsvImporter)

public:
    CsvImporter(OpportunityStore &deals, Directory &directory, BulkLoader &bulk,
                const GateEngine &pipeline);

    /// The file must be seekable (it is read twice). An unreadable or malformed file, or one
    /// without a title column, is an error; bad rows are in the report.
    Result<ImportReport> run(QIODevice *file, const ImportOptions &options);

private:
    OpportunityStore &m_opportunityStore;
    Directory &m_directory;
    BulkLoader &m_bulk;
    const GateEngine &m_pipeline;
};

} // namespace Stageboard
