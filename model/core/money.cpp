// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"

#include "core/fieldrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace Stageboard {

namespace {
// lupdate files tr() in free functions under the namespace, so the lookup uses it too.
QString tr(const char *text)
{
    return QCoreApplication::translate("Stageboard", text);
}
} // namespace

Result<Cents> parseAmount(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Cents(0);
    // As the board shows it, or as typed: a currency sign or code before or after the number
    // ("$12,500", "12.500 €", "EUR 12,500") is left out; spaces that group digits too.
    QString number = trimmed;
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}\\s+|\\s+[A-Z]{3}$"));
    number.remove(code);
    number.removeIf([](QChar c) {
        return c.category() == QChar::Symbol_Currency || c == QChar(0x00A0) || c == QChar(0x202F) ||
               c == QLatin1Char(' ');
    });
    // Plain form first (files and most typing), then the locale's form.
    static const QRegularExpression plain(QStringLiteral("^-?\\d+(\\.\\d{1,2})?$"));
    double value = 0;
    bool ok = false;
    if (plain.match(number).hasMatch()) {
        value = number.toDouble(&ok);
    } else {
        value = locale.toDouble(number, &ok);
        if (!ok) {
            // Grouped the other common way ("12,500.50" in a German window, "12.500,50" in an
            // English one): read it if only that way makes sense of it.
            for (const QLocale &other : {QLocale(QLocale::English, QLocale::UnitedStates),
                                         QLocale(QLocale::German, QLocale::Germany)}) {
                if (!ok && other.decimalPoint() != locale.decimalPoint())
                    value = other.toDouble(number, &ok);
            }
        }
        if (ok && std::abs(value * 100 - std::round(value * 100)) > 1e-6) {
            return fail(tr("\"%1\" has more than two decimal places.").arg(trimmed));
        }
    }
    if (!ok || !std::isfinite(value))
        return fail(tr("\"%1\" is not a number.").arg(trimmed));
    if (value < 0)
        return fail(tr("\"%1\" is negative; an amount must be zero or more.").arg(trimmed));
    if (value * 100 > double(maximumAmount))
        return fail(tr("\"%1\" is too large.").arg(trimmed));
    return Cents(std::llround(value * 100));
}

QString formatPlainAmount(Cents amount)
{
    const QString sign = amount < 0 ? QStringLiteral("-") : QString();
    const Cents a = amount < 0 ? -amount : amount;
    return sign + QString::number(a / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString currencySymbol(const QString &currency, const QLocale &locale)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("INR"), QStringLiteral("₹")},
        {QStringLiteral("KRW"), QStringLiteral("₩")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")},
        {QStringLiteral("AUD"), QStringLiteral("A$")},
    };
    if (const auto it = symbols.constFind(currency); it != symbols.cend())
        return it.value();
    if (currency == locale.currencySymbol(QLocale::CurrencyIsoCode) &&
        locale.currencySymbol(QLocale::CurrencySymbol) != currency)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    // Codes without a well-known sign are shown as the code, set apart from the number.
    return currency.isEmpty() ? QString() : currency + QChar(0x00A0);
}

QLocale displayLocale(const QLocale &locale)
{
    // The system locale answers currency formatting itself and ignores the symbol it is given;
    // a locale built from its name uses Qt's own data. "C" has no conventions: use en_US.
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(locale.name());
}

QString formatMoney(Cents amount, const QString &currency, const QLocale &locale)
{
    const int decimals = amount % 100 == 0 ? 0 : 2;
    const QLocale l = displayLocale(locale);
    return l.toCurrencyString(double(amount) / 100.0, currencySymbol(currency, l), decimals);
}

QString shortDatePattern(const QLocale &locale)
{
    QString pattern = displayLocale(locale).dateFormat(QLocale::ShortFormat);
    if (!pattern.contains(QStringLiteral("yyyy")))
        pattern.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return pattern;
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QStringLiteral("—");
    return displayLocale(locale).toString(date, shortDatePattern(locale));
}

QString formatTime(const QTime &time, const QLocale &locale)
{
    QString pattern = displayLocale(locale).timeFormat(QLocale::ShortFormat);
    pattern.remove(QStringLiteral(":ss"));
    return displayLocale(locale).toString(time, pattern);
}

QString formatDateTime(const QDateTime &moment, const QLocale &locale)
{
    if (!moment.isValid())
        return QStringLiteral("—");
    return formatDate(moment.date(), locale) + u' ' + formatTime(moment.time(), locale);
}

Result<QDate> parseDate(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    const QLocale shown = displayLocale(locale);
    if (!date.isValid())
        date = shown.toDate(trimmed, shortDatePattern(locale));
    if (!date.isValid())
        date = shown.toDate(trimmed, QLocale::ShortFormat);
    if (date.isValid()) {
        // A two-digit year is this century's.
        if (date.year() < 100)
            date = date.addYears(2000);
        else if (date.year() < 1950 && !trimmed.contains(QString::number(date.year())))
            date = date.addYears(100);
        return date;
    }
    // Numbers in the right places that name no day of the calendar: say why.
    static const QRegularExpression numbers(QStringLiteral("^(\\d+)\\D(\\d+)\\D(\\d+)$"));
    if (const auto m = numbers.match(trimmed); m.hasMatch()) {
        int year = 0;
        int month = 0;
        int day = 0;
        const QString pattern = shortDatePattern(locale);
        const bool iso = m.captured(1).size() == 4;
        const qsizetype d = pattern.indexOf(QLatin1Char('d'));
        const qsizetype mo = pattern.indexOf(QLatin1Char('M'));
        const qsizetype y = pattern.indexOf(QLatin1Char('y'));
        QList<std::pair<qsizetype, int *>> order{{y, &year}, {mo, &month}, {d, &day}};
        if (!iso)
            std::sort(order.begin(), order.end());
        for (int i = 0; i < 3; ++i)
            *order[i].second = m.captured(i + 1).toInt();
        if (year < 100)
            year += 2000;
        if (auto why = impossibleDateProblem(year, month, day))
            return fail(tr("\"%1\" is not a date: %2").arg(trimmed, *why));
    }
    return fail(tr("\"%1\" is not a date; use the form %2.")
                    .arg(trimmed, shown.toString(QDate(2027, 3, 31), shortDatePattern(locale))));
}

} // namespace Stageboard
