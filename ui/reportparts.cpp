// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportparts.h"

#include "core/money.h"
#include "csvactions.h"
#include "itemmodels/forecastmodels.h"
#include "pdfwriter.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Stageboard {

namespace {

const QString folderKey = QStringLiteral("dashboard/folder");

/// Shows each value as a person reads it, while the model's display role stays numeric for the
/// charts.
class FormattedDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = index.data(ForecastTableModel::FormattedRole).toString();
    }
};

} // namespace

QWidget *ReportParts::chartPanel(QWidget *parent, const QString &title, QChartView *view,
                                 QWidget *tool, const ErrorSink &onError, QLabel **titleOut)
{
    auto *panel = new QFrame(parent);
    panel->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *header = new QHBoxLayout;
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), panel);
    label->setObjectName(QStringLiteral("chartTitle"));
    // A long title (German, French) wraps rather than widen the view past the window.
    label->setWordWrap(true);
    if (titleOut)
        *titleOut = label;
    header->addWidget(label, 1);
    auto *save = new QToolButton(panel);
    save->setText(tr("Save as PNG…"));
    save->setAccessibleName(tr("Save %1 as PNG").arg(title));
    QObject::connect(save, &QToolButton::clicked, panel, [panel, view, title, onError] {
        QSettings settings;
        const QString path = QFileDialog::getSaveFileName(
            panel, tr("Save Chart"),
            QDir(settings.value(folderKey).toString())
                .filePath(title.section(QLatin1Char(':'), 0, 0) + QStringLiteral(".png")),
            tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        settings.setValue(folderKey, QFileInfo(path).absolutePath());
        if (!view->grab().save(path, "PNG"))
            onError(tr("Cannot write the image %1.").arg(path));
    });
    if (tool)
        header->addWidget(tool);
    header->addWidget(save);
    layout->addLayout(header);
    layout->addWidget(view);
    return panel;
}

QWidget *ReportParts::tablePanel(QWidget *parent, const QString &title, const QString &fileName,
                                 ForecastTableModel *model, QTableView **viewOut)
{
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    auto *table = new QTableView(panel);
    auto *proxy = new QSortFilterProxyModel(table);
    proxy->setSourceModel(model);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    // Each column as wide as its content; the last one too, beside its header.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
    for (int c = 0; c < model->columnCount(); ++c)
        table->setColumnHidden(c, model->isAxisOnly(c));
    table->setAccessibleName(title);
    // People read formatted values; the model's display role stays numeric for charts.
    table->setItemDelegate(new FormattedDelegate(table));
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *exportButton = new QPushButton(tr("Export CSV…"), panel);
    exportButton->setAccessibleName(tr("Export %1 as CSV").arg(title));
    QObject::connect(exportButton, &QPushButton::clicked, panel, [panel, model, title, fileName] {
        CsvActions::exportTable(panel->window(), title, fileName, *model);
    });
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    if (viewOut)
        *viewOut = table;
    return panel;
}

void ReportParts::renderPages(QWidget *content, QPagedPaintDevice &device, const QRect &page)
{
    QPainter painter(&device);
    const double scale = double(page.width()) / content->width();
    const int pageHeight = int(page.height() / scale);
    for (int top = 0; top < content->height(); top += pageHeight) {
        if (top > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        content->render(&painter, QPoint(), QRegion(0, top, content->width(), pageHeight));
        painter.restore();
    }
}

Result<void> ReportParts::exportPdf(QWidget *content, const QString &path, const QString &title)
{
    auto writer = pdfWriter(path, title, QPageLayout::Landscape);
    if (!writer)
        return std::unexpected(writer.error());
    renderPages(content, **writer,
                (*writer)->pageLayout().paintRectPixels((*writer)->resolution()));
    return {};
}

void ReportParts::exportPdfInteractively(QWidget *content, const QString &dialogTitle,
                                         const QString &fileName, const QString &title,
                                         const ErrorSink &onError)
{
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        content->window(), dialogTitle,
        QDir(settings.value(folderKey).toString()).filePath(fileName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    if (auto ok = exportPdf(content, path, title); !ok)
        onError(ok.error().message);
}

void ReportParts::print(QWidget *content)
{
    QPrinter printer;
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, content->window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    renderPages(content, printer, printer.pageLayout().paintRectPixels(printer.resolution()));
}

QDateEdit *ReportParts::monthEdit(QWidget *parent, const QDate &month, const QString &name)
{
    auto *edit = new QDateEdit(month, parent);
    // Month names in the language of the rest of the window ("Mai 2027").
    edit->setLocale(displayLocale());
    edit->setDisplayFormat(QStringLiteral("MMM yyyy"));
    edit->setCalendarPopup(true);
    edit->setAccessibleName(name);
    return edit;
}

QWidget *ReportParts::oneLine(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        row->addWidget(w);
    return box;
}

void ReportParts::refill(QComboBox *box, const QString &all,
                         const QList<QPair<QString, QVariant>> &items)
{
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(all);
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace Stageboard
