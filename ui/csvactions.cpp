// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvactions.h"

#include "csv/csvexport.h"
#include "importdialog.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/forecastmodels.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>

namespace Stageboard::CsvActions {

namespace {

QString chooseFile(QWidget *window, const QString &title, const QString &name)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("csv/folder")).toString();
    const QString path = QFileDialog::getSaveFileName(
        window, title, QDir(folder).filePath(name),
        QApplication::translate("Stageboard::CsvActions", "CSV files (*.csv)"));
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("csv/folder"), QFileInfo(path).absolutePath());
    return path;
}

// Runs write into a file that only replaces the target when it succeeds.
template<typename Write>
void exportTo(QWidget *window, const QString &title, const QString &name, qint64 total, Write write)
{
    const QString path = chooseFile(window, title, name);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(
            window, title,
            QApplication::translate("Stageboard::CsvActions", "Cannot write %1: %2")
                .arg(path, file.errorString()));
        return;
    }
    QProgressDialog progress(QApplication::translate("Stageboard::CsvActions", "Exporting…"),
                             QApplication::translate("Stageboard::CsvActions", "Cancel"), 0,
                             int(std::min<qint64>(total, std::numeric_limits<int>::max())), window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    ExportOptions options;
    options.byteOrderMark = true; // spreadsheets read UTF-8 reliably only with it
    options.progress = [&progress](qint64 written) {
        progress.setValue(int(written));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    const Result<qint64> written = write(&file, options);
    progress.reset();
    if (!written) {
        file.cancelWriting();
        if (!progress.wasCanceled())
            QMessageBox::warning(window, title, written.error().message);
        return;
    }
    if (!file.commit()) {
        QMessageBox::warning(window, title,
                             QApplication::translate("Stageboard::CsvActions", "Cannot save %1: %2")
                                 .arg(path, file.errorString()));
        return;
    }
    QMessageBox::information(window, title,
                             QApplication::translate("Stageboard::CsvActions",
                                                     "Wrote %n row(s) to %1.", nullptr,
                                                     int(*written))
                                 .arg(QDir::toNativeSeparators(path)));
}

} // namespace

void exportOpportunities(QWidget *window, Workspace &workspace)
{
    const QList<Opportunity> deals = workspace.board().visibleOpportunities();
    exportTo(window, QApplication::translate("Stageboard::CsvActions", "Export Opportunities"),
             QStringLiteral("opportunities.csv"), deals.size(),
             [&](QIODevice *file, const ExportOptions &options) {
                 return CsvExporter(workspace.opportunityStore(), workspace.forecast(),
                                    workspace.directory(), workspace.board().service().gateEngine())
                     .exportOpportunities(file, deals, options);
             });
}

void exportHistory(QWidget *window, Workspace &workspace)
{
    exportTo(window, QApplication::translate("Stageboard::CsvActions", "Export Stage History"),
             QStringLiteral("stage-history.csv"),
             workspace.board().service().opportunityCount() * 4,
             [&](QIODevice *file, const ExportOptions &options) {
                 return CsvExporter(workspace.opportunityStore(), workspace.forecast(),
                                    workspace.directory(), workspace.board().service().gateEngine())
                     .exportHistory(file, options);
             });
}

void exportForecast(QWidget *window, Workspace &workspace)
{
    exportTo(window, QApplication::translate("Stageboard::CsvActions", "Export Forecast"),
             QStringLiteral("forecast.csv"), 0, [&](QIODevice *file, const ExportOptions &options) {
                 return CsvExporter(workspace.opportunityStore(), workspace.forecast(),
                                    workspace.directory(), workspace.board().service().gateEngine())
                     .exportForecast(file, Period::Month, options);
             });
}

void exportTable(QWidget *window, const QString &title, const QString &fileName,
                 const ForecastTableModel &table)
{
    exportTo(window, title, fileName, table.rowCount(),
             [&](QIODevice *file, const ExportOptions &options) {
                 return table.writeCsv(file, options);
             });
}

bool importOpportunities(QWidget *window, Workspace &workspace)
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        window, QApplication::translate("Stageboard::CsvActions", "Import Opportunities"),
        settings.value(QStringLiteral("csv/folder")).toString(),
        QApplication::translate("Stageboard::CsvActions",
                                "CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    settings.setValue(QStringLiteral("csv/folder"), QFileInfo(path).absolutePath());
    ImportDialog dialog(workspace, path, window);
    if (!dialog.prepare()) {
        QMessageBox::warning(
            window, QApplication::translate("Stageboard::CsvActions", "Import Opportunities"),
            dialog.failure());
        return false;
    }
    return dialog.exec() == QDialog::Accepted && dialog.importedCount() > 0;
}

} // namespace Stageboard::CsvActions
