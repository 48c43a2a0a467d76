// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "core/fieldrules.h"
#include "csv/peoplecsv.h"

#include <QDateTime>
#include <QFile>

namespace Stageboard {

namespace {

int listActivities(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    EngagementQuery query;
    if (parser.isSet(QStringLiteral("owner"))) {
        const QString name = parser.value(QStringLiteral("owner"));
        for (const User &u : pipeline->users()) {
            if (u.name.compare(name, Qt::CaseInsensitive) == 0)
                query.ownerId = u.id;
        }
        if (!query.ownerId) {
            err << tr("There is no user named \"%1\".").arg(name) << Qt::endl;
            return CliBadInput;
        }
    }
    const auto deal = idOption(parser, QStringLiteral("deal"), err);
    if (!deal)
        return CliBadInput;
    query.opportunityId = *deal;
    // overdue, today and week are what is still to do, in the local calendar; all is all.
    const QString due = parser.value(QStringLiteral("due"));
    const QDateTime now = QDateTime::currentDateTime();
    const QDate today = now.date();
    if (due == QLatin1String("overdue")) {
        query.dueBefore = now.toSecsSinceEpoch();
    } else if (due == QLatin1String("today")) {
        query.dueBefore = QDateTime(today.addDays(1), QTime(0, 0)).toSecsSinceEpoch();
    } else if (due == QLatin1String("week")) {
        query.dueBefore =
            QDateTime(today.addDays(8 - today.dayOfWeek()), QTime(0, 0)).toSecsSinceEpoch();
    } else if (!due.isEmpty() && due != QLatin1String("all")) {
        err << tr("--due takes overdue, today, week or all, not \"%1\".").arg(due) << Qt::endl;
        return CliBadInput;
    }
    query.openOnly = !due.isEmpty() && due != QLatin1String("all");
    const auto found = storage->engagements().engagements(query);
    if (!found) {
        err << found.error().message << Qt::endl;
        return CliFailed;
    }
    return printCsv(out, err, [&](QIODevice *file, const ExportOptions &raw) {
        return PeopleExporter(storage->contacts(), storage->stakeholders(), storage->directory())
            .exportActivities(file, *found, raw);
    });
}

int addActivity(const QCommandLineParser &parser, SqlStorage &storage, const User *acting,
                QTextStream &out, QTextStream &err)
{
    Engagement e;
    const auto kind = engagementKindFromKey(parser.value(QStringLiteral("type")));
    if (!kind) {
        err << tr("--type takes call, meeting, task or email, not \"%1\".")
                   .arg(parser.value(QStringLiteral("type")))
            << Qt::endl;
        return CliBadInput;
    }
    e.kind = *kind;
    e.subject = parser.value(QStringLiteral("subject"));
    // A time without a zone is the local one; stored in UTC.
    const QDateTime due = QDateTime::fromString(parser.value(QStringLiteral("due")), Qt::ISODate);
    if (!due.isValid()) {
        err << tr("--due must be a date and time such as 2027-03-01T14:30, not \"%1\".")
                   .arg(parser.value(QStringLiteral("due")))
            << Qt::endl;
        return CliBadInput;
    }
    e.dueAt = due.toSecsSinceEpoch();
    const auto deal = idOption(parser, QStringLiteral("deal"), err);
    const auto contact = idOption(parser, QStringLiteral("contact"), err);
    if (!deal || !contact)
        return CliBadInput;
    if (*deal && !storage.opportunityStore().opportunity(*deal)) {
        err << tr("There is no opportunity %1.").arg(*deal) << Qt::endl;
        return CliBadInput;
    }
    if (*contact) {
        const auto found = storage.contacts().contact(*contact);
        if (!found || !*found) {
            err << tr("There is no contact %1.").arg(*contact) << Qt::endl;
            return CliBadInput;
        }
    }
    e.opportunityId = *deal;
    e.contactId = *contact;
    e.ownerId = acting ? acting->id : 0;
    const auto added = storage.engagements().addEngagement(e);
    if (!added) {
        err << added.error().message << Qt::endl;
        return added.error().kind == Error::Kind::NotAllowed ? CliRefused : CliBadInput;
    }
    out << added->id << Qt::endl;
    return CliOk;
}

int markDone(const QCommandLineParser &parser, SqlStorage &storage, QTextStream &out,
             QTextStream &err)
{
    const auto id = idOption(parser, QStringLiteral("id"), err);
    if (!id)
        return CliBadInput;
    const auto found = storage.engagements().engagement(*id);
    if (!found || !*found || (*found)->deleted) {
        err << tr("There is no activity %1.").arg(*id) << Qt::endl;
        return CliBadInput;
    }
    const auto done = storage.engagements().setEngagementDone(
        *id, QDateTime::currentSecsSinceEpoch(), parser.value(QStringLiteral("outcome")));
    if (!done) {
        err << done.error().message << Qt::endl;
        return done.error().kind == Error::Kind::NotAllowed ? CliRefused : CliBadInput;
    }
    out << tr("Done: \"%1\".").arg(done->subject) << Qt::endl;
    return CliOk;
}

int activity(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments();
    const QString what = arguments.value(0);
    if (arguments.size() != 1 || (what != QLatin1String("add") && what != QLatin1String("done"))) {
        err << tr("activity takes add or done.") << Qt::endl;
        return CliBadInput;
    }
    if (what == QLatin1String("add") &&
        (!parser.isSet(QStringLiteral("type")) || !parser.isSet(QStringLiteral("subject")) ||
         !parser.isSet(QStringLiteral("due")))) {
        err << tr("activity add needs --type, --subject and --due.") << Qt::endl;
        return CliBadInput;
    }
    if (what == QLatin1String("done") && !parser.isSet(QStringLiteral("id"))) {
        err << tr("activity done needs --id.") << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto acting = actingUser(parser, storage->directory(), *pipeline, err, nullptr);
    if (!acting)
        return CliBadInput;
    return what == QLatin1String("add") ? addActivity(parser, *storage, *acting, out, err)
                                        : markDone(parser, *storage, out, err);
}

int debrief(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("id")) ||
        (!parser.isSet(QStringLiteral("went-well")) && !parser.isSet(QStringLiteral("improve")))) {
        err << tr("debrief needs --id and --went-well or --improve.") << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto acting = actingUser(parser, storage->directory(), *pipeline, err, nullptr);
    if (!acting)
        return CliBadInput;
    const auto id = idOption(parser, QStringLiteral("id"), err);
    if (!id)
        return CliBadInput;
    const auto found = storage->engagements().engagement(*id);
    if (!found || !*found || (*found)->deleted) {
        err << tr("There is no activity %1.").arg(*id) << Qt::endl;
        return CliBadInput;
    }
    Debrief d;
    d.engagementId = *id;
    d.authorId = *acting ? (*acting)->id : (*found)->ownerId;
    d.wentWell = parser.value(QStringLiteral("went-well"));
    d.improve = parser.value(QStringLiteral("improve"));
    d.notAsked = parser.value(QStringLiteral("not-asked"));
    const QStringList unresolved = parser.values(QStringLiteral("unresolved"));
    const auto saved = storage->debriefs().saveDebrief(d, unresolved);
    if (!saved) {
        err << saved.error().message << Qt::endl;
        return saved.error().kind == Error::Kind::NotAllowed ? CliRefused : CliBadInput;
    }
    out << tr("Debriefed \"%1\"; %n objection(s) left open on the deal.", nullptr,
              int(unresolved.size()))
               .arg((*found)->subject)
        << Qt::endl;
    return CliOk;
}

} // namespace

Command activitiesCommand()
{
    Command c;
    c.name = QStringLiteral("activities");
    c.summary = tr("Print the activities as CSV.");
    c.description = tr("Prints calls, meetings, tasks and emails as CSV: id, type, subject, due, "
                       "owner, deal_id, contact_id, done_at, outcome (times in UTC). --due "
                       "overdue, today or week lists what is still to do by then.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        parser.addOption({QStringLiteral("owner"), tr("Only this user's activities."), tr("name")});
        addOpportunityOption(parser);
        parser.addOption(
            {QStringLiteral("due"), tr("overdue, today, week or all (the default)."), tr("when")});
    };
    c.run = listActivities;
    return c;
}

Command activityCommand()
{
    Command c;
    c.name = QStringLiteral("activity");
    c.summary = tr("Plan an activity, or mark one done.");
    c.arguments = QStringLiteral("add | done");
    c.description = tr("add plans a call, meeting, task or email for --as, due at --due (local "
                       "time unless a zone is given), and prints its id; done marks --id done "
                       "with --outcome.");
    c.addOptions = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("action"), tr("add or done"),
                                     QStringLiteral("add | done"));
        addDatabaseOption(parser);
        parser.addOption({QStringLiteral("type"), tr("call, meeting, task or email."), tr("type")});
        parser.addOption({QStringLiteral("subject"), tr("What it is about."), tr("text")});
        parser.addOption({QStringLiteral("due"), tr("When, e.g. 2027-03-01T14:30."), tr("time")});
        addOpportunityOption(parser);
        parser.addOption({QStringLiteral("contact"), tr("The contact's id."), tr("id")});
        parser.addOption({QStringLiteral("id"), tr("done: the activity's id."), tr("id")});
        parser.addOption({QStringLiteral("outcome"), tr("done: what came of it."), tr("text")});
        addActingUserOption(parser);
    };
    c.run = activity;
    return c;
}

Command debriefCommand()
{
    Command c;
    c.name = QStringLiteral("debrief");
    c.summary = tr("Write the debrief of a call or meeting.");
    c.description = tr("Writes what went well, what to improve and the questions not asked on "
                       "call or meeting --id; each --unresolved objection stays open on its deal "
                       "until someone marks it resolved.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        parser.addOption({QStringLiteral("id"), tr("The call's or meeting's id."), tr("id")});
        parser.addOption({QStringLiteral("went-well"), tr("What went well."), tr("text")});
        parser.addOption({QStringLiteral("improve"), tr("What to do better."), tr("text")});
        parser.addOption(
            {QStringLiteral("not-asked"), tr("The questions that were not asked."), tr("text")});
        parser.addOption({QStringLiteral("unresolved"),
                          tr("An objection left unresolved (may be given again)."), tr("text")});
        addActingUserOption(parser);
    };
    c.run = debrief;
    return c;
}

} // namespace Stageboard
