// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Stageboard's benchmark: prints one line per figure, "name value unit", each floor (what the
// database or tool alone takes for the same work) as its own "name_floor" line. Run it with
// `cmake --build build --target bench`; `--quick` leaves out the million-deal figures, and
// `--only board|agenda|start|move|filter|forecast|csv|1m` runs one group (for profiling).
//
// Databases are generated with the demo generator into a folder under the system's temporary
// folder and reused between runs; the ones a figure changes are copied first.
#include "boardview.h"
#include "csv/csvexport.h"
#include "csv/csvimport.h"
#include "demo/demogenerator.h"
#include "forecast/forecast.h"
#include "itemmodels/accountlistmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/coachingmodel.h"
#include "itemmodels/contactlistmodel.h"
#include "itemmodels/processmodel.h"
#include "itemmodels/reviewsmodel.h"
#include "itemmodels/waitingmodel.h"
#include "services/coaching.h"
#include "services/gateengine.h"
#include "services/lookback.h"
#include "storage/sqlstorage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace Stageboard;

namespace {

QString dataDir;
QString appPath;
int failures = 0;

void figure(const char *name, double value, const char *unit, int decimals = 0)
{
    std::printf("%s %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()))];
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// The floor of a list: the bare query run and every row read, in ms.
double timedQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    qint64 n = 0;
    while (q.next())
        n += q.value(0).toLongLong() > 0;
    return ms(t);
}

template<typename F> QList<double> repeat(int times, F run)
{
    QList<double> result;
    for (int i = 0; i < times; ++i)
        result.append(run());
    return result;
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(message));
    std::exit(1);
}

std::unique_ptr<SqlStorage> open(const QString &path)
{
    auto opened = SqlStorage::openSqlite(path);
    if (!opened)
        die(opened.error().message);
    return std::move(*opened);
}

/// Generates a demo database unless it is there; returns how long generating took (ms), or 0.
double ensureDemo(const QString &path, int deals)
{
    if (QFile::exists(path))
        return 0;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    note(QStringLiteral("generating %1 demo deals in %2").arg(deals).arg(path));
    QElapsedTimer t;
    t.start();
    {
        auto storage = open(partial);
        DemoOptions options;
        options.opportunities = deals;
        options.seed = 7;
        if (auto ok =
                generateDemo(storage->process(), storage->forecast(), storage->bulk(), options);
            !ok)
            die(ok.error().message);
    }
    const double took = ms(t);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(partial + QLatin1String(suffix));
    if (!QFile::rename(partial, path))
        die(QStringLiteral("cannot rename %1").arg(partial));
    return took;
}

QString scratchCopy(const QString &path, const QString &name)
{
    const QString copy = QDir(dataDir).filePath(name);
    QFile::remove(copy);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(copy + QLatin1String(suffix));
    if (!QFile::copy(path, copy))
        die(QStringLiteral("cannot copy %1").arg(path));
    return copy;
}

qint64 managerOf(const BoardModel &model)
{
    for (const User &u : model.service().users()) {
        if (u.role == UserRole::Manager)
            return u.id;
    }
    return 0;
}

// board_open_100k and its floor: the columns the board reads, by a bare query.
void boardOpen(const QString &path)
{
    auto openAndPaint = [&] {
        QElapsedTimer t;
        t.start();
        auto storage = open(path);
        BoardModel model(storage->opportunityStore(), storage->process(), storage->directory());
        if (auto ok = model.service().reload(); !ok)
            die(ok.error().message);
        BoardView view;
        view.resize(1400, 860);
        view.setModel(&model);
        view.show();
        view.grab(); // paints every visible widget once
        return ms(t);
    };
    auto bare = [&] {
        QElapsedTimer t;
        t.start();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.exec(QStringLiteral(
                "SELECT o.id, o.title, o.account_id, o.contact, o.owner_id, o.amount, "
                "o.currency, o.close_date, o.stage_id, o.entered_stage_at, o.probability, "
                "o.next_step, o.close_reason, o.created_at, o.version, o.disqualified, "
                "o.activities_done, o.required_met, o.forecast_category, o.deleted_at, "
                "o.override_reason, o.next_activity_at, o.stakeholders, o.champions, "
                "o.buying_roles FROM opportunities o WHERE o.deleted_at IS NULL"));
            qint64 sum = 0;
            while (q.next()) {
                for (int c = 0; c < 25; ++c)
                    sum += q.value(c).isValid();
            }
            if (sum == 0)
                die(QStringLiteral("no deals read"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("floor"));
        return ms(t);
    };
    openAndPaint(); // warm the file cache
    figure("board_open_100k", median(repeat(5, openAndPaint)), "ms");
    figure("board_open_100k_floor", median(repeat(5, bare)), "ms");
}

// agenda_100k: the busiest rep's agenda read and grouped, on the 100k board with its
// activities (its floor: the same rows by a bare query on the agenda's index).
void agenda(const QString &path)
{
    auto storage = open(path);
    QSqlDatabase db = QSqlDatabase::database(storage->connectionName());
    qint64 busiest = 0;
    qint64 activities = 0;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM engagements"));
        q.next();
        activities = q.value(0).toLongLong();
        q.exec(QStringLiteral("SELECT owner_id FROM engagements WHERE done_at IS NULL GROUP BY "
                              "owner_id ORDER BY COUNT(*) DESC LIMIT 1"));
        if (q.next())
            busiest = q.value(0).toLongLong();
    }
    note(QStringLiteral("%1 activities").arg(activities));
    BoardModel board(storage->opportunityStore(), storage->process(), storage->directory());
    if (auto ok = board.service().reload(); !ok)
        die(ok.error().message);
    AgendaModel model(board.service(), storage->engagements());
    auto read = [&] {
        QElapsedTimer t;
        t.start();
        if (auto ok = model.setOwner(busiest); !ok)
            die(ok.error().message);
        return ms(t);
    };
    auto bare = [&] {
        return timedQuery(db,
                          QStringLiteral("SELECT id, subject, due_at FROM engagements WHERE "
                                         "owner_id = ? AND done_at IS NULL AND deleted_at IS NULL "
                                         "ORDER BY due_at"),
                          {busiest});
    };
    read();
    figure("agenda_100k", median(repeat(5, read)), "ms");
    figure("agenda_100k_floor", median(repeat(5, bare)), "ms");
}

// waiting_100k: the Waiting on me list of the legal counsel, who signs off a criterion of
// Negotiate and of Deliver/Finalize, read and shown; the floor is the bare query for the deals
// in those stages. waiting_owned_100k: the solutions engineer's, the deals of a stage their
// role owns.
void waiting(const QString &path)
{
    auto storage = open(path);
    QSqlDatabase db = QSqlDatabase::database(storage->connectionName());
    BoardModel board(storage->opportunityStore(), storage->process(), storage->directory());
    if (auto ok = board.service().reload(); !ok)
        die(ok.error().message);
    const auto memberOf = [&](const QString &role) {
        for (const TeamRole &r : board.service().gateEngine().teamRoles()) {
            if (r.name == role && !r.memberIds.isEmpty())
                return r.memberIds.first();
        }
        die(QStringLiteral("the demo has no member of %1").arg(role));
        return qint64(0);
    };
    const qint64 member = memberOf(QStringLiteral("Legal"));
    WaitingModel model(board.service(), storage->signOffs());
    auto readFor = [&](qint64 who) {
        QElapsedTimer t;
        t.start();
        if (auto ok = model.setUser(0); !ok)
            die(ok.error().message);
        t.restart(); // emptying the list is not the figure
        if (auto ok = model.setUser(who); !ok)
            die(ok.error().message);
        return ms(t);
    };
    auto read = [&] { return readFor(member); };
    auto bare = [&] {
        return timedQuery(db, QStringLiteral("SELECT o.id, o.title FROM opportunities o JOIN "
                                             "exit_criteria c ON c.stage_id = o.stage_id WHERE "
                                             "c.signoff_role_id IS NOT NULL AND o.deleted_at IS "
                                             "NULL"));
    };
    read();
    note(QStringLiteral("%1 sign-offs waiting on the legal counsel").arg(model.rowCount()));
    figure("waiting_100k", median(repeat(5, read)), "ms");
    figure("waiting_100k_floor", median(repeat(5, bare)), "ms");
    // waiting_owned_100k: the solutions engineer's, whose role owns Propose: every deal there
    const qint64 engineer = memberOf(QStringLiteral("Solutions engineer"));
    auto owned = [&] { return readFor(engineer); };
    owned();
    note(QStringLiteral("%1 deals in Propose waiting on the solutions engineer")
             .arg(model.rowCount()));
    figure("waiting_owned_100k", median(repeat(5, owned)), "ms");
}

// reviews_pending_100k, reviews_all_100k: the Look-back list over the 100k board's closes,
// awaiting review (with the count) and all of them (its first page); the floor is the bare
// query of every close.
void reviews(const QString &path)
{
    auto storage = open(path);
    QSqlDatabase db = QSqlDatabase::database(storage->connectionName());
    BoardModel board(storage->opportunityStore(), storage->process(), storage->directory());
    if (auto ok = board.service().reload(); !ok)
        die(ok.error().message);
    LookBackService lookBack(board.service(), storage->lookBack());
    if (auto ok = lookBack.load(); !ok)
        die(ok.error().message);
    ReviewsModel model(lookBack);
    auto show = [&](CloseFilter filter) {
        return [&, filter] {
            QElapsedTimer t;
            t.start();
            if (auto ok = model.setFilter(filter); !ok)
                die(ok.error().message);
            for (int row = 0; row < model.rowCount(); ++row)
                model.index(row, ReviewsModel::ReviewColumn).data();
            return ms(t);
        };
    };
    show(CloseFilter::Pending)();
    note(QStringLiteral("%1 closes awaiting review").arg(model.pendingCount()));
    figure("reviews_pending_100k", median(repeat(5, show(CloseFilter::Pending))), "ms");
    figure("reviews_all_100k", median(repeat(5, show(CloseFilter::All))), "ms");
    // winloss_stage_100k, winloss_competitor_100k: the win/loss figures of every closed deal by
    // the stage it left (a ledger look-up per deal) and by competitor (a join).
    for (const auto &[name, by] : {std::pair{"winloss_stage_100k", WinLossBy::Stage},
                                   std::pair{"winloss_competitor_100k", WinLossBy::Competitor}}) {
        figure(name,
               median(repeat(5,
                             [&, by = by] {
                                 QElapsedTimer t;
                                 t.start();
                                 if (auto rows = storage->lookBack().winLoss(by, WinLossFilter{});
                                     !rows)
                                     die(rows.error().message);
                                 return ms(t);
                             })),
               "ms");
    }
    figure("reviews_100k_floor",
           median(repeat(5,
                         [&] {
                             return timedQuery(db, QStringLiteral("SELECT id, opportunity_id FROM "
                                                                  "deal_closes"));
                         })),
           "ms");
}

// coaching_grid_100k: the coaching grid's figures over the 100k board's open deals (counts,
// activities, stalled, overrides and the two medians) and the grid model filled and read;
// the floor is the bare query of every open deal's owner, stage and time in it.
void coaching(const QString &path)
{
    auto storage = open(path);
    QSqlDatabase db = QSqlDatabase::database(storage->connectionName());
    BoardModel board(storage->opportunityStore(), storage->process(), storage->directory());
    if (auto ok = board.service().reload(); !ok)
        die(ok.error().message);
    CoachingService service(board.service(), storage->coaching());
    CoachingModel model(service);
    auto fill = [&] {
        QElapsedTimer t;
        t.start();
        if (auto ok = model.refresh(); !ok)
            die(ok.error().message);
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c)
                model.index(r, c).data();
        }
        return ms(t);
    };
    fill();
    note(QStringLiteral("%1 reps × %2 stages").arg(model.rowCount()).arg(model.columnCount()));
    figure("coaching_grid_100k", median(repeat(5, fill)), "ms");
    figure("coaching_grid_100k_floor",
           median(repeat(5,
                         [&] {
                             return timedQuery(
                                 db, QStringLiteral(
                                         "SELECT o.owner_id, o.stage_id, o.entered_stage_at FROM "
                                         "opportunities o JOIN stages s ON s.id = o.stage_id "
                                         "WHERE s.kind = 'open' AND o.deleted_at IS NULL"));
                         })),
           "ms");
}

// accounts_view_25k: the Accounts tab over the 100k demo's 25,000 accounts, from nothing to
// painted, sorted by weighted pipeline; the floor is the aggregate query alone; then a reload
// after one change (accounts_reload_25k) and one account read again (accounts_one).
void accounts(const QString &path)
{
    auto storage = open(path);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    std::unique_ptr<AccountListModel> model;
    std::unique_ptr<AccountFilterModel> filter;
    QTableView view;
    view.resize(1400, 800);
    view.show();
    const auto open = [&] {
        view.setModel(nullptr);
        filter.reset();
        model.reset();
        QElapsedTimer t;
        t.start();
        model = std::make_unique<AccountListModel>(storage->accounts());
        filter = std::make_unique<AccountFilterModel>(*model);
        model->setCurrency(QStringLiteral("USD"));
        if (auto ok = model->reload(now); !ok)
            die(ok.error().message);
        filter->sort(AccountListModel::WeightedColumn, Qt::DescendingOrder);
        view.setModel(filter.get());
        view.grab();
        return ms(t);
    };
    open();
    note(QStringLiteral("%1 accounts").arg(model->rowCount()));
    figure("accounts_view_25k", median(repeat(5, open)), "ms");
    figure("accounts_view_25k_floor",
           median(repeat(5,
                         [&] {
                             QElapsedTimer t;
                             t.start();
                             if (!storage->accounts().summaries(now))
                                 die(QStringLiteral("cannot read the accounts"));
                             return ms(t);
                         })),
           "ms");
    const qint64 someId = model->summary(0).account.id;
    figure("accounts_reload_25k",
           median(repeat(5,
                         [&] {
                             QElapsedTimer t;
                             t.start();
                             if (auto ok = model->reload(now); !ok)
                                 die(ok.error().message);
                             view.grab();
                             return ms(t);
                         })),
           "ms");
    figure("accounts_one",
           median(repeat(5,
                         [&] {
                             QElapsedTimer t;
                             t.start();
                             if (auto ok = model->reloadAccounts({someId}, now); !ok)
                                 die(ok.error().message);
                             return ms(t);
                         })),
           "ms", 2);
}

// contacts_open_100k, contacts_search_100k, contacts_sort_100k: the contacts list over
// 100,000 contacts (the 100k board's, and as many more as it takes), opened and painted,
// searched for a few letters, sorted by account; each floor is the bare id query.
void contacts(const QString &path)
{
    auto storage = open(path);
    QSqlDatabase db = QSqlDatabase::database(storage->connectionName());
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*), (SELECT MIN(id) FROM accounts), (SELECT "
                              "COUNT(*) FROM accounts) FROM contacts"));
        q.next();
        const qint64 have = q.value(0).toLongLong();
        const qint64 firstAccount = q.value(1).toLongLong();
        const qint64 accounts = q.value(2).toLongLong();
        if (have < 100000) {
            note(QStringLiteral("adding %1 contacts").arg(100000 - have));
            const QStringList first = {"Ana",  "Ben", "Chloe", "Dev",   "Eli",  "Fatima", "Gus",
                                       "Hana", "Ivo", "Jun",   "Kemal", "Lena", "Mateo",  "Nia"};
            const QStringList last = {"Adler",    "Brandt",    "Costa",  "Dubois",   "Eriksen",
                                      "Fontaine", "Garcia",    "Horvat", "Ito",      "Jensen",
                                      "Kovacs",   "Lindqvist", "Moreau", "Nakamura", "Okafor",
                                      "Petrov",   "Quinn",     "Rossi"};
            db.transaction();
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral(
                "INSERT INTO contacts (account_id, name, job_title, email, phone, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)"));
            for (qint64 i = have; i < 100000; ++i) {
                const QString name = first.at(i % first.size()) + u' ' +
                                     last.at((i / first.size()) % last.size()) + u' ' +
                                     QString::number(i);
                insert.addBindValue(firstAccount + i % std::max<qint64>(1, accounts));
                insert.addBindValue(name);
                insert.addBindValue(i % 3 ? QStringLiteral("Buyer") : QStringLiteral("CFO"));
                insert.addBindValue(QStringLiteral("p%1@example.com").arg(i));
                insert.addBindValue(QStringLiteral("+1 555 %1").arg(i, 6, 10, QLatin1Char('0')));
                if (!insert.exec())
                    die(QStringLiteral("cannot add the contacts"));
            }
            db.commit();
        }
    }
    ContactListModel model(storage->contacts());
    QTableView view;
    view.resize(1400, 800);
    view.setModel(&model);
    view.show();
    const auto timed = [&](ContactQuery query) {
        return [&model, &view, query] {
            QElapsedTimer t;
            t.start();
            if (auto ok = model.setQuery(query); !ok)
                die(ok.error().message);
            view.grab();
            return ms(t);
        };
    };
    const auto bare = [&](const QString &sql, const QString &bound) {
        return [&db, sql, bound] {
            QVariantList values;
            for (qsizetype i = 0; i < sql.count(u'?'); ++i)
                values.append(bound);
            return timedQuery(db, sql, values);
        };
    };
    ContactQuery all;
    timed(all)(); // warm
    figure("contacts_open_100k", median(repeat(5, timed(all))), "ms");
    figure("contacts_open_100k_floor",
           median(repeat(5, bare(QStringLiteral("SELECT c.id FROM contacts c WHERE c.deleted_at "
                                                "IS NULL ORDER BY lower(c.name), c.id"),
                                 QString()))),
           "ms");
    ContactQuery search;
    search.search = QStringLiteral("ana ross");
    figure("contacts_search_100k", median(repeat(5, timed(search))), "ms");
    figure("contacts_search_100k_floor",
           median(repeat(
               5, bare(QStringLiteral("SELECT c.id FROM contacts c LEFT JOIN accounts a ON a.id = "
                                      "c.account_id WHERE c.deleted_at IS NULL AND (c.name LIKE "
                                      "? OR c.job_title LIKE ? OR c.email LIKE ? OR c.phone "
                                      "LIKE ? OR a.name LIKE ?) ORDER BY lower(c.name), c.id"),
                       QStringLiteral("%ana%")))),
           "ms");
    ContactQuery byAccount;
    byAccount.sort = ContactSort::Account;
    figure("contacts_sort_100k", median(repeat(5, timed(byAccount))), "ms");
    note(QStringLiteral("%1 contact rows read for the figures above").arg(model.rowsRead()));
}

// Runs the app until its first paint; returns the wall time and the peak memory it reported.
std::pair<double, qint64> appUntilPainted(const QString &path)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), QDir(dataDir).filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(dataDir).filePath(QStringLiteral("home")));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    app.start(appPath,
              {QStringLiteral("--database"), path, QStringLiteral("--report-first-paint")});
    if (!app.waitForFinished(60000))
        die(QStringLiteral("the app did not finish"));
    const double took = ms(t);
    const QByteArray out = app.readAllStandardOutput();
    const int at = int(out.indexOf("first-paint "));
    if (at < 0)
        die(QStringLiteral("the app did not report its first paint: %1")
                .arg(QString::fromUtf8(app.readAllStandardError())));
    const qint64 peakKb = out.mid(at + 12).trimmed().split('\n').value(0).toLongLong();
    return {took, peakKb};
}

void moves(const QString &path)
{
    const QString copy = scratchCopy(path, QStringLiteral("moves.sqlite"));
    auto storage = open(copy);
    BoardModel model(storage->opportunityStore(), storage->process(), storage->directory());
    if (auto ok = model.service().reload(); !ok)
        die(ok.error().message);
    model.service().setCurrentUserId(managerOf(model));
    // Forward moves, each checked against its gate (a manager overrides what is unmet).
    QList<qint64> stageIds;
    for (const Stage &s : model.service().stages())
        stageIds.append(s.id);
    QList<QPair<qint64, qint64>> planned;
    for (const Opportunity &o : model.visibleOpportunities()) {
        const int i = int(stageIds.indexOf(o.stageId));
        const Stage *next = model.service().stage(stageIds.value(i + 1));
        if (model.service().stage(o.stageId)->kind == StageKind::Open && next &&
            next->kind == StageKind::Open)
            planned.append({o.id, next->id});
        if (planned.size() == 1000)
            break;
    }
    MoveRequest request;
    request.overrideReason = QStringLiteral("Benchmark");
    QList<double> times;
    for (const auto &[id, to] : planned) {
        QElapsedTimer t;
        t.start();
        if (auto moved = model.service().moveToStage(id, to, request); !moved)
            die(moved.error().message);
        times.append(ms(t));
    }
    figure("move_commit_median_100k", median(times), "ms", 3);
    figure("move_commit_p99_100k", percentile(times, 0.99), "ms", 3);
}

// What an admin waits for in the process editor at 100k deals: a stage saved and the board
// read again (as the window does after every process change), and a busy stage removed (a
// ledger row per deal) and put back by undo.
void processEdits(const QString &path)
{
    const QString copy = scratchCopy(path, QStringLiteral("process.sqlite"));
    auto storage = open(copy);
    BoardModel board(storage->opportunityStore(), storage->process(), storage->directory());
    ProcessModel process(storage->opportunityStore(), storage->process(), storage->directory());
    if (auto ok = board.service().reload(); !ok)
        die(ok.error().message);
    if (auto ok = process.load(); !ok)
        die(ok.error().message);
    process.setActorId(managerOf(board));
    QList<ProcessEdit> edits;
    QObject::connect(&process, &ProcessModel::edited,
                     [&edits](const ProcessEdit &e) { edits.append(e); });
    int round = 0;
    const auto times = repeat(5, [&] {
        QElapsedTimer t;
        t.start();
        Stage s = process.stage(1);
        s.name = QStringLiteral("Qualified %1").arg(++round);
        if (auto ok = process.setStage(s); !ok)
            die(ok.error().message);
        if (auto ok = board.service().reload(); !ok)
            die(ok.error().message);
        return ms(t);
    });
    figure("process_stage_save_and_board_reload_100k", median(times), "ms");

    int busiest = 0;
    for (int row = 0; row < process.rowCount(); ++row) {
        if (process.stage(row).kind == StageKind::Open &&
            board.service().opportunityCount(process.stage(row).id) >
                board.service().opportunityCount(process.stage(busiest).id))
            busiest = row;
    }
    const qint64 to = process.stage(busiest + 1).id;
    QElapsedTimer t;
    t.start();
    const auto moved = process.removeStage(busiest, to);
    if (!moved)
        die(moved.error().message);
    figure("process_remove_stage_100k", ms(t), "ms");
    note(QStringLiteral("  %1 deals moved, each with a ledger row").arg(*moved));
    t.restart();
    if (auto ok = process.undo(edits.last()); !ok)
        die(ok.error().message);
    figure("process_undo_remove_stage_100k", ms(t), "ms");
}

void filterAndPaint(const QString &path)
{
    auto storage = open(path);
    BoardModel model(storage->opportunityStore(), storage->process(), storage->directory());
    if (auto ok = model.service().reload(); !ok)
        die(ok.error().message);
    BoardView view;
    view.resize(1400, 860);
    view.setModel(&model);
    view.show();
    view.grab();
    QList<double> filters;
    for (const QString &text :
         {QStringLiteral("pilot"), QStringLiteral("northwind"), QStringLiteral("legal review"),
          QStringLiteral("pilot"), QStringLiteral("harbor")}) {
        QElapsedTimer t;
        t.start();
        model.service().setFilter({text, 0});
        QCoreApplication::processEvents();
        filters.append(ms(t));
        model.service().setFilter({});
        QCoreApplication::processEvents();
    }
    figure("filter_100k", median(filters), "ms");

    // The fullest column: paint the screenful of cards it shows.
    QListView *fullest = nullptr;
    int most = 0;
    for (int i = 0; i < view.columnCount(); ++i) {
        QListView *list = view.columnView(i);
        const int rows = model.rowCount(list->rootIndex());
        if (rows > most) {
            most = rows;
            fullest = list;
        }
    }
    if (!fullest || most < 20000)
        die(QStringLiteral("no column holds 20,000 cards (the fullest has %1)").arg(most));
    fullest->scrollTo(model.index(most / 2, 0, fullest->rootIndex()));
    QCoreApplication::processEvents();
    const QList<double> paints = repeat(30, [&] {
        QElapsedTimer t;
        t.start();
        fullest->viewport()->repaint();
        return ms(t);
    });
    note(QStringLiteral("paint_20k: the column holds %1 cards").arg(most));
    figure("paint_20k", median(paints), "ms", 2);
}

void forecast(const QString &path, const char *loadName, const char *name)
{
    auto storage = open(path);
    QElapsedTimer t;
    t.start();
    auto data = ForecastData::load({storage->forecast(), storage->process(), storage->directory()});
    if (!data)
        die(data.error().message);
    figure(loadName, ms(t), "ms");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    ForecastFilter filter;
    filter.fromMonth = QDate(today.year(), today.month(), 1).addMonths(-3);
    filter.toMonth = filter.fromMonth.addMonths(8);
    // Every number of the dashboard: the forecast itself and the snapshots behind its chart.
    figure(name,
           median(repeat(5,
                         [&] {
                             QElapsedTimer r;
                             r.start();
                             const ForecastResult result = data->compute(filter, now);
                             auto points = storage->forecast().forecastSnapshots(
                                 filter.fromMonth, filter.toMonth, {}, {});
                             if (!points || result.total.opportunities == 0)
                                 die(QStringLiteral("no forecast"));
                             return ms(r);
                         })),
           "ms");
}

void csv(const QString &path)
{
    const QString exported = QDir(dataDir).filePath(QStringLiteral("export-100k.csv"));
    {
        auto storage = open(path);
        GateEngine pipeline(storage->opportunityStore(), storage->process(), storage->directory());
        if (auto ok = pipeline.load(); !ok)
            die(ok.error().message);
        const QList<double> exports = repeat(3, [&] {
            QElapsedTimer t;
            t.start();
            QFile file(exported);
            file.open(QIODevice::WriteOnly);
            auto deals = storage->opportunityStore().opportunities();
            if (!deals)
                die(deals.error().message);
            if (auto ok = CsvExporter(storage->opportunityStore(), storage->forecast(),
                                      storage->directory(), pipeline)
                              .exportOpportunities(&file, *deals, {});
                !ok)
                die(ok.error().message);
            file.close();
            return ms(t);
        });
        figure("csv_export_100k", median(exports), "ms");
    }
    // The floor: sqlite3 writing the same columns as CSV.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        note(QStringLiteral("csv_export_100k_floor: missing, sqlite3 is not installed"));
    } else {
        const QString query = QStringLiteral(
            "SELECT o.id, o.title, a.name, u.name, s.name, o.amount / 100.0, o.currency, "
            "COALESCE(o.probability, s.probability), o.amount * COALESCE(o.probability, "
            "s.probability) / 10000.0, o.close_date, COALESCE(o.forecast_category, "
            "s.forecast_category), datetime(o.created_at, 'unixepoch'), "
            "datetime(o.entered_stage_at, 'unixepoch'), (strftime('%s', 'now') - "
            "o.entered_stage_at) / 86400, o.activities_done, o.next_step, o.close_reason, "
            "s.kind, o.contact FROM opportunities o JOIN stages s ON s.id = o.stage_id LEFT "
            "JOIN accounts a ON a.id = o.account_id LEFT JOIN users u ON u.id = o.owner_id "
            "WHERE o.deleted_at IS NULL ORDER BY o.id");
        const QList<double> floors = repeat(3, [&] {
            QProcess p;
            p.setStandardOutputFile(QDir(dataDir).filePath(QStringLiteral("floor.csv")));
            QElapsedTimer t;
            t.start();
            p.start(sqlite3, {QStringLiteral("-csv"), QStringLiteral("-header"), path, query});
            p.waitForFinished(120000);
            return ms(t);
        });
        figure("csv_export_100k_floor", median(floors), "ms");
    }
    // Import that file into an empty database, three times: the median keeps a burst of load
    // on the machine out of the figure.
    const QString target = QDir(dataDir).filePath(QStringLiteral("import.sqlite"));
    qint64 imported = 0;
    const QList<double> imports = repeat(3, [&] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(target + QLatin1String(suffix));
        auto storage = open(target);
        if (auto ok = storage->directory().addUser(
                {0, QStringLiteral("Importer"), UserRole::Manager, {}});
            !ok)
            die(ok.error().message);
        GateEngine pipeline(storage->opportunityStore(), storage->process(), storage->directory());
        if (auto ok = pipeline.load(); !ok)
            die(ok.error().message);
        QFile file(exported);
        file.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.createMissing = true;
        options.actorId = pipeline.users().first().id;
        QElapsedTimer t;
        t.start();
        auto report = CsvImporter(storage->opportunityStore(), storage->directory(),
                                  storage->bulk(), pipeline)
                          .run(&file, options);
        const double took = ms(t);
        if (!report || report->imported == 0)
            die(report ? QStringLiteral("nothing imported") : report.error().message);
        imported = report->imported;
        return took;
    });
    note(QStringLiteral("csv_import_100k: %1 rows imported").arg(imported));
    figure("csv_import_100k", median(imports), "ms");
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // A tool for developers: its own words are English, and asking for help runs nothing.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Stageboard's benchmark: one line per figure, \"name value unit\", each floor (what the "
        "database or tool alone takes for the same work) as its own \"name_floor\" line. "
        "Databases are generated into stageboard-bench under the temporary folder and reused."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Leave out the million-deal figures."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Run one group: board, agenda, contacts, accounts, waiting, reviews, "
                       "coaching, start, move, filter, process, forecast, csv or 1m."),
        QStringLiteral("group"));
    parser.addOption(quickOption);
    parser.addOption(onlyOption);
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const QString only = parser.value(onlyOption);
    const auto runs = [&](const char *group) {
        return only.isEmpty() || only == QLatin1StringView(group);
    };
    dataDir = QDir::temp().filePath(QStringLiteral("stageboard-bench"));
    QDir().mkpath(QDir(dataDir).filePath(QStringLiteral("home")));
    appPath = QStringLiteral(STAGEBOARD_APP);
    note(QStringLiteral("data in %1; %2 cores").arg(dataDir).arg(QThread::idealThreadCount()));

    // Named by the schema version, so that demos kept from an older one are made again (an
    // upgrade alone would leave out what the new version's demo has).
    const auto demo = [](const char *size) {
        return QDir(dataDir).filePath(QStringLiteral("demo-%1-v%2.sqlite")
                                          .arg(QLatin1StringView(size))
                                          .arg(Schema::currentVersion()));
    };
    const QString small = demo("60");
    const QString d10k = demo("10k");
    const QString d100k = demo("100k");
    const QString d1m = demo("1m");
    ensureDemo(small, 60);
    ensureDemo(d10k, 10000);
    ensureDemo(d100k, 100000);

    if (runs("board"))
        boardOpen(d100k);
    if (runs("agenda"))
        agenda(d100k);
    if (runs("contacts"))
        contacts(d100k);
    if (runs("accounts"))
        accounts(d100k);
    if (runs("waiting"))
        waiting(d100k);
    if (runs("reviews"))
        reviews(d100k);
    if (runs("coaching"))
        coaching(d100k);
    if (runs("start")) {
        appUntilPainted(small); // warm
        QList<double> starts;
        for (int i = 0; i < 5; ++i)
            starts.append(appUntilPainted(small).first);
        figure("cold_start", median(starts), "ms");
        figure("rss_100k", double(appUntilPainted(d100k).second) / 1024.0, "MB");
    }
    if (runs("move"))
        moves(d100k);
    if (runs("filter"))
        filterAndPaint(d100k);
    if (runs("process"))
        processEdits(d100k);
    if (runs("forecast")) {
        forecast(d10k, "forecast_load_10k", "forecast_10k");
        forecast(d100k, "forecast_load_100k", "forecast_100k");
    }
    if (runs("csv"))
        csv(d100k);

    if (!runs("1m")) {
        // one group asked for
    } else if (quick) {
        note(QStringLiteral("demo_generate_1m, forecast_1m: left out (--quick)"));
    } else {
        // Generated afresh each run, which is the figure; the result is kept for forecast_1m.
        const QString fresh = QDir(dataDir).filePath(QStringLiteral("demo-1m-new.sqlite"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(fresh + QLatin1String(suffix));
        figure("demo_generate_1m", ensureDemo(fresh, 1000000) / 1000.0, "s", 1);
        QFile::remove(d1m);
        QFile::rename(fresh, d1m);
        forecast(d1m, "forecast_load_1m", "forecast_1m");
    }
    return failures == 0 ? 0 : 1;
}
