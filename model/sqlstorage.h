#pragma once

#include "schema.h"
#include "storage.h"

#include <QCoreApplication>
#include <memory>

namespace Stageboard {

/// The storage behind SQL: SQLite today, PostgreSQL through the same statements (differences
/// live in schema.cpp). Each instance owns one named QSqlDatabase connection.
class SqlStorage final : public Storage
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    ~SqlStorage() override;
    Q_DISABLE_COPY_MOVE(SqlStorage)

    /// Opens the SQLite file at path, creating it with the default process when it does not
    /// exist. An older schema is upgraded after a backup copy is written next to the file;
    /// a newer one is refused and the file left untouched.
    static Result<std::unique_ptr<SqlStorage>> openSqlite(const QString &path);

    QString location() const override { return m_location; }
    bool wasCreated() const override { return m_created; }
    /// Where the backup made before an upgrade was written; empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    /// The connection's name, for tests and benchmarks that read the database directly.
    QString connectionName() const { return m_connection; }

    Result<QList<Stage>> stages() override;
    Result<QList<User>> users() override;
    Result<QList<Account>> accounts() override;
    Result<QList<Opportunity>> opportunities() override;
    Result<Opportunity> opportunity(qint64 id) override;
    Result<QList<StageChange>> stageHistory(qint64 opportunityId) override;
    Result<qint64> opportunityCount() override;

    Result<qint64> addUser(const User &user) override;
    Result<qint64> addAccount(const Account &account) override;
    Result<Opportunity> createOpportunity(const Opportunity &opportunity, qint64 actorId) override;
    Result<Opportunity> updateOpportunity(const Opportunity &opportunity) override;
    Result<Opportunity> moveOpportunity(qint64 id, qint64 toStageId, qint64 actorId,
                                        const QString &reason) override;
    Result<Opportunity> setOpportunityDeleted(qint64 id, bool deleted) override;
    Result<void> bulkInsert(const std::function<Result<void>(BulkSink &)> &fill) override;

private:
    SqlStorage(QString connection, QString location, Schema::Engine engine);
    Result<void> initialise();
    Result<void> seedDefaultProcess();
    QSqlDatabase db() const;
    Result<void> failWith(const QString &what, const Error &error) const;

    QString m_connection;
    QString m_location;
    Schema::Engine m_engine;
    bool m_created = false;
    QString m_backupPath;
};

} // namespace Stageboard
