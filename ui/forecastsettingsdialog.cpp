// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastsettingsdialog.h"

#include "colors.h"
#include "core/money.h"
#include "storage/forecaststore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Stageboard {

namespace {
constexpr int yearColumn = 12;

// "12,500" or "12,500.50" in the locale: what parseAmount reads back.
QString plainAmount(Cents amount)
{
    const QLocale locale = displayLocale();
    return amount % 100 == 0 ? locale.toString(amount / 100)
                             : locale.toString(double(amount) / 100.0, 'f', 2);
}
} // namespace

ForecastSettingsDialog::ForecastSettingsDialog(ForecastStore &storage, const QList<User> &users,
                                               const QStringList &opportunityCurrencies,
                                               bool readOnly, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_opportunityCurrencies(opportunityCurrencies)
    , m_readOnly(readOnly)
{
    setWindowTitle(tr("Quotas and Currencies"));
    for (const User &u : users) {
        if (u.role == UserRole::Rep)
            m_reps.append(u);
    }
    auto *tabs = new QTabWidget(this);

    auto *quotaPage = new QWidget(tabs);
    auto *quotaLayout = new QVBoxLayout(quotaPage);
    auto *yearRow = new QHBoxLayout;
    m_year = new QSpinBox(quotaPage);
    m_year->setRange(2000, 2200);
    m_year->setValue(QDate::currentDate().year());
    m_year->setAccessibleName(tr("Year"));
    yearRow->addWidget(new QLabel(tr("Monthly quotas of closed-won business for"), quotaPage));
    yearRow->addWidget(m_year);
    yearRow->addStretch();
    quotaLayout->addLayout(yearRow);
    m_quotas = new QTableWidget(int(m_reps.size()), 13, quotaPage);
    m_quotas->setAccessibleName(tr("Quotas"));
    QStringList headers;
    const QLocale locale = displayLocale();
    for (int m = 1; m <= 12; ++m)
        headers.append(locale.standaloneMonthName(m, QLocale::ShortFormat));
    headers.append(tr("Year"));
    m_quotas->setHorizontalHeaderLabels(headers);
    QStringList names;
    for (const User &u : std::as_const(m_reps))
        names.append(u.name);
    m_quotas->setVerticalHeaderLabels(names);
    m_quotas->horizontalHeader()->setMinimumSectionSize(72); // room to type in an empty month
    m_quotas->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_readOnly)
        m_quotas->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_quotas, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem *item) { updateTotals(item->row()); });
    quotaLayout->addWidget(m_quotas);
    tabs->addTab(quotaPage, tr("&Quotas"));

    auto *currencyPage = new QWidget(tabs);
    auto *currencyLayout = new QVBoxLayout(currencyPage);
    auto *form = new QFormLayout;
    m_currency = new QLineEdit(currencyPage);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{3}")), m_currency));
    m_currency->setMaximumWidth(80);
    m_currency->setReadOnly(m_readOnly);
    form->addRow(tr("Report totals in"), m_currency);
    currencyLayout->addLayout(form);
    currencyLayout->addWidget(
        new QLabel(tr("How much one unit of each currency is worth in the reporting currency. "
                      "Deals in a currency without a rate are left out of the forecast."),
                   currencyPage));
    m_rates = new QTableWidget(0, 2, currencyPage);
    m_rates->setAccessibleName(tr("Exchange rates"));
    m_rates->setHorizontalHeaderLabels({tr("Currency"), tr("Rate")});
    m_rates->horizontalHeader()->setStretchLastSection(true);
    m_rates->verticalHeader()->hide();
    if (m_readOnly)
        m_rates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    currencyLayout->addWidget(m_rates);
    tabs->addTab(currencyPage, tr("&Currencies"));

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    Colors::markAsError(m_error);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(
        m_readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
        this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ForecastSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (m_readOnly) {
        layout->addWidget(
            new QLabel(tr("Only managers and admins change quotas and rates."), this));
    }
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1000, 520);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        if (year == m_shownYear)
            return;
        if (!keepYear()) {
            const QSignalBlocker block(m_year);
            m_year->setValue(m_shownYear);
            return;
        }
        showYear();
    });
}

bool ForecastSettingsDialog::load()
{
    auto quotas = m_storage.quotas();
    auto currency = m_storage.reportingCurrency();
    auto rates = m_storage.exchangeRates();
    if (!quotas || !currency || !rates) {
        m_failure = !quotas     ? quotas.error().message
                    : !currency ? currency.error().message
                                : rates.error().message;
        return false;
    }
    m_quotaMap.clear();
    for (const Quota &q : *quotas)
        m_quotaMap.insert({q.userId, q.month}, q.amount);
    showYear();

    m_currency->setText(*currency);
    QStringList currencies = m_opportunityCurrencies;
    for (const ExchangeRate &r : *rates)
        currencies.append(r.currency);
    currencies.removeAll(*currency);
    currencies.removeDuplicates();
    currencies.sort();
    m_rates->setRowCount(int(currencies.size()));
    const QLocale locale = displayLocale();
    for (int row = 0; row < currencies.size(); ++row) {
        auto *code = new QTableWidgetItem(currencies[row]);
        code->setFlags(code->flags() & ~Qt::ItemIsEditable);
        m_rates->setItem(row, 0, code);
        QString rate;
        for (const ExchangeRate &r : *rates) {
            if (r.currency == currencies[row])
                rate = locale.toString(r.rate, 'g', 10);
        }
        m_rates->setItem(row, 1, new QTableWidgetItem(rate));
    }
    return true;
}

void ForecastSettingsDialog::showYear()
{
    m_shownYear = m_year->value();
    const QLocale locale = displayLocale();
    const QSignalBlocker block(m_quotas);
    for (int row = 0; row < m_reps.size(); ++row) {
        for (int m = 0; m < 12; ++m) {
            const Cents amount =
                m_quotaMap.value({m_reps[row].id, QDate(m_shownYear, m + 1, 1)}, 0);
            auto *item = new QTableWidgetItem(amount > 0 ? plainAmount(amount) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_quotas->setItem(row, m, item);
        }
        auto *total = new QTableWidgetItem;
        total->setFlags(total->flags() & ~Qt::ItemIsEditable);
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_quotas->setItem(row, yearColumn, total);
        updateTotals(row);
    }
}

void ForecastSettingsDialog::updateTotals(int row)
{
    Cents sum = 0;
    bool bad = false;
    for (int m = 0; m < 12; ++m) {
        const QString text =
            m_quotas->item(row, m) ? m_quotas->item(row, m)->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        if (auto amount = parseAmount(text, displayLocale()))
            sum += *amount;
        else
            bad = true;
    }
    if (QTableWidgetItem *total = m_quotas->item(row, yearColumn)) {
        const QSignalBlocker block(m_quotas);
        total->setText(bad ? tr("?") : plainAmount(sum));
    }
}

bool ForecastSettingsDialog::keepYear()
{
    const QLocale locale = displayLocale();
    QMap<QPair<qint64, QDate>, Cents> shown;
    for (int row = 0; row < m_reps.size(); ++row) {
        for (int m = 0; m < 12; ++m) {
            const QDate month(m_shownYear, m + 1, 1);
            const QString text =
                m_quotas->item(row, m) ? m_quotas->item(row, m)->text().trimmed() : QString();
            Cents amount = 0;
            if (!text.isEmpty()) {
                auto parsed = parseAmount(text, locale);
                if (!parsed) {
                    m_error->setText(tr("Quota of %1 for %2: %3")
                                         .arg(m_reps[row].name,
                                              locale.toString(month, QStringLiteral("MMMM yyyy")),
                                              parsed.error().message));
                    m_error->show();
                    m_quotas->setCurrentCell(row, m);
                    return false;
                }
                amount = *parsed;
            }
            shown.insert({m_reps[row].id, month}, amount);
        }
    }
    m_quotaMap.insert(shown);
    m_error->hide();
    return true;
}

bool ForecastSettingsDialog::save()
{
    if (m_readOnly)
        return true;
    if (!keepYear())
        return false;
    const QString currency = m_currency->text().trimmed().toUpper();
    if (currency.size() != 3) {
        m_error->setText(tr("The reporting currency must be a three-letter code such as USD or "
                            "EUR."));
        m_error->show();
        return false;
    }
    const QLocale locale = displayLocale();
    QList<ExchangeRate> rates;
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QString code = m_rates->item(row, 0)->text();
        const QString text =
            m_rates->item(row, 1) ? m_rates->item(row, 1)->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        bool ok = false;
        double rate = locale.toDouble(text, &ok);
        if (!ok)
            rate = text.toDouble(&ok);
        if (!ok || !(rate > 0)) {
            m_error->setText(
                tr("The rate of %1: \"%2\" is not a number above zero.").arg(code, text));
            m_error->show();
            m_rates->setCurrentCell(row, 1);
            return false;
        }
        rates.append({code, rate});
    }
    QList<Quota> quotas;
    for (auto it = m_quotaMap.constBegin(); it != m_quotaMap.constEnd(); ++it)
        quotas.append({it.key().first, it.key().second, it.value()});
    if (auto ok = m_storage.setQuotas(quotas); !ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        return false;
    }
    if (auto ok = m_storage.setCurrencies(currency, rates); !ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        return false;
    }
    return true;
}

void ForecastSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Stageboard
