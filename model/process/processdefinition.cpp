// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "process/processdefinition.h"

#include "core/money.h"
#include "process/criterionrule.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace Stageboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stageboard::ProcessDefinition", text);
}
} // namespace

namespace {

/// The parsers of fromJson, one per section; their messages are ProcessDefinition's.
class JsonParser
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::ProcessDefinition)

public:
    /// The document's root object, once it is JSON of a format and version this reads.
    static Result<QJsonObject> root(const QByteArray &json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const QByteArray before = json.left(parseError.offset);
            const qsizetype lineStart = before.lastIndexOf('\n') + 1;
            return fail(
                tr("The process definition is not valid JSON at line %1, column %2: %3.")
                    .arg(QString::number(before.count('\n') + 1),
                         // Qt's offset is just past the character at fault.
                         QString::number(std::max<qsizetype>(1, parseError.offset - lineStart)),
                         parseError.errorString()));
        }
        const QJsonObject root = document.object();
        if (root.value(QLatin1StringView("format")).toString() !=
            QLatin1StringView("stageboard-process")) {
            return fail(tr("The file is not a Stageboard process definition (\"format\" is not "
                           "\"stageboard-process\")."));
        }
        if (const QJsonValue version = root.value(QLatin1StringView("formatVersion"));
            !version.isUndefined() &&
            (!version.isDouble() || version.toInt() > ProcessDefinition::formatVersion)) {
            return fail(tr("The process definition is of format version %1, newer than this "
                           "Stageboard reads (%2): update Stageboard to import it.")
                            .arg(version.toVariant().toString(),
                                 QString::number(ProcessDefinition::formatVersion)));
        }
        return root;
    }

    /// A list field that is there must be a list: a string in its place is a mistake, not
    /// "no activities".
    static Result<QJsonArray> listField(const QJsonObject &object, const char *field,
                                        const QString &stage)
    {
        const QJsonValue value = object.value(QLatin1StringView(field));
        if (value.isUndefined() || value.isNull())
            return QJsonArray();
        if (!value.isArray())
            return fail(
                tr("Stage \"%1\": \"%2\" must be a list.").arg(stage, QString::fromLatin1(field)));
        return value.toArray();
    }

    /// A stage's own fields: definition, goal, owners, probability, kind, age limit and forecast
    /// category.
    static Result<void> stageFields(const QJsonObject &object, const QJsonArray &owners,
                                    Stage &stage)
    {
        stage.definition = object.value(QLatin1StringView("definition")).toString();
        stage.goal = object.value(QLatin1StringView("goal")).toString();
        // An owner is a permission level (rep, manager, admin) or a role of the company's own
        // by its name; "legal" and "finance", levels in files before those roles, name them.
        for (int i = 0; i < owners.size(); ++i) {
            const QString owner = owners.at(i).toString().trimmed();
            if (owner.isEmpty()) {
                return fail(tr("Stage \"%1\": owner %2 is not the name of a role.")
                                .arg(stage.name)
                                .arg(i + 1));
            }
            const auto level = userRoleFromKey(owner);
            if (level == UserRole::Legal || level == UserRole::Finance)
                stage.ownerTeams.append(roleOfLevel(owner));
            else if (level)
                stage.ownerRoles.append(*level);
            else if (!stage.ownerTeams.contains(owner, Qt::CaseInsensitive))
                stage.ownerTeams.append(owner);
        }
        const QJsonValue probability = object.value(QLatin1StringView("probability"));
        if (!probability.isDouble() || probability.toDouble() < 0 || probability.toDouble() > 100)
            return fail(
                tr("Stage \"%1\": probability must be a number from 0 to 100.").arg(stage.name));
        stage.probability = probability.toInt();
        const auto kind = stageKindFromKey(object.value(QLatin1StringView("kind")).toString());
        if (!kind)
            return fail(tr("Stage \"%1\": kind must be open, won or lost.").arg(stage.name));
        stage.kind = *kind;
        const QJsonValue rotDays = object.value(QLatin1StringView("rotDays"));
        if (!rotDays.isUndefined() && !rotDays.isNull()) {
            if (!rotDays.isDouble() || rotDays.toDouble() < 1 || rotDays.toDouble() > 3650) {
                return fail(tr("Stage \"%1\": rotDays must be a number of days from 1 to 3650.")
                                .arg(stage.name));
            }
            stage.rotDays = rotDays.toInt();
        }
        stage.forecastCategory = defaultForecastCategory(stage.kind, stage.probability);
        if (const QJsonValue category = object.value(QLatin1StringView("forecastCategory"));
            !category.isUndefined()) {
            const auto key = forecastCategoryFromKey(category.toString());
            if (!key) {
                return fail(tr("Stage \"%1\": forecastCategory must be pipeline, best_case, "
                               "commit, closed or omitted.")
                                .arg(stage.name));
            }
            stage.forecastCategory = *key;
        }
        return {};
    }

    /// The role of the company's own a permission level named in files before there were
    /// such roles (schema versions 11 and 14 turned each into a role of this name); any other
    /// name as it is.
    static QString roleOfLevel(const QString &name)
    {
        static const QHash<QString, QString> levels{
            {QStringLiteral("legal"), QStringLiteral("Legal")},
            {QStringLiteral("finance"), QStringLiteral("Finance")},
            {QStringLiteral("rep"), QStringLiteral("Sales rep")},
            {QStringLiteral("manager"), QStringLiteral("Sales manager")},
            {QStringLiteral("admin"), QStringLiteral("Administrator")}};
        return levels.value(name, name);
    }

    /// Who signs a criterion off: a role's name, or an object with the role, the amount from
    /// which it applies, the fields whose change re-opens it and whether the owner may not.
    static Result<SignOff> signOff(const QJsonValue &value, const QString &stage,
                                   const QString &criterion)
    {
        const auto problem = [&](const QString &what) {
            return fail(tr("Stage \"%1\", criterion \"%2\": %3").arg(stage, criterion, what));
        };
        const QJsonObject object = value.toObject();
        const QString role = (value.isObject() ? object.value(QLatin1StringView("role")) : value)
                                 .toString()
                                 .trimmed();
        if (role.isEmpty())
            return problem(tr("the sign-off names no role."));
        SignOff result;
        result.role = roleOfLevel(role);
        if (!value.isObject())
            return result;
        if (const QJsonValue from = object.value(QLatin1StringView("minAmount"));
            !from.isUndefined() && !from.isNull()) {
            const auto amount = parseAmount(
                from.isDouble() ? QString::number(from.toDouble(), 'f', 2) : from.toString(),
                QLocale::c());
            if (!amount || *amount < 0)
                return problem(tr("minAmount must be an amount such as \"50000.00\"."));
            result.minAmount = *amount;
        }
        const QStringList known = signOffFieldKeys();
        for (const QJsonValue &field : object.value(QLatin1StringView("reopenOn")).toArray()) {
            if (!known.contains(field.toString())) {
                return problem(tr("reopenOn names \"%1\", which is not one of %2.")
                                   .arg(field.toString(), known.join(QStringLiteral(", "))));
            }
            result.reopenOn.append(field.toString());
        }
        result.notOwnDeal = object.value(QLatin1StringView("notOwnDeal")).toBool(false);
        return result;
    }

    /// One exit criterion of a stage, the position-th (from 0).
    static Result<ExitCriterion> criterion(const QJsonObject &c, const QString &stage, int position)
    {
        ExitCriterion criterion;
        criterion.position = position;
        criterion.text = c.value(QLatin1StringView("text")).toString().trimmed();
        if (criterion.text.isEmpty()) {
            return fail(
                tr("Stage \"%1\": exit criterion %2 has no text.").arg(stage).arg(position + 1));
        }
        criterion.required = c.value(QLatin1StringView("required")).toBool(true);
        criterion.knockOut = c.value(QLatin1StringView("knockOut")).toBool(false);
        if (const QJsonValue signOff = c.value(QLatin1StringView("signOff"));
            !signOff.isUndefined() && !signOff.isNull()) {
            auto parsed = JsonParser::signOff(signOff, stage, criterion.text);
            if (!parsed)
                return std::unexpected(parsed.error());
            criterion.signOff = *parsed;
        }
        if (const QJsonValue rule = c.value(QLatin1StringView("rule"));
            !rule.isUndefined() && !rule.isNull()) {
            const auto parsed = CriterionRule::parse(rule.toString());
            if (!parsed) {
                return fail(tr("Stage \"%1\", criterion \"%2\": %3")
                                .arg(stage, criterion.text, parsed.error().message));
            }
            criterion.rule = parsed->text();
        }
        return criterion;
    }

    /// A stage with its activities and exit criteria, the position-th (from 0); names are those
    /// of the stages before it.
    static Result<StageDefinition> stage(const QJsonValue &value, int position,
                                         const QStringList &names)
    {
        if (!value.isObject())
            return fail(tr("Stage %1 is not an object with a name and fields.").arg(position + 1));
        const QJsonObject object = value.toObject();
        StageDefinition definition;
        Stage &stage = definition.stage;
        stage.position = position;
        stage.name = object.value(QLatin1StringView("name")).toString().trimmed();
        if (stage.name.isEmpty())
            return fail(tr("Stage %1 has no name.").arg(position + 1));
        if (names.contains(stage.name, Qt::CaseInsensitive))
            return fail(
                tr("Two stages are named \"%1\"; each needs its own name.").arg(stage.name));
        const auto owners = listField(object, "owners", stage.name);
        const auto activities = listField(object, "activities", stage.name);
        const auto exitCriteria = listField(object, "exitCriteria", stage.name);
        for (const auto *list : {&owners, &activities, &exitCriteria}) {
            if (!*list)
                return std::unexpected(list->error());
        }
        if (auto ok = stageFields(object, *owners, stage); !ok)
            return std::unexpected(ok.error());
        // An activity is its text, or {"text": …, "activityType": "call"} when an activity of
        // that type done ticks it.
        for (const QJsonValue &activity : *activities) {
            const QJsonObject object = activity.toObject();
            const QString text =
                (activity.isObject() ? object.value(QLatin1StringView("text")).toString()
                                     : activity.toString())
                    .trimmed();
            if (text.isEmpty())
                return fail(tr("Stage \"%1\": an activity has no text.").arg(stage.name));
            if (const QJsonValue type = object.value(QLatin1StringView("activityType"));
                !type.isUndefined() && !type.isNull()) {
                const auto kind = engagementKindFromKey(type.toString());
                if (!kind) {
                    return fail(tr("Stage \"%1\", activity \"%2\": activityType must be call, "
                                   "meeting, task or email.")
                                    .arg(stage.name, text));
                }
                definition.activityTypes.insert(int(definition.activities.size()), *kind);
            }
            definition.activities.append(text);
        }
        for (const char *field : {"callQuestions", "callObjections"}) {
            const auto lines = listField(object, field, stage.name);
            if (!lines)
                return std::unexpected(lines.error());
            QStringList &to = QByteArrayView(field) == "callQuestions" ? stage.callQuestions
                                                                       : stage.callObjections;
            for (const QJsonValue &line : *lines) {
                if (!line.toString().trimmed().isEmpty())
                    to.append(line.toString().trimmed());
            }
        }
        for (const QJsonValue &item : *exitCriteria) {
            auto parsed =
                criterion(item.toObject(), stage.name, int(definition.exitCriteria.size()));
            if (!parsed)
                return std::unexpected(parsed.error());
            definition.exitCriteria.append(*parsed);
        }
        return definition;
    }
};

} // namespace

Result<ProcessDefinition> ProcessDefinition::fromJson(const QByteArray &json)
{
    const auto root = JsonParser::root(json);
    if (!root)
        return std::unexpected(root.error());
    ProcessDefinition process;
    process.name = root->value(QLatin1StringView("name")).toString().trimmed();
    if (process.name.isEmpty())
        return fail(tr("The process definition has no \"name\"."));
    if (!root->value(QLatin1StringView("stages")).isArray())
        return fail(tr("The process definition has no \"stages\" list."));
    const QJsonArray stages = root->value(QLatin1StringView("stages")).toArray();
    if (stages.isEmpty())
        return fail(tr("The process definition has no stages."));
    QStringList names;
    for (const QJsonValue &value : stages) {
        auto stage = JsonParser::stage(value, int(process.stages.size()), names);
        if (!stage)
            return std::unexpected(stage.error());
        names.append(stage->stage.name);
        process.stages.append(*stage);
    }
    if (std::none_of(process.stages.cbegin(), process.stages.cend(),
                     [](const StageDefinition &s) { return s.stage.kind == StageKind::Open; })) {
        return fail(tr("The process has no open stage for a deal to start in."));
    }
    for (const QJsonValue &r : root->value(QLatin1StringView("roles")).toArray()) {
        TeamRole role;
        role.name = r.toObject().value(QLatin1StringView("name")).toString().trimmed();
        role.description = r.toObject().value(QLatin1StringView("description")).toString();
        if (role.name.isEmpty())
            return fail(tr("Role %1 of the process has no name.").arg(process.roles.size() + 1));
        process.roles.append(role);
    }
    const QJsonObject reasons = root->value(QLatin1StringView("closeReasons")).toObject();
    for (const QJsonValue &r : reasons.value(QLatin1StringView("won")).toArray())
        process.wonReasons.append(r.toString());
    for (const QJsonValue &r : reasons.value(QLatin1StringView("lost")).toArray())
        process.lostReasons.append(r.toString());
    return process;
}

QByteArray ProcessDefinition::toJson() const
{
    QJsonArray stageArray;
    for (const StageDefinition &definition : stages) {
        const Stage &s = definition.stage;
        QJsonObject object;
        object.insert(QLatin1StringView("name"), s.name);
        object.insert(QLatin1StringView("definition"), s.definition);
        object.insert(QLatin1StringView("goal"), s.goal);
        QJsonArray owners;
        for (UserRole role : s.ownerRoles)
            owners.append(userRoleKey(role));
        for (const QString &team : s.ownerTeams)
            owners.append(team);
        object.insert(QLatin1StringView("owners"), owners);
        object.insert(QLatin1StringView("probability"), s.probability);
        object.insert(QLatin1StringView("kind"), stageKindKey(s.kind));
        object.insert(QLatin1StringView("forecastCategory"),
                      forecastCategoryKey(s.forecastCategory));
        if (s.rotDays)
            object.insert(QLatin1StringView("rotDays"), *s.rotDays);
        QJsonArray activities;
        for (int i = 0; i < definition.activities.size(); ++i) {
            const auto type = definition.activityTypes.constFind(i);
            if (type == definition.activityTypes.cend()) {
                activities.append(definition.activities.at(i));
                continue;
            }
            QJsonObject activity;
            activity.insert(QLatin1StringView("text"), definition.activities.at(i));
            activity.insert(QLatin1StringView("activityType"), engagementKindKey(*type));
            activities.append(activity);
        }
        object.insert(QLatin1StringView("activities"), activities);
        if (!s.callQuestions.isEmpty())
            object.insert(QLatin1StringView("callQuestions"),
                          QJsonArray::fromStringList(s.callQuestions));
        if (!s.callObjections.isEmpty())
            object.insert(QLatin1StringView("callObjections"),
                          QJsonArray::fromStringList(s.callObjections));
        QJsonArray criteria;
        for (const ExitCriterion &c : definition.exitCriteria) {
            QJsonObject criterion;
            criterion.insert(QLatin1StringView("text"), c.text);
            criterion.insert(QLatin1StringView("required"), c.required);
            if (c.knockOut)
                criterion.insert(QLatin1StringView("knockOut"), true);
            if (c.signOff && !c.signOff->minAmount && c.signOff->reopenOn.isEmpty() &&
                !c.signOff->notOwnDeal) {
                criterion.insert(QLatin1StringView("signOff"), c.signOff->role);
            } else if (c.signOff) {
                QJsonObject signOff;
                signOff.insert(QLatin1StringView("role"), c.signOff->role);
                if (c.signOff->minAmount)
                    signOff.insert(QLatin1StringView("minAmount"),
                                   formatPlainAmount(*c.signOff->minAmount));
                if (!c.signOff->reopenOn.isEmpty())
                    signOff.insert(QLatin1StringView("reopenOn"),
                                   QJsonArray::fromStringList(c.signOff->reopenOn));
                if (c.signOff->notOwnDeal)
                    signOff.insert(QLatin1StringView("notOwnDeal"), true);
                criterion.insert(QLatin1StringView("signOff"), signOff);
            }
            if (!c.rule.isEmpty())
                criterion.insert(QLatin1StringView("rule"), c.rule);
            criteria.append(criterion);
        }
        object.insert(QLatin1StringView("exitCriteria"), criteria);
        stageArray.append(object);
    }
    QJsonObject root;
    root.insert(QLatin1StringView("format"), QStringLiteral("stageboard-process"));
    root.insert(QLatin1StringView("formatVersion"), formatVersion);
    root.insert(QLatin1StringView("name"), name);
    root.insert(QLatin1StringView("stages"), stageArray);
    if (!roles.isEmpty()) {
        // By name, whatever order they were read or stored in.
        QList<TeamRole> sorted = roles;
        std::sort(sorted.begin(), sorted.end(), [](const TeamRole &a, const TeamRole &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        QJsonArray roleArray;
        for (const TeamRole &r : std::as_const(sorted)) {
            QJsonObject role;
            role.insert(QLatin1StringView("name"), r.name);
            role.insert(QLatin1StringView("description"), r.description);
            roleArray.append(role);
        }
        root.insert(QLatin1StringView("roles"), roleArray);
    }
    QJsonObject reasons;
    reasons.insert(QLatin1StringView("won"), QJsonArray::fromStringList(wonReasons));
    reasons.insert(QLatin1StringView("lost"), QJsonArray::fromStringList(lostReasons));
    root.insert(QLatin1StringView("closeReasons"), reasons);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProcessDefinition ProcessDefinition::defaultProcess(const QLocale &locale)
{
    QString path = QStringLiteral(":/stageboard/defaultprocess.json");
    for (const QString &language : locale.uiLanguages()) {
        const QString translated =
            QStringLiteral(":/stageboard/defaultprocess_%1.json").arg(language.left(2));
        if (language.startsWith(QLatin1String("en")))
            break;
        if (QFile::exists(translated)) {
            path = translated;
            break;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The default process is missing from the resources");
    auto process = fromJson(file.readAll());
    if (!process)
        qFatal("The default process is invalid: %s", qPrintable(process.error().message));
    return *process;
}

} // namespace Stageboard
