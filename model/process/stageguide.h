// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "process/processdefinition.h"

#include <QCoreApplication>

namespace Stageboard {

/// The whole process written out for people to read, print and hand round, so that it is
/// "consistently and completely communicated" (seed 003): each stage in order with its kind,
/// probability, owners, definition, goal, age limit, recommended activities and exit criteria
/// (required or advisory, who signs off, deal killers).
class StageGuide
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::StageGuide)

public:
    /// The guide as HTML that QTextDocument lays out; every text from the process is escaped.
    static QString html(const ProcessDefinition &process);
};

} // namespace Stageboard
