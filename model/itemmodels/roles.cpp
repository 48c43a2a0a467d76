// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/roles.h"

#include "core/types.h"

namespace Stageboard {

QVariant stageData(const Stage &s, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case StageNameRole:
        return s.name;
    case Qt::ToolTipRole:
    case StageDefinitionRole:
        return s.definition;
    case IdRole:
        return s.id;
    case StageKindRole:
        return int(s.kind);
    case StageProbabilityRole:
        return s.probability;
    case StageGoalRole:
        return s.goal;
    case StageOwnerRolesRole:
        return stageOwnerNames(s).join(QStringLiteral(" + "));
    case StageRotDaysRole:
        return s.rotDays ? QVariant(*s.rotDays) : QVariant();
    case StageForecastCategoryRole:
        return int(s.forecastCategory);
    default:
        return {};
    }
}

} // namespace Stageboard
