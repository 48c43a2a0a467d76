// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/democalls.h"

#include "storage/bulkloader.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace Stageboard {

namespace {

constexpr qint64 day = 24 * 3600;

QString said(const char *text)
{
    return QCoreApplication::translate("Stageboard::DemoGenerator", text);
}

const char *const objectives[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Confirm the need and who decides"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Agree on the next step and its date"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Learn what a good outcome is for them"),
};
const char *const wentWell[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "They described the problem in their own words."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "The decision process is clear now."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Good rapport with the champion."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "They shared the budget range."),
};
const char *const improve[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Ask about the timeline earlier."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Talk less, listen more."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Confirm who else decides."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Send the agenda beforehand."),
};
const char *const notAsked[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Who else is involved in the decision?"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "What happens if they do nothing?"),
};
const char *const objections[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Price is above their budget"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "They are happy with the current supplier"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "IT must approve new software"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "The timing is not right before year end"),
};
const char *const feedback[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "Good discovery; next time pin down the decision date."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "Ask the budget question in the first ten minutes."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Well handled; get the next step in writing."),
};

template<std::size_t N> QString pick(QRandomGenerator &rng, const char *const (&from)[N])
{
    return said(from[rng.bounded(int(N))]);
}

} // namespace

DemoCalls::DemoCalls(QRandomGenerator &rng, qint64 managerId, qint64 now)
    : m_rng(rng)
    , m_manager(managerId)
    , m_now(now)
{}

void DemoCalls::plan(Engagement &activity, const Stage &stage) const
{
    if (activity.kind != EngagementKind::Call && activity.kind != EngagementKind::Meeting)
        return;
    activity.objective = pick(m_rng, objectives);
    activity.questions = stage.callQuestions.join(u'\n');
    activity.objectionsExpected = stage.callObjections.join(u'\n');
}

Result<void> DemoCalls::debrief(BulkSink &sink, const Engagement &done, qint64 engagementId,
                                bool current)
{
    if (!done.isDone() || !done.opportunityId ||
        (done.kind != EngagementKind::Call && done.kind != EngagementKind::Meeting))
        return {};
    // Most recent calls are debriefed; older ones less often.
    const qint64 age = m_now - done.doneAt;
    if (m_rng.bounded(100) >= (age < 90 * day ? 65 : 20))
        return {};
    Debrief d;
    d.engagementId = engagementId;
    d.opportunityId = done.opportunityId;
    d.authorId = done.ownerId;
    d.wentWell = pick(m_rng, wentWell);
    d.improve = pick(m_rng, improve);
    if (m_rng.bounded(100) < 40)
        d.notAsked = pick(m_rng, notAsked);
    d.writtenAt = std::min(done.doneAt + 3600, m_now);
    // Reviews are asked for on recent calls; those asked a few days ago are mostly answered.
    if (m_manager && age < 30 * day && m_rng.bounded(100) < 45) {
        d.reviewerId = m_manager;
        d.reviewRequestedAt = d.writtenAt;
        if (age > 3 * day && m_rng.bounded(100) < 70) {
            d.feedback = pick(m_rng, feedback);
            d.reviewedAt = std::min(d.writtenAt + 2 * day, m_now);
        }
    }
    if (auto ok = sink.addDebrief(d); !ok)
        return ok;
    if (m_rng.bounded(100) >= 25)
        return {};
    Objection o;
    o.opportunityId = done.opportunityId;
    o.engagementId = engagementId;
    o.text = pick(m_rng, objections);
    o.raisedBy = done.ownerId;
    o.raisedAt = d.writtenAt;
    // What a call of an earlier stage left open was settled on the way.
    if (!current) {
        o.resolvedBy = done.ownerId;
        o.resolvedAt = std::min(d.writtenAt + 5 * day, m_now);
    }
    return sink.addObjection(o);
}

} // namespace Stageboard
