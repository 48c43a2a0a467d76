// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "csv/csvwriter.h"

#include <QDateTime>

namespace Stageboard {

namespace {

int signOff(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const bool approve = parser.isSet(QStringLiteral("approve"));
    const bool reject = parser.isSet(QStringLiteral("reject"));
    if (approve == reject) {
        err << tr("signoff needs one of --approve and --reject.") << Qt::endl;
        return CliBadInput;
    }
    if (reject && parser.value(QStringLiteral("comment")).trimmed().isEmpty()) {
        err << tr("signoff --reject needs --comment: why, for the rep to act on.") << Qt::endl;
        return CliBadInput;
    }
    const QString text = parser.value(QStringLiteral("criterion")).trimmed();
    if (text.isEmpty()) {
        err << tr("signoff needs --criterion: the text of the criterion to sign off.") << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto actor = requiredActor(parser, *storage, *pipeline, err, QStringLiteral("signoff"));
    if (!actor)
        return CliBadInput;
    const auto deal = opportunityArgument(parser, storage->opportunityStore(), err);
    if (!deal)
        return CliBadInput;
    const ExitCriterion *criterion = nullptr;
    QStringList signed_;
    for (const ExitCriterion &c : pipeline->exitCriteria(deal->stageId)) {
        if (!c.signOff)
            continue;
        signed_.append(c.text);
        if (c.text.compare(text, Qt::CaseInsensitive) == 0)
            criterion = pipeline->criterion(c.id);
    }
    if (!criterion) {
        const Stage *stage = pipeline->stage(deal->stageId);
        err << (signed_.isEmpty() ? tr("\"%1\" is in %2, which has no criterion to sign off.")
                                        .arg(deal->title, stage ? stage->name : QString())
                                  : tr("%1 has no sign-off \"%2\"; its sign-offs are: %3.")
                                        .arg(stage ? stage->name : QString(), text,
                                             signed_.join(QStringLiteral(", "))))
            << Qt::endl;
        return CliBadInput;
    }
    const auto answered = pipeline->answerCriterion(
        *deal, criterion->id, (*actor)->id, approve ? CriterionState::Met : CriterionState::Failed,
        parser.value(QStringLiteral("comment")).trimmed());
    if (!answered) {
        err << answered.error().message << Qt::endl;
        return answered.error().kind == Error::Kind::NotAllowed ? CliRefused : CliFailed;
    }
    out << (approve ? tr("%1 signed off \"%2\" on \"%3\".") : tr("%1 rejected \"%2\" on \"%3\"."))
               .arg((*actor)->name, criterion->text, deal->title)
        << Qt::endl;
    return CliOk;
}

int printWaiting(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto actor = requiredActor(parser, *storage, *pipeline, err, QStringLiteral("waiting"));
    if (!actor)
        return CliBadInput;
    const auto waiting = storage->signOffs().waitingOn((*actor)->id);
    if (!waiting) {
        err << waiting.error().message << Qt::endl;
        return CliFailed;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return printCsv(out, err, [&](QIODevice *device, const ExportOptions &) -> Result<qint64> {
        CsvWriter csv(device);
        csv.writeRow({QStringLiteral("deal_id"), QStringLiteral("title"), QStringLiteral("stage"),
                      QStringLiteral("criterion"), QStringLiteral("role"),
                      QStringLiteral("waiting_days")});
        for (const PendingSignOff &p : *waiting) {
            const Stage *stage = pipeline->stage(p.stageId);
            csv.writeRow({QString::number(p.opportunityId), p.title,
                          stage ? stage->name : QString(), p.criterion, p.role,
                          QString::number(std::max<qint64>(0, now - p.waitingSince) / 86400)});
        }
        return qint64(waiting->size());
    });
}

int printLog(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto only = idOption(parser, QStringLiteral("deal"), err);
    if (!only)
        return CliBadInput;
    // Titles by deal, read once for the deals the log names.
    QHash<qint64, QString> titles;
    if (const auto deals = storage->opportunityStore().opportunities()) {
        for (const Opportunity &o : *deals)
            titles.insert(o.id, o.title);
    }
    const auto userName = [&](qint64 id) {
        const User *u = pipeline->user(id);
        return u ? u->name : QString();
    };
    return printCsv(out, err, [&](QIODevice *device, const ExportOptions &) -> Result<qint64> {
        CsvWriter csv(device);
        csv.writeRow({QStringLiteral("deal_id"), QStringLiteral("title"),
                      QStringLiteral("criterion"), QStringLiteral("role"),
                      QStringLiteral("decision"), QStringLiteral("user"), QStringLiteral("at"),
                      QStringLiteral("comment"), QStringLiteral("field"),
                      QStringLiteral("old_value"), QStringLiteral("new_value")});
        qint64 rows = 0;
        const auto visit = [&](const SignOffDecision &d) {
            if (*only && d.opportunityId != *only)
                return true;
            const ExitCriterion *c = pipeline->criterion(d.criterionId);
            QString oldValue = d.oldValue;
            QString newValue = d.newValue;
            if (d.field == QLatin1StringView("owner")) {
                oldValue = userName(oldValue.toLongLong());
                newValue = userName(newValue.toLongLong());
            }
            csv.writeRow({QString::number(d.opportunityId), titles.value(d.opportunityId),
                          c ? c->text : QString(), c && c->signOff ? c->signOff->role : QString(),
                          signOffDecisionKey(d.kind), userName(d.userId),
                          QDateTime::fromSecsSinceEpoch(d.at, Qt::UTC).toString(Qt::ISODate),
                          d.comment, d.field, oldValue, newValue});
            ++rows;
            return true;
        };
        if (auto ok = storage->signOffs().forEachDecision(visit); !ok)
            return std::unexpected(ok.error());
        return rows;
    });
}

} // namespace

Command signOffCommand()
{
    Command c;
    c.name = QStringLiteral("signoff");
    c.summary = tr("Sign off a criterion of a deal, or reject it.");
    c.arguments = QString();
    c.description =
        tr("Approves (--approve) or rejects (--reject, with a --comment saying why) the sign-off "
           "--criterion (its text) of the deal's current stage, as --as. Refused (exit 3) when "
           "that user is not a member of the role that signs it off, nor a manager.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        addOpportunityOption(parser);
        parser.addOption(
            {QStringLiteral("criterion"), tr("The text of the criterion."), tr("text")});
        parser.addOption({QStringLiteral("approve"), tr("Sign it off.")});
        parser.addOption({QStringLiteral("reject"), tr("Reject it.")});
        parser.addOption({QStringLiteral("comment"), tr("Why, for the rep."), tr("text")});
        addActingUserOption(parser);
    };
    c.run = signOff;
    return c;
}

Command waitingCommand()
{
    Command c;
    c.name = QStringLiteral("waiting");
    c.summary = tr("Print what waits on a user (sign-offs, stages their roles own) as CSV.");
    c.arguments = QString();
    c.description = tr("Prints the deals whose current stage asks --as, as a member of one of "
                       "their roles, for a sign-off not given yet, and the deals in the stages "
                       "their roles own (an empty criterion), longest waiting first: "
                       "deal_id, title, stage, criterion, role, waiting_days.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        addActingUserOption(parser);
    };
    c.run = printWaiting;
    return c;
}

Command signOffLogCommand()
{
    Command c;
    c.name = QStringLiteral("signoffs");
    c.summary = tr("Print the sign-off log as CSV.");
    c.arguments = QString();
    c.description =
        tr("Prints every decision on a sign-off (approved, rejected, withdrawn, or re-opened by a "
           "change to a field it vouched for), of every deal or of --deal, oldest first.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        addOpportunityOption(parser);
    };
    c.run = printLog;
    return c;
}

} // namespace Stageboard
