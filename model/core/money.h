// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QLocale>

namespace Stageboard {

/// Reads an amount typed by a person or found in a file: "12500", "12500.50", or the locale's
/// own form ("12.500,50" in German). Refuses negatives, suffixes such as "12,5k" and values
/// too large to add up safely, with a message naming the text.
Result<Cents> parseAmount(const QString &text, const QLocale &locale = QLocale());

/// "12500.50": plain, dot as decimal point, no thousands separators; for files.
QString formatPlainAmount(Cents amount);

/// "$" for USD, "€" for EUR, the locale's own sign for its currency, else the code itself.
QString currencySymbol(const QString &currency, const QLocale &locale = QLocale());

/// "$12,500" in the given locale; cents are shown only when there are any.
QString formatMoney(Cents amount, const QString &currency, const QLocale &locale = QLocale());

/// The locale to format numbers, money and dates for people with: the given one, but with
/// Qt's own data, and en_US in place of "C".
QLocale displayLocale(const QLocale &locale = QLocale());

/// The locale's short date pattern with a four-digit year: "M/d/yyyy", "dd.MM.yyyy".
QString shortDatePattern(const QLocale &locale = QLocale());
/// A date as people read it: the display locale's short form with a four-digit year
/// ("9/8/2026", "08.09.2026"); "—" for no date.
QString formatDate(const QDate &date, const QLocale &locale = QLocale());

/// A time of day as people read it, without seconds: "2:30 PM", "14:30".
QString formatTime(const QTime &time, const QLocale &locale = QLocale());
/// A moment as people read it: formatDate and formatTime; "—" for none.
QString formatDateTime(const QDateTime &moment, const QLocale &locale = QLocale());

/// Reads a date as ISO 8601 ("2026-03-31") or in the locale's short format.
Result<QDate> parseDate(const QString &text, const QLocale &locale = QLocale());

/// The largest amount accepted: ten billion in any currency, so that a million deals at the
/// maximum still add up exactly in 64 bits.
constexpr Cents maximumAmount = Cents(10'000'000'000) * 100;

/// A sum of amount × probability (in percent) that stays exact and within 64 bits as long as
/// the amounts' own sum does: whole cents and the hundredths left over are added apart.
struct WeightedSum
{
    Cents cents = 0;
    qint64 hundredths = 0;

    void add(Cents amount, int probability, int sign = 1)
    {
        const Cents centPercent = amount * probability;
        cents += sign * (centPercent / 100);
        hundredths += sign * (centPercent % 100);
    }
    /// The weighted amount, rounded down to the cent.
    Cents value() const { return cents + hundredths / 100; }
};

} // namespace Stageboard
