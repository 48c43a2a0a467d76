// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "csv/csvwriter.h"

#include <QDateTime>
#include <algorithm>

namespace Stageboard {

namespace {

int printCoaching(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    auto figures = storage->coaching().figures(QDateTime::currentSecsSinceEpoch());
    if (!figures) {
        err << figures.error().message << Qt::endl;
        return CliFailed;
    }
    const auto repName = [&](qint64 id) {
        const User *u = pipeline->user(id);
        return u ? u->name : QString();
    };
    QHash<qint64, int> stageOrder;
    const QList<Stage> stages = pipeline->stages();
    for (int i = 0; i < stages.size(); ++i)
        stageOrder.insert(stages.at(i).id, i);
    QList<CoachingCell> cells = figures->cells;
    std::stable_sort(cells.begin(), cells.end(), [&](const CoachingCell &a, const CoachingCell &b) {
        const int byName = repName(a.repId).localeAwareCompare(repName(b.repId));
        return byName != 0 ? byName < 0 : stageOrder.value(a.stageId) < stageOrder.value(b.stageId);
    });
    return printCsv(out, err, [&](QIODevice *device, const ExportOptions &) -> Result<qint64> {
        CsvWriter csv(device);
        csv.writeRow({QStringLiteral("rep"), QStringLiteral("stage"), QStringLiteral("deals"),
                      QStringLiteral("activity_completion"), QStringLiteral("stalled"),
                      QStringLiteral("overrides"), QStringLiteral("median_days"),
                      QStringLiteral("team_median_days")});
        for (const CoachingCell &c : std::as_const(cells)) {
            const Stage *stage = pipeline->stage(c.stageId);
            csv.writeRow({repName(c.repId), stage ? stage->name : QString(),
                          QString::number(c.deals),
                          c.completion() ? QString::number(*c.completion(), 'f', 3) : QString(),
                          QString::number(c.stalled), QString::number(c.overrides),
                          QString::number(c.medianDays, 'f', 1),
                          QString::number(figures->teamMedianDays.value(c.stageId), 'f', 1)});
        }
        return qint64(cells.size());
    });
}

} // namespace

Command coachingCommand()
{
    Command c;
    c.name = QStringLiteral("coaching");
    c.summary = tr("Print the coaching grid as CSV: each rep's open deals per stage.");
    c.arguments = QString();
    c.description =
        tr("Prints a row for every rep and open stage holding deals of theirs, by rep and stage: "
           "rep, stage, deals, activity_completion (the stage's recommended activities ticked on "
           "those deals, 0 to 1; empty when the stage recommends none), stalled (past the stage's "
           "age limit), overrides (let into the stage past its gate by a manager), median_days "
           "(days in the stage so far) and team_median_days (the same over every rep's deals in "
           "the stage).");
    c.addOptions = [](QCommandLineParser &parser) { addDatabaseOption(parser); };
    c.run = printCoaching;
    return c;
}

} // namespace Stageboard
