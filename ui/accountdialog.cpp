// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"

#include "colors.h"
#include "core/money.h"
#include "storage/accountstore.h"
#include "storage/directory.h"
#include "storage/forecaststore.h"
#include "storage/territorystore.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Stageboard {

void addTerritoryItems(QComboBox *box, const QList<Territory> &territories)
{
    QHash<qint64, int> depth;
    for (const Territory &t : territories) {
        const int d = t.parentId ? depth.value(t.parentId) + 1 : 0;
        depth.insert(t.id, d);
        // Four spaces a level: the tree, shown in a flat list.
        box->addItem(QString(d * 4, QLatin1Char(' ')) + t.name, t.id);
    }
}

AccountDialog::AccountDialog(Workspace &workspace, const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_account(account)
{
    setWindowTitle(account.id ? tr("Account — %1").arg(account.name) : tr("New Account"));
    m_name = new QLineEdit(account.name, this);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_industry = new QLineEdit(account.industry, this);
    m_industry->setObjectName(QStringLiteral("accountIndustry"));
    m_territory = new QComboBox(this);
    m_territory->setObjectName(QStringLiteral("accountTerritory"));
    m_territory->addItem(tr("(no territory)"), qint64(0));
    if (const auto territories = workspace.territories().territories())
        addTerritoryItems(m_territory, *territories);
    m_territory->setCurrentIndex(std::max(0, m_territory->findData(account.territoryId)));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("accountOwner"));
    m_owner->addItem(tr("(nobody)"), qint64(0));
    if (const auto users = workspace.directory().users()) {
        for (const User &u : *users) {
            if (u.active || u.id == account.ownerId)
                m_owner->addItem(u.name, u.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(account.ownerId)));

    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("accountTier"));
    const TierIntervals intervals =
        workspace.territories().tierIntervals().value_or(TierIntervals{});
    m_tier->addItem(tr("No tier (no contact target)"), QString());
    for (AttentionTier tier : {AttentionTier::A, AttentionTier::B, AttentionTier::C}) {
        m_tier->addItem(
            tr("%1 — in touch every %n day(s)", nullptr, intervals.days(tier)).arg(tierKey(tier)),
            tierKey(tier));
    }
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(tierKey(account.tier))));
    m_tier->setToolTip(tr("How much attention the account deserves: the coverage view lists it "
                          "as overdue when nobody has been in touch for longer than its "
                          "tier's interval."));

    const QString currency = workspace.forecast().reportingCurrency().value_or(QString());
    const QLocale locale = displayLocale();
    m_potential = new QLineEdit(this);
    m_potential->setObjectName(QStringLiteral("accountPotential"));
    if (account.potential)
        m_potential->setText(locale.toString(double(account.potential) / 100.0, 'f',
                                             account.potential % 100 ? 2 : 0));
    m_potential->setPlaceholderText(locale.toString(250000.0, 'f', 0));
    m_potential->setToolTip(tr("What the account could be worth beyond its pipeline, in the "
                               "reporting currency (%1); the territory view ranks by it with "
                               "the open weighted pipeline and the wins of the last 12 months.")
                                .arg(currency));
    auto *potentialRow = new QHBoxLayout;
    potentialRow->addWidget(m_potential, 1);
    potentialRow->addWidget(new QLabel(currency, this));
    m_country = new QLineEdit(account.country, this);
    m_country->setObjectName(QStringLiteral("accountCountry"));
    m_employees = new QSpinBox(this);
    m_employees->setObjectName(QStringLiteral("accountEmployees"));
    m_employees->setRange(0, 10'000'000);
    m_employees->setGroupSeparatorShown(true);
    m_employees->setSpecialValueText(tr("Not known"));
    m_employees->setValue(account.employees);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Territory:"), m_territory);
    form->addRow(tr("&Owner:"), m_owner);
    m_suggested = new QLabel(this);
    m_suggested->setObjectName(QStringLiteral("accountSuggestedTier"));
    m_suggested->hide();
    auto *tierRow = new QHBoxLayout;
    tierRow->addWidget(m_tier, 1);
    tierRow->addWidget(m_suggested);
    auto *tierLabel = new QLabel(tr("Attention &tier:"), this);
    tierLabel->setBuddy(m_tier);
    form->addRow(tierLabel, tierRow);
    // A row of a field and its currency: the label's mnemonic goes to the field.
    auto *potentialLabel = new QLabel(tr("&Potential:"), this);
    potentialLabel->setBuddy(m_potential);
    form->addRow(potentialLabel, potentialRow);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Employees:"), m_employees);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("accountProblem"));
    m_problem->setWordWrap(true);
    Colors::markAsError(m_problem);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto nameGiven = [this] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, nameGiven);
    nameGiven();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

void AccountDialog::setSuggestedTier(AttentionTier tier)
{
    m_suggested->setText(tr("its value suggests %1").arg(tierKey(tier)));
    m_suggested->setToolTip(tr("The top fifth of the accounts by value (open weighted + won in "
                               "the last 12 months + potential) A, the next three tenths B, the "
                               "rest C."));
    m_suggested->setVisible(tier != AttentionTier::None);
}

Account AccountDialog::account() const
{
    Account a = m_account;
    a.name = m_name->text().trimmed();
    a.industry = m_industry->text().trimmed();
    a.territoryId = m_territory->currentData().toLongLong();
    a.territory = a.territoryId ? m_territory->currentText().trimmed() : QString();
    a.ownerId = m_owner->currentData().toLongLong();
    a.tier = tierFromKey(m_tier->currentData().toString()).value_or(AttentionTier::None);
    const QString potential = m_potential->text().trimmed();
    a.potential = potential.isEmpty() ? 0 : parseAmount(potential, displayLocale()).value_or(0);
    a.country = m_country->text().trimmed();
    a.employees = m_employees->value();
    return a;
}

void AccountDialog::accept()
{
    const auto refuse = [this](const QString &message) {
        // Nothing typed is lost: the dialog stays open with the reason.
        m_problem->setText(message);
        m_problem->show();
    };
    const QString potential = m_potential->text().trimmed();
    if (!potential.isEmpty()) {
        const auto amount = parseAmount(potential, displayLocale());
        if (!amount) {
            refuse(tr("Potential: %1").arg(amount.error().message));
            m_potential->setFocus();
            return;
        }
        if (*amount < 0) {
            refuse(tr("Potential: an account's potential cannot be below zero."));
            m_potential->setFocus();
            return;
        }
    }
    const Account typed = account();
    if (typed.id) {
        const auto saved = m_workspace.accounts().updateAccount(typed);
        if (!saved) {
            refuse(saved.error().message);
            return;
        }
        m_account = *saved;
    } else {
        // A name is an account's only key people know it by: refuse a second one.
        if (const auto accounts = m_workspace.directory().accounts()) {
            for (const Account &a : *accounts) {
                if (a.name.compare(typed.name, Qt::CaseInsensitive) == 0) {
                    refuse(tr("There is an account named “%1” already.").arg(a.name));
                    m_name->setFocus();
                    return;
                }
            }
        }
        const auto added = m_workspace.directory().addAccount(typed);
        if (!added) {
            refuse(added.error().message);
            return;
        }
        m_account = typed;
        m_account.id = *added;
    }
    QDialog::accept();
}

} // namespace Stageboard
