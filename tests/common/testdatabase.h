#pragma once

#include "demogenerator.h"
#include "sqlstorage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace Stageboard::Test {

/// A database in a temporary folder, removed with it.
struct TestDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("test.sqlite"));
    std::unique_ptr<SqlStorage> storage;

    explicit TestDatabase(int demoDeals = 0)
    {
        auto opened = SqlStorage::openSqlite(path);
        if (!opened)
            qFatal("Cannot create the test database: %s", qPrintable(opened.error().message));
        storage = std::move(*opened);
        if (demoDeals > 0) {
            DemoOptions options;
            options.deals = demoDeals;
            options.seed = 7;
            if (auto ok = generateDemo(*storage, options); !ok)
                qFatal("Cannot fill the test database: %s", qPrintable(ok.error().message));
        }
    }

    /// A single value read straight from the file, past the model and its caches.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(storage->connectionName()));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
};

#ifdef STAGEBOARD_FIXTURES
/// Writes the SQL dump of an older database (tests/fixtures) into a new file, in WAL mode.
inline bool loadFixture(const QString &name, const QString &path)
{
    bool ok = true;
    {
        QFile dump(QStringLiteral(STAGEBOARD_FIXTURES "/") + name);
        if (!dump.open(QIODevice::ReadOnly))
            return false;
        QSqlDatabase old =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        old.setDatabaseName(path);
        if (!old.open())
            return false;
        QSqlQuery q(old);
        QStringList lines = QString::fromUtf8(dump.readAll()).split(QLatin1Char('\n'));
        lines.removeIf(
            [](const QString &line) { return line.startsWith(QLatin1StringView("--")); });
        for (const QString &statement :
             lines.join(QLatin1Char('\n')).split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            if (!statement.trimmed().isEmpty() && !q.exec(statement)) {
                qWarning("%s", qPrintable(statement));
                ok = false;
            }
        }
        // As every file Stageboard wrote is
        ok = ok && q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.finish();
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

#endif

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace Stageboard::Test
