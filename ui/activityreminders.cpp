// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityreminders.h"

#include "core/money.h"
#include "services/boardservice.h"
#include "storage/engagementstore.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDateTime>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Stageboard {

ActivityReminders::ActivityReminders(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] { check(QDateTime::currentSecsSinceEpoch()); });
}

void ActivityReminders::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_clock.reset();
    if (workspace && m_owner)
        m_timer->start();
    else
        m_timer->stop();
}

void ActivityReminders::setOwner(qint64 userId)
{
    if (userId != m_owner)
        m_clock.reset();
    m_owner = userId;
    setWorkspace(m_workspace);
    if (m_workspace && m_owner)
        check(QDateTime::currentSecsSinceEpoch());
}

int ActivityReminders::check(qint64 now)
{
    if (!m_workspace || !m_owner)
        return 0;
    EngagementQuery query;
    query.ownerId = m_owner;
    query.openOnly = true;
    query.dueFrom = now - m_clock.graceSeconds();
    query.dueBefore = now + m_clock.leadSeconds() + 1;
    const auto open = m_workspace->engagements().engagements(query);
    if (!open) {
        Q_EMIT errorOccurred(open.error().message);
        return 0;
    }
    const QList<Engagement> due = m_clock.due(*open, now);
    BoardService &service = m_workspace->boardService();
    for (const Engagement &e : due) {
        const QString at = formatTime(QDateTime::fromSecsSinceEpoch(e.dueAt).time());
        const auto deal = e.opportunityId ? service.opportunity(e.opportunityId) : std::nullopt;
        const QString title = tr("%1 at %2: %3").arg(engagementKindName(e.kind), at, e.subject);
        const QString body =
            deal ? tr("About \"%1\" (%2).").arg(deal->title, service.accountName(deal->accountId))
                 : QString();
        if (m_desktop)
            notifyDesktop(title, body);
        Q_EMIT announced(e.id, body.isEmpty() ? title : title + QStringLiteral(" · ") + body);
    }
    return int(due.size());
}

void ActivityReminders::notifyDesktop(const QString &title, const QString &body)
{
    // The desktop's own notifications when it has them (no tray needed), a tray message else.
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString service = QStringLiteral("org.freedesktop.Notifications");
    if (bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(service)) {
        QDBusMessage notify = QDBusMessage::createMethodCall(
            service, QStringLiteral("/org/freedesktop/Notifications"), service,
            QStringLiteral("Notify"));
        notify << QApplication::applicationDisplayName() << uint(0)
               << QStringLiteral("org.stageboard.Stageboard") << title << body << QStringList()
               << QVariantMap() << int(-1);
        bus.call(notify, QDBus::NoBlock);
        return;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                &ActivityReminders::agendaRequested);
        connect(m_tray, &QSystemTrayIcon::activated, this, &ActivityReminders::agendaRequested);
        m_tray->show();
    }
    m_tray->showMessage(title, body, QSystemTrayIcon::Information);
}

} // namespace Stageboard
