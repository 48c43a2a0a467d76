// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/lookbackstore.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QLineSeries;
class QValueAxis;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTimer;

namespace Stageboard {

class EmptyState;
class ForecastTableModel;
class Workspace;

/// Win/loss analysis, beside the forecast: the deals won and lost by close reason, competitor,
/// stage lost at, industry, territory, rep or deal size, and by quarter, with the lessons the
/// managers wrote on reviewing them beside the figures they belong to. Filters by close
/// period, pipeline, rep and territory; tables to CSV, charts to PNG, the view to PDF. Every
/// figure comes from the store's aggregate queries, read again only while the view is shown.
class WinLossView final : public QWidget
{
    Q_OBJECT

public:
    explicit WinLossView(QWidget *parent = nullptr);
    ~WinLossView() override;

    /// The workspace whose closed deals the view adds up; null shows nothing.
    void setWorkspace(Workspace *workspace);

    WinLossBy grouping() const;
    void setGrouping(WinLossBy by);
    WinLossFilter filter() const;
    /// Close months (from's first day to to's last), pipeline, rep and territory as given.
    void setFilter(const WinLossFilter &filter);
    /// Reads the figures again at once (normally shortly after a change, when shown).
    void refreshNow();

    /// One row per group, as winLoss() gives them.
    ForecastTableModel *groupModel() const { return m_groups; }
    ForecastTableModel *quarterModel() const { return m_quarters; }
    /// The lessons of the selected group's closes (or of every group when none is selected).
    ForecastTableModel *lessonModel() const { return m_lessons; }
    QTableView *groupTable() const { return m_groupTable; }
    QTableView *lessonTable() const { return m_lessonTable; }
    QList<QChartView *> chartViews() const { return m_chartViews; }
    /// The key figures of everything the filters keep.
    QString summary() const;
    /// Why the charts are empty, when they are; empty otherwise.
    QString emptyMessage() const;

    Result<void> exportPdf(const QString &path);
    void exportPdfInteractively();

    /// The name a grouping is offered under.
    static QString groupingName(WinLossBy by);

Q_SIGNALS:
    /// A lesson's deal was double-clicked.
    void opportunityActivated(qint64 id);
    void errorOccurred(const QString &message);
    /// The figures were read again.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void populateFilters();
    void scheduleRefresh();
    void refresh();
    void refreshLessons();
    void buildCharts();
    void updateCharts();
    /// The key shown in a table or chart for a group's stored key ("Q3 2026", "No owner").
    static QString shownKey(WinLossBy by, const QString &key);
    void detach();

    Workspace *m_workspace = nullptr;
    bool m_dirty = true;
    QTimer *m_refreshTimer = nullptr;
    QList<QMetaObject::Connection> m_connections;

    QComboBox *m_grouping = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_rep = nullptr;
    QComboBox *m_territory = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_lessonTitle = nullptr;
    QLabel *m_groupChartTitle = nullptr;

    QList<WinLossRow> m_groupRows;
    QList<WinLossRow> m_quarterRows;
    QString m_currency;
    QList<qint64> m_lessonDeals; ///< the deal of each lesson row
    ForecastTableModel *m_groups = nullptr;
    ForecastTableModel *m_quarters = nullptr;
    ForecastTableModel *m_lessons = nullptr;
    QTableView *m_groupTable = nullptr;
    QTableView *m_lessonTable = nullptr;
    QList<QChartView *> m_chartViews;
    QList<EmptyState *> m_chartEmpty;
    QBarSet *m_groupWon = nullptr;
    QBarSet *m_groupLost = nullptr;
    QBarCategoryAxis *m_groupAxis = nullptr;
    QValueAxis *m_groupCounts = nullptr;
    QBarSet *m_quarterWon = nullptr;
    QBarSet *m_quarterLost = nullptr;
    QLineSeries *m_rate = nullptr;
    QBarCategoryAxis *m_quarterAxis = nullptr;
    QValueAxis *m_quarterCounts = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace Stageboard
