// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opportunitypanel.h"

#include "activityflow.h"
#include "buyinggroupview.h"
#include "colors.h"
#include "core/fieldrules.h"
#include "core/money.h"
#include "dealactivitiesview.h"
#include "dealcompetitorsview.h"
#include "fitrows.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "itemmodels/stagechecklistmodel.h"
#include "moveresolver.h"
#include "storage/signoffstore.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Stageboard {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setContentsMargins(0, 8, 0, 0);
    label->setWordWrap(true);
    return label;
}

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A one-line text field of the deal, saved when the person leaves it.
QLineEdit *dealField(const QString &name, const QString &accessible, const QString &placeholder,
                     QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(maximumTextLength);
    return edit;
}

} // namespace

OpportunityPanel::OpportunityPanel(BoardModel *model, MoveResolver *resolver, ActivityFlow *flow,
                                   QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_resolver(resolver)
    , m_activities(new StageChecklistModel(model, StageChecklistModel::Kind::Activities, this))
    , m_criteria(new StageChecklistModel(model, StageChecklistModel::Kind::Criteria, this))
{
    setAccessibleName(tr("Opportunity details"));
    m_content = new QWidget;
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_summary = wrapped(m_content);
    m_stage = heading(QString(), m_content);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_definition = wrapped(m_content);
    m_definition->setObjectName(QStringLiteral("definition"));
    m_goal = wrapped(m_content);
    m_goal->setObjectName(QStringLiteral("goal"));

    m_activitiesHeading = heading(QString(), m_content);
    m_activityList = new QListView(m_content);
    m_activityList->setObjectName(QStringLiteral("activities"));
    m_activityList->setAccessibleName(tr("Recommended activities"));
    m_activityList->setModel(m_activities);
    m_activityList->setWordWrap(true);
    m_activityList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_activityList->setToolTip(tr("Tick what is done; double-click to add a note."));
    connect(m_activityList, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        bool ok = false;
        const QString note =
            QInputDialog::getText(this, tr("Note"), index.data().toString(), QLineEdit::Normal,
                                  index.data(CheckNoteRole).toString(), &ok);
        if (ok)
            m_activities->setData(index, note, CheckNoteRole);
    });

    m_criteriaHeading = heading(tr("Exit criteria"), m_content);
    m_criteriaList = new QListView(m_content);
    m_criteriaList->setObjectName(QStringLiteral("criteria"));
    m_criteriaList->setAccessibleName(tr("Exit criteria"));
    m_criteriaList->setModel(m_criteria);
    m_criteriaList->setWordWrap(true);
    m_criteriaList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_criteriaList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_criteriaList, &QWidget::customContextMenuRequested, this,
            &OpportunityPanel::showCriterionMenu);

    m_dealKiller = wrapped(m_content);
    m_dealKiller->setObjectName(QStringLiteral("dealKiller"));
    Colors::markAsError(m_dealKiller);
    m_disqualify = new QPushButton(tr("Disqualify…"), m_content);
    connect(m_disqualify, &QPushButton::clicked, this, [this] {
        for (const Stage &s : m_model->service().stages()) {
            if (s.kind == StageKind::Lost) {
                m_resolver->requestMove(m_id, s.id);
                return;
            }
        }
    });

    m_nextStep = dealField(QStringLiteral("nextStep"), tr("Next step"),
                           tr("What happens next, and when"), m_content);
    connect(m_nextStep, &QLineEdit::editingFinished, this,
            [this] { saveField(m_nextStep, &Opportunity::nextStep, tr("next step")); });
    m_contact = dealField(QStringLiteral("contact"), tr("Contact"),
                          tr("Who you deal with at the account"), m_content);
    connect(m_contact, &QLineEdit::editingFinished, this,
            [this] { saveField(m_contact, &Opportunity::contact, tr("contact")); });

    // Newest first, each row whole (wrapped, never cut), the list as tall as its rows.
    m_history = new QListWidget(m_content);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("Stage history"));
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideNone);
    m_history->setResizeMode(QListView::Adjust);
    m_history->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);

    m_signOffsHeading = heading(tr("Sign-offs"), m_content);
    m_signOffs = new QListWidget(m_content);
    m_signOffs->setObjectName(QStringLiteral("signOffLog"));
    m_signOffs->setAccessibleName(tr("Sign-off log"));
    m_signOffs->setWordWrap(true);
    m_signOffs->setTextElideMode(Qt::ElideNone);
    m_signOffs->setResizeMode(QListView::Adjust);
    m_signOffs->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_signOffs->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_signOffs->setSelectionMode(QAbstractItemView::NoSelection);
    m_signOffs->setFocusPolicy(Qt::NoFocus);

    m_edit = new QPushButton(tr("&Edit…"), m_content);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    m_advance = new QPushButton(m_content);
    m_advance->setObjectName(QStringLiteral("advance"));
    m_advance->setAccessibleName(tr("Move to the next stage"));
    connect(m_advance, &QPushButton::clicked, this, [this] {
        const auto deal = m_model->service().opportunity(m_id);
        const Stage *current = deal ? m_model->service().stage(deal->stageId) : nullptr;
        if (!current)
            return;
        for (const Stage &s : m_model->service().stages()) {
            if (s.position > current->position && s.kind != StageKind::Lost) {
                m_resolver->requestMove(m_id, s.id);
                return;
            }
        }
    });

    m_buyingGroup = new BuyingGroupView(m_content);
    m_competitors = new DealCompetitorsView(m_content);
    connect(m_competitors, &DealCompetitorsView::errorOccurred, this,
            &OpportunityPanel::errorOccurred);
    m_dealActivities = new DealActivitiesView(flow, m_content);
    // A debrief leaves its unresolved objections on the deal.
    connect(flow, &ActivityFlow::changed, this, [this](qint64 deal) {
        if (deal == m_id)
            m_buyingGroup->showOpportunity(m_id);
    });
    connect(m_buyingGroup, &BuyingGroupView::errorOccurred, this, &OpportunityPanel::errorOccurred);

    for (QListView *list : {m_activityList, m_criteriaList, static_cast<QListView *>(m_history),
                            static_cast<QListView *>(m_signOffs)})
        keepFittedToRows(list);

    auto *layout = new QVBoxLayout(m_content);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    // The actions right under the deal's name, where they are seen without scrolling.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_advance);
    layout->addLayout(buttons);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(tr("Next step:"), m_nextStep);
    fields->addRow(tr("Contact:"), m_contact);
    layout->addLayout(fields);
    layout->addWidget(m_stage);
    layout->addWidget(m_definition);
    layout->addWidget(m_goal);
    layout->addWidget(m_activitiesHeading);
    layout->addWidget(m_activityList);
    layout->addWidget(m_criteriaHeading);
    layout->addWidget(m_criteriaList);
    auto *killerRow = new QHBoxLayout;
    killerRow->addWidget(m_dealKiller, 1);
    killerRow->addWidget(m_disqualify);
    layout->addLayout(killerRow);
    layout->addWidget(heading(tr("Activities"), m_content));
    layout->addWidget(m_dealActivities);
    layout->addWidget(heading(tr("Buying group"), m_content));
    layout->addWidget(m_buyingGroup);
    layout->addWidget(heading(tr("Competitors"), m_content));
    layout->addWidget(m_competitors);
    layout->addWidget(m_signOffsHeading);
    layout->addWidget(m_signOffs);
    layout->addWidget(heading(tr("Stage history"), m_content));
    layout->addWidget(m_history);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Opportunity details"));
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The page is as wide as the panel, its texts wrapping; it only ever scrolls down.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_scroll = scroll;
    m_empty = new QLabel(tr("Double-click a card, or select it and press Enter, to see its stage "
                            "guidance, checklist and history here."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_empty);
    outer->addWidget(scroll);
    scroll->hide();
    setMinimumWidth(340);

    connect(m_activities, &StageChecklistModel::errorOccurred, this,
            &OpportunityPanel::errorOccurred);
    connect(m_criteria, &StageChecklistModel::errorOccurred, this,
            &OpportunityPanel::errorOccurred);
    const auto ifShown = [this](qint64 id) {
        if (id == m_id) {
            updateDetails();
            updateHistory();
        }
    };
    connect(&model->service(), &BoardService::checksChanged, this, ifShown);
    connect(&model->service(), &BoardService::moved, this,
            [ifShown](const Opportunity &before, const StageChange &) { ifShown(before.id); });
    connect(&model->service(), &BoardService::edited, this,
            [ifShown](const Opportunity &, const Opportunity &after) { ifShown(after.id); });
    connect(&model->service(), &BoardService::removed, this, [this](const Opportunity &o) {
        if (o.id == m_id)
            showOpportunity(0);
    });
    connect(&model->service(), &BoardService::changedElsewhere, this,
            [this, ifShown](const std::optional<Opportunity> &before,
                            const std::optional<Opportunity> &after) {
                if (before && !after && before->id == m_id)
                    showOpportunity(0);
                else if (after)
                    ifShown(after->id);
            });
}

void OpportunityPanel::showOpportunity(qint64 id)
{
    m_id = m_model->service().opportunity(id) ? id : 0;
    m_activities->setOpportunity(m_id);
    m_criteria->setOpportunity(m_id);
    m_buyingGroup->showOpportunity(m_id);
    m_competitors->showOpportunity(m_id);
    m_dealActivities->showOpportunity(m_id);
    m_empty->setVisible(m_id == 0);
    m_scroll->setVisible(m_id != 0);
    updateDetails();
    updateHistory();
}

void OpportunityPanel::setWorkspace(Workspace *workspace)
{
    m_buyingGroup->setWorkspace(workspace);
    m_buyingGroup->showOpportunity(m_id);
    m_competitors->setWorkspace(workspace);
    m_dealActivities->showOpportunity(m_id);
    m_signOffStore = workspace ? &workspace->signOffs() : nullptr;
    updateSignOffs();
    if (!workspace)
        return;
    // What others plan, debrief or add to the buying group shows here as they save it.
    const auto follow = [this] {
        m_dealActivities->showOpportunity(m_id);
        m_buyingGroup->showOpportunity(m_id);
    };
    connect(workspace, &Workspace::engagementsChangedElsewhere, this, follow);
    connect(workspace, &Workspace::debriefsChangedElsewhere, this, follow);
    connect(workspace, &Workspace::stakeholdersChangedElsewhere, this, follow);
}

void OpportunityPanel::refresh()
{
    showOpportunity(m_id);
}

void OpportunityPanel::updateDetails()
{
    const auto deal = m_model->service().opportunity(m_id);
    if (!deal)
        return;
    const Stage *stage = m_model->service().stage(deal->stageId);
    if (!stage)
        return;
    const QLocale locale = displayLocale();
    m_title->setText(deal->title);
    m_summary->setText(tr("%1 · owner %2\n%3 · closes %4 · %5 % probability")
                           .arg(m_model->service().accountName(deal->accountId),
                                m_model->service().userName(deal->ownerId),
                                formatMoney(deal->amount, deal->currency, locale),
                                locale.toString(deal->closeDate, QLocale::LongFormat))
                           .arg(m_model->service().probabilityOf(*deal)));
    const QStringList owners = stageOwnerNames(*stage);
    m_stage->setText(
        tr("Stage: %1 · owner: %2")
            .arg(stage->name, owners.isEmpty() ? tr("none") : owners.join(QStringLiteral(" + "))));
    m_definition->setText(stage->definition);
    m_goal->setText(tr("Goal: %1").arg(stage->goal));
    m_goal->setVisible(!stage->goal.isEmpty());

    m_activitiesHeading->setText(tr("Recommended activities (%1/%2)")
                                     .arg(m_activities->checkedCount())
                                     .arg(m_activities->rowCount()));
    const bool hasActivities = m_activities->rowCount() > 0;
    m_activitiesHeading->setVisible(hasActivities);
    m_activityList->setVisible(hasActivities);
    fitToRows(m_activityList);
    const bool hasCriteria = m_criteria->rowCount() > 0;
    m_criteriaHeading->setVisible(hasCriteria);
    m_criteriaList->setVisible(hasCriteria);
    fitToRows(m_criteriaList);

    QStringList failed;
    for (int row = 0; row < m_criteria->rowCount(); ++row) {
        const QModelIndex i = m_criteria->index(row);
        if (i.data(CriterionStateRole).toInt() == int(CriterionState::Failed))
            failed.append(i.data(Qt::EditRole).toString());
    }
    m_dealKiller->setText(failed.isEmpty()
                              ? QString()
                              : tr("A deal killer was answered no: %1. Consider disqualifying the "
                                   "deal.")
                                    .arg(failed.join(QStringLiteral("; "))));
    m_dealKiller->setVisible(!failed.isEmpty());
    m_disqualify->setVisible(!failed.isEmpty());

    // Shown from their start, as a person reads them, not scrolled to their end.
    if (!m_nextStep->hasFocus()) {
        m_nextStep->setText(deal->nextStep);
        m_nextStep->setCursorPosition(0);
    }
    if (!m_contact->hasFocus()) {
        m_contact->setText(deal->contact);
        m_contact->setCursorPosition(0);
    }
    const Stage *next = nullptr;
    for (const Stage &s : m_model->service().stages()) {
        if (s.position > stage->position && s.kind != StageKind::Lost) {
            next = &s;
            break;
        }
    }
    m_advance->setVisible(next && stage->kind == StageKind::Open);
    if (next)
        m_advance->setText(tr("Move to %1").arg(next->name));
}

void OpportunityPanel::updateSignOffs()
{
    m_signOffs->clear();
    const auto decisions =
        m_signOffStore && m_id ? m_signOffStore->decisions(m_id) : Result<QList<SignOffDecision>>{};
    if (!decisions) {
        Q_EMIT errorOccurred(decisions.error().message);
        return;
    }
    const BoardService &service = m_model->service();
    const QLocale locale = displayLocale();
    // Newest first, as the stage history: the latest word on each criterion is on top.
    for (auto it = decisions->crbegin(); it != decisions->crend(); ++it) {
        const SignOffDecision &d = *it;
        const ExitCriterion *criterion = service.gateEngine().criterion(d.criterionId);
        const QString what = criterion ? criterion->text : QString();
        QString line;
        if (d.kind == SignOffDecisionKind::Reopened) {
            // A date as the rest of the panel shows dates, not as stored
            const auto shown = [&](const QString &value) {
                if (value.isEmpty())
                    return tr("(none)");
                const QDate date = QDate::fromString(value, Qt::ISODate);
                return date.isValid() ? formatDate(date) : value;
            };
            line = tr("Re-opened: %1 changed from %2 to %3; to be signed off again")
                       .arg(signOffFieldName(d.field), shown(d.oldValue), shown(d.newValue));
        } else {
            line = tr("%1 by %2").arg(signOffDecisionName(d.kind), service.userName(d.userId));
        }
        line += QLatin1Char('\n') + what;
        if (!d.comment.isEmpty())
            line += QLatin1Char('\n') + tr("“%1”").arg(d.comment);
        const QDateTime when = QDateTime::fromSecsSinceEpoch(d.at);
        auto *item =
            new QListWidgetItem(tr("%1 · %2").arg(formatDate(when.date()), line), m_signOffs);
        item->setToolTip(locale.toString(when, QLocale::LongFormat));
    }
    // Only deals whose stages ask for sign-offs have a log to show.
    const bool any = m_signOffs->count() > 0;
    m_signOffsHeading->setVisible(any);
    m_signOffs->setVisible(any);
    // As tall as its entries, each of two or three lines, so none is cut off
    if (any)
        fitToRows(m_signOffs);
}

void OpportunityPanel::updateHistory()
{
    updateSignOffs();
    m_history->clear();
    if (m_id == 0)
        return;
    auto history = m_model->service().stageHistory(m_id);
    if (!history) {
        Q_EMIT errorOccurred(history.error().message);
        return;
    }
    const QLocale locale = displayLocale();
    // Any stage of the process, a removed one included: the ledger names it.
    const auto name = [this](std::optional<qint64> id) {
        const Stage *s = id ? m_model->service().gateEngine().stage(*id) : nullptr;
        return s ? s->name : QString();
    };
    // Newest first: what just happened is what a person looks for.
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        const StageChange &c = *it;
        QStringList notes;
        if (c.kind == ChangeKind::Created)
            notes.append(tr("created"));
        if (c.kind == ChangeKind::Imported)
            notes.append(tr("imported"));
        if (c.disqualified)
            notes.append(tr("disqualified"));
        if (!c.closeReason.isEmpty())
            notes.append(c.closeReason);
        if (!c.processChange.isEmpty())
            notes.append(c.processChange);
        if (!c.overrideReason.isEmpty()) {
            notes.append(tr("override: %1 (unmet: %2)")
                             .arg(c.overrideReason, c.unmetCriteria.join(QStringLiteral("; "))));
        }
        // What happened and who did it, with why on the next line, so an override's reason is
        // in plain view.
        QString change = c.fromStageId ? tr("%1 → %2").arg(name(c.fromStageId), name(c.toStageId))
                                       : name(c.toStageId);
        change = tr("%1, by %2").arg(change, m_model->service().userName(c.userId));
        if (!notes.isEmpty())
            change += QLatin1Char('\n') + notes.join(QStringLiteral("; "));
        const QDateTime when = QDateTime::fromSecsSinceEpoch(c.at);
        auto *item =
            new QListWidgetItem(tr("%1 · %2").arg(formatDate(when.date()), change), m_history);
        item->setToolTip(locale.toString(when, QLocale::LongFormat));
    }
    fitToRows(m_history);
}

void OpportunityPanel::saveField(QLineEdit *edit, QString Opportunity::*field,
                                 const QString &fieldName)
{
    auto deal = m_model->service().opportunity(m_id);
    const QString typed = edit->text().trimmed();
    if (!deal || (*deal).*field == typed)
        return;
    const QString seen = (*deal).*field;
    (*deal).*field = typed;
    auto ok = m_model->service().updateOpportunity(*deal);
    if (!ok && ok.error().kind == Error::Kind::Conflict) {
        // Saved elsewhere meanwhile: the board now has it as stored. If the field is still the
        // one this person replaced, only other fields changed: save it on top of them.
        auto now = m_model->service().opportunity(m_id);
        if (now && (*now).*field == seen) {
            (*now).*field = typed;
            ok = m_model->service().updateOpportunity(*now);
        } else if (now) {
            ok = fail(tr("The %1 of \"%2\" was changed elsewhere to \"%3\" meanwhile; yours "
                         "(\"%4\") was not saved.")
                          .arg(fieldName, now->title, (*now).*field, typed),
                      Error::Kind::Conflict);
        }
    }
    if (!ok)
        Q_EMIT errorOccurred(ok.error().message);
}

void OpportunityPanel::showCriterionMenu(const QPoint &position)
{
    const QModelIndex index = m_criteriaList->indexAt(position);
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return;
    QMenu menu(this);
    menu.addAction(tr("Met"), this, [this, index] {
        m_criteria->setData(index, int(CriterionState::Met), CriterionStateRole);
    });
    menu.addAction(tr("Not Yet"), this, [this, index] {
        m_criteria->setData(index, int(CriterionState::Open), CriterionStateRole);
    });
    if (index.data(KnockOutRole).toBool()) {
        menu.addAction(tr("No — a Deal Killer"), this, [this, index] {
            m_criteria->setData(index, int(CriterionState::Failed), CriterionStateRole);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Note…"), this, [this, index] {
        bool ok = false;
        const QString note =
            QInputDialog::getText(this, tr("Note"), index.data().toString(), QLineEdit::Normal,
                                  index.data(CheckNoteRole).toString(), &ok);
        if (ok)
            m_criteria->setData(index, note, CheckNoteRole);
    });
    menu.exec(m_criteriaList->viewport()->mapToGlobal(position));
}

} // namespace Stageboard
