// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processeditor.h"

#include "colors.h"
#include "core/money.h"
#include "fitrows.h"
#include "itemmodels/guidancemodel.h"
#include "itemmodels/processmodel.h"
#include "itemmodels/roles.h"
#include "process/criterionrule.h"
#include "processdelegates.h"
#include "undorecorder.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Stageboard {

namespace {

// The advice list shows up to five lines before it scrolls.
int adviceHeight(const QWidget *list)
{
    return 5 * (list->fontMetrics().height() + 4);
}

// The levels that may own a stage; legal and finance own theirs as roles of the company's own.
constexpr UserRole allRoles[] = {UserRole::Rep, UserRole::Manager, UserRole::Admin};

QPushButton *smallButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(tip);
    button->setAutoDefault(false);
    return button;
}

} // namespace

ProcessEditor::ProcessEditor(ProcessModel *model, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_undo(undoStack)
    , m_activities(new GuidanceModel(model, GuidanceModel::Kind::Activities, this))
    , m_criteria(new GuidanceModel(model, GuidanceModel::Kind::Criteria, this))
{
    setWindowTitle(tr("Sales Process"));
    setObjectName(QStringLiteral("processEditor"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QWidget(this);
    buildPipelineRow(top);
    layout->addWidget(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *stagesBox = new QGroupBox(tr("Stages, in order"), splitter);
    auto *stagesLayout = new QVBoxLayout(stagesBox);
    m_stageList = new QListView(stagesBox);
    m_stageList->setObjectName(QStringLiteral("stageList"));
    m_stageList->setAccessibleName(tr("Stages"));
    m_stageList->setModel(m_model);
    m_stageList->setDragDropMode(QAbstractItemView::DragDrop);
    m_stageList->setDefaultDropAction(Qt::MoveAction);
    m_stageList->setDropIndicatorShown(true);
    m_stageList->setDragDropOverwriteMode(false);
    m_stageList->setToolTip(tr("Drag a stage to change the order"));
    m_stageList->setItemDelegate(new StageListDelegate(m_stageList));
    m_stageList->setIconSize(QSize(16, 16));
    stagesLayout->addWidget(m_stageList);
    auto *stageButtons = new QHBoxLayout;
    auto *add = smallButton(tr("&Add Stage"), tr("Add a stage after the selected one"), stagesBox);
    add->setObjectName(QStringLiteral("addStage"));
    m_remove = smallButton(tr("&Remove…"), tr("Take the stage out of the process"), stagesBox);
    m_remove->setObjectName(QStringLiteral("removeStage"));
    auto *up = smallButton(tr("Up"), tr("Move the stage earlier (Alt+Up)"), stagesBox);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    auto *down = smallButton(tr("Down"), tr("Move the stage later (Alt+Down)"), stagesBox);
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QPushButton *b : {add, m_remove, up, down})
        stageButtons->addWidget(b);
    stagesLayout->addLayout(stageButtons);
    connect(add, &QPushButton::clicked, this, [this] { addStage(tr("New stage")); });
    connect(m_remove, &QPushButton::clicked, this, &ProcessEditor::removeSelectedStage);
    auto *removeKey = new QAction(tr("Remove Stage"), m_stageList);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_stageList->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &ProcessEditor::removeSelectedStage);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });

    auto *scroll = new QScrollArea(splitter);
    scroll->setAccessibleName(tr("The chosen stage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildStageForm());
    splitter->addWidget(stagesBox);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *adviceBox = new QGroupBox(tr("Advice"), this);
    auto *adviceLayout = new QVBoxLayout(adviceBox);
    m_findings = new QListWidget(adviceBox);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setAccessibleName(tr("Advice on the process"));
    m_findings->setIconSize(QSize(16, 16));
    m_findings->setWordWrap(true);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findings->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // As tall as its advice, up to five lines' worth: one line of praise takes one line, not
    // the room the stage's checklists need.
    keepFittedToRows(m_findings, adviceHeight(m_findings));
    adviceLayout->addWidget(m_findings);
    layout->addWidget(adviceBox);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = item->data(Qt::UserRole).toInt();
        if (row >= 0)
            selectStage(row);
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    Colors::markAsError(m_error);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    for (QAction *action : {undo, redo}) {
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addButton(button, QDialogButtonBox::ResetRole);
    }
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    connect(m_stageList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // Leaving a stage saves what was typed into it: the form still holds it.
        commitForm();
        showSelectedStage();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = selectedRow();
                if (!m_filling && row >= from.row() && row <= to.row())
                    showSelectedStage();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProcessEditor::showSelectedStage);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectStage(m_model->rowCount() > 0 ? 0 : -1);
        showSelectedStage();
    });
    connect(m_model, &ProcessModel::findingsChanged, this, &ProcessEditor::refreshFindings);
    connect(m_model, &ProcessModel::pipelinesChanged, this, &ProcessEditor::refreshPipelines);
    connect(m_model, &ProcessModel::errorOccurred, this, &ProcessEditor::showError);
    connect(m_model, &ProcessModel::processChanged, this, [this] { showError({}); });
    for (GuidanceModel *g : {m_activities, m_criteria})
        connect(g, &GuidanceModel::errorOccurred, this, &ProcessEditor::showError);

    refreshPipelines();
    selectStage(m_model->rowCount() > 0 ? 0 : -1);
    showSelectedStage();
    refreshFindings();
    // First time: most of the screen, so that the stage's checklists have room.
    QSize size(1400, 960);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    // Never smaller than the stage's form needs without scrolling sideways.
    resize(size.expandedTo(QSize(1100, 760)));
}

ProcessEditor::~ProcessEditor() = default;

void ProcessEditor::editSignOffConditions(int row)
{
    const std::optional<SignOff> current = m_criteria->signOff(row);
    if (!current)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sign-off Conditions"));
    auto *form = new QFormLayout;
    auto *from = new QLineEdit(&dialog);
    from->setObjectName(QStringLiteral("signOffFrom"));
    from->setPlaceholderText(tr("every deal"));
    if (current->minAmount)
        from->setText(QLocale().toString(double(*current->minAmount) / 100, 'f', 2));
    from->setToolTip(tr("In the deal's own currency; empty: every deal."));
    form->addRow(tr("Only for deals &of at least:"), from);
    auto *fields = new QWidget(&dialog);
    auto *grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    QList<QCheckBox *> boxes;
    const QStringList keys = signOffFieldKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *box = new QCheckBox(signOffFieldName(keys.at(i)), fields);
        box->setObjectName(keys.at(i));
        box->setChecked(current->reopenOn.contains(keys.at(i)));
        grid->addWidget(box, i / 3, i % 3);
        boxes.append(box);
    }
    form->addRow(tr("Re-opened when it changes:"), fields);
    auto *notOwn = new QCheckBox(tr("The deal's &owner may not give it"), &dialog);
    notOwn->setObjectName(QStringLiteral("signOffNotOwn"));
    notOwn->setChecked(current->notOwnDeal);
    form->addRow(QString(), notOwn);
    auto *problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("problem"));
    problem->setWordWrap(true);
    problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Signed off by %1.").arg(current->role), &dialog));
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        std::optional<Cents> minAmount;
        if (!from->text().trimmed().isEmpty()) {
            const auto amount = parseAmount(from->text());
            if (!amount) {
                problem->setText(tr("From: %1").arg(amount.error().message));
                problem->show();
                from->setFocus();
                return;
            }
            minAmount = *amount;
        }
        QStringList reopenOn;
        for (QCheckBox *box : std::as_const(boxes)) {
            if (box->isChecked())
                reopenOn.append(box->objectName());
        }
        if (m_criteria->setSignOffConditions(row, minAmount, reopenOn, notOwn->isChecked()))
            dialog.accept();
    });
    dialog.exec();
}

void ProcessEditor::setTeamRoles(const QList<TeamRole> &roles)
{
    QMenu *menu = m_ownerTeams->menu();
    menu->clear();
    for (const TeamRole &r : roles) {
        QAction *action = menu->addAction(r.name);
        action->setObjectName(QStringLiteral("ownerTeam:") + r.name);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            refreshOwnerTeamText();
            commitForm();
        });
    }
    if (roles.isEmpty()) {
        QAction *none = menu->addAction(tr("No roles yet: add them with Team Roles…"));
        none->setEnabled(false);
    }
    const QStringList owning = m_stageList && selectedRow() >= 0
                                   ? m_model->stage(selectedRow()).ownerTeams
                                   : QStringList();
    for (QAction *action : menu->actions()) {
        const QSignalBlocker blocker(action);
        if (action->isCheckable())
            action->setChecked(owning.contains(action->text()));
    }
    refreshOwnerTeamText();

    ChoiceDelegate::Choices signOffs{{tr("Anyone"), QString()}};
    for (const TeamRole &r : roles)
        signOffs.append({r.name, r.name});
    m_signOffChoice->setChoices(signOffs);
}

void ProcessEditor::setBuyingRoles(const QList<BuyingRole> &roles)
{
    QHash<QString, QString> names;
    ChoiceDelegate::Choices rules{{tr("By hand"), QString()}};
    for (const BuyingRole &r : roles) {
        names.insert(r.key, r.name);
        if (!r.removed)
            rules.append({tr("%1 among the stakeholders").arg(r.name),
                          CriterionRule::stakeholder({r.key}).text()});
    }
    for (EngagementKind kind : {EngagementKind::Call, EngagementKind::Meeting, EngagementKind::Task,
                                EngagementKind::Email})
        rules.append({tr("%1 done in this stage").arg(engagementKindName(kind)),
                      CriterionRule::activity(kind).text()});
    rules.append({tr("A call debriefed in this stage"), CriterionRule::debrief().text()});
    rules.append({tr("The amount set"), CriterionRule::field(QStringLiteral("amount")).text()});
    rules.append(
        {tr("The close date set"), CriterionRule::field(QStringLiteral("close_date")).text()});
    rules.append({tr("A contact named"), CriterionRule::field(QStringLiteral("contact")).text()});
    m_ruleChoice->setChoices(rules);
    m_criteria->setBuyingRoleNames(names);
}

void ProcessEditor::buildPipelineRow(QWidget *host)
{
    auto *row = new QHBoxLayout(host);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Pipeline:"), host);
    m_pipelines = new QComboBox(host);
    m_pipelines->setObjectName(QStringLiteral("pipelineChoice"));
    m_pipelines->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_pipelines);
    row->addWidget(label);
    row->addWidget(m_pipelines);
    connect(m_pipelines, &QComboBox::activated, this, [this] {
        commitForm();
        if (auto ok = m_model->load(m_pipelines->currentData().toLongLong()); !ok)
            showError(ok.error().message);
    });
    const struct
    {
        QString text, tip;
        void (ProcessEditor::*slot)();
    } actions[] = {
        {tr("&New…"), tr("Add a pipeline, empty or with a copy of these stages"),
         &ProcessEditor::choosePipelineToAdd},
        {tr("Re&name…"), tr("Rename this pipeline"), &ProcessEditor::renamePipeline},
        {tr("&Delete"), tr("Delete this pipeline (only one that never held a deal)"),
         &ProcessEditor::deletePipeline},
        {tr("&Import…"), tr("Add a pipeline from a process file (JSON)"),
         &ProcessEditor::chooseFileToImport},
        {tr("E&xport…"), tr("Save this pipeline's process as a file to share (JSON)"),
         &ProcessEditor::chooseFileToExport},
    };
    for (const auto &a : actions) {
        auto *button = smallButton(a.text, a.tip, host);
        if (a.slot == &ProcessEditor::deletePipeline)
            button->setObjectName(QStringLiteral("deletePipeline"));
        connect(button, &QPushButton::clicked, this, a.slot);
        row->addWidget(button);
    }
    row->addStretch(1);
}

QWidget *ProcessEditor::buildStageForm()
{
    m_form = new QWidget;
    auto *outer = new QVBoxLayout(m_form);
    auto *form = new QFormLayout;
    outer->addLayout(form);

    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("stageName"));
    m_name->setPlaceholderText(tr("A state reached, e.g. \"Qualified\""));
    form->addRow(tr("&Name:"), m_name);

    m_kind = new QComboBox(m_form);
    m_kind->setObjectName(QStringLiteral("stageKind"));
    m_kind->addItem(tr("Open: deals are worked here"), int(StageKind::Open));
    m_kind->addItem(tr("Won: closes a deal as won"), int(StageKind::Won));
    m_kind->addItem(tr("Lost: closes a deal as lost"), int(StageKind::Lost));
    form->addRow(tr("&Kind:"), m_kind);

    m_probability = new QSpinBox(m_form);
    m_probability->setObjectName(QStringLiteral("stageProbability"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(tr(" %"));
    m_probability->setKeyboardTracking(false);
    form->addRow(tr("&Probability of close:"), m_probability);

    m_forecast = new QComboBox(m_form);
    m_forecast->setObjectName(QStringLiteral("stageForecast"));
    for (int c = 0; c < forecastCategoryCount; ++c)
        m_forecast->addItem(forecastCategoryName(ForecastCategory(c)), c);
    form->addRow(tr("&Forecast category:"), m_forecast);

    m_ageLimit = new QSpinBox(m_form);
    m_ageLimit->setObjectName(QStringLiteral("stageAgeLimit"));
    m_ageLimit->setRange(0, 3650);
    m_ageLimit->setSpecialValueText(tr("No limit"));
    m_ageLimit->setSuffix(tr(" days"));
    m_ageLimit->setKeyboardTracking(false);
    m_ageLimit->setToolTip(tr("A deal longer than this in the stage is shown as stalled"));
    form->addRow(tr("&Age limit:"), m_ageLimit);

    auto *owners = new QWidget(m_form);
    auto *ownersLayout = new QHBoxLayout(owners);
    ownersLayout->setContentsMargins(0, 0, 0, 0);
    for (UserRole role : allRoles) {
        auto *box = new QCheckBox(userRoleName(role), owners);
        box->setObjectName(QStringLiteral("owner_") + userRoleKey(role));
        ownersLayout->addWidget(box);
        m_owners.append(box);
        connect(box, &QCheckBox::toggled, this, &ProcessEditor::commitForm);
    }
    m_ownerTeams = new QPushButton(owners);
    m_ownerTeams->setObjectName(QStringLiteral("ownerTeams"));
    m_ownerTeams->setMenu(new QMenu(m_ownerTeams));
    m_ownerTeams->setToolTip(tr("The roles whose members find this stage's deals waiting on "
                                "them (Team Roles… adds roles)"));
    ownersLayout->addWidget(m_ownerTeams);
    ownersLayout->addStretch(1);
    form->addRow(tr("Owned by:"), owners);

    m_definition = new QPlainTextEdit(m_form);
    m_definition->setObjectName(QStringLiteral("stageDefinition"));
    m_definition->setPlaceholderText(tr("What is true of a deal in this stage"));
    m_definition->setTabChangesFocus(true);
    m_definition->setFixedHeight(fontMetrics().height() * 4);
    m_definition->installEventFilter(this);
    form->addRow(tr("&Definition:"), m_definition);

    m_goal = new QPlainTextEdit(m_form);
    m_goal->setObjectName(QStringLiteral("stageGoal"));
    m_goal->setPlaceholderText(tr("What the rep sets out to do here"));
    m_goal->setTabChangesFocus(true);
    m_goal->setFixedHeight(fontMetrics().height() * 3);
    m_goal->installEventFilter(this);
    form->addRow(tr("&Goal:"), m_goal);

    // The stage's call template: what a call plan in it starts from.
    m_callQuestions = new QPlainTextEdit(m_form);
    m_callQuestions->setObjectName(QStringLiteral("callQuestions"));
    m_callQuestions->setPlaceholderText(tr("Questions to ask on a call in this stage, one a line"));
    m_callObjections = new QPlainTextEdit(m_form);
    m_callObjections->setObjectName(QStringLiteral("callObjections"));
    m_callObjections->setPlaceholderText(tr("Objections to expect, one a line"));
    m_callQuestions->setAccessibleName(tr("Questions to ask on a call"));
    m_callObjections->setAccessibleName(tr("Objections to expect"));
    // Side by side, on one row: the checklists below keep their room.
    auto *template_ = new QWidget(m_form);
    auto *templateRow = new QHBoxLayout(template_);
    templateRow->setContentsMargins(0, 0, 0, 0);
    for (QPlainTextEdit *edit : {m_callQuestions, m_callObjections}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(fontMetrics().height() * 4 + 8);
        edit->installEventFilter(this);
        templateRow->addWidget(edit, 1);
    }
    form->addRow(tr("Call te&mplate:"), template_);

    outer->addWidget(
        buildChecklist(m_activities, m_activityTable, tr("Add A&ctivity"), tr("New activity")));
    outer->addWidget(buildChecklist(m_criteria, m_criterionTable, tr("Add &Criterion"),
                                    tr("New exit criterion")));
    m_signOffChoice = new ChoiceDelegate({}, m_criterionTable);
    m_criterionTable->setItemDelegateForColumn(GuidanceModel::SignOffColumn, m_signOffChoice);
    setTeamRoles({});
    MultiChoiceDelegate::Choices fields;
    for (const QString &key : signOffFieldKeys())
        fields.append({signOffFieldName(key), key});
    m_criterionTable->setItemDelegateForColumn(GuidanceModel::ReopenColumn,
                                               new MultiChoiceDelegate(fields, m_criterionTable));
    ChoiceDelegate::Choices types{{tr("By hand"), QString()}};
    for (EngagementKind kind : {EngagementKind::Call, EngagementKind::Meeting, EngagementKind::Task,
                                EngagementKind::Email})
        types.append({tr("%1 done").arg(engagementKindName(kind)), engagementKindKey(kind)});
    m_activityTable->setItemDelegateForColumn(GuidanceModel::ActivityTypeColumn,
                                              new ChoiceDelegate(types, m_activityTable));
    m_ruleChoice = new ChoiceDelegate({}, m_criterionTable);
    m_criterionTable->setItemDelegateForColumn(GuidanceModel::RuleColumn, m_ruleChoice);
    setBuyingRoles({});

    connect(m_name, &QLineEdit::editingFinished, this, &ProcessEditor::commitForm);
    for (QSpinBox *spin : {m_probability, m_ageLimit})
        connect(spin, &QSpinBox::valueChanged, this, &ProcessEditor::commitForm);
    for (QComboBox *box : {m_kind, m_forecast})
        connect(box, &QComboBox::activated, this, &ProcessEditor::commitForm);
    // The advice follows the typing, before anything is saved.
    connect(m_name, &QLineEdit::textEdited, this, &ProcessEditor::refreshFindings);
    connect(m_definition, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            refreshFindings();
    });
    return m_form;
}

QWidget *ProcessEditor::buildChecklist(GuidanceModel *model, QTableView *&view,
                                       const QString &addText, const QString &newItemText)
{
    auto *box = new QWidget(m_form);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    view = new QTableView(box);
    view->setObjectName(model == m_activities ? QStringLiteral("activityTable")
                                              : QStringLiteral("criterionTable"));
    view->setModel(model);
    view->setAccessibleName(model == m_activities ? tr("Recommended activities")
                                                  : tr("Exit criteria"));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < model->columnCount(); ++c)
        view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    if (model == m_criteria) {
        // Who signs off, with the conditions in words, shares the width with the text; the
        // conditions are edited together in a dialog of their own.
        view->horizontalHeader()->setSectionResizeMode(GuidanceModel::SignOffColumn,
                                                       QHeaderView::Stretch);
        for (int c : {GuidanceModel::SignOffFromColumn, GuidanceModel::ReopenColumn,
                      GuidanceModel::NotOwnColumn})
            view->setColumnHidden(c, true);
    }
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->setMinimumHeight(fontMetrics().height() * 10);
    layout->addWidget(view);
    auto *buttons = new QHBoxLayout;
    auto *add = smallButton(addText, {}, box);
    add->setObjectName(model == m_activities ? QStringLiteral("addActivity")
                                             : QStringLiteral("addCriterion"));
    auto *remove = smallButton(tr("Remove"), tr("Remove the selected item"), box);
    auto *up = smallButton(tr("Up"), tr("Move the selected item earlier"), box);
    auto *down = smallButton(tr("Down"), tr("Move the selected item later"), box);
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    if (model == m_criteria) {
        auto *conditions = smallButton(tr("Sign-off Co&nditions…"),
                                       tr("From which amount the sign-off is asked, what "
                                          "re-opens it, and whether the owner may give it"),
                                       box);
        conditions->setObjectName(QStringLiteral("signOffConditions"));
        conditions->setEnabled(false);
        const auto update = [this, view, conditions] {
            conditions->setEnabled(view->currentIndex().isValid() &&
                                   m_criteria->signOff(view->currentIndex().row()).has_value());
        };
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, update);
        connect(model, &QAbstractItemModel::dataChanged, this, update);
        connect(model, &QAbstractItemModel::modelReset, this, update);
        connect(conditions, &QPushButton::clicked, this,
                [this, view] { editSignOffConditions(view->currentIndex().row()); });
        buttons->addWidget(conditions);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this, model, view, newItemText] {
        if (auto row = model->addItem(newItemText)) {
            view->setCurrentIndex(model->index(*row, 0));
            view->edit(model->index(*row, 0));
        }
    });
    connect(remove, &QPushButton::clicked, this, [model, view] {
        if (view->currentIndex().isValid())
            model->removeItem(view->currentIndex().row());
    });
    for (auto [button, delta] : {std::pair{up, -1}, std::pair{down, 1}}) {
        connect(button, &QPushButton::clicked, this, [model, view, delta] {
            const int row = view->currentIndex().row();
            if (row < 0 || row + delta < 0 || row + delta >= model->rowCount())
                return;
            if (model->moveItem(row, row + delta))
                view->setCurrentIndex(model->index(row + delta, 0));
        });
    }
    return box;
}

void ProcessEditor::refreshPipelines()
{
    const QSignalBlocker guard(m_pipelines);
    m_pipelines->clear();
    for (const SalesPipeline &p : m_model->pipelines())
        m_pipelines->addItem(p.name, p.id);
    m_pipelines->setCurrentIndex(std::max(0, m_pipelines->findData(m_model->pipelineId())));
}

QCheckBox *ProcessEditor::ownerBox(UserRole role) const
{
    return m_owners.value(int(role));
}

QAction *ProcessEditor::ownerTeamAction(const QString &role) const
{
    for (QAction *action : m_ownerTeams->menu()->actions()) {
        if (action->isCheckable() && action->text() == role)
            return action;
    }
    return nullptr;
}

void ProcessEditor::refreshOwnerTeamText()
{
    QStringList names;
    for (QAction *action : m_ownerTeams->menu()->actions()) {
        if (action->isCheckable() && action->isChecked())
            names.append(action->text());
    }
    m_ownerTeams->setText(names.isEmpty() ? tr("Roles: none")
                                          : tr("Roles: %1").arg(names.join(QStringLiteral(", "))));
}

int ProcessEditor::selectedRow() const
{
    return m_stageList->currentIndex().isValid() ? m_stageList->currentIndex().row() : -1;
}

void ProcessEditor::selectStage(int row)
{
    m_stageList->setCurrentIndex(row >= 0 ? m_model->index(row) : QModelIndex());
    showSelectedStage();
}

void ProcessEditor::showSelectedStage()
{
    const int row = selectedRow();
    m_form->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    const qint64 stageId = row >= 0 ? m_model->stage(row).id : 0;
    m_formStageId = stageId;
    if (m_activities->stageId() != stageId) {
        m_activities->setStageId(stageId);
        m_criteria->setStageId(stageId);
    }
    const bool was = m_filling;
    m_filling = true;
    const Stage s = row >= 0 ? m_model->stage(row) : Stage{};
    const QList<QWidget *> fields{m_name,       m_kind,          m_probability,
                                  m_forecast,   m_ageLimit,      m_goal,
                                  m_definition, m_callQuestions, m_callObjections};
    for (QWidget *w : fields)
        w->blockSignals(true);
    for (QCheckBox *box : std::as_const(m_owners))
        box->blockSignals(true);
    m_name->setText(s.name);
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    m_probability->setValue(s.probability);
    m_forecast->setCurrentIndex(m_forecast->findData(int(s.forecastCategory)));
    m_ageLimit->setValue(s.rotDays.value_or(0));
    for (UserRole role : allRoles)
        ownerBox(role)->setChecked(s.ownerRoles.contains(role));
    for (QAction *action : m_ownerTeams->menu()->actions()) {
        const QSignalBlocker blocker(action);
        if (action->isCheckable())
            action->setChecked(s.ownerTeams.contains(action->text()));
    }
    refreshOwnerTeamText();
    if (m_definition->toPlainText() != s.definition)
        m_definition->setPlainText(s.definition);
    if (m_goal->toPlainText() != s.goal)
        m_goal->setPlainText(s.goal);
    if (m_callQuestions->toPlainText() != s.callQuestions.join(u'\n'))
        m_callQuestions->setPlainText(s.callQuestions.join(u'\n'));
    if (m_callObjections->toPlainText() != s.callObjections.join(u'\n'))
        m_callObjections->setPlainText(s.callObjections.join(u'\n'));
    for (QWidget *w : fields)
        w->blockSignals(false);
    for (QCheckBox *box : std::as_const(m_owners))
        box->blockSignals(false);
    m_filling = was;
}

std::optional<Stage> ProcessEditor::draft() const
{
    const int row = m_model->rowOf(m_formStageId);
    if (row < 0)
        return std::nullopt;
    Stage s = m_model->stage(row);
    s.name = m_name->text().trimmed();
    s.kind = StageKind(m_kind->currentData().toInt());
    s.probability = m_probability->value();
    s.forecastCategory = ForecastCategory(m_forecast->currentData().toInt());
    s.rotDays = m_ageLimit->value() > 0 ? std::optional(m_ageLimit->value()) : std::nullopt;
    // Kept in the order they were ticked: "Sales rep + Legal" reads as the admin put it.
    s.ownerRoles.removeIf([this](UserRole role) { return !ownerBox(role)->isChecked(); });
    for (UserRole role : allRoles) {
        if (ownerBox(role)->isChecked() && !s.ownerRoles.contains(role))
            s.ownerRoles.append(role);
    }
    s.ownerTeams.removeIf([this](const QString &team) {
        const QAction *action = ownerTeamAction(team);
        return action && !action->isChecked();
    });
    for (QAction *action : m_ownerTeams->menu()->actions()) {
        if (action->isCheckable() && action->isChecked() && !s.ownerTeams.contains(action->text()))
            s.ownerTeams.append(action->text());
    }
    s.definition = m_definition->toPlainText().trimmed();
    s.goal = m_goal->toPlainText().trimmed();
    for (auto [edit, lines] : {std::pair{m_callQuestions, &s.callQuestions},
                               std::pair{m_callObjections, &s.callObjections}}) {
        lines->clear();
        for (const QString &line : edit->toPlainText().split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines->append(line.trimmed());
        }
    }
    return s;
}

void ProcessEditor::commitForm()
{
    if (m_filling)
        return;
    const std::optional<Stage> s = draft();
    if (!s)
        return;
    const bool was = m_filling;
    m_filling = true;
    const auto ok = m_model->setStage(*s);
    m_filling = was;
    if (!ok) {
        showError(ok.error().message);
        return;
    }
    showSelectedStage();
    refreshFindings();
}

void ProcessEditor::refreshFindings()
{
    m_findings->clear();
    const std::optional<Stage> typed = m_filling ? std::nullopt : draft();
    const ProcessDefinition process = m_model->definition(typed);
    const QList<LintFinding> findings = ProcessLint::check(process);
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const LintFinding &f : findings) {
        auto *item = new QListWidgetItem(icon, f.message, m_findings);
        item->setData(Qt::UserRole, f.stage);
    }
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing to point out: every stage has a state "
                                            "reached as its name, a definition, an owner and "
                                            "two to eight activities."),
                                         m_findings);
        item->setData(Qt::UserRole, -1);
        item->setFlags(Qt::ItemIsEnabled);
    }
    fitToRows(m_findings, adviceHeight(m_findings));
}

void ProcessEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ProcessEditor::errorText() const
{
    return m_error->text();
}

void ProcessEditor::addStage(const QString &name)
{
    commitForm();
    const int row = selectedRow() < 0 ? m_model->rowCount() : selectedRow() + 1;
    // A name not taken yet: "New stage", "New stage 2", …
    const auto taken = [this](const QString &candidate) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->stage(r).name.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString unique = name;
    for (int n = 2; taken(unique); ++n)
        unique = name + QLatin1Char(' ') + QString::number(n);
    Stage s;
    s.name = unique;
    // Between its neighbours, so that the probabilities still rise.
    if (row > 0)
        s.probability = m_model->stage(row - 1).probability;
    s.ownerRoles = {UserRole::Rep};
    const auto id = m_model->addStage(row, s);
    if (!id)
        return showError(id.error().message);
    selectStage(m_model->rowOf(*id));
    m_name->setFocus();
    m_name->selectAll();
}

void ProcessEditor::removeSelectedStage()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    commitForm();
    const Stage s = m_model->stage(row);
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("removeStageDialog"));
    ask.setWindowTitle(tr("Remove Stage"));
    auto *layout = new QVBoxLayout(&ask);
    const int deals = m_opportunityCount ? m_opportunityCount(s.id) : 0;
    auto *text = new QLabel(
        tr("Take \"%1\" out of the process? The ledger keeps its history; each deal that "
           "moves gets a ledger row saying why.")
                .arg(s.name) +
            QStringLiteral("\n\n") +
            (deals == 0   ? tr("It holds no deals now; any that reach it meanwhile move to:")
             : deals == 1 ? tr("The one deal in it moves to:")
                          : tr("The %1 deals in it move to:").arg(deals)),
        &ask);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *to = new QComboBox(&ask);
    to->setObjectName(QStringLiteral("destination"));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (r != row)
            to->addItem(m_model->stage(r).name, m_model->stage(r).id);
    }
    // The next stage by default, or the one before for the last.
    to->setCurrentIndex(std::min(row, int(to->count()) - 1));
    layout->addWidget(to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &ask);
    buttons->addButton(tr("Remove Stage"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (to->count() == 0) {
        return showError(
            tr("\"%1\" is the only stage: add the one its deals should go to first.").arg(s.name));
    }
    if (ask.exec() != QDialog::Accepted)
        return;
    // A busy stage moves thousands of deals, each with a ledger row: a second or two.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto moved = m_model->removeStage(row, to->currentData().toLongLong());
    QApplication::restoreOverrideCursor();
    if (!moved)
        return showError(moved.error().message);
    selectStage(std::min(row, m_model->rowCount() - 1));
}

void ProcessEditor::moveSelected(int delta)
{
    const int row = selectedRow();
    if (row < 0 || row + delta < 0 || row + delta >= m_model->rowCount())
        return;
    commitForm();
    const qint64 id = m_model->stage(row).id;
    if (auto ok = m_model->moveStage(row, row + delta); !ok)
        return showError(ok.error().message);
    selectStage(m_model->rowOf(id));
}

bool ProcessEditor::addPipeline(const QString &name, bool copyStages)
{
    commitForm();
    ProcessDefinition process;
    if (copyStages)
        process = m_model->definition();
    process.name = name.trimmed();
    if (process.name.isEmpty()) {
        showError(tr("A pipeline needs a name."));
        return false;
    }
    if (auto ok = m_model->addPipeline(process); !ok) {
        showError(ok.error().message);
        return false;
    }
    return true;
}

void ProcessEditor::choosePipelineToAdd()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Pipeline"), tr("Name of the new pipeline:"),
                              QLineEdit::Normal, tr("Renewals"), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString empty = tr("Empty, to build stage by stage");
    const QString copy = tr("A copy of the stages of \"%1\"").arg(m_pipelines->currentText());
    const QString start = QInputDialog::getItem(this, tr("New Pipeline"), tr("Start with:"),
                                                {empty, copy}, 0, false, &ok);
    if (ok)
        addPipeline(name, start == copy);
}

void ProcessEditor::renamePipeline()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Pipeline"), tr("New name of the pipeline:"),
                              QLineEdit::Normal, m_pipelines->currentText(), &ok);
    if (!ok)
        return;
    if (auto renamed = m_model->renamePipeline(name); !renamed)
        showError(renamed.error().message);
}

void ProcessEditor::deletePipeline()
{
    if (QMessageBox::question(
            this, tr("Delete Pipeline"),
            tr("Delete the pipeline \"%1\" and its stages?").arg(m_pipelines->currentText())) !=
        QMessageBox::Yes)
        return;
    if (auto ok = m_model->deletePipeline(); !ok)
        showError(ok.error().message);
}

bool ProcessEditor::importProcess(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const auto process = ProcessDefinition::fromJson(file.readAll());
    if (!process) {
        showError(tr("%1: %2 Nothing was changed.").arg(path, process.error().message));
        return false;
    }
    if (auto ok = m_model->addPipeline(*process); !ok) {
        showError(ok.error().message);
        return false;
    }
    return true;
}

bool ProcessEditor::exportProcess(const QString &path)
{
    commitForm();
    // The stored process, with its close reasons, as `stageboard-cli process export` writes.
    const auto process = m_model->storedDefinition();
    if (!process) {
        showError(process.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(process->toJson()) < 0 || !file.commit()) {
        showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void ProcessEditor::chooseFileToImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Process"), {}, tr("Process files (*.json)"));
    if (!path.isEmpty())
        importProcess(path);
}

void ProcessEditor::chooseFileToExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Process"), m_pipelines->currentText() + QStringLiteral(".json"),
        tr("Process files (*.json)"));
    if (!path.isEmpty())
        exportProcess(path);
}

bool ProcessEditor::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_definition || watched == m_goal || watched == m_callQuestions ||
         watched == m_callObjections) &&
        event->type() == QEvent::FocusOut)
        commitForm();
    return QDialog::eventFilter(watched, event);
}

void ProcessEditor::keyPressEvent(QKeyEvent *event)
{
    // Enter saves what was typed; it must not reach the dialog's default button and close
    // the editor in the middle of building a process.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        commitForm();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ProcessEditor::showEvent(QShowEvent *event)
{
    restoreGeometry(QSettings().value(QStringLiteral("processEditor/geometry")).toByteArray());
    QDialog::showEvent(event);
}

void ProcessEditor::hideEvent(QHideEvent *event)
{
    // However it goes away (Close, Escape, the window manager), what was typed is kept.
    commitForm();
    QSettings().setValue(QStringLiteral("processEditor/geometry"), saveGeometry());
    QDialog::hideEvent(event);
}

} // namespace Stageboard
