// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "csv/csvreader.h"
#include "itemmodels/boardmodel.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <limits>

namespace Stageboard {

namespace {
constexpr int previewRows = 3;

// A count for tr()'s %n, which takes an int.
int countOf(qint64 n)
{
    return int(std::min<qint64>(n, std::numeric_limits<int>::max()));
}
constexpr ImportField allFields[] = {
    ImportField::Ignore,  ImportField::Title,    ImportField::Account,     ImportField::Owner,
    ImportField::Stage,   ImportField::Amount,   ImportField::Currency,    ImportField::CloseDate,
    ImportField::Contact, ImportField::NextStep, ImportField::Probability, ImportField::CloseReason,
    ImportField::Outcome};
} // namespace

ImportDialog::ImportDialog(Workspace &workspace, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(workspace.board())
    , m_path(path)
{
    setWindowTitle(tr("Import Opportunities from %1").arg(QFileInfo(path).fileName()));
    m_columns = new QTableWidget(this);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Example"), tr("Import as")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_stages = new QTableWidget(this);
    m_stages->setObjectName(QStringLiteral("stages"));
    m_stages->setColumnCount(2);
    m_stages->setHorizontalHeaderLabels({tr("Stage in the file"), tr("Stage here")});
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stages->verticalHeader()->hide();
    m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("Check the file to see any rows that cannot be imported."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *checkButton = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    connect(checkButton, &QPushButton::clicked, this, [this] { check(); });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("How the file's columns become opportunities:"), this));
    layout->addWidget(m_columns, 3);
    layout->addWidget(new QLabel(tr("How its stages map onto this process:"), this));
    layout->addWidget(m_stages);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 2);
    layout->addWidget(buttons);
    QSize size(760, 720);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

bool ImportDialog::prepare()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_failure = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    CsvReader reader(&file);
    if (!reader.readRecord(m_header)) {
        m_failure = reader.error() ? tr("%1: %2").arg(m_path, reader.error()->message)
                                   : tr("%1 is empty.").arg(m_path);
        return false;
    }
    QStringList row;
    while (m_preview.size() < previewRows && reader.readRecord(row))
        m_preview.append(row);
    const QList<ImportField> guessed = guessImportColumns(m_header);
    m_columns->setRowCount(int(m_header.size()));
    for (int i = 0; i < m_header.size(); ++i) {
        m_columns->setItem(i, 0, new QTableWidgetItem(m_header[i]));
        QStringList examples;
        for (const QStringList &r : std::as_const(m_preview)) {
            if (!r.value(i).trimmed().isEmpty())
                examples.append(r.value(i).trimmed());
        }
        m_columns->setItem(i, 1,
                           new QTableWidgetItem(examples.isEmpty()
                                                    ? tr("(empty)")
                                                    : examples.join(QStringLiteral(" · "))));
        auto *field = new QComboBox(m_columns);
        for (ImportField f : allFields)
            field->addItem(importFieldName(f), int(f));
        field->setCurrentIndex(field->findData(int(guessed.value(i))));
        connect(field, &QComboBox::currentIndexChanged, this, &ImportDialog::scanStages);
        m_columns->setCellWidget(i, 2, field);
    }
    scanStages();
    return true;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    for (int i = 0; i < m_columns->rowCount(); ++i) {
        const auto *field = qobject_cast<QComboBox *>(m_columns->cellWidget(i, 2));
        o.columns.append(ImportField(field->currentData().toInt()));
    }
    for (int i = 0; i < m_stages->rowCount(); ++i) {
        const auto *stage = qobject_cast<QComboBox *>(m_stages->cellWidget(i, 1));
        if (stage->currentIndex() > 0)
            o.stageMap.insert(m_stages->item(i, 0)->text(), stage->currentText());
    }
    o.actorId = m_model.service().currentUserId();
    if (!m_model.service().totalsCurrency().isEmpty())
        o.defaultCurrency = m_model.service().totalsCurrency();
    return o;
}

void ImportDialog::scanStages()
{
    // Every distinct stage name in the file, each offered a stage of this process.
    const int column = int(options().columns.indexOf(ImportField::Stage));
    m_stages->setRowCount(0);
    if (column < 0)
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CsvReader reader(&file);
    QStringList row;
    reader.readRecord(row);
    QStringList names;
    QSet<QString> seen;
    while (reader.readRecord(row)) {
        const QString name = row.value(column).trimmed();
        if (!name.isEmpty() && !seen.contains(name.toLower())) {
            seen.insert(name.toLower());
            names.append(name);
        }
    }
    QApplication::restoreOverrideCursor();
    m_stages->setRowCount(int(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        m_stages->setItem(i, 0, new QTableWidgetItem(names[i]));
        auto *stage = new QComboBox(m_stages);
        stage->addItem(tr("(choose a stage)"));
        for (const Stage &s : m_model.service().stages())
            stage->addItem(s.name);
        const Stage *known = resolveImportStage(m_model.service().gateEngine(), names[i]);
        stage->setCurrentIndex(known ? stage->findText(known->name) : 0);
        connect(stage, &QComboBox::currentIndexChanged, this, [this, i] {
            // A choice made: the row is no longer highlighted.
            if (QTableWidgetItem *item = m_stages->item(i, 0)) {
                item->setBackground(QBrush());
                item->setForeground(QBrush());
            }
        });
        m_stages->setCellWidget(i, 1, stage);
    }
    // As tall as its rows (up to ten; more scroll): no stage hidden below a half row.
    m_stages->resizeRowsToContents();
    int height = m_stages->horizontalHeader()->sizeHint().height() + 2 * m_stages->frameWidth();
    for (int row = 0; row < std::min(m_stages->rowCount(), 10); ++row)
        height += m_stages->rowHeight(row);
    m_stages->setFixedHeight(height + 2);
}

Result<ImportReport> ImportDialog::run(const ImportOptions &given)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    QProgressDialog progress(given.dryRun ? tr("Checking…") : tr("Importing…"), tr("Cancel"), 0,
                             int(std::min<qint64>(file.size(), std::numeric_limits<int>::max())),
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    ImportOptions options = given;
    options.progress = [&](qint64) {
        progress.setValue(int(std::min<qint64>(file.pos(), progress.maximum())));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    CsvImporter importer(m_workspace.opportunityStore(), m_workspace.directory(),
                         m_workspace.bulk(), m_model.service().gateEngine());
    return importer.run(&file, options);
}

void ImportDialog::showReport(const ImportReport &report)
{
    QStringList lines = report.badRowTexts();
    for (const ImportProblem &w : report.warnings)
        lines.append(tr("Changed: %1").arg(w.text()));
    if (!report.missingAccounts.isEmpty()) {
        lines.append(tr("New accounts: %1").arg(report.missingAccounts.join(QStringLiteral(", "))));
    }
    if (!report.missingOwners.isEmpty())
        lines.append(tr("New owners: %1").arg(report.missingOwners.join(QStringLiteral(", "))));
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    QString summary = tr("%n row(s) read.", nullptr, countOf(report.rows));
    summary += QLatin1Char(' ');
    summary += report.badRows == 0 ? tr("Every row can be imported.")
                                   : tr("%n row(s) cannot be imported as they are.", nullptr,
                                        countOf(report.badRows));
    if (!report.unknownStages.isEmpty()) {
        summary += QLatin1Char(' ');
        summary += tr("Choose the stage \"%1\" means in the highlighted row above.")
                       .arg(report.unknownStages.first());
    }
    m_summary->setText(summary);
    pointAtStages(report.unknownStages);
}

void ImportDialog::pointAtStages(const QStringList &names)
{
    // The rows still needing a choice are highlighted; the first is scrolled to and focused.
    bool first = true;
    for (int i = 0; i < m_stages->rowCount(); ++i) {
        QTableWidgetItem *item = m_stages->item(i, 0);
        auto *choice = qobject_cast<QComboBox *>(m_stages->cellWidget(i, 1));
        const bool needed = names.contains(item->text(), Qt::CaseInsensitive) && choice &&
                            choice->currentIndex() == 0;
        item->setBackground(needed ? palette().brush(QPalette::Highlight) : QBrush());
        item->setForeground(needed ? palette().brush(QPalette::HighlightedText) : QBrush());
        if (needed && first) {
            m_stages->scrollToItem(item, QAbstractItemView::PositionAtCenter);
            choice->setFocus();
            first = false;
        }
    }
}

std::optional<ImportReport> ImportDialog::check()
{
    ImportOptions o = options();
    o.dryRun = true;
    auto report = run(o);
    if (!report) {
        m_report->setPlainText(report.error().message);
        m_summary->setText(tr("The file cannot be imported."));
        return std::nullopt;
    }
    showReport(*report);
    return *report;
}

void ImportDialog::importRows()
{
    const auto checked = check();
    if (!checked || checked->cancelled)
        return;
    ImportOptions o = options();
    if (checked->badRows > 0) {
        if (checked->goodRows() == 0) {
            QMessageBox::information(this, tr("Import Opportunities"),
                                     tr("No row can be imported as it is; see the list."));
            return;
        }
        const auto answer = QMessageBox::question(
            this, tr("Import Opportunities"),
            tr("%n row(s) cannot be imported (see the list).", nullptr, countOf(checked->badRows)) +
                QLatin1Char(' ') +
                tr("Import the other %n row(s) and skip them?", nullptr,
                   countOf(checked->goodRows())));
        if (answer != QMessageBox::Yes)
            return;
        o.skipBadRows = true;
    }
    if (!checked->missingAccounts.isEmpty() || !checked->missingOwners.isEmpty()) {
        // Only what is missing: "2 accounts", not "2 accounts and 0 owners".
        QStringList missing;
        if (!checked->missingAccounts.isEmpty())
            missing.append(tr("%n account(s)", nullptr, int(checked->missingAccounts.size())));
        if (!checked->missingOwners.isEmpty())
            missing.append(tr("%n owner(s)", nullptr, int(checked->missingOwners.size())));
        const auto answer = QMessageBox::question(
            this, tr("Import Opportunities"),
            missing.size() == 2
                ? tr("The file names accounts and owners this database does not have yet: %1 "
                     "and %2. Create them?")
                      .arg(missing.at(0), missing.at(1))
                : tr("The file names %1 this database does not have yet. Create them?")
                      .arg(missing.at(0)));
        if (answer != QMessageBox::Yes)
            return;
        o.createMissing = true;
    }
    auto report = run(o);
    if (!report) {
        QMessageBox::warning(this, tr("Import Opportunities"),
                             tr("Nothing was imported: %1").arg(report.error().message));
        return;
    }
    if (report->cancelled) {
        m_summary->setText(tr("The import was cancelled; nothing was imported."));
        return;
    }
    m_imported = report->imported;
    // A bulk import changes every column: read the board again.
    if (auto reloaded = m_model.service().reload(); !reloaded)
        QMessageBox::warning(this, tr("Import Opportunities"), reloaded.error().message);
    QMessageBox::information(this, tr("Import Opportunities"),
                             tr("Imported %n opportunity(ies).", nullptr, countOf(m_imported)));
    accept();
}

} // namespace Stageboard
