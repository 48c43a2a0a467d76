// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QDialog>

class QComboBox;
class QTextBrowser;

namespace Stageboard {

class ProcessStore;

/// The stage guide on screen: a pipeline's whole process to read (StageGuide), to print and
/// to export as PDF. Anyone may open it; it changes nothing.
class StageGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    StageGuideDialog(ProcessStore &storage, const QList<SalesPipeline> &pipelines,
                     qint64 pipelineId, QWidget *parent = nullptr);

    /// Shows this pipeline's process; the reason when it cannot be read.
    Result<void> showPipeline(qint64 pipelineId);
    Result<void> exportPdf(const QString &path);
    QTextBrowser *browser() const { return m_browser; }

private:
    void print();
    void chooseFileToExport();

    ProcessStore &m_storage;
    QComboBox *m_pipelines = nullptr;
    QTextBrowser *m_browser = nullptr;
    QString m_name;
};

} // namespace Stageboard
