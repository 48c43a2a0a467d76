// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QVariant>
#include <functional>

class QChartView;
class QComboBox;
class QDate;
class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QTableView;
class QWidget;

namespace Stageboard {

class ForecastTableModel;

/// The parts the report views (forecast, win/loss) are made of: a chart in a frame that saves
/// itself as PNG, a table that exports itself as CSV, and the whole view on pages.
class ReportParts
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::ReportParts)

public:
    using ErrorSink = std::function<void(const QString &message)>;

    /// A framed panel: the title (bold; it wraps rather than widen the view), the tool if
    /// any, "Save as PNG…", and the chart. titleOut, when given, receives the title's label.
    static QWidget *chartPanel(QWidget *parent, const QString &title, QChartView *view,
                               QWidget *tool, const ErrorSink &onError,
                               QLabel **titleOut = nullptr);
    /// A sortable table of the model, values as people read them, with "Export CSV…" below.
    static QWidget *tablePanel(QWidget *parent, const QString &title, const QString &fileName,
                               ForecastTableModel *model, QTableView **viewOut = nullptr);
    /// Draws content across pages the width of page, as many as its height needs.
    static void renderPages(QWidget *content, QPagedPaintDevice &device, const QRect &page);
    /// Writes content to a landscape PDF file, titled.
    static Result<void> exportPdf(QWidget *content, const QString &path, const QString &title);
    /// Asks where to save the PDF (fileName in the folder last used), then writes it.
    static void exportPdfInteractively(QWidget *content, const QString &dialogTitle,
                                       const QString &fileName, const QString &title,
                                       const ErrorSink &onError);
    /// Asks for a printer, then prints content on it, landscape.
    static void print(QWidget *content);

    // The filter bars.
    /// A month chooser ("Mai 2027", in the window's language) named for screen readers.
    static QDateEdit *monthEdit(QWidget *parent, const QDate &month, const QString &name);
    /// The widgets on one line, so that a label stays with what it names when the bar wraps.
    static QWidget *oneLine(QWidget *parent, const QList<QWidget *> &widgets);
    /// Fills a filter with "all" (no data) and the items, keeping the choice made if it is
    /// still among them.
    static void refill(QComboBox *box, const QString &all,
                       const QList<QPair<QString, QVariant>> &items);
};

} // namespace Stageboard
