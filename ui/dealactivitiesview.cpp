// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealactivitiesview.h"

#include "activityflow.h"
#include "colors.h"
#include "core/money.h"
#include "flowlayout.h"
#include "services/boardservice.h"
#include "storage/debriefstore.h"
#include "storage/engagementstore.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stageboard {

namespace {

enum ItemData { ActivityIdRole = Qt::UserRole, OpenRole, DebriefableRole, ReviewerRole };

QString when(qint64 at)
{
    return formatDateTime(QDateTime::fromSecsSinceEpoch(at).toLocalTime(), displayLocale());
}

bool debriefable(const Engagement &e)
{
    return e.isDone() && (e.kind == EngagementKind::Call || e.kind == EngagementKind::Meeting);
}

} // namespace

DealActivitiesView::DealActivitiesView(ActivityFlow *flow, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("dealActivities"));
    m_list->setAccessibleName(tr("Activities of the opportunity"));
    // Two lines a row: what, then when and how it stands.
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DealActivitiesView::followSelection);
    connect(m_list, &QTreeWidget::itemActivated, this, &DealActivitiesView::openSelected);

    const auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1StringView(name));
        return b;
    };
    m_plan = button(tr("Plan A&ctivity…"), "planDealActivity");
    m_plan->setToolTip(tr("A call, meeting, task or email about this opportunity; a call's "
                          "plan can start from the stage's template."));
    m_done = button(tr("Mark &Done"), "markActivityDone");
    m_edit = button(tr("Edit Pla&n…"), "editActivity");
    m_debrief = button(tr("Debrie&f…"), "debriefActivity");
    m_debrief->setToolTip(tr("What went well, what to improve, the questions not asked and the "
                             "objections left open; ask someone to review it."));
    m_review = button(tr("Re&view…"), "reviewDebrief");
    m_more = button(QString(), "moreActivities");
    m_more->setFlat(true);
    m_more->setAccessibleName(tr("Show more or fewer done activities"));
    connect(m_plan, &QPushButton::clicked, this, [this] { m_flow->plan(m_id); });
    connect(m_done, &QPushButton::clicked, this, [this] {
        if (const qint64 a = selectedActivity())
            m_flow->markDone(a);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 a = selectedActivity())
            m_flow->edit(a);
    });
    connect(m_debrief, &QPushButton::clicked, this, [this] {
        if (const qint64 a = selectedActivity())
            m_flow->writeDebrief(a);
    });
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (const qint64 a = selectedActivity())
            m_flow->review(a);
    });
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_showAll = !m_showAll;
        showOpportunity(m_id);
    });
    connect(m_flow, &ActivityFlow::changed, this, [this](qint64 deal) {
        if (deal == m_id)
            showOpportunity(m_id);
    });
    auto *buttons = new FlowLayout;
    for (QPushButton *b : {m_plan, m_done, m_edit, m_debrief, m_review})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    layout->addLayout(buttons);
    followSelection();
}

qint64 DealActivitiesView::selectedActivity() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(0, ActivityIdRole).toLongLong();
}

void DealActivitiesView::followSelection()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    const QTreeWidgetItem *item = selected.isEmpty() ? nullptr : selected.first();
    const bool open = item && item->data(0, OpenRole).toBool();
    m_done->setEnabled(open);
    m_edit->setEnabled(open);
    m_debrief->setEnabled(item && item->data(0, DebriefableRole).toBool());
    Workspace *workspace = m_flow->workspace();
    const qint64 me = workspace ? workspace->boardService().currentUserId() : 0;
    // Only the person asked answers a review.
    const bool asked = item && me && item->data(0, ReviewerRole).toLongLong() == me;
    m_review->setVisible(asked);
}

void DealActivitiesView::openSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    if (m_review->isVisible())
        m_review->click();
    else if (m_edit->isEnabled())
        m_edit->click();
    else if (m_debrief->isEnabled())
        m_debrief->click();
}

void DealActivitiesView::showOpportunity(qint64 id)
{
    if (id != m_id)
        m_showAll = false;
    m_id = id;
    const qint64 keep = selectedActivity();
    m_list->clear();
    Workspace *workspace = m_flow->workspace();
    if (!workspace || !id) {
        followSelection();
        return;
    }
    EngagementQuery query;
    query.opportunityId = id;
    const auto all = workspace->engagements().engagements(query);
    const auto debriefs = workspace->debriefs().debriefs(id);
    if (!all || !debriefs) {
        Q_EMIT m_flow->errorOccurred(!all ? all.error().message : debriefs.error().message);
        return;
    }
    QHash<qint64, Debrief> debriefOf;
    for (const Debrief &d : *debriefs)
        debriefOf.insert(d.engagementId, d);
    QList<Engagement> open;
    QList<Engagement> done;
    for (const Engagement &e : *all)
        (e.isDone() ? done : open).append(e);
    std::sort(done.begin(), done.end(),
              [](const Engagement &a, const Engagement &b) { return a.doneAt > b.doneAt; });
    const qsizetype hidden = m_showAll ? 0 : std::max<qsizetype>(0, done.size() - recentDone);
    done.resize(done.size() - hidden);

    BoardService &service = workspace->boardService();
    const QDateTime now = QDateTime::currentDateTime();
    const auto add = [&](const Engagement &e) {
        auto *item = new QTreeWidgetItem(m_list);
        QString state;
        if (!e.isDone()) {
            switch (activityDue(e.dueAt, now)) {
            case ActivityDue::Overdue:
                state = tr("overdue since %1").arg(when(e.dueAt));
                item->setForeground(0, Colors::error());
                break;
            case ActivityDue::Today:
                state = tr("due today at %1")
                            .arg(formatTime(QDateTime::fromSecsSinceEpoch(e.dueAt).time()));
                item->setForeground(0, Colors::dueToday());
                break;
            case ActivityDue::Later:
                state = tr("due %1").arg(when(e.dueAt));
                break;
            case ActivityDue::None:
                state = tr("no date");
                break;
            }
            if (!e.objective.isEmpty() || !e.questions.isEmpty())
                state += tr(" · plan written");
        } else {
            state = tr("done %1").arg(when(e.doneAt));
            const auto d = debriefOf.constFind(e.id);
            if (d == debriefOf.cend()) {
                if (debriefable(e))
                    state += tr(" · no debrief yet");
            } else if (d->reviewedAt) {
                state += tr(" · feedback from %1").arg(service.userName(d->reviewerId));
            } else if (d->reviewerId) {
                state += tr(" · review asked of %1").arg(service.userName(d->reviewerId));
                item->setData(0, ReviewerRole, d->reviewerId);
            } else {
                state += tr(" · debriefed");
            }
        }
        const QString who = e.ownerId != service.currentUserId()
                                ? tr(" · %1").arg(service.userName(e.ownerId))
                                : QString();
        item->setText(0, tr("%1: %2").arg(engagementKindName(e.kind), e.subject) + u'\n' + state +
                             who);
        QString tip = item->text(0);
        if (!e.outcome.isEmpty())
            tip += u'\n' + tr("Outcome: %1").arg(e.outcome);
        if (const auto d = debriefOf.constFind(e.id); d != debriefOf.cend() && d->reviewedAt)
            tip += u'\n' + tr("Feedback: %1").arg(d->feedback);
        item->setToolTip(0, tip);
        item->setData(0, ActivityIdRole, e.id);
        item->setData(0, OpenRole, !e.isDone());
        item->setData(0, DebriefableRole, debriefable(e));
        if (e.id == keep)
            item->setSelected(true);
    };
    for (const Engagement &e : std::as_const(open))
        add(e);
    for (const Engagement &e : std::as_const(done))
        add(e);
    if (m_list->topLevelItemCount() == 0) {
        auto *none =
            new QTreeWidgetItem(m_list, {tr("Nothing planned: plan the next call or meeting.")});
        none->setFlags(Qt::NoItemFlags);
        none->setForeground(0, Colors::warning());
    }
    m_more->setVisible(hidden > 0 || m_showAll);
    m_more->setText(m_showAll
                        ? tr("Show the recent ones only")
                        : tr("Show all %n done activity(ies)", nullptr, int(hidden + recentDone)));
    // As tall as its rows: the panel scrolls, not the list.
    const int rowHeight = 2 * fontMetrics().height() + 6;
    m_list->setFixedHeight(m_list->topLevelItemCount() * rowHeight + 2 * m_list->frameWidth() + 2);
    followSelection();
}

} // namespace Stageboard
