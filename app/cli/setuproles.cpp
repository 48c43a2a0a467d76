// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "csv/csvwriter.h"
#include "storage/serverroles.h"

#include <QFile>

namespace Stageboard {

namespace {

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto opened = openDatabase(parser, err);
    if (!opened)
        return opened.error();
    const auto logins = ServerRoles::setUp(**opened);
    if (!logins) {
        err << logins.error().message << Qt::endl;
        return CliFailed;
    }
    out.flush();
    QFile stdOut;
    stdOut.open(stdout, QIODevice::WriteOnly);
    CsvWriter csv(&stdOut);
    csv.writeRow({QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"),
                  QStringLiteral("new_password")});
    int created = 0;
    for (const ServerLogin &l : *logins) {
        csv.writeRow({l.login, l.name, userRoleKey(l.role), l.password});
        created += l.password.isEmpty() ? 0 : 1;
    }
    stdOut.flush();
    err << tr("%n login(s) created; pass each new password on to its person, who changes it "
              "with \"\\password\" in psql. Logins that existed keep their password.",
              nullptr, created)
        << Qt::endl;
    return CliOk;
}

} // namespace

Command setupRolesCommand()
{
    Command c;
    c.name = QStringLiteral("setup-roles");
    c.summary = tr("Give every user a login of their own on a PostgreSQL server.");
    c.arguments = QString();
    c.description =
        tr("On a PostgreSQL server, as the database's owner: gives every user a login of their own "
           "and lets the server enforce what each role may do. Prints "
           "login,name,role,new_password as CSV.");
    c.addOptions = [](QCommandLineParser &parser) { addDatabaseOption(parser); };
    c.run = run;
    return c;
}

} // namespace Stageboard
