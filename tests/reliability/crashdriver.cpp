// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Works a demo database the way the app does, through BoardModel, until it is killed: creates,
// edits and moves deals at random and, after each change is committed, prints one line saying
// what it was. tst_crash kills it at random moments and checks that every printed change is in
// the file.
//
//   stageboard-crashdriver DATABASE SEED
//
// Lines: "ready", "created ID TITLE", "edited ID TITLE AMOUNT", "moved ID STAGE".

#include "itemmodels/boardmodel.h"
#include "storage/sqlstorage.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>
#include <unistd.h>

using namespace Stageboard;

namespace {

// Written straight to the pipe, so a line printed is a line the test reads even after SIGKILL.
void say(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            std::_Exit(4);
        done += n;
    }
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::_Exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        die(QStringLiteral("usage: stageboard-crashdriver DATABASE SEED"));
    const int seed = args.at(2).toInt();
    QRandomGenerator random(quint32(seed) * 7919u + 1u);

    auto opened = SqlStorage::openSqlite(args.at(1));
    if (!opened)
        die(opened.error().message);
    BoardModel model((*opened)->opportunityStore(), (*opened)->process(), (*opened)->directory());
    if (auto ok = model.service().reload(); !ok)
        die(ok.error().message);
    for (const User &user : model.service().users()) {
        if (user.role == UserRole::Manager)
            model.service().setCurrentUserId(user.id);
    }
    QList<qint64> openStages;
    for (const Stage &stage : model.service().stages()) {
        if (stage.kind == StageKind::Open)
            openStages.append(stage.id);
    }
    if (openStages.size() < 2 || model.service().accounts().isEmpty() ||
        model.service().currentUserId() == 0)
        die(QStringLiteral("the database needs a demo pipeline"));

    QList<qint64> deals;
    for (const Opportunity &deal : model.visibleOpportunities()) {
        if (openStages.contains(deal.stageId))
            deals.append(deal.id);
    }
    say(QStringLiteral("ready"));

    for (qint64 step = 1;; ++step) {
        const int what = random.bounded(10);
        if (what < 2 || deals.isEmpty()) {
            Opportunity deal;
            deal.title = QStringLiteral("crash-%1-%2").arg(seed).arg(step);
            deal.accountId =
                model.service().accounts().at(random.bounded(model.service().accounts().size())).id;
            deal.ownerId = model.service().currentUserId();
            deal.amount = random.bounded(1, 10'000'000);
            deal.currency = QStringLiteral("USD");
            deal.closeDate = QDate(2027, 1, 1).addDays(random.bounded(365));
            deal.stageId = openStages.first();
            const auto created = model.service().createOpportunity(deal);
            if (!created)
                die(created.error().message);
            deals.append(created->id);
            say(QStringLiteral("created %1 %2").arg(created->id).arg(created->title));
            continue;
        }
        const qint64 id = deals.at(random.bounded(deals.size()));
        Opportunity deal = *model.service().opportunity(id);
        if (what < 5) {
            deal.title = QStringLiteral("edited-%1-%2").arg(seed).arg(step);
            deal.amount = random.bounded(1, 10'000'000);
            if (auto ok = model.service().updateOpportunity(deal); !ok)
                die(ok.error().message);
            say(QStringLiteral("edited %1 %2 %3").arg(id).arg(deal.title).arg(deal.amount));
            continue;
        }
        qint64 to = deal.stageId;
        while (to == deal.stageId)
            to = openStages.at(random.bounded(openStages.size()));
        MoveRequest request;
        request.overrideReason = QStringLiteral("crash test");
        const auto moved = model.service().moveToStage(id, to, request);
        if (!moved)
            die(moved.error().message);
        say(QStringLiteral("moved %1 %2").arg(id).arg(to));
    }
}
