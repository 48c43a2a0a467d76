// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "process/processdefinition.h"

#include <QCoreApplication>

namespace Stageboard {

/// Advice on a process, shown in the process editor as the admin types (seed 000, 002):
/// nothing here stops a process from being saved.
struct LintFinding
{
    enum class Rule {
        OngoingName,          ///< a stage named for an activity ("Qualifying"), not a state reached
        ProbabilityNotRising, ///< an open stage no likelier to close than the one before it
        NoWonStage,
        NoLostStage,
        NoDefinition,
        NoOwner,
        TooFewActivities, ///< an open stage with fewer than two recommended activities
        TooManyActivities ///< an open stage with more than eight
    };
    Rule rule = Rule::OngoingName;
    int stage = -1; ///< index into ProcessDefinition::stages; -1 for the whole process
    QString message;
};

class ProcessLint
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::ProcessLint)

public:
    static constexpr int fewestActivities = 2;
    static constexpr int mostActivities = 8;

    /// Every finding, the whole process's first, then stage by stage in order.
    static QList<LintFinding> check(const ProcessDefinition &process);
    /// Whether a stage name reads as an ongoing action: its first word ends in "-ing".
    static bool readsAsOngoing(const QString &name);
};

} // namespace Stageboard
