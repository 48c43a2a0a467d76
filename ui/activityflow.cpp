// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityflow.h"

#include "activitydialogs.h"
#include "services/activitydone.h"
#include "services/boardservice.h"
#include "storage/debriefstore.h"
#include "storage/engagementstore.h"
#include "workspace/workspace.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace Stageboard {

ActivityFlow::ActivityFlow(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
{}

bool ActivityFlow::failed(const QString &message)
{
    Q_EMIT errorOccurred(message);
    return false;
}

void ActivityFlow::saved(qint64 opportunityId)
{
    // The card's next activity, and the gate's evidence, follow what was saved.
    if (opportunityId) {
        if (auto ok = m_workspace->boardService().applyStoredChanges({opportunityId}); !ok)
            Q_EMIT errorOccurred(ok.error().message);
    }
    Q_EMIT changed(opportunityId);
}

std::unique_ptr<PlanActivityDialog> ActivityFlow::planDialog(qint64 dealId) const
{
    BoardService &service = m_workspace->boardService();
    const auto deal = dealId ? service.opportunity(dealId) : std::nullopt;
    return std::make_unique<PlanActivityDialog>(
        deal ? deal->title : QString(), deal ? service.stage(deal->stageId) : nullptr, m_parent);
}

bool ActivityFlow::plan(qint64 dealId, qint64 ownerId)
{
    if (!m_workspace)
        return false;
    BoardService &service = m_workspace->boardService();
    const auto dialog = planDialog(dealId);
    if (dialog->exec() != QDialog::Accepted)
        return false;
    Engagement e = dialog->activity();
    e.ownerId = ownerId ? ownerId : service.currentUserId();
    e.opportunityId = service.opportunity(dealId) ? dealId : 0;
    const auto added = m_workspace->engagements().addEngagement(e);
    if (!added)
        return failed(added.error().message);
    saved(e.opportunityId);
    return true;
}

qint64 ActivityFlow::planCall(const Contact &with, const QString &subject, qint64 ownerId)
{
    if (!m_workspace)
        return 0;
    const auto dialog = planDialog(0);
    dialog->subjectEdit()->setText(subject);
    if (dialog->exec() != QDialog::Accepted)
        return 0;
    Engagement e = dialog->activity();
    e.ownerId = ownerId ? ownerId : m_workspace->boardService().currentUserId();
    e.contactId = with.id;
    const auto added = m_workspace->engagements().addEngagement(e);
    if (!added) {
        failed(added.error().message);
        return 0;
    }
    saved(0);
    return added->id;
}

bool ActivityFlow::edit(qint64 engagementId)
{
    if (!m_workspace)
        return false;
    auto stored = m_workspace->engagements().engagement(engagementId);
    if (!stored)
        return failed(stored.error().message);
    if (!*stored)
        return false;
    const auto dialog = planDialog((*stored)->opportunityId);
    dialog->setActivity(**stored);
    if (dialog->exec() != QDialog::Accepted)
        return false;
    const auto updated = m_workspace->engagements().updateEngagement(dialog->activity());
    if (!updated)
        return failed(updated.error().message);
    saved(updated->opportunityId);
    return true;
}

bool ActivityFlow::markDone(qint64 engagementId)
{
    if (!m_workspace)
        return false;
    const auto done =
        markActivityDone(m_workspace->boardService(), m_workspace->engagements(), engagementId, {});
    if (!done)
        return failed(done.error().message);
    afterDone(done->engagement, done->tickedActivity);
    return true;
}

void ActivityFlow::afterDone(const Engagement &done, const QString &tickedActivity)
{
    if (!m_workspace)
        return;
    Q_EMIT changed(done.opportunityId);
    // What the call taught is written while it is fresh.
    if (done.kind == EngagementKind::Call || done.kind == EngagementKind::Meeting)
        writeDebrief(done.id);
    if (!done.opportunityId)
        return;
    const auto deal = m_workspace->boardService().opportunity(done.opportunityId);
    if (!deal)
        return;
    QString text = tr("\"%1\" is done.").arg(done.subject);
    if (!tickedActivity.isEmpty())
        text += u' ' + tr("It ticked \"%1\" on the opportunity.").arg(tickedActivity);
    QMessageBox ask(QMessageBox::Question, tr("Plan the Next Activity"),
                    text + QStringLiteral("\n\n") +
                        tr("Plan the next activity for \"%1\"?").arg(deal->title),
                    QMessageBox::NoButton, m_parent);
    ask.addButton(tr("&Plan Next…"), QMessageBox::AcceptRole);
    ask.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    ask.exec();
    if (ask.buttonRole(ask.clickedButton()) == QMessageBox::AcceptRole)
        plan(deal->id, done.ownerId);
}

QList<User> ActivityFlow::reviewersFor(qint64 authorId) const
{
    QList<User> managers;
    QList<User> others;
    for (const User &u : m_workspace->boardService().users()) {
        if (!u.active || u.id == authorId)
            continue;
        if (u.role == UserRole::Manager)
            managers.append(u);
        else if (u.role == UserRole::Rep || u.role == UserRole::Admin)
            others.append(u);
    }
    return managers + others;
}

bool ActivityFlow::writeDebrief(qint64 engagementId)
{
    if (!m_workspace)
        return false;
    EngagementStore &engagements = m_workspace->engagements();
    DebriefStore &debriefs = m_workspace->debriefs();
    auto call = engagements.engagement(engagementId);
    if (!call)
        return failed(call.error().message);
    if (!*call)
        return false;
    auto before = debriefs.debrief(engagementId);
    if (!before)
        return failed(before.error().message);
    const qint64 author = *before ? (*before)->authorId : (*call)->ownerId;
    DebriefDialog dialog(**call, *before, reviewersFor(author), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.outcome() != (*call)->outcome) {
        const auto done = engagements.setEngagementDone(
            engagementId, (*call)->doneAt ? (*call)->doneAt : QDateTime::currentSecsSinceEpoch(),
            dialog.outcome());
        if (!done)
            return failed(done.error().message);
    }
    Debrief d = dialog.debrief();
    d.engagementId = engagementId;
    d.authorId = author;
    const auto written = debriefs.saveDebrief(d, dialog.unresolved());
    if (!written)
        return failed(written.error().message);
    const qint64 reviewer = dialog.reviewerId();
    if (reviewer && reviewer != written->reviewerId) {
        if (auto asked = debriefs.requestReview(engagementId, reviewer); !asked)
            return failed(asked.error().message);
    }
    saved((*call)->opportunityId);
    return true;
}

bool ActivityFlow::review(qint64 engagementId)
{
    if (!m_workspace)
        return false;
    auto call = m_workspace->engagements().engagement(engagementId);
    if (!call)
        return failed(call.error().message);
    auto debrief = m_workspace->debriefs().debrief(engagementId);
    if (!debrief)
        return failed(debrief.error().message);
    if (!*call || !*debrief)
        return false;
    BoardService &service = m_workspace->boardService();
    const auto deal =
        (*call)->opportunityId ? service.opportunity((*call)->opportunityId) : std::nullopt;
    ReviewDialog dialog(**call, **debrief, service.userName((*debrief)->authorId),
                        deal ? deal->title : QString(), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (auto ok = m_workspace->debriefs().giveFeedback(engagementId, dialog.feedback()); !ok)
        return failed(ok.error().message);
    Q_EMIT changed((*call)->opportunityId);
    return true;
}

} // namespace Stageboard
