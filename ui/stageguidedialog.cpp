// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stageguidedialog.h"

#include "pdfwriter.h"
#include "process/stageguide.h"
#include "storage/processstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Stageboard {

StageGuideDialog::StageGuideDialog(ProcessStore &storage, const QList<SalesPipeline> &pipelines,
                                   qint64 pipelineId, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
{
    setWindowTitle(tr("Stage Guide"));
    setObjectName(QStringLiteral("stageGuide"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Pipeline:"), this);
    m_pipelines = new QComboBox(this);
    m_pipelines->setObjectName(QStringLiteral("guidePipeline"));
    label->setBuddy(m_pipelines);
    for (const SalesPipeline &p : pipelines)
        m_pipelines->addItem(p.name, p.id);
    m_pipelines->setCurrentIndex(std::max(0, m_pipelines->findData(pipelineId)));
    top->addWidget(label);
    top->addWidget(m_pipelines);
    top->addStretch(1);
    label->setVisible(pipelines.size() > 1);
    m_pipelines->setVisible(pipelines.size() > 1);
    layout->addLayout(top);
    connect(m_pipelines, &QComboBox::activated, this, [this] {
        if (auto ok = showPipeline(m_pipelines->currentData().toLongLong()); !ok)
            QMessageBox::warning(this, windowTitle(), ok.error().message);
    });

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setAccessibleName(tr("Stage guide"));
    m_browser->setOpenLinks(false);
    layout->addWidget(m_browser, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Export as P&DF…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &StageGuideDialog::print);
    connect(pdf, &QPushButton::clicked, this, &StageGuideDialog::chooseFileToExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Tall enough to read, never taller than the screen: the buttons stay in sight.
    QSize size(760, 820);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

Result<void> StageGuideDialog::showPipeline(qint64 pipelineId)
{
    const auto process = m_storage.processDefinition(pipelineId);
    if (!process)
        return std::unexpected(process.error());
    m_name = process->name;
    m_browser->setHtml(StageGuide::html(*process));
    m_pipelines->setCurrentIndex(std::max(0, m_pipelines->findData(pipelineId)));
    return {};
}

Result<void> StageGuideDialog::exportPdf(const QString &path)
{
    auto writer = pdfWriter(path, tr("Stage guide: %1").arg(m_name), QPageLayout::Portrait);
    if (!writer)
        return std::unexpected(writer.error());
    m_browser->document()->print(writer->get());
    return {};
}

void StageGuideDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_browser->document()->print(&printer);
}

void StageGuideDialog::chooseFileToExport()
{
    QSettings settings;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Stage Guide as PDF"),
                                     QDir(settings.value(QStringLiteral("guide/folder")).toString())
                                         .filePath(tr("Stage guide - %1.pdf").arg(m_name)),
                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("guide/folder"), QFileInfo(path).absolutePath());
    if (auto ok = exportPdf(path); !ok)
        QMessageBox::warning(this, windowTitle(), ok.error().message);
}

} // namespace Stageboard
