// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/databaselocation.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace Stageboard::Test {

/// A PostgreSQL server of this test's own, which it can take down and bring back without
/// disturbing the other tests' server.
class OwnServer
{
public:
    OwnServer() { m_running = script(QStringLiteral("start")); }
    ~OwnServer() { script(QStringLiteral("stop")); }
    Q_DISABLE_COPY_MOVE(OwnServer)

    bool isRunning() const { return m_running; }
    bool halt() { return script(QStringLiteral("halt")); }
    bool resume() { return script(QStringLiteral("resume")); }
    DatabaseLocation database(const QString &name) const
    {
        QFile state(m_state);
        state.open(QIODevice::ReadOnly);
        DatabaseLocation location;
        location.kind = DatabaseLocation::Kind::Postgres;
        location.host = QStringLiteral("127.0.0.1");
        location.port =
            QString::fromLatin1(state.readAll()).section(QLatin1Char(' '), 0, 0).toInt();
        location.user = QStringLiteral("postgres");
        location.sslMode = QStringLiteral("disable");
        location.database = name;
        return location;
    }

private:
    bool script(const QString &action)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral("sh"), {QStringLiteral(STAGEBOARD_PGSERVER), action, m_state});
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_state = m_dir.filePath(QStringLiteral("server"));
    bool m_running = false;
};

} // namespace Stageboard::Test
