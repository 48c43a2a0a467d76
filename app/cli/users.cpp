// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "csv/csvwriter.h"

#include <QFile>

namespace Stageboard {

namespace {

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    out.flush();
    QFile stdOut;
    stdOut.open(stdout, QIODevice::WriteOnly);
    CsvWriter csv(&stdOut);
    csv.writeRow({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("login")});
    for (const User &u : pipeline->users())
        csv.writeRow({u.name, userRoleKey(u.role), u.login});
    return CliOk;
}

} // namespace

Command usersCommand()
{
    Command c;
    c.name = QStringLiteral("users");
    c.summary = tr("Print the users as CSV.");
    c.arguments = QString();
    c.description = tr("Prints every user as CSV: name, role, login.");
    c.addOptions = [](QCommandLineParser &parser) { addDatabaseOption(parser); };
    c.run = run;
    return c;
}

} // namespace Stageboard
