#pragma once

#include "result.h"
#include "types.h"

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

/// Reads a date as ISO 8601 ("2026-03-31") or in the locale's short format.
Result<QDate> parseDate(const QString &text, const QLocale &locale = QLocale());

/// The largest amount accepted: a trillion in any currency keeps every total far from overflow.
constexpr Cents maximumAmount = Cents(1'000'000'000'000) * 100;

} // namespace Stageboard
