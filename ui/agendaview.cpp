// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaview.h"

#include "activityflow.h"
#include "core/money.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/roles.h"
#include "services/boardservice.h"
#include "services/coaching.h"
#include "storage/debriefstore.h"
#include "storage/engagementstore.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stageboard {

AgendaView::AgendaView(QWidget *parent)
    : QWidget(parent)
    , m_flow(new ActivityFlow(this))
{
    connect(m_flow, &ActivityFlow::errorOccurred, this, &AgendaView::errorOccurred);
    connect(m_flow, &ActivityFlow::changed, this, [this] {
        refresh();
        refreshReviews();
    });
    auto *bar = new QHBoxLayout;
    auto *plan = new QPushButton(tr("&Plan Activity…"), this);
    plan->setObjectName(QStringLiteral("planActivity"));
    connect(plan, &QPushButton::clicked, this, [this] { planActivity(0); });
    bar->addWidget(plan);
    auto *hint = new QLabel(tr("Tick an activity to mark it done; double-click it to open its "
                               "opportunity."),
                            this);
    hint->setWordWrap(true);
    bar->addWidget(hint, 1);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("agenda"));
    m_view->setAccessibleName(tr("Agenda"));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 deal =
                index.siblingAtColumn(AgendaModel::DealColumn).data(OpportunityIdRole).toLongLong())
            Q_EMIT openOpportunityRequested(deal);
    });
    m_empty = new QLabel(tr("Nothing planned for you. Plan the next call, meeting, task or "
                            "email with Plan Activity…, or from an opportunity."),
                         this);
    m_empty->setObjectName(QStringLiteral("agendaEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    // What others asked this person to review, under their own agenda.
    auto *reviewPart = new QWidget(this);
    m_reviewsHeading = new QLabel(reviewPart);
    m_reviewsHeading->setObjectName(QStringLiteral("reviewsHeading"));
    QFont bold = m_reviewsHeading->font();
    bold.setBold(true);
    m_reviewsHeading->setFont(bold);
    m_reviews = new QTreeWidget(reviewPart);
    m_reviews->setObjectName(QStringLiteral("debriefsToReview"));
    m_reviews->setAccessibleName(tr("Debriefs to review"));
    m_reviews->setRootIsDecorated(false);
    m_reviews->setAlternatingRowColors(true);
    m_reviews->setUniformRowHeights(true);
    m_reviews->setHeaderLabels(
        {tr("Call or meeting"), tr("Opportunity"), tr("Debriefed by"), tr("Asked")});
    m_reviews->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_reviews->header()->setStretchLastSection(false);
    for (int c = 1; c < 4; ++c)
        m_reviews->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_reviews, &QTreeWidget::itemActivated, this, &AgendaView::reviewSelected);
    m_review = new QPushButton(tr("&Review…"), reviewPart);
    m_review->setObjectName(QStringLiteral("reviewDebrief"));
    m_review->setEnabled(false);
    connect(m_review, &QPushButton::clicked, this, &AgendaView::reviewSelected);
    connect(m_reviews, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_review->setEnabled(!m_reviews->selectedItems().isEmpty()); });
    auto *reviewBar = new QHBoxLayout;
    reviewBar->addWidget(m_reviewsHeading, 1);
    reviewBar->addWidget(m_review);
    auto *reviewLayout = new QVBoxLayout(reviewPart);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addLayout(reviewBar);
    reviewLayout->addWidget(m_reviews, 1);
    // What a manager wrote to this person, until they have read it.
    auto *notesPart = new QWidget(this);
    m_notesHeading = new QLabel(notesPart);
    m_notesHeading->setObjectName(QStringLiteral("coachingHeading"));
    m_notesHeading->setFont(bold);
    m_notes = new QTreeWidget(notesPart);
    m_notes->setObjectName(QStringLiteral("coachingNotesForMe"));
    m_notes->setAccessibleName(tr("Coaching notes for you"));
    m_notes->setRootIsDecorated(false);
    m_notes->setAlternatingRowColors(true);
    m_notes->setWordWrap(true);
    m_notes->setHeaderLabels({tr("Note"), tr("Opportunity"), tr("From"), tr("Follow up")});
    m_notes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_notes->header()->setStretchLastSection(false);
    for (int c = 1; c < 4; ++c)
        m_notes->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_notes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 deal = item->data(1, Qt::UserRole).toLongLong())
            Q_EMIT openOpportunityRequested(deal);
    });
    m_markRead = new QPushButton(tr("&Mark Read"), notesPart);
    m_markRead->setObjectName(QStringLiteral("markNoteRead"));
    m_markRead->setEnabled(false);
    connect(m_notes, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_markRead->setEnabled(!m_notes->selectedItems().isEmpty()); });
    connect(m_markRead, &QPushButton::clicked, this, [this] {
        const auto selected = m_notes->selectedItems();
        if (!m_workspace || selected.isEmpty())
            return;
        CoachingNote note;
        note.id = selected.first()->data(0, Qt::UserRole).toLongLong();
        note.repId = m_owner;
        if (auto ok = m_workspace->coachingService().markRead(note, true); !ok)
            Q_EMIT errorOccurred(ok.error().message);
    });
    auto *notesBar = new QHBoxLayout;
    notesBar->addWidget(m_notesHeading, 1);
    notesBar->addWidget(m_markRead);
    auto *notesLayout = new QVBoxLayout(notesPart);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addLayout(notesBar);
    notesLayout->addWidget(m_notes, 1);
    auto *agendaPart = new QWidget(this);
    auto *agendaLayout = new QVBoxLayout(agendaPart);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(m_empty);
    agendaLayout->addWidget(m_view, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("agendaSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(agendaPart);
    split->addWidget(notesPart);
    split->addWidget(reviewPart);
    // A manager's day is as much the reviews as their own calls.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    // Today turns into overdue as the clock moves on.
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &AgendaView::refresh);
}

AgendaView::~AgendaView()
{
    m_view->setModel(nullptr);
}

void AgendaView::setWorkspace(Workspace *workspace)
{
    m_view->setModel(nullptr);
    m_model.reset();
    m_workspace = workspace;
    m_flow->setWorkspace(workspace);
    m_clock->stop();
    m_reviews->clear();
    m_notes->clear();
    if (!workspace)
        return;
    m_model = std::make_unique<AgendaModel>(workspace->boardService(), workspace->engagements());
    m_view->setModel(m_model.get());
    m_view->header()->setSectionResizeMode(AgendaModel::SubjectColumn, QHeaderView::Stretch);
    for (int c = 1; c < AgendaModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_model.get(), &AgendaModel::errorOccurred, this, &AgendaView::errorOccurred);
    connect(m_model.get(), &AgendaModel::markedDone, this,
            [this](const Engagement &done, const QString &ticked) {
                updateEmptyState();
                m_flow->afterDone(done, ticked);
            });
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent) { m_view->expand(parent); });
    connect(workspace, &Workspace::engagementsChangedElsewhere, this, &AgendaView::refresh);
    connect(workspace, &Workspace::debriefsChangedElsewhere, this, &AgendaView::refreshReviews);
    connect(&workspace->coachingService(), &CoachingService::changed, this,
            &AgendaView::refreshNotes);
    m_clock->start();
    if (m_owner)
        setOwner(m_owner);
}

void AgendaView::setOwner(qint64 userId)
{
    m_owner = userId;
    if (!m_model)
        return;
    if (auto ok = m_model->setOwner(userId); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    m_view->expandAll();
    updateEmptyState();
    refreshReviews();
    refreshNotes();
}

void AgendaView::refreshNotes()
{
    m_notes->clear();
    if (!m_workspace || !m_owner)
        return;
    const auto notes = m_workspace->coaching().notes(m_owner, true);
    if (!notes) {
        Q_EMIT errorOccurred(notes.error().message);
        return;
    }
    BoardService &service = m_workspace->boardService();
    for (const CoachingNote &n : *notes) {
        const auto deal = n.opportunityId ? service.opportunity(n.opportunityId) : std::nullopt;
        auto *item = new QTreeWidgetItem(
            m_notes, {n.text, deal ? deal->title : QString(), service.userName(n.authorId),
                      n.followUp.isValid() ? formatDate(n.followUp) : QString()});
        item->setData(0, Qt::UserRole, n.id);
        item->setData(1, Qt::UserRole, n.opportunityId);
        item->setToolTip(0, n.text);
    }
    const int count = m_notes->topLevelItemCount();
    m_notesHeading->setText(count ? tr("Coaching notes for you (%1)").arg(count)
                                  : tr("Coaching notes for you: none unread."));
    m_markRead->setEnabled(!m_notes->selectedItems().isEmpty());
}

void AgendaView::refresh()
{
    if (!m_model)
        return;
    if (auto ok = m_model->refresh(); !ok)
        Q_EMIT errorOccurred(ok.error().message);
    updateEmptyState();
}

void AgendaView::updateEmptyState()
{
    int count = 0;
    for (int g = 0; m_model && g < AgendaModel::groupCount; ++g)
        count += m_model->rowCount(m_model->groupIndex(AgendaModel::Group(g)));
    m_empty->setVisible(count == 0);
}

void AgendaView::planActivity(qint64 dealId)
{
    if (m_workspace && m_owner)
        m_flow->plan(dealId, m_owner);
}

void AgendaView::refreshReviews()
{
    const qint64 keep =
        m_reviews->selectedItems().isEmpty()
            ? 0
            : m_reviews->selectedItems().first()->data(0, Qt::UserRole).toLongLong();
    m_reviews->clear();
    if (!m_workspace || !m_owner)
        return;
    const auto waiting = m_workspace->debriefs().debriefsToReview(m_owner);
    if (!waiting) {
        Q_EMIT errorOccurred(waiting.error().message);
        return;
    }
    BoardService &service = m_workspace->boardService();
    for (const Debrief &d : *waiting) {
        const auto call = m_workspace->engagements().engagement(d.engagementId);
        if (!call || !*call)
            continue;
        const auto deal = d.opportunityId ? service.opportunity(d.opportunityId) : std::nullopt;
        auto *item = new QTreeWidgetItem(
            m_reviews, {tr("%1: %2").arg(engagementKindName((*call)->kind), (*call)->subject),
                        deal ? deal->title : QString(), service.userName(d.authorId),
                        formatDateTime(QDateTime::fromSecsSinceEpoch(d.reviewRequestedAt))});
        item->setData(0, Qt::UserRole, d.engagementId);
        item->setData(1, Qt::UserRole, d.opportunityId);
        if (d.engagementId == keep)
            item->setSelected(true);
    }
    const int count = m_reviews->topLevelItemCount();
    m_reviewsHeading->setText(count ? tr("Debriefs to review (%1)").arg(count)
                                    : tr("Debriefs to review: none waits for your feedback."));
    m_review->setEnabled(!m_reviews->selectedItems().isEmpty());
}

void AgendaView::reviewSelected()
{
    const QList<QTreeWidgetItem *> selected = m_reviews->selectedItems();
    if (selected.isEmpty())
        return;
    m_flow->review(selected.first()->data(0, Qt::UserRole).toLongLong());
}

} // namespace Stageboard
