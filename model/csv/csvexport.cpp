// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvexport.h"

#include "core/money.h"
#include "csv/csvwriter.h"

#include <QDateTime>
#include <QIODevice>
#include <map>
#include <tuple>

namespace Stageboard {

QString utcTime(qint64 at)
{
    return at ? QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate) : QString();
}

Result<qint64> writeTable(QIODevice *out, const QStringList &header, qsizetype count,
                          const ExportOptions &options,
                          const std::function<QStringList(qsizetype)> &fields)
{
    const auto failed = [out] {
        return fail(
            QCoreApplication::translate("Stageboard::CsvExporter", "Cannot write the file: %1")
                .arg(out->errorString()));
    };
    CsvWriter csv(out, options.delimiter);
    if (options.byteOrderMark)
        csv.writeByteOrderMark();
    if (!csv.writeRow(header))
        return failed();
    qint64 written = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (!csv.writeRow(fields(i)))
            return failed();
        ++written;
        if (options.progress && written % 500 == 0 && !options.progress(written)) {
            return fail(QCoreApplication::translate("Stageboard::CsvExporter",
                                                    "The export was cancelled."));
        }
    }
    return written;
}

namespace {

QString isoTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QString outcomeKey(const Stage *stage, const Opportunity &o)
{
    if (!stage || stage->kind == StageKind::Open)
        return QStringLiteral("open");
    if (stage->kind == StageKind::Won)
        return QStringLiteral("won");
    return o.disqualified ? QStringLiteral("disqualified") : QStringLiteral("lost");
}

CsvExporter::CsvExporter(OpportunityStore &deals, ForecastStore &forecast, Directory &directory,
                         const GateEngine &pipeline)
    : m_opportunityStore(deals)
    , m_forecast(forecast)
    , m_directory(directory)
    , m_pipeline(pipeline)
{}

QStringList CsvExporter::opportunityHeader()
{
    return {QStringLiteral("id"),
            QStringLiteral("title"),
            QStringLiteral("account"),
            QStringLiteral("owner"),
            QStringLiteral("stage"),
            QStringLiteral("amount"),
            QStringLiteral("currency"),
            QStringLiteral("probability"),
            QStringLiteral("weighted_amount"),
            QStringLiteral("close_date"),
            QStringLiteral("forecast_category"),
            QStringLiteral("created"),
            QStringLiteral("entered_stage"),
            QStringLiteral("days_in_stage"),
            QStringLiteral("checklist_progress"),
            QStringLiteral("next_step"),
            QStringLiteral("close_reason"),
            QStringLiteral("outcome"),
            QStringLiteral("contact")};
}

QStringList CsvExporter::historyHeader()
{
    return {QStringLiteral("opportunity_id"),
            QStringLiteral("when"),
            QStringLiteral("kind"),
            QStringLiteral("from"),
            QStringLiteral("to"),
            QStringLiteral("user"),
            QStringLiteral("amount"),
            QStringLiteral("probability"),
            QStringLiteral("close_date"),
            QStringLiteral("close_reason"),
            QStringLiteral("override_reason"),
            QStringLiteral("unmet_criteria"),
            QStringLiteral("disqualified"),
            QStringLiteral("process_change")};
}

QStringList CsvExporter::forecastHeader()
{
    return {QStringLiteral("period"),
            QStringLiteral("owner"),
            QStringLiteral("forecast_category"),
            QStringLiteral("currency"),
            QStringLiteral("deals"),
            QStringLiteral("amount"),
            QStringLiteral("weighted_amount")};
}

Result<qint64> CsvExporter::exportForecast(QIODevice *out, Period period,
                                           const ExportOptions &options)
{
    if (auto ok = loadNames(); !ok)
        return std::unexpected(ok.error());
    auto totals = m_forecast.pipelineTotals(period);
    if (!totals)
        return std::unexpected(totals.error());
    // The database adds up by stage and the deals' own category; the category a row falls in
    // is decided here, once.
    struct Key
    {
        QString period;
        QString owner;
        QString category;
        QString currency;
        bool operator<(const Key &other) const
        {
            return std::tie(period, owner, category, currency) <
                   std::tie(other.period, other.owner, other.category, other.currency);
        }
    };
    std::map<Key, PipelineTotal> rows;
    for (const PipelineTotal &t : std::as_const(*totals)) {
        const Stage *stage = m_pipeline.stage(t.stageId);
        const Key key{t.period, m_users.value(t.ownerId),
                      stage ? forecastCategoryKey(effectiveForecastCategory(*stage, t.category))
                            : QString(),
                      t.currency};
        PipelineTotal &row = rows[key];
        row.opportunities += t.opportunities;
        row.amount += t.amount;
        row.weighted += t.weighted;
    }
    CsvWriter csv(out, options.delimiter);
    if (options.byteOrderMark)
        csv.writeByteOrderMark();
    if (!csv.writeRow(forecastHeader()))
        return fail(tr("Cannot write the file: %1").arg(out->errorString()));
    qint64 written = 0;
    for (const auto &[key, row] : rows) {
        if (!csv.writeRow({options.text(key.period), options.text(key.owner),
                           options.text(key.category), options.text(key.currency),
                           QString::number(row.opportunities), formatPlainAmount(row.amount),
                           formatPlainAmount(row.weighted)}))
            return fail(tr("Cannot write the file: %1").arg(out->errorString()));
        ++written;
    }
    return written;
}

QString ExportOptions::text(const QString &value) const
{
    return raw ? value : neutraliseFormula(value);
}

Result<void> CsvExporter::loadNames()
{
    auto accounts = m_directory.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    m_accounts.clear();
    for (const Account &a : *accounts)
        m_accounts.insert(a.id, a.name);
    m_users.clear();
    for (const User &u : m_pipeline.users())
        m_users.insert(u.id, u.name);
    return {};
}

Result<qint64> CsvExporter::exportOpportunities(QIODevice *out, const QList<Opportunity> &deals,
                                                const ExportOptions &options)
{
    if (auto ok = loadNames(); !ok)
        return std::unexpected(ok.error());
    CsvWriter csv(out, options.delimiter);
    if (options.byteOrderMark)
        csv.writeByteOrderMark();
    if (!csv.writeRow(opportunityHeader()))
        return fail(tr("Cannot write the file: %1").arg(out->errorString()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 written = 0;
    for (const Opportunity &o : deals) {
        const Stage *stage = m_pipeline.stage(o.stageId);
        const int probability = o.probability.value_or(stage ? stage->probability : 0);
        const int activities = m_pipeline.activityCount(o.stageId);
        const bool ok = csv.writeRow(
            {QString::number(o.id), options.text(o.title),
             options.text(m_accounts.value(o.accountId)), options.text(m_users.value(o.ownerId)),
             options.text(stage ? stage->name : QString()), formatPlainAmount(o.amount),
             options.text(o.currency), QString::number(probability),
             formatPlainAmount(o.amount * probability / 100), o.closeDate.toString(Qt::ISODate),
             stage ? forecastCategoryKey(effectiveForecastCategory(*stage, o.forecastCategory))
                   : QString(),
             isoTime(o.createdAt), isoTime(o.enteredStageAt),
             QString::number((now - o.enteredStageAt) / (24 * 60 * 60)),
             activities > 0 ? QStringLiteral("%1/%2").arg(o.activitiesDone).arg(activities)
                            : QString(),
             options.text(o.nextStep), options.text(o.closeReason), outcomeKey(stage, o),
             options.text(o.contact)});
        if (!ok)
            return fail(tr("Cannot write the file: %1").arg(out->errorString()));
        ++written;
        if (options.progress && written % 500 == 0 && !options.progress(written))
            return fail(tr("The export was cancelled."));
    }
    return written;
}

Result<qint64> CsvExporter::exportHistory(QIODevice *out, const ExportOptions &options)
{
    if (auto ok = loadNames(); !ok)
        return std::unexpected(ok.error());
    CsvWriter csv(out, options.delimiter);
    if (options.byteOrderMark)
        csv.writeByteOrderMark();
    if (!csv.writeRow(historyHeader()))
        return fail(tr("Cannot write the file: %1").arg(out->errorString()));
    const auto name = [this](std::optional<qint64> id) {
        const Stage *s = id ? m_pipeline.stage(*id) : nullptr;
        return s ? s->name : QString();
    };
    qint64 written = 0;
    std::optional<Error> failure;
    auto read = m_opportunityStore.forEachStageChange([&](const StageChange &c) {
        if (!csv.writeRow({QString::number(c.opportunityId), isoTime(c.at), changeKindKey(c.kind),
                           options.text(name(c.fromStageId)), options.text(name(c.toStageId)),
                           options.text(m_users.value(c.userId)), formatPlainAmount(c.amount),
                           QString::number(c.probability), c.closeDate.toString(Qt::ISODate),
                           options.text(c.closeReason), options.text(c.overrideReason),
                           options.text(c.unmetCriteria.join(QStringLiteral("; "))),
                           c.disqualified ? QStringLiteral("yes") : QStringLiteral("no"),
                           options.text(c.processChange)})) {
            failure = Error{
                tr("Cannot write the file: %1").arg(out->errorString()), Error::Kind::General, {}};
            return false;
        }
        ++written;
        if (options.progress && written % 500 == 0 && !options.progress(written)) {
            failure = Error{tr("The export was cancelled."), Error::Kind::General, {}};
            return false;
        }
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
    if (failure)
        return std::unexpected(*failure);
    return written;
}

} // namespace Stageboard
