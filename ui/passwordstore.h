// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>
#include <optional>

namespace Stageboard {

struct DatabaseLocation;

/// Where a server password is kept between sessions: the desktop's keyring, never a file of
/// Stageboard's. Without a keyring nothing is kept and the password is asked for each time.
class PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::PasswordStore)

public:
    virtual ~PasswordStore() = default;
    /// Whether there is a keyring to keep passwords in at all.
    virtual bool isAvailable() const = 0;
    /// The password kept for this server login; unset when none is, or there is no keyring.
    virtual std::optional<QString> read(const QString &key) = 0;
    virtual Result<void> write(const QString &key, const QString &password) = 0;
    virtual void remove(const QString &key) = 0;

    /// "user@host:port/database": one password per login on one database.
    static QString keyFor(const DatabaseLocation &location);
    /// The desktop's keyring through QtKeychain (Secret Service, KWallet).
    static std::unique_ptr<PasswordStore> system();
};

/// Keeps passwords for as long as the process runs: for tests, and nothing else.
class MemoryPasswordStore final : public PasswordStore
{
public:
    bool isAvailable() const override { return true; }
    std::optional<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &password) override;
    void remove(const QString &key) override { m_passwords.remove(key); }

private:
    QHash<QString, QString> m_passwords;
};

} // namespace Stageboard
