// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "process/processlint.h"

namespace Stageboard {

bool ProcessLint::readsAsOngoing(const QString &name)
{
    const QString first = name.trimmed().section(QLatin1Char(' '), 0, 0).toLower();
    // "Bring", "Spring" and the like are too short to be an -ing form of a verb.
    return first.size() > 5 && first.endsWith(QLatin1String("ing"));
}

QList<LintFinding> ProcessLint::check(const ProcessDefinition &process)
{
    using Rule = LintFinding::Rule;
    QList<LintFinding> findings;
    bool won = false;
    bool lost = false;
    for (const StageDefinition &s : process.stages) {
        won = won || s.stage.kind == StageKind::Won;
        lost = lost || s.stage.kind == StageKind::Lost;
    }
    if (!won) {
        findings.append({Rule::NoWonStage, -1,
                         tr("The process has no won stage: no deal can be closed as won.")});
    }
    if (!lost) {
        findings.append({Rule::NoLostStage, -1,
                         tr("The process has no lost stage: no deal can be closed as lost.")});
    }

    const StageDefinition *previousOpen = nullptr;
    for (int i = 0; i < process.stages.size(); ++i) {
        const StageDefinition &s = process.stages.at(i);
        const QString name = s.stage.name.trimmed();
        if (readsAsOngoing(name)) {
            findings.append({Rule::OngoingName, i,
                             tr("\"%1\" reads as something under way; name a stage for the state "
                                "a deal has reached (\"Qualified\", not \"Qualifying\").")
                                 .arg(name)});
        }
        if (s.stage.definition.trimmed().isEmpty()) {
            findings.append(
                {Rule::NoDefinition, i,
                 tr("\"%1\" has no definition: say what is true of a deal in it.").arg(name)});
        }
        if (s.stage.kind != StageKind::Open)
            continue;
        if (s.stage.ownerRoles.isEmpty() && s.stage.ownerTeams.isEmpty()) {
            findings.append({Rule::NoOwner, i,
                             tr("\"%1\" has no owner: say who moves deals through it.").arg(name)});
        }
        if (previousOpen && s.stage.probability <= previousOpen->stage.probability) {
            findings.append({Rule::ProbabilityNotRising, i,
                             tr("\"%1\" is no likelier to close (%2 %) than \"%3\" before it "
                                "(%4 %): probabilities should rise stage by stage.")
                                 .arg(name, QString::number(s.stage.probability),
                                      previousOpen->stage.name.trimmed(),
                                      QString::number(previousOpen->stage.probability))});
        }
        previousOpen = &s;
        const int activities = int(s.activities.size());
        if (activities < fewestActivities) {
            findings.append(
                {Rule::TooFewActivities, i,
                 tr("\"%1\" needs at least %2 recommended activities to guide a rep; "
                    "it has %3.")
                     .arg(name, QString::number(fewestActivities), QString::number(activities))});
        } else if (activities > mostActivities) {
            findings.append(
                {Rule::TooManyActivities, i,
                 tr("\"%1\" has %3 recommended activities; more than %2 are rarely "
                    "all done: keep the ones that matter.")
                     .arg(name, QString::number(mostActivities), QString::number(activities))});
        }
    }
    return findings;
}

} // namespace Stageboard
