// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QDialog>
#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;
class QWidget;

namespace Stageboard {

class GuidanceModel;
class ProcessModel;
struct ProcessEdit;

/// The admin's process editor: the stages of a pipeline in order (drag to reorder), the
/// chosen stage's fields, recommended activities and exit criteria, and the lint's advice,
/// which follows the typing. Every change is saved at once through the ProcessModel and
/// pushed on the window's undo stack; the board and forecasts follow it.
class ProcessEditor final : public QDialog
{
    Q_OBJECT

public:
    ProcessEditor(ProcessModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ProcessEditor() override;

    /// The buying roles a criterion's rule may ask for among the stakeholders.
    void setBuyingRoles(const QList<BuyingRole> &roles);
    /// The team roles a criterion's sign-off may be given by.
    void setTeamRoles(const QList<TeamRole> &roles);
    /// Opens the dialog for the sign-off conditions of the criterion in row.
    void editSignOffConditions(int row);

    /// How many deals a stage holds, to say what a removal moves.
    void setOpportunityCounter(std::function<int(qint64)> count)
    {
        m_opportunityCount = std::move(count);
    }

    /// Shows the stage in this row of the list.
    void selectStage(int row);
    int selectedRow() const;
    /// Adds a stage named name after the selected one (at the end when none is).
    void addStage(const QString &name);
    /// Asks where the selected stage's deals go, then removes it.
    void removeSelectedStage();
    /// Adds a pipeline, empty or with a copy of the shown one's stages, and shows it.
    bool addPipeline(const QString &name, bool copyStages);
    bool importProcess(const QString &path);
    bool exportProcess(const QString &path);

    QListView *stageList() const { return m_stageList; }
    QComboBox *pipelineChoice() const { return m_pipelines; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindChoice() const { return m_kind; }
    QSpinBox *probabilityEdit() const { return m_probability; }
    QComboBox *forecastChoice() const { return m_forecast; }
    QSpinBox *ageLimitEdit() const { return m_ageLimit; }
    /// The box for a level that may own a stage (rep, manager, admin); none for the others.
    QCheckBox *ownerBox(UserRole role) const;
    /// The menu entry making the role of this name an owner of the stage; none if no such role.
    QAction *ownerTeamAction(const QString &role) const;
    QPushButton *ownerTeamButton() const { return m_ownerTeams; }
    QPlainTextEdit *definitionEdit() const { return m_definition; }
    QPlainTextEdit *goalEdit() const { return m_goal; }
    QPlainTextEdit *callQuestionsEdit() const { return m_callQuestions; }
    QPlainTextEdit *callObjectionsEdit() const { return m_callObjections; }
    QTableView *activityTable() const { return m_activityTable; }
    QTableView *criterionTable() const { return m_criterionTable; }
    QListWidget *findingList() const { return m_findings; }
    /// The last refusal, shown under the form; empty when the last change went through.
    QString errorText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildPipelineRow(QWidget *host);
    QWidget *buildStageForm();
    QWidget *buildChecklist(GuidanceModel *model, QTableView *&view, const QString &addText,
                            const QString &newItemText);
    void refreshPipelines();
    /// Fills the form from the selected stage (not while the form is being saved).
    void showSelectedStage();
    /// The stage the form shows, as typed so far.
    std::optional<Stage> draft() const;
    /// Saves the form's fields when they differ from the stored stage.
    void commitForm();
    /// The lint's advice on the process with the form as typed so far.
    void refreshFindings();
    void showError(const QString &message);
    void choosePipelineToAdd();
    void chooseFileToImport();
    void chooseFileToExport();
    void renamePipeline();
    void deletePipeline();
    void moveSelected(int delta);

    ProcessModel *m_model;
    QUndoStack *m_undo;
    std::function<int(qint64)> m_opportunityCount;
    GuidanceModel *m_activities;
    GuidanceModel *m_criteria;
    bool m_filling = false;
    qint64 m_formStageId = 0; ///< the stage whose fields the form holds

    QComboBox *m_pipelines = nullptr;
    QListView *m_stageList = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_probability = nullptr;
    QComboBox *m_forecast = nullptr;
    QSpinBox *m_ageLimit = nullptr;
    QList<QCheckBox *> m_owners;
    QPushButton *m_ownerTeams = nullptr; ///< its menu: one checkable entry per team role
    /// Names the roles the stage shown is owned by on the button.
    void refreshOwnerTeamText();
    QPlainTextEdit *m_definition = nullptr;
    QPlainTextEdit *m_callQuestions = nullptr;
    QPlainTextEdit *m_callObjections = nullptr;
    class ChoiceDelegate *m_ruleChoice = nullptr;
    class ChoiceDelegate *m_signOffChoice = nullptr;
    QPlainTextEdit *m_goal = nullptr;
    QTableView *m_activityTable = nullptr;
    QTableView *m_criterionTable = nullptr;
    QListWidget *m_findings = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Stageboard
