// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QHash>

namespace Stageboard {

/// Decides which activities to remind someone of while the application runs: each open one
/// once, a few minutes before it is due (or as soon as seen when it came due a moment ago), and
/// again only when it was moved to another time.
class ReminderClock
{
public:
    /// lead: how long before its time an activity is announced; grace: how long after its time
    /// one not announced yet still is (an application started late does not announce the past).
    explicit ReminderClock(qint64 leadSeconds = 10 * 60, qint64 graceSeconds = 5 * 60);

    qint64 leadSeconds() const { return m_lead; }
    qint64 graceSeconds() const { return m_grace; }
    /// Of the open activities, those to announce at now (UTC seconds), soonest first; each is
    /// then remembered as announced.
    QList<Engagement> due(const QList<Engagement> &open, qint64 now);
    /// Forgets what was announced (another person now acts).
    void reset() { m_announced.clear(); }

private:
    qint64 m_lead;
    qint64 m_grace;
    QHash<qint64, qint64> m_announced; ///< activity → the due time it was announced for
};

} // namespace Stageboard
