// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/editconflict.h"

#include "core/money.h"
#include "itemmodels/boardmodel.h"

#include <QLocale>

namespace Stageboard {

namespace {

constexpr DealField fieldOrder[] = {
    DealField::Title,    DealField::Account,          DealField::Contact,   DealField::Owner,
    DealField::Amount,   DealField::Currency,         DealField::CloseDate, DealField::Probability,
    DealField::NextStep, DealField::ForecastCategory,
};

} // namespace

QList<DealField> EditConflict::allFields()
{
    return {std::begin(fieldOrder), std::end(fieldOrder)};
}

void EditConflict::copy(Opportunity &to, const Opportunity &from, DealField field)
{
    switch (field) {
    case DealField::Title:
        to.title = from.title;
        break;
    case DealField::Account:
        to.accountId = from.accountId;
        break;
    case DealField::Contact:
        to.contact = from.contact;
        break;
    case DealField::Owner:
        to.ownerId = from.ownerId;
        break;
    case DealField::Amount:
        to.amount = from.amount;
        break;
    case DealField::Currency:
        to.currency = from.currency;
        break;
    case DealField::CloseDate:
        to.closeDate = from.closeDate;
        break;
    case DealField::Probability:
        to.probability = from.probability;
        break;
    case DealField::NextStep:
        to.nextStep = from.nextStep;
        break;
    case DealField::ForecastCategory:
        to.forecastCategory = from.forecastCategory;
        break;
    }
}

EditConflict::EditConflict(Opportunity base, Opportunity mine, Opportunity theirs)
    : m_base(std::move(base))
    , m_mine(std::move(mine))
    , m_theirs(std::move(theirs))
{
    for (DealField field : fieldOrder) {
        if (same(m_mine, m_theirs, field))
            continue;
        m_fields.append({field, !same(m_base, m_mine, field), !same(m_base, m_theirs, field)});
    }
}

bool EditConflict::keepsMineByDefault(DealField field) const
{
    for (const FieldConflict &f : m_fields) {
        if (f.field == field)
            return f.changedByMe;
    }
    return false;
}

Opportunity EditConflict::merged(const QList<DealField> &keepMine) const
{
    Opportunity result = m_theirs;
    for (DealField field : keepMine)
        copy(result, m_mine, field);
    return result;
}

bool EditConflict::same(const Opportunity &a, const Opportunity &b, DealField field)
{
    switch (field) {
    case DealField::Title:
        return a.title == b.title;
    case DealField::Account:
        return a.accountId == b.accountId;
    case DealField::Contact:
        return a.contact == b.contact;
    case DealField::Owner:
        return a.ownerId == b.ownerId;
    case DealField::Amount:
        return a.amount == b.amount;
    case DealField::Currency:
        return a.currency == b.currency;
    case DealField::CloseDate:
        return a.closeDate == b.closeDate;
    case DealField::Probability:
        return a.probability == b.probability;
    case DealField::NextStep:
        return a.nextStep == b.nextStep;
    case DealField::ForecastCategory:
        return a.forecastCategory == b.forecastCategory;
    }
    return true;
}

QString EditConflict::fieldName(DealField field)
{
    switch (field) {
    case DealField::Title:
        return tr("Title");
    case DealField::Account:
        return tr("Account");
    case DealField::Contact:
        return tr("Contact");
    case DealField::Owner:
        return tr("Owner");
    case DealField::Amount:
        return tr("Amount");
    case DealField::Currency:
        return tr("Currency");
    case DealField::CloseDate:
        return tr("Close date");
    case DealField::Probability:
        return tr("Probability");
    case DealField::NextStep:
        return tr("Next step");
    case DealField::ForecastCategory:
        return tr("Forecast category");
    }
    return {};
}

QString EditConflict::display(const Opportunity &deal, DealField field, const BoardModel &board)
{
    const QLocale locale;
    switch (field) {
    case DealField::Title:
        return deal.title;
    case DealField::Account:
        return board.accountName(deal.accountId);
    case DealField::Contact:
        return deal.contact;
    case DealField::Owner:
        return board.userName(deal.ownerId);
    case DealField::Amount:
        return formatMoney(deal.amount, deal.currency, locale);
    case DealField::Currency:
        return deal.currency;
    case DealField::CloseDate:
        return deal.closeDate.isValid() ? locale.toString(deal.closeDate, QLocale::ShortFormat)
                                        : tr("(none)");
    case DealField::Probability:
        return deal.probability ? tr("%1 %").arg(*deal.probability) : tr("(the stage's)");
    case DealField::NextStep:
        return deal.nextStep;
    case DealField::ForecastCategory:
        return deal.forecastCategory ? forecastCategoryName(*deal.forecastCategory)
                                     : tr("(the stage's)");
    }
    return {};
}

} // namespace Stageboard
