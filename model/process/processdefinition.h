// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QHash>

class QByteArray;
class QLocale;

namespace Stageboard {

/// A stage as shared between databases, with its guidance and its gate.
struct StageDefinition
{
    Stage stage;
    QStringList activities;
    /// The activity type that ticks an activity, by its index in activities (none for most).
    QHash<int, EngagementKind> activityTypes;
    QList<ExitCriterion> exitCriteria;
};

/// A sales process as shared between databases: its name, ordered stages, and the reasons
/// offered when a deal is won or lost.
struct ProcessDefinition
{
    QString name;
    QList<StageDefinition> stages;
    QStringList wonReasons;
    QStringList lostReasons;
    /// The roles its criteria are signed off by, with their descriptions; an import adds those
    /// the database does not have (matched by name).
    QList<TeamRole> roles{};

    /// The version of the JSON form this Stageboard writes; a newer one is refused.
    static constexpr int formatVersion = 1;

    /// Reads the JSON form; a bad file gets a message naming the line (for broken JSON), or
    /// the stage and field at fault.
    static Result<ProcessDefinition> fromJson(const QByteArray &json);
    /// The JSON form, which fromJson reads back to the same process.
    QByteArray toJson() const;
    /// The process a new database starts with (PRODUCT.md, seed 002), in the locale's
    /// language when Stageboard has it in that language (German, French), else in English.
    static ProcessDefinition defaultProcess(const QLocale &locale = QLocale());
};

} // namespace Stageboard
