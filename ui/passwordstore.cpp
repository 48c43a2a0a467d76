// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordstore.h"

#include "core/databaselocation.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <qt6keychain/keychain.h>
#include <unistd.h>

namespace Stageboard {

namespace {

const QString service = QStringLiteral("Stageboard");

/// Whether a keyring can answer at all: QtKeychain talks to it over the session's D-Bus, and
/// without one it would only fail after D-Bus's own timeout.
bool sessionBusExists()
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    return QFileInfo::exists(QStringLiteral("/run/user/%1/bus").arg(getuid()));
#else
    return true;
#endif
}

/// Runs a keychain job to its end (a few milliseconds; a locked keyring may ask to be
/// unlocked), giving up after a while rather than hanging the window.
bool finish(QKeychain::Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

/// Deletes a finished job; one that did not finish is left to finish and delete itself.
void release(QKeychain::Job *job, bool finished)
{
    if (finished)
        delete job;
    else
        job->setAutoDelete(true);
}

class KeychainPasswordStore final : public PasswordStore
{
public:
    bool isAvailable() const override { return sessionBusExists(); }
    std::optional<QString> read(const QString &key) override
    {
        if (!sessionBusExists())
            return std::nullopt;
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setAutoDelete(false);
        job->setKey(key);
        const bool done = finish(*job);
        std::optional<QString> result;
        if (done && job->error() == QKeychain::NoError)
            result = job->textData();
        release(job, done);
        return result;
    }

    Result<void> write(const QString &key, const QString &password) override
    {
        if (!sessionBusExists())
            return fail(tr("There is no keyring on this desktop to keep the password in; "
                           "Stageboard will ask for it each time."));
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setAutoDelete(false);
        job->setKey(key);
        job->setTextData(password);
        const bool done = finish(*job);
        Result<void> result;
        if (!done)
            result = fail(tr("The keyring did not answer; the password was not kept."));
        else if (job->error() != QKeychain::NoError)
            result = fail(tr("The keyring did not keep the password: %1").arg(job->errorString()));
        release(job, done);
        return result;
    }

    void remove(const QString &key) override
    {
        if (!sessionBusExists())
            return;
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setAutoDelete(false);
        job->setKey(key);
        const bool done = finish(*job);
        release(job, done);
    }
};

} // namespace

QString PasswordStore::keyFor(const DatabaseLocation &location)
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(location.user, location.host)
        .arg(location.port)
        .arg(location.database);
}

std::unique_ptr<PasswordStore> PasswordStore::system()
{
    return std::make_unique<KeychainPasswordStore>();
}

std::optional<QString> MemoryPasswordStore::read(const QString &key)
{
    const auto it = m_passwords.constFind(key);
    if (it == m_passwords.cend())
        return std::nullopt;
    return *it;
}

Result<void> MemoryPasswordStore::write(const QString &key, const QString &password)
{
    m_passwords.insert(key, password);
    return {};
}

} // namespace Stageboard
