// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/editconflict.h"

#include "core/money.h"
#include "itemmodels/boardmodel.h"

#include <QLocale>

namespace Stageboard {

namespace {

constexpr OpportunityField fieldOrder[] = {
    OpportunityField::Title,     OpportunityField::Account,
    OpportunityField::Contact,   OpportunityField::Owner,
    OpportunityField::Amount,    OpportunityField::Currency,
    OpportunityField::CloseDate, OpportunityField::Probability,
    OpportunityField::NextStep,  OpportunityField::ForecastCategory,
};

} // namespace

QList<OpportunityField> EditConflict::allFields()
{
    return {std::begin(fieldOrder), std::end(fieldOrder)};
}

void EditConflict::copy(Opportunity &to, const Opportunity &from, OpportunityField field)
{
    switch (field) {
    case OpportunityField::Title:
        to.title = from.title;
        break;
    case OpportunityField::Account:
        to.accountId = from.accountId;
        break;
    case OpportunityField::Contact:
        to.contact = from.contact;
        break;
    case OpportunityField::Owner:
        to.ownerId = from.ownerId;
        break;
    case OpportunityField::Amount:
        to.amount = from.amount;
        break;
    case OpportunityField::Currency:
        to.currency = from.currency;
        break;
    case OpportunityField::CloseDate:
        to.closeDate = from.closeDate;
        break;
    case OpportunityField::Probability:
        to.probability = from.probability;
        break;
    case OpportunityField::NextStep:
        to.nextStep = from.nextStep;
        break;
    case OpportunityField::ForecastCategory:
        to.forecastCategory = from.forecastCategory;
        break;
    }
}

EditConflict::EditConflict(Opportunity base, Opportunity mine, Opportunity theirs)
    : m_base(std::move(base))
    , m_mine(std::move(mine))
    , m_theirs(std::move(theirs))
{
    for (OpportunityField field : fieldOrder) {
        if (same(m_mine, m_theirs, field))
            continue;
        m_fields.append({field, !same(m_base, m_mine, field), !same(m_base, m_theirs, field)});
    }
}

bool EditConflict::keepsMineByDefault(OpportunityField field) const
{
    for (const FieldConflict &f : m_fields) {
        if (f.field == field)
            return f.changedByMe;
    }
    return false;
}

Opportunity EditConflict::merged(const QList<OpportunityField> &keepMine) const
{
    Opportunity result = m_theirs;
    for (OpportunityField field : keepMine)
        copy(result, m_mine, field);
    return result;
}

bool EditConflict::same(const Opportunity &a, const Opportunity &b, OpportunityField field)
{
    switch (field) {
    case OpportunityField::Title:
        return a.title == b.title;
    case OpportunityField::Account:
        return a.accountId == b.accountId;
    case OpportunityField::Contact:
        return a.contact == b.contact;
    case OpportunityField::Owner:
        return a.ownerId == b.ownerId;
    case OpportunityField::Amount:
        return a.amount == b.amount;
    case OpportunityField::Currency:
        return a.currency == b.currency;
    case OpportunityField::CloseDate:
        return a.closeDate == b.closeDate;
    case OpportunityField::Probability:
        return a.probability == b.probability;
    case OpportunityField::NextStep:
        return a.nextStep == b.nextStep;
    case OpportunityField::ForecastCategory:
        return a.forecastCategory == b.forecastCategory;
    }
    return true;
}

QString EditConflict::fieldName(OpportunityField field)
{
    switch (field) {
    case OpportunityField::Title:
        return tr("Title");
    case OpportunityField::Account:
        return tr("Account");
    case OpportunityField::Contact:
        return tr("Contact");
    case OpportunityField::Owner:
        return tr("Owner");
    case OpportunityField::Amount:
        return tr("Amount");
    case OpportunityField::Currency:
        return tr("Currency");
    case OpportunityField::CloseDate:
        return tr("Close date");
    case OpportunityField::Probability:
        return tr("Probability");
    case OpportunityField::NextStep:
        return tr("Next step");
    case OpportunityField::ForecastCategory:
        return tr("Forecast category");
    }
    return {};
}

QString EditConflict::display(const Opportunity &deal, OpportunityField field,
                              const BoardModel &board)
{
    const QLocale locale;
    switch (field) {
    case OpportunityField::Title:
        return deal.title;
    case OpportunityField::Account:
        return board.service().accountName(deal.accountId);
    case OpportunityField::Contact:
        return deal.contact;
    case OpportunityField::Owner:
        return board.service().userName(deal.ownerId);
    case OpportunityField::Amount:
        return formatMoney(deal.amount, deal.currency, locale);
    case OpportunityField::Currency:
        return deal.currency;
    case OpportunityField::CloseDate:
        return deal.closeDate.isValid() ? locale.toString(deal.closeDate, QLocale::ShortFormat)
                                        : tr("(none)");
    case OpportunityField::Probability:
        return deal.probability ? tr("%1 %").arg(*deal.probability) : tr("(the stage's)");
    case OpportunityField::NextStep:
        return deal.nextStep;
    case OpportunityField::ForecastCategory:
        return deal.forecastCategory ? forecastCategoryName(*deal.forecastCategory)
                                     : tr("(the stage's)");
    }
    return {};
}

} // namespace Stageboard
