// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>
#include <Qt>

namespace Stageboard {

/// Item data roles shared by the board model, its views and the tests.
/// Top-level rows of the board are stages; their children are opportunities.
enum Role {
    IdRole = Qt::UserRole, ///< qint64: stage id or opportunity id
    IsStageRole,           ///< bool: true for a stage row

    StageNameRole,
    StageKindRole,        ///< int: StageKind
    StageProbabilityRole, ///< int percent
    StageDefinitionRole,
    StageGoalRole,
    StageOwnerRolesRole,     ///< QString: translated owner roles joined by " + "
    StageRotDaysRole,        ///< int, or invalid when the stage never rots
    StageCountRole,          ///< int: visible deals in the stage
    StageAmountRole,         ///< qint64 cents: sum of visible deals' amounts
    StageWeightedAmountRole, ///< qint64 cents: sum of amount × probability

    TitleRole,
    AccountNameRole,
    AccountIdRole,
    OwnerNameRole,
    OwnerIdRole,
    AmountRole, ///< qint64 cents
    CurrencyRole,
    CloseDateRole,      ///< QDate
    StageIdRole,        ///< qint64: the stage the deal is in
    EnteredStageAtRole, ///< qint64 seconds since the epoch
    DaysInStageRole,    ///< int
    IsStalledRole,      ///< bool: longer in its stage than the stage's rot days
    ProbabilityRole,    ///< int percent, the deal's own or its stage's
    WeightedAmountRole, ///< qint64 cents
    NextStepRole,
    ActivitiesDoneRole, ///< int: ticked recommended activities of the current stage
    ActivityCountRole,  ///< int: recommended activities of the current stage
    RequiredUnmetRole,  ///< bool: a required exit criterion of the current stage is unmet
    DisqualifiedRole,   ///< bool: lost before it reached qualification
    CloseReasonRole,
    OverrideReasonRole,   ///< QString: why an override moved it into its stage; empty otherwise
    OpportunityRole,      ///< QVariant holding the whole Opportunity value
    NextActivityDueRole,  ///< int: ActivityDue of its next activity; -1 for a closed deal
    NextActivityAtRole,   ///< QDateTime (local) its next activity is due; invalid for none
    StakeholderCountRole, ///< int
    ChampionRole,         ///< bool: a stakeholder is its champion

    // Checklist rows (StageChecklistModel): an activity or an exit criterion.
    CheckNoteRole,      ///< QString, editable
    CheckedByRole,      ///< QString: who ticked or answered it
    CheckedAtRole,      ///< QDateTime, invalid when open
    CriterionStateRole, ///< int: CriterionState, editable
    RequiredRole,       ///< bool: a required criterion (activities: false)
    SignOffRole,        ///< QString: the translated role that must sign off; empty for anyone
    KnockOutRole,       ///< bool: a deal-killer question
    RuleRole,           ///< QString: what a criterion that checks itself checks; empty for others
    RuleMissingRole,    ///< QString: what such a criterion misses now; empty when met

    // Agenda rows (AgendaModel): an activity.
    OpportunityIdRole, ///< qint64: the deal it is about; 0 for none

    // Process editor rows (ProcessModel): a stage of the pipeline being edited.
    StageForecastCategoryRole, ///< int: ForecastCategory, its deals' default
    StageFindingsRole,         ///< QStringList: the lint findings on the stage
};

struct Stage;

/// What a stage row says for role, the same in every model that lists stages: its name
/// (display and edit), definition (tool tip), id, kind, probability, goal, owners, age limit
/// and forecast category. Invalid for any other role.
QVariant stageData(const Stage &stage, int role);

} // namespace Stageboard
