// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Stageboard {

class LookBackService;
class Workspace;

/// Names a competitor on a deal (one from the list, or a new one typed) with our strengths and
/// weaknesses against them there.
class DealCompetitorDialog final : public QDialog
{
    Q_OBJECT

public:
    /// names are offered; current, when set, is the entry being changed (its competitor fixed).
    DealCompetitorDialog(const QStringList &names, const QString &current,
                         const DealCompetitor &entry, QWidget *parent = nullptr);
    QString competitor() const;
    QString strengths() const;
    QString weaknesses() const;
    QComboBox *competitorChoice() const { return m_competitor; }
    QLineEdit *strengthsField() const { return m_strengths; }
    QLineEdit *weaknessesField() const { return m_weaknesses; }

private:
    QComboBox *m_competitor = nullptr;
    QLineEdit *m_strengths = nullptr;
    QLineEdit *m_weaknesses = nullptr;
};

/// A deal's competitors in the opportunity panel, each with our strengths and weaknesses
/// against them; Add, Edit and Remove. Below, for a closed deal, what its close said and its
/// review, from the look-back.
class DealCompetitorsView final : public QWidget
{
    Q_OBJECT

public:
    explicit DealCompetitorsView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /// Shows the deal's competitors and close; 0 shows none.
    void showOpportunity(qint64 id);
    QListWidget *list() const { return m_list; }
    QLabel *closeSummary() const { return m_close; }
    /// Adds, or changes, without asking (for the dialog and tests): competitor by name (a new
    /// name joins the list).
    bool save(const QString &competitor, const QString &strengths, const QString &weaknesses);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void add();
    void editSelected();
    void removeSelected();
    void updateButtons();

    Workspace *m_workspace = nullptr;
    qint64 m_id = 0;
    QList<DealCompetitor> m_entries;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_close = nullptr;
};

} // namespace Stageboard
