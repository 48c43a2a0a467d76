// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvactions.h"

#include "csv/accountcsv.h"
#include "csv/csvexport.h"
#include "csv/peoplecsv.h"
#include "importdialog.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/forecastmodels.h"
#include "services/boardservice.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
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

namespace {

// The rows read (or why not), then written by write(exporter, file, rows, options).
template<typename Row, typename Write>
void exportPeople(QWidget *window, Workspace &workspace, const char *title, const QString &name,
                  const Result<QList<Row>> &rows, Write write)
{
    const QString caption = QApplication::translate("Stageboard::CsvActions", title);
    if (!rows) {
        QMessageBox::warning(window, caption, rows.error().message);
        return;
    }
    exportTo(window, caption, name, rows->size(),
             [&](QIODevice *file, const ExportOptions &options) {
                 PeopleExporter exporter(workspace.contacts(), workspace.stakeholders(),
                                         workspace.directory());
                 return write(exporter, file, *rows, options);
             });
}

} // namespace

void exportContacts(QWidget *window, Workspace &workspace)
{
    exportPeople(
        window, workspace, QT_TRANSLATE_NOOP("Stageboard::CsvActions", "Export Contacts"),
        QStringLiteral("contacts.csv"), workspace.contacts().contacts(0),
        [](PeopleExporter &e, QIODevice *file, const QList<Contact> &rows,
           const ExportOptions &options) { return e.exportContacts(file, rows, options); });
}

void exportStakeholders(QWidget *window, Workspace &workspace)
{
    exportPeople(
        window, workspace, QT_TRANSLATE_NOOP("Stageboard::CsvActions", "Export Stakeholders"),
        QStringLiteral("stakeholders.csv"), workspace.stakeholders().everyStakeholder(),
        [](PeopleExporter &e, QIODevice *file, const QList<Stakeholder> &rows,
           const ExportOptions &options) { return e.exportStakeholders(file, rows, options); });
}

void exportActivities(QWidget *window, Workspace &workspace)
{
    exportPeople(
        window, workspace, QT_TRANSLATE_NOOP("Stageboard::CsvActions", "Export Activities"),
        QStringLiteral("activities.csv"), workspace.engagements().engagements({}),
        [](PeopleExporter &e, QIODevice *file, const QList<Engagement> &rows,
           const ExportOptions &options) { return e.exportActivities(file, rows, options); });
}

void exportAccounts(QWidget *window, const QList<AccountSummary> &accounts)
{
    exportTo(window, QApplication::translate("Stageboard::CsvActions", "Export Accounts"),
             QStringLiteral("accounts.csv"), accounts.size(),
             [&](QIODevice *file, const ExportOptions &options) {
                 return AccountExporter::exportAccounts(file, accounts, options, true);
             });
}

bool importContacts(QWidget *window, Workspace &workspace, const QString &chosen)
{
    const QString title = QApplication::translate("Stageboard::CsvActions", "Import Contacts");
    QString path = chosen;
    if (path.isEmpty()) {
        QSettings settings;
        path = QFileDialog::getOpenFileName(
            window, title, settings.value(QStringLiteral("csv/folder")).toString(),
            QApplication::translate("Stageboard::CsvActions",
                                    "CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return false;
        settings.setValue(QStringLiteral("csv/folder"), QFileInfo(path).absolutePath());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(window, title,
                             QApplication::translate("Stageboard::CsvActions", "Cannot read %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QProgressDialog progress(
        QApplication::translate("Stageboard::CsvActions", "Checking…"),
        QApplication::translate("Stageboard::CsvActions", "Cancel"), 0,
        int(std::min<qint64>(file.size() / 60 + 1, std::numeric_limits<int>::max())), window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    ContactImporter importer(workspace.contacts(), workspace.directory(), workspace.bulk());
    ContactImportOptions options;
    options.actorId = workspace.boardService().currentUserId();
    options.progress = [&progress](qint64 line) {
        progress.setValue(int(std::min<qint64>(line, progress.maximum())));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    // First every row is checked, and the person sees what would happen.
    options.dryRun = true;
    auto report = importer.run(&file, options);
    progress.reset();
    if (!report || report->cancelled) {
        if (!report)
            QMessageBox::warning(window, title,
                                 QApplication::translate("Stageboard::CsvActions", "%1: %2")
                                     .arg(QFileInfo(path).fileName(), report.error().message));
        return false;
    }
    const int good = int(report->goodRows());
    const int bad = int(report->badRows);
    if (bad > 0 || !report->missingAccounts.isEmpty()) {
        QMessageBox ask(window);
        ask.setIcon(bad > 0 ? QMessageBox::Warning : QMessageBox::Question);
        ask.setWindowTitle(title);
        QStringList text;
        if (bad > 0) {
            text.append(QApplication::translate("Stageboard::CsvActions",
                                                "%n row(s) cannot be imported:", nullptr, bad));
            const QStringList rows = report->badRowTexts();
            text.append(rows.mid(0, 5).join(QLatin1Char('\n')));
            const int more = int(rows.size()) - 5;
            if (more > 0)
                text.append(QApplication::translate(
                    "Stageboard::CsvActions", "… and %n more (see Show Details).", nullptr, more));
            if (more > 0)
                ask.setDetailedText(rows.join(QLatin1Char('\n')));
        }
        if (!report->missingAccounts.isEmpty()) {
            text.append(
                QApplication::translate("Stageboard::CsvActions",
                                        "%n account(s) will be created: %1", nullptr,
                                        int(report->missingAccounts.size()))
                    .arg(report->missingAccounts.mid(0, 5).join(QStringLiteral(", ")) +
                         (report->missingAccounts.size() > 5 ? QStringLiteral(", …") : QString())));
        }
        ask.setText(text.join(QStringLiteral("\n\n")));
        if (good == 0) {
            ask.setInformativeText(QApplication::translate(
                "Stageboard::CsvActions",
                "Nothing to import: every row is refused. People already stored stay as they "
                "are; fix the other rows in the file and import it again."));
            ask.setStandardButtons(QMessageBox::Close);
            ask.exec();
            return false;
        }
        ask.setInformativeText(QApplication::translate(
            "Stageboard::CsvActions", "Import the %n good contact(s)?", nullptr, good));
        QPushButton *go =
            ask.addButton(QApplication::translate("Stageboard::CsvActions", "&Import %n Contact(s)",
                                                  nullptr, good),
                          QMessageBox::AcceptRole);
        go->setObjectName(QStringLiteral("importGoodContacts"));
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(go);
        ask.exec();
        if (ask.clickedButton() != go)
            return false;
    }
    options.dryRun = false;
    options.skipBadRows = true;
    options.createMissing = true;
    file.seek(0);
    progress.setLabelText(QApplication::translate("Stageboard::CsvActions", "Importing…"));
    report = importer.run(&file, options);
    progress.reset();
    if (!report || report->cancelled) {
        if (!report)
            QMessageBox::warning(window, title, report.error().message);
        return false;
    }
    QMessageBox::information(window, title,
                             QApplication::translate("Stageboard::CsvActions",
                                                     "Imported %n contact(s).", nullptr,
                                                     int(report->imported)));
    return report->imported > 0;
}

} // namespace Stageboard::CsvActions
