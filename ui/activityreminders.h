// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/reminders.h"

#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace Stageboard {

class Workspace;

/// While the application runs, announces each of the acting person's activities coming due,
/// once, as a desktop notification (the freedesktop notification service, or else a message
/// of a tray icon) and in the window (announced).
class ActivityReminders final : public QObject
{
    Q_OBJECT

public:
    explicit ActivityReminders(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /// Whose activities; 0 announces none.
    void setOwner(qint64 userId);
    /// Looks now (UTC seconds) for activities to announce; runs every half minute by itself.
    /// Returns how many it announced.
    int check(qint64 now);
    /// For tests: announce in the window only, not on the desktop.
    void setDesktopNotifications(bool on) { m_desktop = on; }

Q_SIGNALS:
    /// One activity is coming due: a line for the window's status bar.
    void announced(qint64 engagementId, const QString &text);
    /// The person clicked a tray message: show them their agenda.
    void agendaRequested();
    void errorOccurred(const QString &message);

private:
    void notifyDesktop(const QString &title, const QString &body);

    Workspace *m_workspace = nullptr;
    qint64 m_owner = 0;
    ReminderClock m_clock;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_desktop = true;
};

} // namespace Stageboard
