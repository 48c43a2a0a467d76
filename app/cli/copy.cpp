// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "core/databaselocation.h"
#include "storage/databasecopy.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace Stageboard {

namespace {

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const auto from = DatabaseLocation::parse(parser.value(QStringLiteral("from")));
    const auto to = DatabaseLocation::parse(parser.value(QStringLiteral("to")));
    if (!from || !to) {
        err << (from ? to.error() : from.error()).message << Qt::endl;
        return CliBadInput;
    }
    if (parser.value(QStringLiteral("from")).isEmpty() ||
        parser.value(QStringLiteral("to")).isEmpty()) {
        err << tr("copy needs --from DATABASE and --to DATABASE.") << Qt::endl;
        return CliBadInput;
    }
    if (!from->isPostgres() && !QFileInfo::exists(from->path)) {
        err << tr("There is no database at %1.").arg(from->path) << Qt::endl;
        return CliBadInput;
    }
    auto source = SqlStorage::open(*from);
    if (!source) {
        err << source.error().message << Qt::endl;
        return CliBadInput;
    }
    auto target = SqlStorage::open(*to);
    if (!target) {
        err << target.error().message << Qt::endl;
        return CliBadInput;
    }
    QElapsedTimer timer;
    timer.start();
    const auto copied =
        DatabaseCopy::run(**source, **target, [&err](const QString &table, qint64 rows) {
            err << tr("%1: %2 rows").arg(table).arg(rows) << Qt::endl;
            return true;
        });
    if (!copied) {
        err << copied.error().message << Qt::endl;
        return CliFailed;
    }
    qint64 total = 0;
    for (const CopiedTable &t : *copied)
        total += t.rows;
    out << tr("Copied %1 rows from %2 to %3 in %4 s; every table's count matches.")
               .arg(total)
               .arg((*source)->location(), (*target)->location())
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return CliOk;
}

} // namespace

Command copyCommand()
{
    Command c;
    c.name = QStringLiteral("copy");
    c.summary = tr("Copy a whole database into another.");
    c.arguments = QString();
    c.description =
        tr("Copies a whole database --from one --to another, e.g. a file onto a new shared server "
           "(postgresql://user@host:port/database), checking that every table's row "
           "count matches.");
    c.addOptions = [](QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("from"), tr("The database to copy."), tr("database")});
        parser.addOption({QStringLiteral("to"), tr("The database to copy into."), tr("database")});
    };
    c.needsDatabase = false;
    c.run = run;
    return c;
}

} // namespace Stageboard
