// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/changefeed.h"

#include "storage/sqlstorage.h"

#include <QSqlDatabase>
#include <QSqlDriver>

namespace Stageboard {

namespace {
const QString channel = QStringLiteral("stageboard_deals");
}

ChangeFeed::ChangeFeed(SqlStorage &storage, QObject *parent)
    : QObject(parent)
    , m_connection(storage.connectionName())
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(gatherMs);
    connect(&m_gather, &QTimer::timeout, this, &ChangeFeed::deliver);
    if (storage.engine() != Schema::Engine::Postgres)
        return;
    QSqlDriver *driver = QSqlDatabase::database(m_connection, false).driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) {
                if (name == channel && source != QSqlDriver::SelfSource)
                    announced(payload.toString());
            });
    subscribe();
}

void ChangeFeed::subscribe()
{
    QSqlDriver *driver = QSqlDatabase::database(m_connection, false).driver();
    if (driver && driver->subscribedToNotifications().contains(channel))
        driver->unsubscribeFromNotification(channel);
    m_live = driver && driver->subscribeToNotification(channel);
}

void ChangeFeed::resubscribe()
{
    if (QSqlDatabase::database(m_connection, false)
            .driver()
            ->hasFeature(QSqlDriver::EventNotifications))
        subscribe();
}

ChangeFeed::~ChangeFeed()
{
    if (!m_live)
        return;
    if (QSqlDriver *driver = QSqlDatabase::database(m_connection, false).driver())
        driver->unsubscribeFromNotification(channel);
}

void ChangeFeed::announced(const QString &payload)
{
    if (payload == QLatin1String("process")) {
        m_process = true;
    } else if (payload == QLatin1String("users")) {
        m_users = true;
    } else if (payload == QLatin1String("contacts")) {
        m_contacts = true;
    } else if (payload == QLatin1String("engagements")) {
        m_engagements = true;
    } else if (payload == QLatin1String("stakeholders")) {
        m_stakeholders = true;
    } else if (payload == QLatin1String("debriefs")) {
        m_debriefs = true;
    } else if (payload == QLatin1String("lookback")) {
        m_lookBack = true;
    } else if (payload == QLatin1String("coaching")) {
        m_coaching = true;
    } else if (payload == QLatin1String("accounts")) {
        m_accounts = true;
    } else if (payload == QLatin1String("*")) {
        m_everything = true;
    } else {
        for (const QStringView id : QStringView(payload).split(QLatin1Char(','))) {
            bool ok = false;
            const qint64 value = id.toLongLong(&ok);
            if (ok)
                m_pending.insert(value);
        }
        if (m_pending.size() > mostIds)
            m_everything = true;
    }
    if (!m_gather.isActive())
        m_gather.start();
}

void ChangeFeed::deliver()
{
    // The process first: deals may have moved into stages a board does not know yet.
    if (std::exchange(m_process, false))
        Q_EMIT processChanged();
    // The people before the deals: a new owner's name is known when their deal arrives.
    if (std::exchange(m_users, false))
        Q_EMIT usersChanged();
    if (std::exchange(m_contacts, false))
        Q_EMIT contactsChanged();
    if (std::exchange(m_engagements, false))
        Q_EMIT engagementsChanged();
    if (std::exchange(m_stakeholders, false))
        Q_EMIT stakeholdersChanged();
    if (std::exchange(m_debriefs, false))
        Q_EMIT debriefsChanged();
    if (std::exchange(m_lookBack, false))
        Q_EMIT lookBackChanged();
    if (std::exchange(m_coaching, false))
        Q_EMIT coachingChanged();
    if (std::exchange(m_accounts, false))
        Q_EMIT accountsChanged();
    if (m_everything) {
        m_everything = false;
        m_pending.clear();
        Q_EMIT everythingChanged();
        return;
    }
    QList<qint64> ids(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    std::sort(ids.begin(), ids.end());
    if (!ids.isEmpty())
        Q_EMIT dealsChanged(ids);
}

} // namespace Stageboard
