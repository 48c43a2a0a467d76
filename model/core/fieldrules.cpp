// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fieldrules.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Stageboard {

namespace {

// lupdate files tr() in free functions under the namespace, so the lookup uses it too.
QString tr(const char *text)
{
    return QCoreApplication::translate("Stageboard", text);
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> lineProblem(const QString &text, int maxLength)
{
    if (text.size() > maxLength)
        return tr("is longer than %1 characters.").arg(maxLength);
    if (hasControlCharacter(text))
        return tr("contains control characters (such as line breaks or escape codes), which are "
                  "not allowed.");
    return std::nullopt;
}

std::optional<QString> titleProblem(const QString &title)
{
    if (title.trimmed().isEmpty())
        return tr("is empty; every opportunity needs a title.");
    return lineProblem(title, maximumTitleLength);
}

std::optional<QString> closeDateProblem(const QDate &date)
{
    if (date.isValid() && (date.year() < earliestCloseYear || date.year() > latestCloseYear)) {
        return tr("%1 is out of range (%2 to %3).")
            .arg(date.toString(Qt::ISODate))
            .arg(earliestCloseYear)
            .arg(latestCloseYear);
    }
    return std::nullopt;
}

std::optional<QString> impossibleDateProblem(int year, int month, int day)
{
    if (QDate(year, month, day).isValid())
        return std::nullopt;
    if (month < 1 || month > 12)
        return tr("there is no month %1; months run from 1 to 12.").arg(month);
    const int days = QDate(year, month, 1).daysInMonth();
    // A locale built from its name speaks its language even when the system's is C.
    const QString monthName =
        QLocale(QLocale().name()).standaloneMonthName(month, QLocale::LongFormat);
    if (day < 1)
        return tr("there is no day %1; days start at 1.").arg(day);
    return tr("%1 %2 has only %3 days.").arg(monthName).arg(year).arg(days);
}

std::optional<QString> amountProblem(Cents amount)
{
    if (amount < 0)
        return tr("%1 is negative; an amount must be zero or more.").arg(formatPlainAmount(amount));
    if (amount > maximumAmount) {
        return tr("%1 is too large; the largest amount is %2.")
            .arg(formatPlainAmount(amount), formatPlainAmount(maximumAmount));
    }
    return std::nullopt;
}

Result<void> checkOpportunityFields(const Opportunity &o)
{
    const std::pair<const char *, std::optional<QString>> checks[] = {
        {QT_TRANSLATE_NOOP("Stageboard", "Title"), titleProblem(o.title)},
        {QT_TRANSLATE_NOOP("Stageboard", "Amount"), amountProblem(o.amount)},
        {QT_TRANSLATE_NOOP("Stageboard", "Close date"), closeDateProblem(o.closeDate)},
        {QT_TRANSLATE_NOOP("Stageboard", "Contact"), lineProblem(o.contact, maximumTextLength)},
        {QT_TRANSLATE_NOOP("Stageboard", "Next step"), lineProblem(o.nextStep, maximumTextLength)},
        {QT_TRANSLATE_NOOP("Stageboard", "Close reason"),
         lineProblem(o.closeReason, maximumTextLength)},
    };
    for (const auto &[field, problem] : checks) {
        if (problem)
            return fail(tr("%1: %2").arg(tr(field), *problem));
    }
    if (o.probability && (*o.probability < 0 || *o.probability > 100)) {
        return fail(tr("Probability: %1 is not a percentage from 0 to 100.").arg(*o.probability));
    }
    return {};
}

std::optional<QString> emailProblem(const QString &email)
{
    if (auto problem = lineProblem(email, maximumTitleLength))
        return problem;
    // Something before and after one @, no spaces: what every mail program takes.
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!email.trimmed().isEmpty() && !address.match(email.trimmed()).hasMatch())
        return tr("\"%1\" is not an email address.").arg(email.trimmed());
    return std::nullopt;
}

Result<void> checkContactFields(const Contact &c)
{
    const std::pair<const char *, std::optional<QString>> checks[] = {
        {QT_TRANSLATE_NOOP("Stageboard", "Name"),
         c.name.trimmed().isEmpty() ? std::optional(tr("is empty; every contact needs a name."))
                                    : lineProblem(c.name, maximumTitleLength)},
        {QT_TRANSLATE_NOOP("Stageboard", "Job title"), lineProblem(c.jobTitle, maximumTitleLength)},
        {QT_TRANSLATE_NOOP("Stageboard", "Email"), emailProblem(c.email)},
        {QT_TRANSLATE_NOOP("Stageboard", "Phone"), lineProblem(c.phone, maximumTitleLength)},
        {QT_TRANSLATE_NOOP("Stageboard", "Notes"),
         c.notes.size() > maximumTextLength
             ? std::optional(tr("is longer than %1 characters.").arg(maximumTextLength))
             : std::nullopt},
    };
    for (const auto &[field, problem] : checks) {
        if (problem)
            return fail(tr("%1: %2").arg(tr(field), *problem));
    }
    return {};
}

Result<void> checkEngagementFields(const Engagement &e)
{
    if (e.subject.trimmed().isEmpty())
        return fail(tr("%1: %2").arg(tr("Subject"), tr("is empty; every activity needs one.")));
    if (const auto problem = lineProblem(e.subject, maximumTitleLength))
        return fail(tr("%1: %2").arg(tr("Subject"), *problem));
    if (e.outcome.size() > maximumTextLength) {
        return fail(tr("%1: %2").arg(tr("Outcome"),
                                     tr("is longer than %1 characters.").arg(maximumTextLength)));
    }
    if (e.durationMinutes < 0 || e.durationMinutes > 24 * 60)
        return fail(
            tr("Duration: %1 minutes is not a length of time in a day.").arg(e.durationMinutes));
    return {};
}

} // namespace Stageboard
