// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a program in the middle of its work, again and again, and checks that the database
// keeps every change the program had committed: the file is sound, each reported creation,
// edit and move is there, and every deal's ledger ends in the stage the deal is in.

#include "testdatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTest>
#include <QThread>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

namespace {

/// When a title was written: (run, step) orders every change the driver ever made.
struct Stamp
{
    int run = 0;
    qint64 step = 0;
    auto operator<=>(const Stamp &) const = default;
};

Stamp stampOf(const QString &title)
{
    const QStringList parts = title.split(QLatin1Char('-'));
    if (parts.size() != 3)
        return {};
    return {parts.at(1).toInt(), parts.at(2).toLongLong()};
}

struct Edit
{
    QString title;
    qint64 amount = 0;
};

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepEveryCommittedChangeThroughTwentyKills();
};

void TestCrash::shouldKeepEveryCommittedChangeThroughTwentyKills()
{
    TestDatabase db(200);
    const QString path = db.path;
    // The ledger rows the driver writes come after these
    const qint64 demoLedger =
        db.scalar(QStringLiteral("SELECT MAX(id) FROM stage_history")).toLongLong();
    db.storage.reset();

    QSqlDatabase sql =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    sql.setDatabaseName(path);
    QRandomGenerator random(20261124);
    QList<qint64> created;
    QHash<qint64, Edit> lastEdit;
    QHash<qint64, QList<qint64>> moves; // deal -> the stages it was reported moved to, in order
    qsizetype moveCount = 0;
    int kills = 0;

    for (int run = 1; run <= 20; ++run) {
        QProcess driver;
        driver.start(QStringLiteral(STAGEBOARD_CRASHDRIVER), {path, QString::number(run)});
        QVERIFY2(driver.waitForStarted(), qPrintable(driver.errorString()));
        while (!driver.canReadLine())
            QVERIFY2(driver.waitForReadyRead(10'000), driver.readAllStandardError().constData());
        QCOMPARE(driver.readLine().trimmed(), QByteArray("ready"));

        // Somewhere in the middle of its stream of commits
        QThread::msleep(random.bounded(20, 300));
        driver.kill();
        QVERIFY(driver.waitForFinished(10'000));
        QVERIFY2(driver.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("run %1 stopped on its own: %2")
                                .arg(run)
                                .arg(QString::fromUtf8(driver.readAllStandardError()))));
        ++kills;

        const QList<QByteArray> lines = driver.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            // The last line may be cut short by the kill: only whole lines were reported.
            const QStringList f = QString::fromUtf8(line).split(QLatin1Char(' '));
            if (f.value(0) == QLatin1String("created") && f.size() == 3)
                created.append(f.at(1).toLongLong());
            else if (f.value(0) == QLatin1String("edited") && f.size() == 4)
                lastEdit[f.at(1).toLongLong()] = {f.at(2), f.at(3).toLongLong()};
            else if (f.value(0) == QLatin1String("moved") && f.size() == 3 && !f.at(2).isEmpty()) {
                moves[f.at(1).toLongLong()].append(f.at(2).toLongLong());
                ++moveCount;
            }
        }

        // The file is sound
        QVERIFY2(sql.open(), qPrintable(sql.lastError().text()));
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!q.next(), "a row points at nothing");

        // Every deal the driver reported as created is there
        for (qint64 id : std::as_const(created)) {
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE id = ? AND "
                                     "deleted_at IS NULL"));
            q.addBindValue(id);
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toInt() == 1, qPrintable(QStringLiteral("deal %1 lost").arg(id)));
        }
        // Every reported edit is there, or a later one made just before the kill
        for (auto it = lastEdit.cbegin(); it != lastEdit.cend(); ++it) {
            q.prepare(QStringLiteral("SELECT title, amount FROM opportunities WHERE id = ?"));
            q.addBindValue(it.key());
            QVERIFY(q.exec() && q.next());
            const QString title = q.value(0).toString();
            QVERIFY2(stampOf(title) >= stampOf(it->title),
                     qPrintable(QStringLiteral("deal %1 is \"%2\", not \"%3\"")
                                    .arg(it.key())
                                    .arg(title, it->title)));
            if (title == it->title)
                QCOMPARE(q.value(1).toLongLong(), it->amount);
        }
        // Every reported move is in the ledger, in order; a move made just before the kill may
        // be there too, unreported
        for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
            q.prepare(QStringLiteral("SELECT to_stage_id FROM stage_history WHERE opportunity_id "
                                     "= ? AND id > ? AND kind = 'moved' ORDER BY id"));
            q.addBindValue(it.key());
            q.addBindValue(demoLedger);
            QVERIFY(q.exec());
            qsizetype found = 0;
            while (q.next() && found < it->size()) {
                if (q.value(0).toLongLong() == it->at(found))
                    ++found;
            }
            QVERIFY2(found == it->size(),
                     qPrintable(QStringLiteral("deal %1: %2 of its %3 moves are in the ledger")
                                    .arg(it.key())
                                    .arg(found)
                                    .arg(it->size())));
        }
        // And every deal's ledger ends in the stage the deal is in
        QVERIFY(q.exec(QStringLiteral(
            "SELECT COUNT(*) FROM opportunities o WHERE o.stage_id IS NOT (SELECT h.to_stage_id "
            "FROM stage_history h WHERE h.opportunity_id = o.id ORDER BY h.id DESC LIMIT 1)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        sql.close();
    }
    QCOMPARE(kills, 20);
    // The kills came in the middle of real work
    QVERIFY2(created.size() >= 20 && lastEdit.size() >= 20 && moveCount >= 20,
             qPrintable(QStringLiteral("%1 creations, %2 edited deals, %3 moves")
                            .arg(created.size())
                            .arg(lastEdit.size())
                            .arg(moveCount)));
    qInfo("%d kills; %lld creations, %lld edited deals, %lld moves checked", kills,
          qlonglong(created.size()), qlonglong(lastEdit.size()), qlonglong(moveCount));
    sql = {};
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // And the app's own way in still opens it
    QVERIFY(SqlStorage::openSqlite(path));
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
