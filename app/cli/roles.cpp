// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "csv/csvwriter.h"

#include <QFile>

namespace Stageboard {

namespace {

int listRoles(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto roles = storage->directory().teamRoles();
    if (!roles) {
        err << roles.error().message << Qt::endl;
        return CliFailed;
    }
    out.flush();
    QFile stdOut;
    stdOut.open(stdout, QIODevice::WriteOnly);
    CsvWriter csv(&stdOut);
    csv.writeRow(
        {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("members")});
    for (const TeamRole &r : *roles) {
        QStringList members;
        for (qint64 id : r.memberIds) {
            if (const User *u = pipeline->user(id))
                members.append(u->name);
        }
        csv.writeRow({r.name, r.description, members.join(QStringLiteral("; "))});
    }
    return CliOk;
}

int changeRole(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList action = parser.positionalArguments();
    if (action != QStringList{QStringLiteral("add")}) {
        err << tr("role takes one action, add.") << Qt::endl;
        return CliBadInput;
    }
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        err << tr("role add needs --name.") << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto actor = actingUser(parser, storage->directory(), *pipeline, err, nullptr);
    if (!actor)
        return CliRefused;
    if (!*actor) {
        err << tr("role add needs --as: the admin who adds it.") << Qt::endl;
        return CliBadInput;
    }
    if ((*actor)->role != UserRole::Admin) {
        err << tr("%1 is not an admin: only an admin defines the roles.").arg((*actor)->name)
            << Qt::endl;
        return CliRefused;
    }
    const auto roles = storage->directory().teamRoles();
    if (!roles) {
        err << roles.error().message << Qt::endl;
        return CliFailed;
    }
    // Adding a role that exists adds its new members to it.
    TeamRole role;
    for (const TeamRole &r : *roles) {
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            role = r;
    }
    if (role.id == 0)
        role.name = name;
    if (parser.isSet(QStringLiteral("description")))
        role.description = parser.value(QStringLiteral("description"));
    for (const QString &member : parser.values(QStringLiteral("member"))) {
        const User *user = pipeline->userNamed(member.trimmed());
        if (!user) {
            err << tr("--member: there is no user called \"%1\".").arg(member) << Qt::endl;
            return CliBadInput;
        }
        if (!role.memberIds.contains(user->id))
            role.memberIds.append(user->id);
    }
    const bool isNew = role.id == 0;
    const auto saved = storage->directory().saveTeamRole(role);
    if (!saved) {
        err << saved.error().message << Qt::endl;
        return saved.error().kind == Error::Kind::NotAllowed ? CliRefused : CliFailed;
    }
    out << (isNew ? tr("Added the role %1 with %n member(s).", nullptr, int(role.memberIds.size()))
                  : tr("Changed the role %1: %n member(s).", nullptr, int(role.memberIds.size())))
               .arg(role.name)
        << Qt::endl;
    return CliOk;
}

} // namespace

Command rolesCommand()
{
    Command c;
    c.name = QStringLiteral("roles");
    c.summary = tr("Print the company's own roles as CSV.");
    c.arguments = QString();
    c.description = tr("Prints every role the admin defined (such as Legal, Finance or Plant "
                       "manager) as CSV: name, description, members (separated by \"; \").");
    c.addOptions = [](QCommandLineParser &parser) { addDatabaseOption(parser); };
    c.run = listRoles;
    return c;
}

Command roleCommand()
{
    Command c;
    c.name = QStringLiteral("role");
    c.summary = tr("Add a role of the company's own, or members to one.");
    c.arguments = QStringLiteral("add");
    c.description = tr("add defines the role --name with its --description and its members "
                       "(--member, once for each user); for a role that exists, it adds the "
                       "members and changes the description. Only an admin may.");
    c.addOptions = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("action"), tr("add"), QStringLiteral("add"));
        addDatabaseOption(parser);
        parser.addOption({QStringLiteral("name"), tr("The role's name."), tr("name")});
        parser.addOption(
            {QStringLiteral("description"), tr("What the role is responsible for."), tr("text")});
        parser.addOption(
            {QStringLiteral("member"), tr("A user who holds the role (repeatable)."), tr("user")});
        addActingUserOption(parser);
    };
    c.run = changeRole;
    return c;
}

} // namespace Stageboard
