// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forecast/forecast.h"

#include <QWidget>
#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace Stageboard {

class EmptyState;
class RepChooser;

class BoardModel;
class ForecastTableModel;
class Workspace;

/// The managers' forecast dashboard: forecast by period against quota, pipeline by stage, each
/// rep against quota, the conversion funnel, forecast over time against what closed, configured
/// against observed stage probabilities, and the stalled deals, with the filters that apply to
/// all of it. It follows the board's change signals, so a card moved on the board shows here
/// within a moment, without a reload.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    /// The workspace whose board and forecast the dashboard shows; null shows nothing.
    void setWorkspace(Workspace *workspace);

    /// Reads the forecast data when it has not been read yet; true when it is ready.
    bool ensureLoaded();
    /// Reads quotas and currencies again, after they were edited.
    void reloadSettings();
    /// Records today's forecast snapshot (one per day; taking it again replaces it).
    Result<void> takeSnapshot();
    /// Takes today's snapshot when there is none yet.
    void takeDailySnapshot();

    ForecastFilter filter() const;
    void setFilter(const ForecastFilter &filter);
    /// How many closed deals await review (shown among the key figures).
    void setReviewsPending(qint64 count);
    /// Recomputes at once (normally it happens shortly after a change).
    void refreshNow();
    const ForecastResult &result() const { return m_result; }
    const ForecastData *data() const { return m_data ? &*m_data : nullptr; }

    ForecastTableModel *periodModel() const { return m_periods; }
    ForecastTableModel *repModel() const { return m_reps; }
    ForecastTableModel *stageModel() const { return m_stages; }
    ForecastTableModel *stalledModel() const { return m_stalled; }
    ForecastTableModel *snapshotModel() const { return m_snapshots; }
    QList<QChartView *> chartViews() const { return m_chartViews; }
    QTableView *stalledTable() const { return m_stalledTable; }

    /// Writes the whole dashboard to a PDF file.
    Result<void> exportPdf(const QString &path);
    void print();
    void exportPdfInteractively();

Q_SIGNALS:
    /// A stalled deal was double-clicked.
    void opportunityActivated(qint64 id);
    void errorOccurred(const QString &message);
    /// The numbers were recomputed.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildCharts();
    QWidget *chartPanel(const QString &title, QChartView *view, QWidget *tool = nullptr);
    QWidget *tablePanel(const QString &title, const QString &fileName, ForecastTableModel *model,
                        QTableView **viewOut = nullptr);
    void populateFilters();
    void scheduleRefresh();
    void refresh();
    void refreshSnapshots();
    void updateKpis();
    void updateEmptyCharts();
    void colourCharts();
    void updateAxes();
    void detach();

    Workspace *m_workspace = nullptr;
    BoardModel *m_board = nullptr; ///< the workspace's
    std::optional<ForecastData> m_data;
    ForecastResult m_result;
    bool m_dirty = true;
    QTimer *m_refreshTimer = nullptr;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_rep = nullptr;
    QComboBox *m_territory = nullptr;
    /// The stages the filter and the stage tables offer: the chosen pipeline's, or all.
    QList<Stage> shownStages() const;
    QComboBox *m_stage = nullptr;
    QComboBox *m_pipelineFilter = nullptr;
    QLabel *m_currency = nullptr;
    QLabel *m_notes = nullptr;
    QList<QPair<QLabel *, QLabel *>> m_kpis; ///< value, caption

    ForecastTableModel *m_periods = nullptr;
    ForecastTableModel *m_reps = nullptr;
    ForecastTableModel *m_topReps = nullptr;
    ForecastTableModel *m_stages = nullptr;
    ForecastTableModel *m_stalled = nullptr;
    ForecastTableModel *m_snapshots = nullptr;
    QList<QChartView *> m_chartViews;
    QList<QLabel *> m_chartTitles;
    RepChooser *m_repChooser = nullptr; ///< which reps the reps chart shows
    QList<EmptyState *> m_chartEmpty;   ///< over each chart, saying why it has nothing to draw
    QTableView *m_stalledTable = nullptr;
    QWidget *m_content = nullptr;
    QList<QMetaObject::Connection> m_boardConnections;

    struct Charts;
    std::unique_ptr<Charts> m_charts;
};

} // namespace Stageboard
