// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "csv/peoplecsv.h"

#include <QFile>

namespace Stageboard {

namespace {

/// The buying role ROLE names: its key ("champion") or its name ("Champion"), any case.
const BuyingRole *roleNamed(const QList<BuyingRole> &roles, const QString &name)
{
    for (const BuyingRole &r : roles) {
        if (r.key.compare(name.trimmed(), Qt::CaseInsensitive) == 0 ||
            r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

int listStakeholders(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto storage = openDatabase(parser, err);
    if (!storage)
        return storage.error();
    const auto deal = opportunityArgument(parser, (*storage)->opportunityStore(), err);
    if (!deal)
        return CliBadInput;
    const auto group = (*storage)->stakeholders().stakeholders(deal->id);
    if (!group) {
        err << group.error().message << Qt::endl;
        return CliFailed;
    }
    return printCsv(out, err, [&](QIODevice *file, const ExportOptions &raw) {
        return PeopleExporter((*storage)->contacts(), (*storage)->stakeholders(),
                              (*storage)->directory())
            .exportStakeholders(file, *group, raw, false);
    });
}

int changeStakeholder(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments();
    const QString what = arguments.value(0);
    if (arguments.size() != 1 ||
        (what != QLatin1String("add") && what != QLatin1String("remove"))) {
        err << tr("stakeholder takes add or remove.") << Qt::endl;
        return CliBadInput;
    }
    const bool adding = what == QLatin1String("add");
    if (!parser.isSet(QStringLiteral("deal")) || !parser.isSet(QStringLiteral("contact")) ||
        (adding && !parser.isSet(QStringLiteral("role")))) {
        err << (adding ? tr("stakeholder add needs --deal, --contact and --role.")
                       : tr("stakeholder remove needs --deal and --contact."))
            << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    if (!actingUser(parser, storage->directory(), *pipeline, err, nullptr))
        return CliBadInput;
    const auto deal = opportunityArgument(parser, storage->opportunityStore(), err);
    const auto contact = idOption(parser, QStringLiteral("contact"), err);
    if (!deal || !contact)
        return CliBadInput;
    if (!adding) {
        const auto removed = storage->stakeholders().removeStakeholder(deal->id, *contact);
        if (!removed) {
            err << removed.error().message << Qt::endl;
            return removed.error().kind == Error::Kind::NotAllowed ? CliRefused : CliBadInput;
        }
        out << tr("Removed contact %1 from the buying group of \"%2\".")
                   .arg(*contact)
                   .arg(deal->title)
            << Qt::endl;
        return CliOk;
    }
    const auto roles = storage->stakeholders().buyingRoles();
    if (!roles) {
        err << roles.error().message << Qt::endl;
        return CliFailed;
    }
    const BuyingRole *role = roleNamed(*roles, parser.value(QStringLiteral("role")));
    if (!role || role->removed) {
        QStringList keys;
        for (const BuyingRole &r : *roles) {
            if (!r.removed)
                keys.append(r.key);
        }
        err << tr("--role takes one of %1, not \"%2\".")
                   .arg(keys.join(QStringLiteral(", ")), parser.value(QStringLiteral("role")))
            << Qt::endl;
        return CliBadInput;
    }
    Stakeholder s;
    // Changing one keeps what was not given.
    const auto group = storage->stakeholders().stakeholders(deal->id);
    if (group) {
        for (const Stakeholder &existing : *group) {
            if (existing.contactId == *contact)
                s = existing;
        }
    }
    s.opportunityId = deal->id;
    s.contactId = *contact;
    s.roleId = role->id;
    if (parser.isSet(QStringLiteral("stance"))) {
        const auto stance = stanceFromKey(parser.value(QStringLiteral("stance")));
        if (!stance) {
            err << tr("--stance takes supporter, neutral or opponent, not \"%1\".")
                       .arg(parser.value(QStringLiteral("stance")))
                << Qt::endl;
            return CliBadInput;
        }
        s.stance = *stance;
    }
    if (parser.isSet(QStringLiteral("influence"))) {
        const auto influence = influenceFromKey(parser.value(QStringLiteral("influence")));
        if (!influence) {
            err << tr("--influence takes low, medium or high, not \"%1\".")
                       .arg(parser.value(QStringLiteral("influence")))
                << Qt::endl;
            return CliBadInput;
        }
        s.influence = *influence;
    }
    const auto reportsTo = idOption(parser, QStringLiteral("reports-to"), err);
    if (!reportsTo)
        return CliBadInput;
    if (parser.isSet(QStringLiteral("reports-to")))
        s.reportsTo = *reportsTo;
    const auto saved = storage->stakeholders().setStakeholder(s);
    if (!saved) {
        err << saved.error().message << Qt::endl;
        return saved.error().kind == Error::Kind::NotAllowed ? CliRefused : CliBadInput;
    }
    out << tr("Contact %1 is %2 on \"%3\".").arg(*contact).arg(role->name, deal->title) << Qt::endl;
    return CliOk;
}

} // namespace

Command stakeholdersCommand()
{
    Command c;
    c.name = QStringLiteral("stakeholders");
    c.summary = tr("Print a deal's buying group as CSV.");
    c.description = tr("Prints the stakeholders of --deal as CSV: contact_id, contact, role, "
                       "stance, influence, reports_to (a contact id).");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        addOpportunityOption(parser);
    };
    c.run = listStakeholders;
    return c;
}

Command stakeholderCommand()
{
    Command c;
    c.name = QStringLiteral("stakeholder");
    c.summary = tr("Add a contact to a deal's buying group, or take one out.");
    c.arguments = QStringLiteral("add | remove");
    c.description = tr("add makes --contact a stakeholder of --deal in buying role --role (its "
                       "key, such as champion or decision_maker, or its name), or changes the "
                       "role, stance and influence of one who is; remove takes them out.");
    c.addOptions = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("action"), tr("add or remove"),
                                     QStringLiteral("add | remove"));
        addDatabaseOption(parser);
        addOpportunityOption(parser);
        parser.addOption({QStringLiteral("contact"), tr("The contact's id."), tr("id")});
        parser.addOption({QStringLiteral("role"), tr("add: the buying role."), tr("role")});
        parser.addOption(
            {QStringLiteral("stance"), tr("add: supporter, neutral or opponent."), tr("stance")});
        parser.addOption(
            {QStringLiteral("influence"), tr("add: low, medium or high."), tr("influence")});
        parser.addOption({QStringLiteral("reports-to"),
                          tr("add: the contact id of the stakeholder they report to."), tr("id")});
        addActingUserOption(parser);
    };
    c.run = changeStakeholder;
    return c;
}

} // namespace Stageboard
