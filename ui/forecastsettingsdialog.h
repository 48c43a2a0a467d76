// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Stageboard {

class ForecastStore;

/// Quotas per rep and month, the reporting currency and exchange rates, as a manager edits
/// them. Nothing is saved until OK, and then all of it in one go; a bad value is named by rep
/// and month (or currency) and nothing is saved.
class ForecastSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// readOnly: the person acting may look but not change (only managers and admins may).
    ForecastSettingsDialog(ForecastStore &storage, const QList<User> &users,
                           const QStringList &opportunityCurrencies, bool readOnly,
                           QWidget *parent = nullptr);

    /// Reads the stored settings into the tables; false (with failure()) when they cannot be read.
    bool load();
    QString failure() const { return m_failure; }

    QTableWidget *quotaTable() const { return m_quotas; }
    QTableWidget *rateTable() const { return m_rates; }
    QLineEdit *reportingCurrency() const { return m_currency; }
    QSpinBox *year() const { return m_year; }

    /// Checks and saves; on a bad value says which and returns false with nothing saved.
    bool save();

    void accept() override;

private:
    void showYear();
    /// Reads the shown year's cells into m_quotaMap; false (with the error shown) on a bad one.
    bool keepYear();
    void updateTotals(int row);

    ForecastStore &m_storage;
    QList<User> m_reps;
    QStringList m_opportunityCurrencies;
    bool m_readOnly = false;
    QMap<QPair<qint64, QDate>, Cents> m_quotaMap; ///< rep and month → amount, as edited
    QSpinBox *m_year = nullptr;
    QTableWidget *m_quotas = nullptr;
    QLineEdit *m_currency = nullptr;
    QTableWidget *m_rates = nullptr;
    QLabel *m_error = nullptr;
    QString m_failure;
    int m_shownYear = 0;
};

} // namespace Stageboard
