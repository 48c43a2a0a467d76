// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvimport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Stageboard {

class Workspace;

class BoardModel;

/// Imports opportunities from one CSV file: shows how its columns map onto Stageboard's fields
/// (guessed from the header, changeable), how its stage names map onto this process, a preview,
/// and the check of every row, then imports after asking about missing accounts, owners and
/// bad rows.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Workspace &workspace, const QString &path, QWidget *parent = nullptr);

    /// Reads the header and a preview; false (see failure()) when the file cannot be used.
    bool prepare();
    QString failure() const { return m_failure; }
    qint64 importedCount() const { return m_imported; }

    /// Checks every row without importing; the report is shown in the dialog.
    std::optional<ImportReport> check();
    /// Imports, asking first about missing accounts and owners and about bad rows.
    void importRows();

private:
    ImportOptions options() const;
    void scanStages();
    Result<ImportReport> run(const ImportOptions &options);
    void showReport(const ImportReport &report);
    void pointAtStages(const QStringList &names);

    Workspace &m_workspace;
    BoardModel &m_model; ///< the workspace's
    QString m_path;
    QString m_failure;
    QStringList m_header;
    QList<QStringList> m_preview;
    qint64 m_imported = 0;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_stages = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace Stageboard
