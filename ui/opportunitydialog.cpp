// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opportunitydialog.h"

#include "colors.h"
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
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

namespace Stageboard {

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
    m_amount->setToolTip(tr("As the board shows it or plain: %1, %2 or %3")
                             .arg(formatMoney(1250000, m_result.currency, locale),
                                  locale.toString(12500.5, 'f', 2), QStringLiteral("12500.50")));
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

    // In the locale's form, as the board shows it ("3/31/2027", "31.03.2027"); ISO works too.
    m_closeDate = new QLineEdit(
        m_result.closeDate.isValid() ? formatDate(m_result.closeDate) : QString(), this);
    m_closeDate->setObjectName(QStringLiteral("closeDate"));
    m_closeDate->setPlaceholderText(formatDate(QDate::currentDate().addMonths(3)));
    auto *calendarButton = new QToolButton(this);
    calendarButton->setText(tr("Pick…"));
    calendarButton->setObjectName(QStringLiteral("pickDate"));
    calendarButton->setAccessibleName(tr("Pick the close date from a calendar"));
    auto *calendarMenu = new QMenu(calendarButton);
    auto *calendar = new QCalendarWidget(calendarMenu);
    auto *calendarAction = new QWidgetAction(calendarMenu);
    calendarAction->setDefaultWidget(calendar);
    calendarMenu->addAction(calendarAction);
    // Opened by hand rather than as the button's menu: a menu button draws an arrow that
    // cuts its text in German ("Auswählen …").
    connect(calendarButton, &QToolButton::clicked, calendarMenu, [calendarButton, calendarMenu] {
        calendarMenu->popup(calendarButton->mapToGlobal(QPoint(0, calendarButton->height())));
    });
    connect(calendarMenu, &QMenu::aboutToShow, this, [this, calendar] {
        if (auto date = parseDate(m_closeDate->text(), displayLocale()))
            calendar->setSelectedDate(*date);
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, calendarMenu](const QDate &date) {
        m_closeDate->setText(formatDate(date));
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
    Colors::markAsError(m_error);
    m_error->hide();

    auto *form = new QFormLayout;
    // Each field has a line under it for its problem, shown when OK finds one.
    const auto withError = [this](QWidget *field, QLayout *row) {
        auto *box = new QVBoxLayout;
        box->setSpacing(1);
        if (row)
            box->addLayout(row);
        else
            box->addWidget(field);
        box->addWidget(errorUnder(field));
        return box;
    };
    form->addRow(new QLabel(tr("&Title:"), this), withError(m_title, nullptr));
    form->addRow(new QLabel(tr("&Account:"), this), withError(m_account, nullptr));
    // A row whose field is a layout gets no buddy, so its mnemonic needs one set by hand.
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        label->setBuddy(row == 0 ? static_cast<QWidget *>(m_title) : m_account);
    }
    auto *amountLabel = new QLabel(tr("A&mount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, withError(m_amount, amountRow));
    auto *closeDateLabel = new QLabel(tr("&Close date:"), this);
    closeDateLabel->setBuddy(m_closeDate);
    form->addRow(closeDateLabel, withError(m_closeDate, dateRow));
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
    return m_error->isHidden() ? QString() : m_error->text();
}

QLabel *OpportunityDialog::errorUnder(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field->objectName() + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    Colors::markAsError(label);
    label->hide();
    m_fieldErrors.insert(field, label);
    return label;
}

QList<std::pair<QWidget *, QString>> OpportunityDialog::validate()
{
    QList<std::pair<QWidget *, QString>> problems;
    const QString title = m_title->text().trimmed();
    if (auto problem = titleProblem(title))
        problems.append({m_title, tr("Title: %1").arg(*problem)});
    if (auto problem = lineProblem(m_account->text().trimmed(), maximumTextLength))
        problems.append({m_account, tr("Account: %1").arg(*problem)});
    const auto amount = parseAmount(m_amount->text(), displayLocale());
    if (!amount)
        problems.append({m_amount, tr("Amount: %1").arg(amount.error().message)});
    const QString currency = m_currency->currentText().trimmed().toUpper();
    if (!QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(currency).hasMatch()) {
        problems.append(
            {m_amount, tr("Currency: \"%1\" is not a three-letter ISO code such as USD or EUR.")
                           .arg(m_currency->currentText())});
    }
    const auto closeDate = parseDate(m_closeDate->text(), displayLocale());
    if (!closeDate)
        problems.append({m_closeDate, tr("Close date: %1").arg(closeDate.error().message)});
    else if (auto problem = closeDateProblem(*closeDate))
        problems.append({m_closeDate, tr("Close date: %1").arg(*problem)});
    if (!problems.isEmpty())
        return problems;

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
    return problems;
}

void OpportunityDialog::showProblems(const QList<std::pair<QWidget *, QString>> &problems)
{
    QStringList lines;
    QHash<QWidget *, QStringList> byField;
    for (const auto &[field, message] : problems) {
        lines.append(message);
        byField[field].append(message);
    }
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        const QStringList mine = byField.value(it.key());
        it.value()->setText(mine.join(QLatin1Char('\n')));
        it.value()->setVisible(!mine.isEmpty());
        // The field itself is marked, so the eye finds it.
        it.key()->setStyleSheet(mine.isEmpty()
                                    ? QString()
                                    : QStringLiteral("QLineEdit { border: 1px solid %1; }")
                                          .arg(Colors::error().name()));
        it.key()->setAccessibleDescription(mine.join(QLatin1Char(' ')));
    }
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->setVisible(!problems.isEmpty());
    // The summary repeats what is under the fields; only a screen reader needs it.
    m_error->setMaximumHeight(problems.isEmpty() ? QWIDGETSIZE_MAX : 0);
    if (!problems.isEmpty())
        problems.first().first->setFocus();
}

void OpportunityDialog::accept()
{
    const auto problems = validate();
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    // A close date in the past is asked about once: it is usually a slip.
    const Stage *stage = m_model.service().stage(m_result.stageId);
    if (!m_pastDateConfirmed && stage && stage->kind == StageKind::Open &&
        m_result.closeDate < QDate::currentDate() &&
        m_result.closeDate !=
            m_model.service().opportunity(m_result.id).value_or(Opportunity{}).closeDate) {
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("The close date %1 is in the past. Keep it?").arg(formatDate(m_result.closeDate)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_closeDate->setFocus();
            m_closeDate->selectAll();
            return;
        }
        m_pastDateConfirmed = true;
    }
    QDialog::accept();
}

} // namespace Stageboard
