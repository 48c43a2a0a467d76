// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/forecastmodels.h"

#include <QDialog>
#include <QSet>
#include <QToolButton>

class QActionGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Stageboard {

/// Which reps the reps chart shows when it cannot show them all: the top ten by best case (the
/// default), by closed won or by quota attainment, the lowest ten by attainment, or the reps a
/// manager ticks. A button with a menu above the chart; the choice is remembered.
class RepChooser final : public QToolButton
{
    Q_OBJECT

public:
    /// How many reps a ranking shows; a choice may hold more, up to mostChosen.
    static constexpr int shownReps = 10;
    static constexpr int mostChosen = 25;

    explicit RepChooser(QWidget *parent = nullptr);

    ForecastTables::RepRanking ranking() const { return m_ranking; }
    QSet<qint64> chosen() const { return m_chosen; }
    void setRanking(ForecastTables::RepRanking ranking, const QSet<qint64> &chosen = {});
    /// The reps there are to choose from (id, name), as the dashboard last computed them.
    void setReps(const QList<QPair<qint64, QString>> &reps);
    /// The chart's title: which reps it shows, shown of total.
    QString chartTitle(int shown, int total) const;
    /// The dialog that picks reps by hand (open while it runs).
    QDialog *chooseDialog() const { return m_dialog; }

Q_SIGNALS:
    void changed();

private:
    void choose();
    void remember();

    ForecastTables::RepRanking m_ranking = ForecastTables::RepRanking::BestCase;
    QSet<qint64> m_chosen;
    QList<QPair<qint64, QString>> m_reps;
    QActionGroup *m_group = nullptr;
    QDialog *m_dialog = nullptr;
};

/// Ticks reps by name, with a filter to find them among hundreds.
class RepChoiceDialog final : public QDialog
{
    Q_OBJECT

public:
    RepChoiceDialog(const QList<QPair<qint64, QString>> &reps, const QSet<qint64> &chosen, int most,
                    QWidget *parent = nullptr);
    QSet<qint64> chosen() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

private:
    void update();

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_ok = nullptr;
    int m_most;
};

} // namespace Stageboard
