// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opportunitydialog.h"

#include "core/fieldrules.h"
#include "core/money.h"
#include "itemmodels/boardmodel.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

namespace Stageboard {

namespace {}

OpportunityDialog::OpportunityDialog(const BoardModel &model,
                                     const std::optional<Opportunity> &opportunity, qint64 stageId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setWindowTitle(opportunity ? tr("Edit Opportunity") : tr("New Opportunity"));
    if (opportunity) {
        m_result = *opportunity;
    } else {
        m_result.stageId = stageId;
        m_result.ownerId = model.service().currentUserId();
        m_result.currency = model.service().totalsCurrency().isEmpty()
                                ? QLocale().currencySymbol(QLocale::CurrencyIsoCode)
                                : model.service().totalsCurrency();
        m_result.closeDate = QDate::currentDate().addMonths(3);
    }
    const QLocale locale = displayLocale();

    m_title = new QLineEdit(m_result.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMaxLength(maximumTitleLength);

    m_account = new QLineEdit(model.service().accountName(m_result.accountId), this);
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setPlaceholderText(tr("Existing or new account"));
    QStringList accountNames;
    accountNames.reserve(model.service().accounts().size());
    for (const Account &a : model.service().accounts())
        accountNames.append(a.name);
    auto *completer = new QCompleter(accountNames, m_account);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_account->setCompleter(completer);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    if (opportunity)
        m_amount->setText(
            locale.toString(double(m_result.amount) / 100.0, 'f', m_result.amount % 100 ? 2 : 0));
    m_amount->setPlaceholderText(locale.toString(12500.0, 'f', 2));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                          QStringLiteral("CHF"), QStringLiteral("JPY"), QStringLiteral("CAD"),
                          QStringLiteral("AUD")});
    m_currency->setCurrentText(m_result.currency);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);

    m_closeDate = new QLineEdit(m_result.closeDate.toString(Qt::ISODate), this);
    m_closeDate->setObjectName(QStringLiteral("closeDate"));
    m_closeDate->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    auto *calendarButton = new QToolButton(this);
    calendarButton->setText(tr("Pick…"));
    calendarButton->setPopupMode(QToolButton::InstantPopup);
    auto *calendarMenu = new QMenu(calendarButton);
    auto *calendar = new QCalendarWidget(calendarMenu);
    auto *calendarAction = new QWidgetAction(calendarMenu);
    calendarAction->setDefaultWidget(calendar);
    calendarMenu->addAction(calendarAction);
    calendarButton->setMenu(calendarMenu);
    connect(calendarMenu, &QMenu::aboutToShow, this, [this, calendar] {
        if (auto date = parseDate(m_closeDate->text(), displayLocale()))
            calendar->setSelectedDate(*date);
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, calendarMenu](const QDate &date) {
        m_closeDate->setText(date.toString(Qt::ISODate));
        calendarMenu->close();
    });
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_closeDate, 1);
    dateRow->addWidget(calendarButton);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    for (const User &u : model.service().users())
        m_owner->addItem(tr("%1 (%2)").arg(u.name, userRoleName(u.role)), u.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(m_result.ownerId)));

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    for (const Stage &s : model.service().stages())
        m_stage->addItem(tr("%1 (%2 %)").arg(s.name).arg(s.probability), s.id);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(m_result.stageId)));

    // The rep's own forecast category, or the stage's; closed stages decide for themselves.
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("forecastCategory"));
    m_category->addItem(QString());
    for (ForecastCategory c : {ForecastCategory::Pipeline, ForecastCategory::BestCase,
                               ForecastCategory::Commit, ForecastCategory::Omitted})
        m_category->addItem(forecastCategoryName(c), int(c));
    if (m_result.forecastCategory)
        m_category->setCurrentIndex(
            std::max(0, m_category->findData(int(*m_result.forecastCategory))));
    const auto followStage = [this] {
        const Stage *s = m_model.service().stage(m_stage->currentData().toLongLong());
        m_category->setItemText(
            0, tr("As the stage says (%1)")
                   .arg(s ? forecastCategoryName(effectiveForecastCategory(*s, std::nullopt))
                          : QString()));
        m_category->setEnabled(!s || s->kind == StageKind::Open);
    };
    followStage();
    connect(m_stage, &QComboBox::currentIndexChanged, this, followStage);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Account:"), m_account);
    // A row whose field is a layout gets no buddy, so its mnemonic needs one set by hand.
    auto *amountLabel = new QLabel(tr("A&mount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    auto *closeDateLabel = new QLabel(tr("&Close date:"), this);
    closeDateLabel->setBuddy(m_closeDate);
    form->addRow(closeDateLabel, dateRow);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Forecast category:"), m_category);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpportunityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpportunityDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString OpportunityDialog::accountName() const
{
    return m_account->text().trimmed();
}

QString OpportunityDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

std::optional<QString> OpportunityDialog::validate()
{
    auto refuse = [this](QWidget *field, const QString &message) {
        field->setFocus();
        return std::optional<QString>(message);
    };
    const QString title = m_title->text().trimmed();
    if (auto problem = titleProblem(title))
        return refuse(m_title, tr("Title: %1").arg(*problem));
    const auto amount = parseAmount(m_amount->text(), displayLocale());
    if (!amount)
        return refuse(m_amount, tr("Amount: %1").arg(amount.error().message));
    const QString currency = m_currency->currentText().trimmed().toUpper();
    if (!QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(currency).hasMatch()) {
        return refuse(m_currency,
                      tr("Currency: \"%1\" is not a three-letter ISO code such as USD or EUR.")
                          .arg(m_currency->currentText()));
    }
    const auto closeDate = parseDate(m_closeDate->text(), displayLocale());
    if (!closeDate)
        return refuse(m_closeDate, tr("Close date: %1").arg(closeDate.error().message));
    if (auto problem = closeDateProblem(*closeDate))
        return refuse(m_closeDate, tr("Close date: %1").arg(*problem));

    m_result.title = title;
    m_result.amount = *amount;
    m_result.currency = currency;
    m_result.closeDate = *closeDate;
    m_result.ownerId = m_owner->currentData().toLongLong();
    m_result.stageId = m_stage->currentData().toLongLong();
    m_result.forecastCategory =
        m_category->currentData().isValid()
            ? std::optional(ForecastCategory(m_category->currentData().toInt()))
            : std::nullopt;
    return std::nullopt;
}

void OpportunityDialog::accept()
{
    if (auto problem = validate()) {
        m_error->setText(*problem);
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    QDialog::accept();
}

} // namespace Stageboard
