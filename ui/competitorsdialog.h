// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Stageboard {

class LookBackService;

/// Process ▸ Competitors…: the list the team keeps of the companies it competes with, each with
/// what the team knows of them. Anyone adds or corrects one; a manager or an admin removes one
/// no deal names. Each change is saved at once; a refused one says why.
class CompetitorsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CompetitorsDialog(LookBackService &lookBack, QWidget *parent = nullptr);

    QListWidget *competitors() const { return m_list; }
    /// The steps behind the buttons, the name given instead of asked.
    bool addCompetitor(const QString &name);
    bool removeSelected();
    QString errorText() const;

private:
    void fill(qint64 select = 0);
    void showSelected();
    void saveSelected();
    qint64 selectedId() const;
    void showError(const QString &message);

    LookBackService &m_lookBack;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
    bool m_filling = false;
};

} // namespace Stageboard
