// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reminders.h"

#include <algorithm>

namespace Stageboard {

ReminderClock::ReminderClock(qint64 leadSeconds, qint64 graceSeconds)
    : m_lead(leadSeconds)
    , m_grace(graceSeconds)
{}

QList<Engagement> ReminderClock::due(const QList<Engagement> &open, qint64 now)
{
    QList<Engagement> result;
    for (const Engagement &e : open) {
        if (e.isDone() || e.deleted || !e.dueAt)
            continue;
        if (e.dueAt > now + m_lead || e.dueAt < now - m_grace)
            continue;
        const auto seen = m_announced.constFind(e.id);
        if (seen != m_announced.cend() && *seen == e.dueAt)
            continue;
        m_announced.insert(e.id, e.dueAt);
        result.append(e);
    }
    std::sort(result.begin(), result.end(),
              [](const Engagement &a, const Engagement &b) { return a.dueAt < b.dueAt; });
    return result;
}

} // namespace Stageboard
