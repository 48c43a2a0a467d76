// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/databaselocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Stageboard {

namespace {
/// The address as typed, with any password in it hidden, for messages.
QString withoutPassword(QString address)
{
    static const QRegularExpression password(QStringLiteral("(//[^/@:]*):[^/@]*@"));
    return address.replace(password, QStringLiteral("\\1:…@"));
}

const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.path = path;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const bool isAddress = trimmed.startsWith(QLatin1String("postgresql://")) ||
                           trimmed.startsWith(QLatin1String("postgres://"));
    if (!isAddress)
        return sqliteFile(text);

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        return fail(tr("\"%1\" is not a valid PostgreSQL address: %2. Write it as "
                       "postgresql://user@host:port/database.")
                        .arg(withoutPassword(trimmed), withoutPassword(url.errorString())));
    }
    DatabaseLocation location;
    location.kind = Kind::Postgres;
    location.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/'))) {
        return fail(
            tr("\"%1\" names no database: write it as postgresql://user@host:port/database.")
                .arg(url.toString(QUrl::RemovePassword)));
    }
    if (location.port < 1 || location.port > 65535)
        return fail(
            tr("\"%1\": the port must be a number from 1 to 65535.").arg(withoutPassword(trimmed)));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes.contains(value)) {
                return fail(tr("\"%1\" is not an SSL mode; use one of: %2.")
                                .arg(value, sslModes.join(QStringLiteral(", "))));
            }
            location.sslMode = value;
        } else {
            return fail(tr("\"%1\" is not a setting Stageboard knows in a PostgreSQL address "
                           "(only sslmode is).")
                            .arg(key));
        }
    }
    return location;
}

QString DatabaseLocation::toString() const
{
    if (kind == Kind::SqliteFile)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (sslMode != QLatin1String("prefer"))
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

} // namespace Stageboard
