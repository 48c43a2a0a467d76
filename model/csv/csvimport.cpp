// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvimport.h"

#include "core/fieldrules.h"
#include "core/money.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QDateTime>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

namespace Stageboard {

namespace {

const QHash<QString, ImportField> &headerNames()
{
    static const QHash<QString, ImportField> names = [] {
        QHash<QString, ImportField> h;
        const auto add = [&h](ImportField f, std::initializer_list<const char *> keys) {
            for (const char *k : keys)
                h.insert(QString::fromLatin1(k), f);
        };
        add(ImportField::Title, {"title", "opportunityname", "dealname", "name", "opportunity"});
        add(ImportField::Account,
            {"account", "accountname", "organization", "organisation", "organizationname",
             "company", "companyname", "associatedcompany"});
        add(ImportField::Owner,
            {"owner", "opportunityowner", "dealowner", "ownername", "salesrep"});
        add(ImportField::Stage, {"stage", "dealstage", "pipelinestage"});
        add(ImportField::Amount, {"amount", "value", "dealvalue", "dealamount"});
        add(ImportField::Currency, {"currency", "currencycode", "currencyisocode",
                                    "opportunitycurrency", "valuecurrency", "dealcurrency"});
        add(ImportField::CloseDate, {"closedate", "expectedclosedate", "closingdate"});
        add(ImportField::Contact, {"contact", "contactname", "primarycontact", "contactperson"});
        add(ImportField::NextStep, {"nextstep"});
        add(ImportField::Probability, {"probability", "dealprobability"});
        add(ImportField::CloseReason,
            {"closereason", "lostreason", "wonreason", "closedlostreason"});
        add(ImportField::Outcome, {"outcome"});
        return h;
    }();
    return names;
}

// The default process's English stage names, each with its name in the locale's default
// process; read once per language, as an import asks for every row.
QHash<QString, QString> defaultStageNames(const QLocale &locale)
{
    static QHash<QString, QHash<QString, QString>> byLanguage;
    const auto known = byLanguage.constFind(locale.name());
    if (known != byLanguage.cend())
        return known.value();
    const ProcessDefinition english = ProcessDefinition::defaultProcess(QLocale::English);
    const ProcessDefinition here = ProcessDefinition::defaultProcess(locale);
    QHash<QString, QString> names;
    for (int i = 0; i < english.stages.size() && i < here.stages.size(); ++i)
        names.insert(english.stages.at(i).stage.name, here.stages.at(i).stage.name);
    byLanguage.insert(locale.name(), names);
    return names;
}

// Stage names the three CRMs ship with, onto the default process.
const QHash<QString, QString> &stageSynonyms()
{
    static const QHash<QString, QString> synonyms = [] {
        QHash<QString, QString> h;
        const auto add = [&h](const char *to, std::initializer_list<const char *> from) {
            for (const char *f : from)
                h.insert(QString::fromLatin1(f), QString::fromLatin1(to));
        };
        add("Identify", {"prospecting", "appointmentscheduled", "leadin", "new", "identified"});
        add("Qualify",
            {"qualification", "needsanalysis", "qualifiedtobuy", "contactmade", "qualified"});
        add("Propose",
            {"valueproposition", "iddecisionmakers", "perceptionanalysis", "proposalpricequote",
             "presentationscheduled", "demoscheduled", "proposalmade", "proposed"});
        add("Negotiate", {"negotiationreview", "negotiation", "decisionmakerboughtin",
                          "negotiationsstarted", "negotiated"});
        add("Deliver/Finalize", {"contractsent", "finalize", "delivery", "finalized"});
        add("Closed Won", {"closedwon", "won"});
        add("Closed Lost", {"closedlost", "lost"});
        return h;
    }();
    return synonyms;
}

QDate parseImportDate(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression isoStart(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$"));
    if (const auto m = isoStart.match(t); m.hasMatch())
        return QDate::fromString(m.captured(1), Qt::ISODate);
    // Unambiguous forms only: US month-first with slashes, German day-first with dots.
    for (const char *format : {"M/d/yyyy", "d.M.yyyy"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

struct ParsedRow
{
    Opportunity opportunity;
    QString accountName;
    QString ownerName;
};

// Turns a record into a deal, or reports what is wrong with it.
class RowParser
{
public:
    RowParser(const GateEngine &pipeline, const QList<Account> &accounts,
              const ImportOptions &options, const QStringList &header)
        : m_pipeline(pipeline)
        , m_options(options)
        , m_header(header)
    {
        for (const Account &a : accounts)
            m_accounts.insert(a.name.trimmed().toLower(), a.id);
        for (const User &u : pipeline.users())
            m_users.insert(u.name.trimmed().toLower(), u.id);
        for (auto it = options.stageMap.cbegin(); it != options.stageMap.cend(); ++it)
            m_stageMap.insert(normalisedHeader(it.key()), it.value());
    }

    void addAccount(const QString &name, qint64 id) { m_accounts.insert(name.toLower(), id); }
    void addUser(const QString &name, qint64 id) { m_users.insert(name.toLower(), id); }

    /// The row as a deal, or nothing when it has problems; its problems, warnings and unknown
    /// stage names go into the report.
    std::optional<ParsedRow> parse(const QStringList &fields, qint64 line,
                                   ImportReport &report) const
    {
        QList<ImportProblem> &problems = report.problems;
        if (fields.size() != m_header.size()) {
            problems.append({line,
                             {},
                             CsvImporter::tr("the row has %1 fields, the header has %2.")
                                 .arg(fields.size())
                                 .arg(m_header.size())});
            return std::nullopt;
        }
        const auto problemsBefore = problems.size();
        const auto bad = [&](int column, const QString &message) {
            problems.append({line, m_header.value(column), message});
        };
        // A one-line field: line breaks folded (with a warning), then the field's rules.
        const auto oneLine = [&](int column, QString value, int maxLength) {
            if (foldLineBreaks(value)) {
                report.warnings.append({line, m_header.value(column),
                                        CsvImporter::tr("a line break was folded into a space.")});
            }
            if (auto problem = maxLength == maximumTitleLength ? titleProblem(value)
                                                               : lineProblem(value, maxLength))
                bad(column, *problem);
            return value;
        };
        ParsedRow row;
        Opportunity &o = row.opportunity;
        o.currency = m_options.defaultCurrency;
        o.ownerId = m_options.actorId;
        const Stage *stage = nullptr;
        std::optional<int> probability;
        for (int i = 0; i < fields.size(); ++i) {
            // A cell Stageboard's export neutralised ("'=SUM(…)") reads as the original text.
            const QString value = restoreFormula(fields[i].trimmed());
            switch (m_options.columns.value(i, ImportField::Ignore)) {
            case ImportField::Ignore:
                break;
            case ImportField::Title:
                o.title = oneLine(i, value, maximumTitleLength);
                break;
            case ImportField::Account:
                row.accountName = oneLine(i, value, maximumTextLength);
                break;
            case ImportField::Owner:
                row.ownerName = oneLine(i, value, maximumTextLength);
                break;
            case ImportField::Stage:
                stage = resolveStage(value);
                if (!stage) {
                    bad(i, CsvImporter::tr("\"%1\" is not a stage of this process; choose the "
                                           "stage it means.")
                               .arg(value));
                    if (!report.unknownStages.contains(value, Qt::CaseInsensitive))
                        report.unknownStages.append(value);
                }
                break;
            case ImportField::Amount:
                if (auto amount = parseAmount(value, QLocale::c()))
                    o.amount = *amount;
                else
                    bad(i, amount.error().message);
                break;
            case ImportField::Currency:
                if (!value.isEmpty()) {
                    o.currency = value.toUpper();
                    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
                    if (!code.match(o.currency).hasMatch())
                        bad(i, CsvImporter::tr("\"%1\" is not a three-letter currency code.")
                                   .arg(value));
                }
                break;
            case ImportField::CloseDate:
                if (!value.isEmpty()) {
                    o.closeDate = parseImportDate(value);
                    if (!o.closeDate.isValid()) {
                        static const QRegularExpression iso(
                            QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
                        const auto m = iso.match(value);
                        const auto why = m.hasMatch() ? impossibleDateProblem(m.captured(1).toInt(),
                                                                              m.captured(2).toInt(),
                                                                              m.captured(3).toInt())
                                                      : std::nullopt;
                        bad(i, why ? CsvImporter::tr("\"%1\" is not a date: %2").arg(value, *why)
                                   : CsvImporter::tr("\"%1\" is not a date; use YYYY-MM-DD.")
                                         .arg(value));
                    } else if (auto problem = closeDateProblem(o.closeDate))
                        bad(i, *problem);
                }
                break;
            case ImportField::Contact:
                o.contact = oneLine(i, value, maximumTextLength);
                break;
            case ImportField::NextStep:
                o.nextStep = oneLine(i, value, maximumTextLength);
                break;
            case ImportField::Probability:
                if (!value.isEmpty()) {
                    bool ok = false;
                    const int p = QString(value).remove(QLatin1Char('%')).trimmed().toInt(&ok);
                    if (!ok || p < 0 || p > 100)
                        bad(i, CsvImporter::tr("\"%1\" is not a percentage from 0 to 100.")
                                   .arg(value));
                    else
                        probability = p;
                }
                break;
            case ImportField::CloseReason:
                o.closeReason = oneLine(i, value, maximumTextLength);
                break;
            case ImportField::Outcome:
                o.disqualified =
                    value.compare(QLatin1String("disqualified"), Qt::CaseInsensitive) == 0;
                break;
            }
        }
        if (problems.size() > problemsBefore)
            return std::nullopt;
        if (!stage)
            stage = &m_pipeline.stages().first();
        o.stageId = stage->id;
        // A probability equal to the stage's is the stage's: the deal keeps following it.
        if (probability && *probability != stage->probability)
            o.probability = probability;
        if (stage->kind == StageKind::Open)
            o.closeReason.clear();
        // Only a lost deal can have been disqualified.
        if (stage->kind != StageKind::Lost)
            o.disqualified = false;
        if (!row.accountName.isEmpty())
            o.accountId = m_accounts.value(row.accountName.toLower());
        if (!row.ownerName.isEmpty())
            o.ownerId = m_users.value(row.ownerName.toLower());
        return row;
    }

    bool knowsAccount(const QString &name) const { return m_accounts.contains(name.toLower()); }
    bool knowsUser(const QString &name) const { return m_users.contains(name.toLower()); }

private:
    const Stage *resolveStage(const QString &value) const
    {
        if (const auto it = m_stageMap.constFind(normalisedHeader(value)); it != m_stageMap.cend())
            return m_pipeline.stageNamed(it.value());
        return value.isEmpty() ? &m_pipeline.stages().first()
                               : resolveImportStage(m_pipeline, value);
    }

    const GateEngine &m_pipeline;
    const ImportOptions &m_options;
    QStringList m_header;
    QHash<QString, qint64> m_accounts;
    QHash<QString, qint64> m_users;
    QHash<QString, QString> m_stageMap;
};

} // namespace

QString normalisedHeader(const QString &text)
{
    QString result;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}

bool foldLineBreaks(QString &value)
{
    if (!value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return false;
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    value.replace(breaks, QStringLiteral(" "));
    return true;
}

const Stage *resolveImportStage(const GateEngine &pipeline, const QString &name)
{
    if (const Stage *s = pipeline.stageNamed(name))
        return s;
    const QString key = normalisedHeader(name);
    for (const Stage &s : pipeline.stages()) {
        if (normalisedHeader(s.name) == key)
            return &s;
    }
    const auto it = stageSynonyms().constFind(key);
    if (it == stageSynonyms().cend())
        return nullptr;
    if (const Stage *s = pipeline.stageNamed(it.value()))
        return s;
    // A database made in German or French has the default stages under their names there.
    const QString local = defaultStageNames(QLocale()).value(it.value());
    return local.isEmpty() ? nullptr : pipeline.stageNamed(local);
}

QString importFieldName(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return CsvImporter::tr("(ignore)");
    case ImportField::Title:
        return CsvImporter::tr("Title");
    case ImportField::Account:
        return CsvImporter::tr("Account");
    case ImportField::Owner:
        return CsvImporter::tr("Owner");
    case ImportField::Stage:
        return CsvImporter::tr("Stage");
    case ImportField::Amount:
        return CsvImporter::tr("Amount");
    case ImportField::Currency:
        return CsvImporter::tr("Currency");
    case ImportField::CloseDate:
        return CsvImporter::tr("Close date");
    case ImportField::Contact:
        return CsvImporter::tr("Contact");
    case ImportField::NextStep:
        return CsvImporter::tr("Next step");
    case ImportField::Probability:
        return CsvImporter::tr("Probability");
    case ImportField::CloseReason:
        return CsvImporter::tr("Close reason");
    case ImportField::Outcome:
        return CsvImporter::tr("Outcome");
    }
    return {};
}

QList<ImportField> guessImportColumns(const QStringList &header)
{
    QList<ImportField> columns;
    QSet<ImportField> taken;
    for (const QString &name : header) {
        ImportField f = headerNames().value(normalisedHeader(name), ImportField::Ignore);
        // Only the first column of a kind counts ("Name" after "Deal Name" is ignored).
        if (taken.contains(f))
            f = ImportField::Ignore;
        if (f != ImportField::Ignore)
            taken.insert(f);
        columns.append(f);
    }
    return columns;
}

QString ImportProblem::text() const
{
    return column.isEmpty() ? CsvImporter::tr("line %1: %2").arg(line).arg(message)
                            : CsvImporter::tr("line %1, %2: %3").arg(line).arg(column, message);
}

QStringList ImportReport::badRowTexts() const
{
    QStringList rows;
    for (qsizetype i = 0; i < problems.size();) {
        const qint64 line = problems.at(i).line;
        QStringList parts;
        for (; i < problems.size() && problems.at(i).line == line; ++i) {
            const ImportProblem &p = problems.at(i);
            parts.append(p.column.isEmpty() ? p.message
                                            : CsvImporter::tr("%1: %2").arg(p.column, p.message));
        }
        // Each problem is a sentence of its own ("… is not a number."): "; " only after one
        // that is not.
        QString joined;
        for (const QString &part : std::as_const(parts)) {
            if (!joined.isEmpty())
                joined +=
                    joined.endsWith(QLatin1Char('.')) ? QStringLiteral(" ") : QStringLiteral("; ");
            joined += part;
        }
        rows.append(CsvImporter::tr("line %1 — %2").arg(line).arg(joined));
    }
    return rows;
}

bool ImportReport::refused(bool skipBadRows, bool createMissing) const
{
    return (!problems.isEmpty() && !skipBadRows) ||
           ((!missingAccounts.isEmpty() || !missingOwners.isEmpty()) && !createMissing);
}

CsvImporter::CsvImporter(OpportunityStore &deals, Directory &directory, BulkLoader &bulk,
                         const GateEngine &pipeline)
    : m_opportunityStore(deals)
    , m_directory(directory)
    , m_bulk(bulk)
    , m_pipeline(pipeline)
{}

namespace {

/// The two passes of an import over one file: the first checks every row and writes nothing,
/// the second writes the good rows and what they need. Their messages are CsvImporter's.
class ImportPasses
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::CsvImporter)

public:
    ImportPasses(const GateEngine &engine, const QList<Account> &accounts, ImportOptions &options)
        : m_engine(engine)
        , m_accounts(accounts)
        , m_options(options)
    {}

    /// Reads the header and decides the columns (guessed unless given); refused without a
    /// title column.
    Result<void> readHeader(CsvReader &reader)
    {
        if (!reader.readRecord(m_header)) {
            if (reader.error())
                return std::unexpected(*reader.error());
            return fail(tr("The file is empty."));
        }
        if (m_options.columns.isEmpty())
            m_options.columns = guessImportColumns(m_header);
        if (!m_options.columns.contains(ImportField::Title)) {
            return fail(tr("No column holds the opportunities' titles (e.g. \"Opportunity "
                           "Name\", \"Deal Name\", \"Title\"). The header is: %1")
                            .arg(m_header.join(QStringLiteral(", "))));
        }
        m_parser.emplace(m_engine, m_accounts, m_options, m_header);
        return {};
    }

    /// Pass 1: every row checked, its problems and the accounts and owners it lacks reported.
    Result<ImportReport> check(CsvReader &reader)
    {
        ImportReport report;
        QSet<QString> missingAccounts;
        QSet<QString> missingOwners;
        QStringList fields;
        while (reader.readRecord(fields)) {
            if (fields.size() == 1 && fields.first().trimmed().isEmpty())
                continue; // a blank line
            ++report.rows;
            const auto row = m_parser->parse(fields, reader.line(), report);
            if (!row) {
                m_badLines.insert(reader.line());
                ++report.badRows;
                continue;
            }
            const auto note = [](const QString &name, QSet<QString> &seen, QStringList &list) {
                if (!seen.contains(name.toLower())) {
                    seen.insert(name.toLower());
                    list.append(name);
                }
            };
            if (!row->accountName.isEmpty() && !m_parser->knowsAccount(row->accountName))
                note(row->accountName, missingAccounts, report.missingAccounts);
            if (!row->ownerName.isEmpty() && !m_parser->knowsUser(row->ownerName))
                note(row->ownerName, missingOwners, report.missingOwners);
            if (m_options.progress && report.rows % 500 == 0 &&
                !m_options.progress(reader.line())) {
                report.cancelled = true;
                return report;
            }
        }
        if (reader.error())
            return std::unexpected(*reader.error());
        if (report.rows == 0)
            return fail(tr("line 1: the file has a header but no opportunities."));
        return report;
    }

    /// Pass 2, inside the bulk transaction: the missing owners and accounts (the import made
    /// sure it may create them), then every good row with its ledger row.
    Result<void> write(BulkSink &sink, CsvReader &again, const ImportReport &report)
    {
        for (const QString &name : report.missingOwners) {
            auto id = sink.addUser({0, name, UserRole::Rep, {}});
            if (!id)
                return std::unexpected(id.error());
            m_parser->addUser(name, *id);
        }
        for (const QString &name : report.missingAccounts) {
            auto id = sink.addAccount({0, name, {}, {}, m_options.actorId});
            if (!id)
                return std::unexpected(id.error());
            m_parser->addAccount(name, *id);
        }
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        ImportReport ignored;
        QStringList fields;
        while (again.readRecord(fields)) {
            if ((fields.size() == 1 && fields.first().trimmed().isEmpty()) ||
                m_badLines.contains(again.line()))
                continue;
            auto row = m_parser->parse(fields, again.line(), ignored);
            if (!row)
                return fail(tr("line %1 changed while it was being imported.").arg(again.line()));
            if (auto ok = writeRow(sink, row->opportunity, now, again.line()); !ok)
                return ok;
            ++m_imported;
            if (m_options.progress && m_imported % 500 == 0 && !m_options.progress(again.line())) {
                m_cancelled = true;
                return fail(tr("The import was cancelled; nothing was imported."));
            }
        }
        if (again.error())
            return std::unexpected(*again.error());
        return {};
    }

    qint64 goodRows(const ImportReport &report) const { return report.rows - m_badLines.size(); }
    qint64 imported() const { return m_imported; }
    bool cancelled() const { return m_cancelled; }

private:
    Result<void> writeRow(BulkSink &sink, Opportunity &o, qint64 now, qint64 line)
    {
        o.createdAt = o.enteredStageAt = now;
        auto id = sink.addOpportunity(o);
        if (!id)
            return fail(tr("line %1: %2").arg(line).arg(id.error().message));
        const Stage *stage = m_engine.stage(o.stageId);
        StageChange change;
        change.opportunityId = *id;
        change.toStageId = o.stageId;
        change.userId = m_options.actorId;
        change.at = now;
        change.kind = ChangeKind::Imported;
        change.amount = o.amount;
        change.probability = o.probability.value_or(stage ? stage->probability : 0);
        change.closeDate = o.closeDate;
        change.closeReason = o.closeReason;
        change.disqualified = o.disqualified;
        if (auto ok = sink.addStageChange(change); !ok)
            return std::unexpected(ok.error());
        return {};
    }

    const GateEngine &m_engine;
    const QList<Account> &m_accounts;
    ImportOptions &m_options;
    QStringList m_header;
    std::optional<RowParser> m_parser;
    QSet<qint64> m_badLines;
    qint64 m_imported = 0;
    bool m_cancelled = false;
};

} // namespace

Result<ImportReport> CsvImporter::run(QIODevice *file, const ImportOptions &given)
{
    if (m_pipeline.stages().isEmpty())
        return fail(tr("The process has no stages to import into."));
    auto accounts = m_directory.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    ImportOptions options = given;
    ImportPasses passes(m_pipeline, *accounts, options);
    CsvReader reader(file);
    if (auto ok = passes.readHeader(reader); !ok)
        return std::unexpected(ok.error());
    auto report = passes.check(reader);
    if (!report || report->cancelled || options.dryRun || report->refused(options))
        return report;

    if (!file->seek(0))
        return fail(tr("The file cannot be read a second time (it is not seekable)."));
    CsvReader again(file, reader.delimiter());
    QStringList header;
    again.readRecord(header);
    // An import that at least doubles the board builds the indexes once at the end: cheaper
    // than placing each new row in every index among the few already there.
    const auto existing = m_opportunityStore.opportunityCount();
    if (!existing)
        return std::unexpected(existing.error());
    auto written =
        m_bulk.bulkInsert([&](BulkSink &sink) { return passes.write(sink, again, *report); },
                          passes.goodRows(*report) >= *existing ? BulkLoader::BulkSize::Most
                                                                : BulkLoader::BulkSize::Some);
    if (!written) {
        if (!passes.cancelled())
            return std::unexpected(written.error());
        report->cancelled = true;
        return report;
    }
    report->imported = passes.imported();
    return report;
}

} // namespace Stageboard
