// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostilefiles.h"
#include "storage/databasecopy.h"
#include "storage/sqlstorage.h"
#include "storage/sqlutil.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <barrier>
#include <mutex>
#include <sys/stat.h>
#include <thread>

using namespace Stageboard;
using Stageboard::Test::FileSizeLimit;
using Stageboard::Test::HostileFiles;
using Stageboard::Test::loadFixture;
using Stageboard::Test::TestDatabase;

namespace {

/// Every table's columns (name, type, not null, default, key) and every index, sorted: two
/// databases with the same shape hold the same data the same way.
QStringList schemaShape(const QSqlDatabase &db)
{
    QStringList shape;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE "
                               "'sqlite_%' AND type IN ('table', 'index')"));
    while (tables.next()) {
        const QString name = tables.value(1).toString();
        const bool isTable = tables.value(0).toString() == QLatin1String("table");
        QSqlQuery columns(db);
        columns.prepare(isTable ? QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk "
                                                 "FROM pragma_table_info(?)")
                                : QStringLiteral("SELECT name FROM pragma_index_info(?)"));
        columns.addBindValue(name);
        columns.exec();
        QStringList parts{name};
        while (columns.next()) {
            QStringList column;
            for (int i = 0; i < columns.record().count(); ++i)
                column.append(columns.value(i).toString());
            parts.append(column.join(QLatin1Char(' ')));
        }
        if (isTable)
            std::sort(parts.begin() + 1, parts.end());
        shape.append(parts.join(QStringLiteral(" | ")));
    }
    shape.sort();
    return shape;
}

} // namespace

class TestSqlStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSayWhyAConnectionFailedInOneParagraph();
    void shouldCreateNewDatabaseWithDefaultProcess_data();
    void shouldCreateNewDatabaseWithDefaultProcess();
    void shouldKeepProcessWhenReopened();
    void shouldUseWalAndForeignKeys();
    void shouldKeepTheFilesItCreatesPrivate();
    void shouldRoundTripOpportunity();
    void shouldChangeUsersButKeepAnAdmin();
    void shouldRefuseStaleEdit();
    void shouldDetectEveryConflictBetweenTwoPeople();
    void shouldCopyAFileIntoANewDatabaseRowForRow();
    void shouldNotCopyOverDeals();
    void shouldRecordEveryMoveInLedger();
    void shouldHideDeletedOpportunityAndRestoreIt();
    void shouldRollBackFailedBulkInsert();
    void shouldRefuseHostileFileUntouched_data();
    void shouldRefuseHostileFileUntouched();
    void shouldRefusePathThatCannotBeCreated();
    void shouldSayDiskIsFullAndKeepWhatWasSaved();
    void shouldUpgradeVersion1AfterBackup();
    void shouldUpgradeVersion2AfterBackup();
    void shouldUpgradeEveryVersionToTheCurrentShape_data();
    void shouldUpgradeEveryVersionToTheCurrentShape();
    void shouldKeepTheLastOverrideOfEachDealThroughTheUpgrade();
    void shouldKeepIndexesAroundALargeBulkInsert();
    void shouldRollBackABulkInsertWhoseLastBatchFails();
    void shouldRefuseABulkInsertThatPointsNowhere();
    void shouldReportDatabaseLockedByAnotherWriter();
    void shouldRefuseForeignSqliteDatabase();

private:
    QTemporaryDir m_hostileDir;
    std::unique_ptr<HostileFiles> m_hostile;
};

void TestSqlStorage::shouldCreateNewDatabaseWithDefaultProcess_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("probability");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("owners");
    QTest::newRow("Identify") << 0 << "Identify" << 10 << int(StageKind::Open) << "rep";
    QTest::newRow("Qualify") << 1 << "Qualify" << 25 << int(StageKind::Open) << "rep";
    QTest::newRow("Propose") << 2 << "Propose" << 50 << int(StageKind::Open)
                             << "rep,Solutions engineer";
    QTest::newRow("Negotiate") << 3 << "Negotiate" << 75 << int(StageKind::Open) << "rep,Legal";
    QTest::newRow("Deliver") << 4 << "Deliver/Finalize" << 90 << int(StageKind::Open)
                             << "Finance,Legal";
    QTest::newRow("Won") << 5 << "Closed Won" << 100 << int(StageKind::Won) << "";
    QTest::newRow("Lost") << 6 << "Closed Lost" << 0 << int(StageKind::Lost) << "";
}

void TestSqlStorage::shouldCreateNewDatabaseWithDefaultProcess()
{
    QFETCH(int, position);
    QFETCH(QString, name);
    QFETCH(int, probability);
    QFETCH(int, kind);
    QFETCH(QString, owners);
    // Given no file, when it is opened
    TestDatabase db;
    // Then it is created with the seven stages of the default process, each defined
    QVERIFY(db.storage->wasCreated());
    const auto stages = db.storage->process().stages();
    QVERIFY(stages);
    QCOMPARE(stages->size(), 7);
    const Stage &s = stages->at(position);
    QCOMPARE(s.name, name);
    QCOMPARE(s.probability, probability);
    QCOMPARE(int(s.kind), kind);
    QStringList keys;
    for (UserRole r : s.ownerRoles)
        keys.append(userRoleKey(r));
    keys.append(s.ownerTeams);
    QCOMPARE(keys.join(QLatin1Char(',')), owners);
    QVERIFY(!s.definition.isEmpty());
    QVERIFY(!s.goal.isEmpty());
}

void TestSqlStorage::shouldKeepProcessWhenReopened()
{
    TestDatabase db;
    db.storage.reset();
    const auto reopened = db.openAgain();
    QVERIFY(!reopened->wasCreated());
    QCOMPARE(reopened->process().stages()->size(), 7);
}

void TestSqlStorage::shouldUseWalAndForeignKeys()
{
    TestDatabase db;
    if (!db.server) {
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // Each commit reaches the disk before the change is reported saved: 2 is FULL
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2);
    }
    // A deal pointing at a stage that does not exist is refused by the database itself.
    Opportunity o;
    o.title = QStringLiteral("Orphan");
    o.currency = QStringLiteral("EUR");
    o.stageId = 999;
    QVERIFY(!db.storage->opportunityStore().createOpportunity(o, 0));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities")).toInt(), 0);
}

void TestSqlStorage::shouldKeepTheFilesItCreatesPrivate()
{
    SQLITE_ONLY();
    // Given a umask that would let everyone read what is created
    const mode_t before = ::umask(0);
    const auto restore = qScopeGuard([before] { ::umask(before); });
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("company/pipeline"));
    const QString path = folder + QStringLiteral("/deals.sqlite");

    // When a new database is created there and written to
    auto opened = SqlStorage::openSqlite(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QVERIFY((*opened)->directory().addAccount({0, QStringLiteral("Acme"), {}, {}, 0}));

    // Then the folders it made, the file and its -wal and -shm are their owner's alone
    constexpr QFile::Permissions file = QFile::ReadOwner | QFile::WriteOwner;
    constexpr QFile::Permissions folderOnly = file | QFile::ExeOwner;
    const auto mode = [](const QString &p) {
        // The "user" bits repeat the owner's: compare the owner, group and other bits only.
        return QFile::permissions(p) & QFile::Permissions(0x7077);
    };
    QCOMPARE(mode(dir.filePath(QStringLiteral("company"))), folderOnly);
    QCOMPARE(mode(folder), folderOnly);
    QCOMPARE(mode(path), file);
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(mode(path + QStringLiteral("-wal")), file);
    QCOMPARE(mode(path + QStringLiteral("-shm")), file);
    // And a folder that existed before is left as it was
    QVERIFY(mode(dir.path()) != QFile::Permissions());
}

void TestSqlStorage::shouldChangeUsersButKeepAnAdmin()
{
    // Given the demo's team, whose only admin is Sam Haddad
    TestDatabase db(40);
    Directory &directory = db.storage->directory();
    const auto named = [&](const QString &name) {
        const QList<User> users = *directory.users();
        for (const User &u : users) {
            if (u.name == name)
                return u;
        }
        return User{};
    };
    User sam = named(QStringLiteral("Sam Haddad"));
    QCOMPARE(sam.role, UserRole::Admin);
    QVERIFY(sam.active);

    // When Sam is deactivated, or made a rep, it is refused: nobody could change users then
    User leaving = sam;
    leaving.active = false;
    const auto refused = directory.updateUser(leaving);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("last active admin")),
             qPrintable(refused.error().message));
    leaving = sam;
    leaving.role = UserRole::Rep;
    QVERIFY(!directory.updateUser(leaving));
    QCOMPARE(named(QStringLiteral("Sam Haddad")).role, UserRole::Admin);

    // When Alex becomes an admin first, Sam can leave; his deals and ledger rows stay his
    User alex = named(QStringLiteral("Alex Becker"));
    alex.role = UserRole::Admin;
    QVERIFY(directory.updateUser(alex));
    leaving = sam;
    leaving.active = false;
    const auto left = directory.updateUser(leaving);
    QVERIFY2(left, qPrintable(left ? QString() : left.error().message));
    QVERIFY(!named(QStringLiteral("Sam Haddad")).active);
    QCOMPARE(named(QStringLiteral("Alex Becker")).role, UserRole::Admin);

    // A rename keeps the person's deals; an empty name is refused
    User jamie = named(QStringLiteral("Jamie Novak"));
    const int owned = db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE owner_id "
                                               "= ?"),
                                {jamie.id})
                          .toInt();
    QVERIFY(owned > 0);
    jamie.name = QStringLiteral("Jamie Novak-Li");
    QVERIFY(directory.updateUser(jamie));
    QCOMPARE(named(QStringLiteral("Jamie Novak-Li")).id, jamie.id);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE owner_id = ?"),
                       {jamie.id})
                 .toInt(),
             owned);
    jamie.name = QStringLiteral("  ");
    QVERIFY(!directory.updateUser(jamie));
    QCOMPARE(named(QStringLiteral("Jamie Novak-Li")).id, jamie.id);
}

void TestSqlStorage::shouldRoundTripOpportunity()
{
    TestDatabase db;
    const qint64 rep =
        *db.storage->directory().addUser({0, QStringLiteral("Dana Rep"), UserRole::Rep, {}});
    const qint64 account = *db.storage->directory().addAccount({0, QStringLiteral("Acme, \"Inc\""),
                                                                QStringLiteral("Retail"),
                                                                QStringLiteral("DACH"), rep});
    const qint64 propose = db.storage->process().stages()->at(2).id;
    Opportunity o;
    o.title = QStringLiteral("Rollout — 50 seats");
    o.accountId = account;
    o.ownerId = rep;
    o.amount = 1234567;
    o.currency = QStringLiteral("EUR");
    o.closeDate = QDate(2027, 3, 31);
    o.stageId = propose;
    o.nextStep = QStringLiteral("Send quote");
    auto created = db.storage->opportunityStore().createOpportunity(o, rep);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));

    // Reopen the file: what was saved is what comes back.
    db.storage.reset();
    const auto storage = db.openAgain();
    const auto read = storage->opportunityStore().opportunity(created->id);
    QVERIFY(read);
    QCOMPARE(read->title, o.title);
    QCOMPARE(read->accountId, account);
    QCOMPARE(read->ownerId, rep);
    QCOMPARE(read->amount, Cents(1234567));
    QCOMPARE(read->currency, QStringLiteral("EUR"));
    QCOMPARE(read->closeDate, QDate(2027, 3, 31));
    QCOMPARE(read->stageId, propose);
    QCOMPARE(read->nextStep, QStringLiteral("Send quote"));
    QVERIFY(read->createdAt > 0);
    QCOMPARE(storage->directory().accounts()->first().name, QStringLiteral("Acme, \"Inc\""));

    Opportunity edited = *read;
    edited.amount = 999900;
    auto saved = storage->opportunityStore().updateOpportunity(edited);
    QVERIFY(saved);
    QCOMPARE(saved->amount, Cents(999900));
    QCOMPARE(saved->version, read->version + 1);
}

void TestSqlStorage::shouldRefuseStaleEdit()
{
    // Given a deal edited from two copies
    TestDatabase db(5);
    const Opportunity original = *db.storage->opportunityStore().opportunity(1);
    Opportunity first = original;
    first.title = QStringLiteral("First edit");
    QVERIFY(db.storage->opportunityStore().updateOpportunity(first));
    // When the second, stale copy is saved
    Opportunity second = original;
    second.title = QStringLiteral("Second edit");
    const auto result = db.storage->opportunityStore().updateOpportunity(second);
    // Then it is refused and the first edit stays
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("changed")));
    QCOMPARE(db.storage->opportunityStore().opportunity(1)->title, QStringLiteral("First edit"));
}

void TestSqlStorage::shouldRecordEveryMoveInLedger()
{
    TestDatabase db;
    const auto stages = *db.storage->process().stages();
    const qint64 rep =
        *db.storage->directory().addUser({0, QStringLiteral("Dana"), UserRole::Rep, {}});
    Opportunity o;
    o.title = QStringLiteral("Deal");
    o.currency = QStringLiteral("USD");
    o.stageId = stages[0].id;
    const qint64 id = db.storage->opportunityStore().createOpportunity(o, rep)->id;
    const auto moveTo = [&](qint64 to, const QString &overrideReason, int version) {
        StageChange c;
        c.opportunityId = id;
        c.fromStageId = db.storage->opportunityStore().opportunity(id)->stageId;
        c.toStageId = to;
        c.userId = rep;
        c.at = QDateTime::currentSecsSinceEpoch();
        c.amount = 4200;
        c.probability = 33;
        c.closeDate = QDate(2027, 1, 2);
        c.overrideReason = overrideReason;
        if (!overrideReason.isEmpty())
            c.unmetCriteria = {QStringLiteral("Budget confirmed"), QStringLiteral("Champion")};
        return db.storage->opportunityStore().moveOpportunity(c, version);
    };
    QVERIFY(moveTo(stages[1].id, {}, 1));
    QVERIFY(moveTo(stages[2].id, QStringLiteral("why"), 2));
    // A move based on a stale version is refused and leaves no ledger row
    const auto stale = moveTo(stages[3].id, {}, 2);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);

    const auto history = db.storage->opportunityStore().stageHistory(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QVERIFY(!history->at(0).fromStageId);
    QCOMPARE(history->at(0).kind, ChangeKind::Created);
    QCOMPARE(history->at(0).toStageId, stages[0].id);
    QCOMPARE(history->at(0).probability, stages[0].probability);
    QCOMPARE(*history->at(1).fromStageId, stages[0].id);
    QCOMPARE(history->at(1).toStageId, stages[1].id);
    QCOMPARE(history->at(1).kind, ChangeKind::Moved);
    QCOMPARE(*history->at(2).fromStageId, stages[1].id);
    QCOMPARE(history->at(2).toStageId, stages[2].id);
    QCOMPARE(history->at(2).userId, rep);
    QCOMPARE(history->at(2).amount, Cents(4200));
    QCOMPARE(history->at(2).probability, 33);
    QCOMPARE(history->at(2).closeDate, QDate(2027, 1, 2));
    QCOMPARE(history->at(2).overrideReason, QStringLiteral("why"));
    QCOMPARE(history->at(2).unmetCriteria,
             QStringList({QStringLiteral("Budget confirmed"), QStringLiteral("Champion")}));
    QVERIFY(history->at(2).at >= history->at(0).at);
    QCOMPARE(db.storage->opportunityStore().opportunity(id)->stageId, stages[2].id);
    // The date the deal entered its stage is that of its last ledger row
    QCOMPARE(db.storage->opportunityStore().opportunity(id)->enteredStageAt, history->at(2).at);
    // The deal keeps the reason of the override that put it into its stage, for its card...
    QCOMPARE(db.storage->opportunityStore().opportunity(id)->overrideReason, QStringLiteral("why"));
    // ...until an ordinary move takes it on
    QVERIFY(moveTo(stages[1].id, {}, 3));
    QVERIFY(db.storage->opportunityStore().opportunity(id)->overrideReason.isEmpty());
}

void TestSqlStorage::shouldHideDeletedOpportunityAndRestoreIt()
{
    TestDatabase db(10);
    QCOMPARE(*db.storage->opportunityStore().opportunityCount(), 10);
    QVERIFY(db.storage->opportunityStore().setOpportunityDeleted(3, true));
    QCOMPARE(*db.storage->opportunityStore().opportunityCount(), 9);
    QVERIFY(!db.storage->opportunityStore().opportunity(3));
    QVERIFY(db.storage->opportunityStore().stageHistory(3)->size() > 0); // the ledger is kept
    QVERIFY(db.storage->opportunityStore().setOpportunityDeleted(3, false));
    QCOMPARE(*db.storage->opportunityStore().opportunityCount(), 10);
}

void TestSqlStorage::shouldRollBackFailedBulkInsert()
{
    TestDatabase db;
    const auto result = db.storage->bulk().bulkInsert([](BulkSink &sink) -> Result<void> {
        if (auto ok = sink.addUser({0, QStringLiteral("Half"), UserRole::Rep, {}}); !ok)
            return std::unexpected(ok.error());
        return fail(QStringLiteral("line 2: broken"));
    });
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("line 2: broken")));
    QCOMPARE(db.storage->directory().users()->size(), 0);
}

void TestSqlStorage::shouldRefuseHostileFileUntouched_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    if (!m_hostile) {
        TestDatabase good(3);
        good.storage.reset();
        m_hostile = std::make_unique<HostileFiles>(m_hostileDir.path(), good.path);
    }
    for (const HostileFiles::Case &c : m_hostile->cases())
        QTest::newRow(c.name) << c.path << c.message;
}

void TestSqlStorage::shouldRefuseHostileFileUntouched()
{
    SQLITE_ONLY();
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QByteArray before = HostileFiles::fingerprint(path);
    const auto opened = SqlStorage::openSqlite(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().message, message);
    QCOMPARE(HostileFiles::fingerprint(path), before);
}

void TestSqlStorage::shouldSayDiskIsFullAndKeepWhatWasSaved()
{
    SQLITE_ONLY();
    // Given a database whose disk has no room left
    TestDatabase db(3);
    const Opportunity deal = db.storage->opportunityStore().opportunities()->first();
    const int count = db.storage->opportunityStore().opportunities()->size();
    Result<Opportunity> failed;
    {
        FileSizeLimit full(4096);
        // When a change is written
        Opportunity changed = deal;
        changed.title = QStringLiteral("Renamed");
        failed = db.storage->opportunityStore().updateOpportunity(changed);
    }
    // Then each says the disk is full, and nothing was saved
    QVERIFY(!failed);
    QCOMPARE(
        failed.error().message,
        HostileFiles::diskFull(QStringLiteral("Could not save the change to %1: ").arg(db.path)));
    QCOMPARE(failed.error().kind, Error::Kind::DiskFull);
    QCOMPARE(db.storage->opportunityStore().opportunity(deal.id)->title, deal.title);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    // And once there is room again, the same change goes through
    Opportunity changed = deal;
    changed.title = QStringLiteral("Renamed");
    QVERIFY(db.storage->opportunityStore().updateOpportunity(changed));
    QCOMPARE(db.storage->opportunityStore().opportunities()->size(), count);
}

void TestSqlStorage::shouldRefusePathThatCannotBeCreated()
{
    SQLITE_ONLY();
    // Given a path whose "folder" is a regular file
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto opened = SqlStorage::openSqlite(dir.filePath(QStringLiteral("file/db.sqlite")));
    QVERIFY(!opened);
    QVERIFY(!opened.error().message.isEmpty());
}

void TestSqlStorage::shouldUpgradeVersion1AfterBackup()
{
    SQLITE_ONLY();
    // Given a database written by schema version 1
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(loadFixture(QStringLiteral("schema-v1.sql"), path));

    // When this version opens it
    auto opened = SqlStorage::openSqlite(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    SqlStorage &storage = **opened;

    // Then a byte-identical backup sits next to it, and every deal and ledger row is kept
    QCOMPARE(storage.backupPath(), path + QStringLiteral(".v1.bak"));
    {
        // The backup is the version-1 database with all its data (only the journal mode in
        // its header differs, set when the file was opened).
        QSqlDatabase backup =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        backup.setDatabaseName(storage.backupPath());
        QVERIFY(backup.open());
        QSqlQuery q(backup);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1"));
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM opportunities), (SELECT "
                                      "COUNT(*) FROM stage_history)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 12);
        QCOMPARE(q.value(1).toInt(), 37);
        q.finish();
        backup.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    QVERIFY(!storage.wasCreated());
    QCOMPARE(*storage.opportunityStore().opportunityCount(), 12);
    QCOMPARE(storage.process().stages()->size(), 7);
    int ledgerRows = 0;
    const QList<Opportunity> deals = *storage.opportunityStore().opportunities();
    for (const Opportunity &o : deals) {
        const auto history = *storage.opportunityStore().stageHistory(o.id);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().kind, ChangeKind::Created);
        QCOMPARE(history.last().toStageId, o.stageId);
        QCOMPARE(history.last().amount, o.amount);
        ledgerRows += int(history.size());
    }
    QCOMPARE(ledgerRows, 37);
    // And the stages gained the default guidance and gates
    QCOMPARE(storage.process().activities()->size(), 31);
    QCOMPARE(storage.process().exitCriteria()->size(), 16);
    QVERIFY(storage.process().closeReasons(StageKind::Lost)->contains(QStringLiteral("No budget")));

    // Opening it again upgrades nothing more
    opened->reset();
    auto again = SqlStorage::openSqlite(path);
    QVERIFY(again);
    QVERIFY((*again)->backupPath().isEmpty());
    QCOMPARE((*again)->process().activities()->size(), 31);
}

void TestSqlStorage::shouldUpgradeVersion2AfterBackup()
{
    SQLITE_ONLY();
    // Given a database written by schema version 2 (before forecasting)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    QVERIFY(loadFixture(QStringLiteral("schema-v2.sql"), path));

    // When this version opens it
    auto opened = SqlStorage::openSqlite(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    SqlStorage &storage = **opened;

    // Then the file as it was was kept as the backup
    QCOMPARE(storage.backupPath(), path + QStringLiteral(".v2.bak"));
    QVERIFY(QFile::exists(storage.backupPath()));
    // readable by its owner only, however readable the database was
    QCOMPARE(QFile::permissions(storage.backupPath()) & 0x7077,
             QFile::ReadOwner | QFile::WriteOwner);
    // And every deal, ledger row, tick and answer is kept
    QCOMPARE(*storage.opportunityStore().opportunityCount(), 12);
    int ledgerRows = 0;
    int ticks = 0;
    const QList<Opportunity> deals = *storage.opportunityStore().opportunities();
    for (const Opportunity &o : deals) {
        ledgerRows += int(storage.opportunityStore().stageHistory(o.id)->size());
        ticks += int(storage.opportunityStore().activityChecks(o.id)->size() +
                     storage.opportunityStore().criterionChecks(o.id)->size());
        QVERIFY(!o.forecastCategory); // deals follow their stage until a rep says otherwise
    }
    QCOMPARE(ledgerRows, 35);
    QCOMPARE(ticks, 38 + 69);
    // And the stages gained their default forecast categories, by probability
    QStringList categories;
    const QList<Stage> stages = *storage.process().stages();
    for (const Stage &s : stages)
        categories.append(forecastCategoryKey(s.forecastCategory));
    QCOMPARE(categories.join(QLatin1Char(',')),
             QStringLiteral("pipeline,pipeline,best_case,commit,commit,closed,omitted"));
    // And forecasting starts in the deals' currency, with no quotas or snapshots yet
    QCOMPARE(*storage.forecast().reportingCurrency(), QStringLiteral("USD"));
    QVERIFY(storage.forecast().quotas()->isEmpty());
    QVERIFY(!storage.forecast().lastSnapshotDay()->isValid());
}

void TestSqlStorage::shouldUpgradeEveryVersionToTheCurrentShape_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version <= Schema::currentVersion(); ++version)
        QTest::addRow("version %d", version) << version;
}

void TestSqlStorage::shouldUpgradeEveryVersionToTheCurrentShape()
{
    SQLITE_ONLY();
    QFETCH(int, version);
    // Given a database kept from this schema version (each version keeps its dump)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QString fixture = QStringLiteral("schema-v%1.sql").arg(version);
    QVERIFY2(loadFixture(fixture, path),
             qPrintable(QStringLiteral("tests/fixtures/%1 is missing or broken: every schema "
                                       "version keeps a dump to test upgrades from.")
                            .arg(fixture)));
    const QByteArray original = Stageboard::Test::fileHash(path);

    // When this version opens it
    auto opened = SqlStorage::openSqlite(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    SqlStorage &storage = **opened;

    // Then an older file was copied, as it was, next to it first; the current one was not
    if (version < Schema::currentVersion()) {
        QCOMPARE(storage.backupPath(), path + QStringLiteral(".v%1.bak").arg(version));
        QCOMPARE(Stageboard::Test::fileHash(storage.backupPath()), original);
    } else {
        QVERIFY(storage.backupPath().isEmpty());
    }
    // And it now has exactly the shape of a database this version creates
    TestDatabase fresh;
    const QStringList current =
        schemaShape(QSqlDatabase::database(fresh.storage->connectionName()));
    QVERIFY(current
                .filter(QRegularExpression(QStringLiteral("^opportunities \\| .*\\| "
                                                          "title TEXT 1  0")))
                .size() == 1);
    QCOMPARE(schemaShape(QSqlDatabase::database(storage.connectionName())), current);
    // And all twelve deals are there, each ledger ending in the deal's stage
    const QList<Opportunity> deals = *storage.opportunityStore().opportunities();
    QCOMPARE(deals.size(), 12);
    for (const Opportunity &o : deals)
        QCOMPARE(storage.opportunityStore().stageHistory(o.id)->last().toStageId, o.stageId);
    QCOMPARE(storage.process().stages()->size(), 7);
}

void TestSqlStorage::shouldKeepTheLastOverrideOfEachDealThroughTheUpgrade()
{
    SQLITE_ONLY();
    // Given a version 6 file whose deal 1 entered its stage by an override, and deal 2 was
    // overridden once but moved on normally since
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    QVERIFY(loadFixture(QStringLiteral("schema-v6.sql"), path));
    {
        QSqlDatabase old =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery q(old);
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE stage_history SET override_reason = 'Signed early' WHERE id = (SELECT MAX(id) "
            "FROM stage_history WHERE opportunity_id = 1)")));
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE stage_history SET override_reason = 'Long ago' WHERE id = (SELECT MIN(id) "
            "FROM stage_history WHERE opportunity_id = 2)")));
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM stage_history WHERE opportunity_id = 2")));
        QVERIFY(q.next() && q.value(0).toInt() > 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));

    // When it is upgraded
    auto opened = SqlStorage::openSqlite(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));

    // Then deal 1 carries its override for its card; deal 2 and the others carry none
    QCOMPARE((*opened)->opportunityStore().opportunity(1)->overrideReason,
             QStringLiteral("Signed early"));
    QVERIFY((*opened)->opportunityStore().opportunity(2)->overrideReason.isEmpty());
    QVERIFY((*opened)->opportunityStore().opportunity(3)->overrideReason.isEmpty());
}

void TestSqlStorage::shouldKeepIndexesAroundALargeBulkInsert()
{
    SQLITE_ONLY();
    TestDatabase db;
    const auto indexes = [&] {
        return db
            .scalar(QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM "
                                   "sqlite_master WHERE type = 'index' ORDER BY name)"))
            .toString();
    };
    const QString before = indexes();
    QVERIFY(before.contains(QStringLiteral("stage_history_opportunity")));
    // A large insert that fails leaves the database as it was, indexes included
    const auto failed = db.storage->bulk().bulkInsert(
        [](BulkSink &sink) -> Result<void> {
            if (auto ok = sink.addUser({0, QStringLiteral("Temp"), UserRole::Rep, {}}); !ok)
                return std::unexpected(ok.error());
            return fail(QStringLiteral("stop"));
        },
        BulkLoader::BulkSize::Most);
    QVERIFY(!failed);
    QCOMPARE(indexes(), before);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
    // One that succeeds builds them again at the end
    QVERIFY(db.storage->bulk().bulkInsert(
        [](BulkSink &sink) -> Result<void> {
            if (auto ok = sink.addUser({0, QStringLiteral("Kept"), UserRole::Rep, {}}); !ok)
                return std::unexpected(ok.error());
            return {};
        },
        BulkLoader::BulkSize::Most));
    QCOMPARE(indexes(), before);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 1);
}

void TestSqlStorage::shouldRollBackABulkInsertWhoseLastBatchFails()
{
    // Ticks are written 64 to a statement; a bad one in the last, partial batch is only found
    // when the fill ends, and must still undo everything.
    TestDatabase db(3);
    const qint64 deal = db.storage->opportunityStore().opportunities()->first().id;
    const qint64 activity = db.storage->process().activities()->first().id;
    const int ticksBefore =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM activity_checks")).toInt();
    const auto failed = db.storage->bulk().bulkInsert([&](BulkSink &sink) -> Result<void> {
        if (auto ok = sink.addUser({0, QStringLiteral("Temp"), UserRole::Rep, {}}); !ok)
            return std::unexpected(ok.error());
        for (int i = 0; i < 2; ++i) { // the same tick twice breaks the primary key
            if (auto ok = sink.addActivityCheck(deal, {activity, 0, 1, CriterionState::Met, {}});
                !ok)
                return ok;
        }
        return {};
    });
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QStringLiteral("unique"), Qt::CaseInsensitive),
             qPrintable(failed.error().message));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE name = 'Temp'")).toInt(),
             0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM activity_checks")).toInt(),
             ticksBefore);
}

void TestSqlStorage::shouldRefuseABulkInsertThatPointsNowhere()
{
    // Batched ledger rows are checked against their deals when the batch is written: a ledger
    // row of a deal that does not exist is refused, and nothing of the insert is kept.
    TestDatabase db(3);
    const qint64 deals =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities")).toLongLong();
    const auto failed = db.storage->bulk().bulkInsert([&](BulkSink &sink) -> Result<void> {
        Opportunity o = db.storage->opportunityStore().opportunities()->first();
        auto id = sink.addOpportunity(o);
        if (!id)
            return std::unexpected(id.error());
        StageChange change;
        change.opportunityId = *id + 1000; // nobody
        change.toStageId = o.stageId;
        change.at = 1;
        if (auto ok = sink.addStageChange(change); !ok)
            return std::unexpected(ok.error());
        return {};
    });
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QStringLiteral("foreign key"), Qt::CaseInsensitive),
             qPrintable(failed.error().message));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities")).toLongLong(), deals);
    // And the next write works: nothing was left open
    QVERIFY(db.storage->directory().addUser({0, QStringLiteral("After"), UserRole::Rep, {}}));
}

void TestSqlStorage::shouldReportDatabaseLockedByAnotherWriter()
{
    SQLITE_ONLY();
    // Given another program holding the write lock
    TestDatabase db(3);
    QSqlQuery q(QSqlDatabase::database(db.storage->connectionName()));
    QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    // When Stageboard opens the file, it waits a moment, then says who is in the way
    const auto opened = SqlStorage::openSqlite(db.path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(QStringLiteral("locked")),
             qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QStringLiteral("Another program")));
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    // And once the other writer is done, it opens
    QVERIFY(SqlStorage::openSqlite(db.path));
}

void TestSqlStorage::shouldRefuseForeignSqliteDatabase()
{
    SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const auto opened = SqlStorage::openSqlite(path);
    QVERIFY(!opened);
    QVERIFY(opened.error().message.contains(QStringLiteral("not a Stageboard database")));
}

void TestSqlStorage::shouldDetectEveryConflictBetweenTwoPeople()
{
    // Given one deal, and two people on connections of their own (two threads, as two
    // programs would be), who read it at the same moment and then both save an edit of it,
    // 250 times over: 500 edits, each pair based on the same version
    TestDatabase db(5);
    const Opportunity start = db.storage->opportunityStore().opportunities()->first();
    constexpr int rounds = 250;
    std::barrier bothHaveRead(2);
    std::mutex lock;
    QList<int> savedFrom; // the version each saved edit was based on
    int conflicts = 0;
    QStringList failures;
    const auto person = [&](const QString &name) {
        auto storage = SqlStorage::open(db.location);
        if (!storage) {
            const std::scoped_lock guard(lock);
            failures.append(storage.error().message);
        }
        for (int round = 0; round < rounds; ++round) {
            std::optional<Opportunity> mine;
            if (storage) {
                if (auto read = (*storage)->opportunityStore().opportunity(start.id))
                    mine = *read;
            }
            bothHaveRead.arrive_and_wait();
            if (!mine) {
                bothHaveRead.arrive_and_wait();
                continue;
            }
            mine->title = QStringLiteral("%1 %2").arg(name).arg(round);
            const auto saved = (*storage)->opportunityStore().updateOpportunity(*mine);
            {
                const std::scoped_lock guard(lock);
                if (saved)
                    savedFrom.append(mine->version);
                else if (saved.error().kind == Error::Kind::Conflict)
                    ++conflicts;
                else
                    failures.append(saved.error().message);
            }
            // Neither reads the next round before both have written this one
            bothHaveRead.arrive_and_wait();
        }
    };
    std::thread a(person, QStringLiteral("Ann"));
    std::thread b(person, QStringLiteral("Ben"));
    a.join();
    b.join();

    // Then in every round exactly one edit was saved and the other refused as a conflict:
    // no edit was ever saved over a version its author had not seen
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(conflicts, rounds);
    QCOMPARE(savedFrom.size(), rounds);
    std::sort(savedFrom.begin(), savedFrom.end());
    for (int i = 0; i < rounds; ++i)
        QCOMPARE(savedFrom[i], start.version + i);
    const auto final = db.storage->opportunityStore().opportunity(start.id);
    QCOMPARE(final->version, start.version + rounds);
    QVERIFY(final->title.endsWith(QStringLiteral(" %1").arg(rounds - 1)));
}

namespace {
/// Every row of the tables a copy moves, in a stable order, as text: what "the same data" means.
QStringList everyRow(const TestDatabase &db, const std::unique_ptr<SqlStorage> &other = {})
{
    const QSqlDatabase connection =
        QSqlDatabase::database(other ? other->connectionName() : db.storage->connectionName());
    QStringList rows;
    for (const char *table :
         {"users", "accounts", "stages", "opportunities", "stage_history", "activity_checks",
          "criterion_checks", "quotas", "forecast_snapshots"}) {
        QSqlQuery q(connection);
        q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1StringView(table)));
        QStringList lines;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            lines.append(QLatin1StringView(table) + QLatin1Char(':') +
                         values.join(QLatin1Char('|')));
        }
        lines.sort();
        rows += lines;
    }
    return rows;
}
} // namespace

void TestSqlStorage::shouldCopyAFileIntoANewDatabaseRowForRow()
{
    // Given a file with a demo pipeline, and a new database (on the server, in the PostgreSQL
    // run)
    TestDatabase file;
    if (file.server) {
        file.storage.reset();
        // (file.path is the server's address in that run: the file goes in the test's folder)
        auto opened = SqlStorage::openSqlite(file.dir.filePath(QStringLiteral("file.sqlite")));
        QVERIFY(opened);
        file.storage = std::move(*opened);
    }
    DemoOptions demo;
    demo.opportunities = 150;
    demo.seed = 3;
    QVERIFY(generateDemo(file.storage->process(), file.storage->forecast(), file.storage->bulk(),
                         demo));
    TestDatabase target;

    // When it is copied there
    QStringList tablesSeen;
    const auto copied =
        DatabaseCopy::run(*file.storage, *target.storage, [&](const QString &table, qint64) {
            tablesSeen.append(table);
            return true;
        });
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));

    // Then every row is there, ids included, and the counts were reported table by table
    QCOMPARE(everyRow(target), everyRow(file));
    QVERIFY(tablesSeen.contains(QStringLiteral("stage_history")));
    const auto deals = std::find_if(copied->cbegin(), copied->cend(), [](const CopiedTable &t) {
        return t.table == QLatin1String("opportunities");
    });
    QCOMPARE(deals->rows, 150);
    QCOMPARE(target.storage->forecast().reportingCurrency().value(),
             file.storage->forecast().reportingCurrency().value());
    // ... and the copy is a working database: a new deal gets an id of its own
    Opportunity o;
    o.title = QStringLiteral("After the copy");
    o.currency = QStringLiteral("USD");
    o.stageId = target.storage->process().stages()->first().id;
    const auto created = target.storage->opportunityStore().createOpportunity(o, 0);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(created->id, 151);
}

void TestSqlStorage::shouldNotCopyOverDeals()
{
    TestDatabase file(20);
    TestDatabase target(3);
    const QStringList before = everyRow(target);
    const auto copied = DatabaseCopy::run(*file.storage, *target.storage);
    QVERIFY(!copied);
    QCOMPARE(copied.error().message,
             QStringLiteral("%1 already holds 3 opportunities; copy into a new, empty database.")
                 .arg(target.storage->location()));
    QCOMPARE(everyRow(target), before);
}

void TestSqlStorage::shouldSayWhyAConnectionFailedInOneParagraph()
{
    // libpq's message, as the driver passes it on: a hint indented on a line of its own
    const QSqlError refused(QStringLiteral("QPSQL: Unable to connect"),
                            QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: "
                                           "Connection refused\n\tIs the server running on that "
                                           "host and accepting TCP/IP connections?\n"),
                            QSqlError::ConnectionError);
    QCOMPARE(connectionProblem(refused),
             QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: Connection "
                            "refused. Is the server running on that host and accepting TCP/IP "
                            "connections?"));
}

QTEST_GUILESS_MAIN(TestSqlStorage)
#include "tst_sqlstorage.moc"
