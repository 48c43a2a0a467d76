// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace Stageboard {

class SqlStorage;

/// What other people change in a shared database, as it happens: PostgreSQL announces every
/// change to a deal (schema version 4) and to the process ("process") and this passes them on,
/// gathered over a moment so that a burst of changes arrives as one. Changes made through the same
/// storage are left out: its board already shows them. On SQLite there is nothing to listen to
/// (isLive() is false).
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    static constexpr int gatherMs = 100;
    /// Above this many ids at once, dealsChanged gives way to everythingChanged.
    static constexpr int mostIds = 2000;

    explicit ChangeFeed(SqlStorage &storage, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool isLive() const { return m_live; }
    /// Listens again on a connection that was closed and opened (SqlStorage::reconnect).
    void resubscribe();

Q_SIGNALS:
    void dealsChanged(const QList<qint64> &ids);
    /// Too much changed to name (a large import): read everything again.
    void everythingChanged();
    /// An admin changed the process (stages, checklists, pipelines): read it again.
    void processChanged();
    /// An admin added, renamed, deactivated a user or changed a role: read the people again.
    void usersChanged();
    /// Someone added or changed a contact, or an activity: read them again.
    void contactsChanged();
    void engagementsChanged();
    /// Someone changed a deal's buying group, or the buying roles (the deal itself is
    /// announced as well, when its counts changed).
    void stakeholdersChanged();
    /// Someone wrote, reviewed or answered a debrief, or an objection.
    void debriefsChanged();
    /// Someone closed or reviewed a deal, or changed the competitors or a deal's.
    void lookBackChanged();
    /// Someone wrote a coaching note, changed one or read one.
    void coachingChanged();
    /// Someone changed an account, a territory or the territories' rules.
    void accountsChanged();

private:
    void subscribe();
    void announced(const QString &payload);
    void deliver();

    QString m_connection;
    bool m_live = false;
    QSet<qint64> m_pending;
    bool m_everything = false;
    bool m_process = false;
    bool m_users = false;
    bool m_contacts = false;
    bool m_engagements = false;
    bool m_stakeholders = false;
    bool m_debriefs = false;
    bool m_lookBack = false;
    bool m_coaching = false;
    bool m_accounts = false;
    QTimer m_gather;
};

} // namespace Stageboard
