#pragma once

#include "demogenerator.h"
#include "sqlstorage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
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

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace Stageboard::Test
