// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <optional>

namespace Stageboard {

// What a deal's fields may hold: the one set of rules the dialog, the CSV import, the CLI and
// the storage all apply, so an absurd value is refused wherever it comes from, before it can
// stretch the board or the forecast. Each problem reads after the field's name ("Title: …").

/// The longest title, in characters.
constexpr int maximumTitleLength = 500;
/// The longest account, contact, next step or close reason, in characters.
constexpr int maximumTextLength = 2000;
/// Close dates run from 1900 to 2999: any real sales cycle, and a typo such as 9999 caught.
constexpr int earliestCloseYear = 1900;
constexpr int latestCloseYear = 2999;

/// Why text cannot be a one-line field of at most maxLength characters, e.g. "is longer than
/// 500 characters."; nothing when it can. Control characters (line breaks, escape codes) are
/// refused: they would garble cards, exports and terminals.
std::optional<QString> lineProblem(const QString &text, int maxLength);
/// Why text is not an email address (one line, something on each side of one @); nothing for
/// an empty one.
std::optional<QString> emailProblem(const QString &email);
/// Why a (trimmed) title cannot be saved: empty, too long or with control characters.
std::optional<QString> titleProblem(const QString &title);
/// Why a valid close date is out of range.
std::optional<QString> closeDateProblem(const QDate &date);
/// Why year-month-day is not a date of the calendar ("February 2025 has only 28 days."), in
/// the default locale's month names; nothing when it is one.
std::optional<QString> impossibleDateProblem(int year, int month, int day);
/// Why an amount in cents cannot be saved: negative, or too large to add up safely.
std::optional<QString> amountProblem(Cents amount);

/// The first field of the deal that cannot be saved, with the field's name.
Result<void> checkOpportunityFields(const Opportunity &opportunity);
/// A contact's name is required and one line, as are job title, email and phone; the notes may
/// run over several lines. The first problem names its field.
Result<void> checkContactFields(const Contact &contact);
/// An activity needs a one-line subject; its outcome may run over lines.
Result<void> checkEngagementFields(const Engagement &engagement);

} // namespace Stageboard
