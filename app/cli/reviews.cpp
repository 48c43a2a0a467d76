// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "core/money.h"
#include "csv/csvwriter.h"

#include <QDateTime>

namespace Stageboard {

namespace {

QString isoTime(qint64 at)
{
    return at == 0 ? QString() : QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate);
}

int printReviews(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const bool pendingOnly = parser.isSet(QStringLiteral("pending"));
    // The deals as they are now, read once: whether each close still stands.
    QHash<qint64, Opportunity> deals;
    if (const auto read = storage->opportunityStore().opportunities()) {
        for (const Opportunity &o : *read)
            deals.insert(o.id, o);
    } else {
        err << read.error().message << Qt::endl;
        return CliFailed;
    }
    QHash<qint64, QString> competitors;
    if (const auto read = storage->lookBack().competitors()) {
        for (const Competitor &c : *read)
            competitors.insert(c.id, c.name);
    }
    const auto userName = [&](qint64 id) {
        const User *u = pipeline->user(id);
        return u ? u->name : QString();
    };
    return printCsv(out, err, [&](QIODevice *device, const ExportOptions &) -> Result<qint64> {
        CsvWriter csv(device);
        csv.writeRow({QStringLiteral("deal_id"), QStringLiteral("title"), QStringLiteral("outcome"),
                      QStringLiteral("stage"), QStringLiteral("reason"),
                      QStringLiteral("secondary_reasons"), QStringLiteral("lost_to"),
                      QStringLiteral("notes"), QStringLiteral("closed_by"),
                      QStringLiteral("closed_at"), QStringLiteral("status"),
                      QStringLiteral("reviewed_by"), QStringLiteral("reviewed_at"),
                      QStringLiteral("lesson"), QStringLiteral("process_suggestion")});
        // Only a deal's latest close can still stand.
        QList<DealClose> closes;
        QHash<qint64, qint64> latest;
        if (auto ok = storage->lookBack().forEachClose([&](const DealClose &c) {
                closes.append(c);
                latest.insert(c.opportunityId, c.id);
                return true;
            });
            !ok) {
            return std::unexpected(ok.error());
        }
        qint64 rows = 0;
        for (const DealClose &c : std::as_const(closes)) {
            const auto deal = deals.constFind(c.opportunityId);
            const bool stands = deal != deals.cend() && deal->stageId == c.stageId &&
                                deal->enteredStageAt == c.closedAt &&
                                latest.value(c.opportunityId) == c.id;
            const QString status = c.isReviewed() ? QStringLiteral("reviewed")
                                   : stands       ? QStringLiteral("pending")
                                                  : QStringLiteral("reopened");
            if (pendingOnly && status != QLatin1StringView("pending"))
                continue;
            const Stage *stage = pipeline->stage(c.stageId);
            csv.writeRow(
                {QString::number(c.opportunityId), deal != deals.cend() ? deal->title : QString(),
                 c.won            ? QStringLiteral("won")
                 : c.disqualified ? QStringLiteral("disqualified")
                                  : QStringLiteral("lost"),
                 stage ? stage->name : QString(), c.primaryReason,
                 c.secondaryReasons.join(QStringLiteral("; ")), competitors.value(c.lostToId),
                 c.notes, userName(c.closedBy), isoTime(c.closedAt), status, userName(c.reviewedBy),
                 isoTime(c.reviewedAt), c.lesson, c.processSuggestion});
            ++rows;
        }
        return rows;
    });
}

int markReviewed(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (parser.positionalArguments() != QStringList{QStringLiteral("done")}) {
        err << tr("review takes one action, done.") << Qt::endl;
        return CliBadInput;
    }
    const QString lesson = parser.value(QStringLiteral("lesson")).trimmed();
    if (lesson.isEmpty()) {
        err << tr("review done needs --lesson: what the team learns from the deal.") << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto actor =
        requiredActor(parser, *storage, *pipeline, err, QStringLiteral("review done"));
    if (!actor)
        return CliBadInput;
    const auto deal = opportunityArgument(parser, storage->opportunityStore(), err);
    if (!deal)
        return CliBadInput;
    if (!pipeline->canOverride((*actor)->id)) {
        err << tr("%1 is not a manager: only a manager or an admin reviews a closed deal.")
                   .arg((*actor)->name)
            << Qt::endl;
        return CliRefused;
    }
    const auto closes = storage->lookBack().closesOf(deal->id);
    if (!closes) {
        err << closes.error().message << Qt::endl;
        return CliFailed;
    }
    if (closes->isEmpty()) {
        err << tr("\"%1\" was never closed in Stageboard, so there is nothing to review.")
                   .arg(deal->title)
            << Qt::endl;
        return CliBadInput;
    }
    const auto reviewed = storage->lookBack().review(closes->constLast().id, (*actor)->id, lesson,
                                                     parser.value(QStringLiteral("suggestion")));
    if (!reviewed) {
        err << reviewed.error().message << Qt::endl;
        return reviewed.error().kind == Error::Kind::NotAllowed ? CliRefused : CliFailed;
    }
    out << tr("%1 reviewed \"%2\".").arg((*actor)->name, deal->title) << Qt::endl;
    return CliOk;
}

const QList<std::pair<QString, WinLossBy>> &winLossKeys()
{
    static const QList<std::pair<QString, WinLossBy>> keys{
        {QStringLiteral("reason"), WinLossBy::Reason},
        {QStringLiteral("competitor"), WinLossBy::Competitor},
        {QStringLiteral("stage"), WinLossBy::Stage},
        {QStringLiteral("industry"), WinLossBy::Industry},
        {QStringLiteral("territory"), WinLossBy::Territory},
        {QStringLiteral("rep"), WinLossBy::Rep},
        {QStringLiteral("size"), WinLossBy::Size},
        {QStringLiteral("quarter"), WinLossBy::Quarter}};
    return keys;
}

int printWinLoss(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString byName = parser.value(QStringLiteral("by")).trimmed().toLower();
    std::optional<WinLossBy> by;
    QStringList names;
    for (const auto &[name, value] : winLossKeys()) {
        names.append(name);
        if (name == byName)
            by = value;
    }
    if (!by) {
        err << tr("winloss needs --by, one of: %1.").arg(names.join(QStringLiteral(", ")))
            << Qt::endl;
        return CliBadInput;
    }
    WinLossFilter filter;
    QDate &from = filter.from;
    QDate &to = filter.to;
    if (parser.isSet(QStringLiteral("from"))) {
        const auto month = monthArgument(parser, QStringLiteral("from"), err);
        if (!month)
            return CliBadInput;
        from = *month;
    }
    if (parser.isSet(QStringLiteral("to"))) {
        const auto month = monthArgument(parser, QStringLiteral("to"), err);
        if (!month)
            return CliBadInput;
        to = month->addMonths(1).addDays(-1); // the whole month
    }
    if (from.isValid() && to.isValid() && to < from) {
        err << tr("--to is before --from.") << Qt::endl;
        return CliBadInput;
    }
    auto storage = openDatabase(parser, err);
    if (!storage)
        return storage.error();
    const auto rows = (*storage)->lookBack().winLoss(*by, filter);
    if (!rows) {
        err << rows.error().message << Qt::endl;
        return CliFailed;
    }
    return printCsv(out, err, [&](QIODevice *device, const ExportOptions &) -> Result<qint64> {
        CsvWriter csv(device);
        csv.writeRow({QStringLiteral("key"), QStringLiteral("won"), QStringLiteral("lost"),
                      QStringLiteral("win_rate"), QStringLiteral("won_amount"),
                      QStringLiteral("lost_amount"), QStringLiteral("avg_cycle_days")});
        for (const WinLossRow &r : *rows) {
            csv.writeRow({r.key, QString::number(r.won), QString::number(r.lost),
                          QString::number(r.winRate(), 'f', 3), formatPlainAmount(r.wonAmount),
                          formatPlainAmount(r.lostAmount),
                          QString::number(r.averageCycleDays, 'f', 1)});
        }
        return qint64(rows->size());
    });
}

} // namespace

Command winLossCommand()
{
    Command c;
    c.name = QStringLiteral("winloss");
    c.summary = tr("Print win/loss figures as CSV, by reason, competitor, stage and more.");
    c.arguments = QString();
    c.description = tr(
        "Prints the deals won and lost (disqualified ones left out, as in the win rate), closing "
        "from --from to --to (months, YYYY-MM; both optional), grouped by --by: reason, "
        "competitor (every competitor a deal named or was lost to), stage (the stage it left "
        "when it closed), industry, territory, rep, size (bands of the amount) or quarter of the "
        "close date: key, won, lost, win_rate (0 to 1), won_amount, lost_amount (in the "
        "reporting currency; deals whose currency has no exchange rate are left out of the "
        "amounts), avg_cycle_days (creation to close).");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        parser.addOption(
            {QStringLiteral("by"),
             tr("reason, competitor, stage, industry, territory, rep, size or quarter."),
             tr("group")});
        parser.addOption(
            {QStringLiteral("from"), tr("The first month of close dates (YYYY-MM)."), tr("month")});
        parser.addOption(
            {QStringLiteral("to"), tr("The last month of close dates (YYYY-MM)."), tr("month")});
    };
    c.run = printWinLoss;
    return c;
}

Command reviewsCommand()
{
    Command c;
    c.name = QStringLiteral("reviews");
    c.summary = tr("Print the closed deals and their reviews as CSV.");
    c.arguments = QString();
    c.description =
        tr("Prints every close made in Stageboard, oldest first: the deal, won, lost or "
           "disqualified, the reasons, the competitor it was lost to, notes, who closed it and "
           "when, its status (pending, reviewed, or reopened when the deal left that stage "
           "unreviewed) and the review. --pending keeps the closes awaiting review.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        parser.addOption({QStringLiteral("pending"), tr("Only the closes awaiting review.")});
    };
    c.run = printReviews;
    return c;
}

Command reviewCommand()
{
    Command c;
    c.name = QStringLiteral("review");
    c.summary = tr("Review a closed deal: write the lesson learned.");
    c.arguments = QStringLiteral("done");
    c.description =
        tr("done marks the latest close of --deal reviewed by --as, a manager or an admin, "
           "with the --lesson learned and, optionally, the change to the process it suggests "
           "(--suggestion). Reviewing it again replaces the review.");
    c.addOptions = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("action"), tr("done"), QStringLiteral("done"));
        addDatabaseOption(parser);
        addOpportunityOption(parser);
        parser.addOption(
            {QStringLiteral("lesson"), tr("What the team learns from the deal."), tr("text")});
        parser.addOption({QStringLiteral("suggestion"),
                          tr("A change to the process the lesson suggests."), tr("text")});
        addActingUserOption(parser);
    };
    c.run = markReviewed;
    return c;
}

} // namespace Stageboard
