#include "processdefinition.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stageboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stageboard::ProcessDefinition", text);
}
} // namespace

Result<ProcessDefinition> ProcessDefinition::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("The process definition is not valid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1StringView("format")).toString() !=
        QLatin1StringView("stageboard-process")) {
        return fail(tr("The file is not a Stageboard process definition (\"format\" is not "
                       "\"stageboard-process\")."));
    }
    ProcessDefinition process;
    process.name = root.value(QLatin1StringView("name")).toString();
    const QJsonArray stages = root.value(QLatin1StringView("stages")).toArray();
    if (stages.isEmpty())
        return fail(tr("The process definition has no stages."));
    int position = 0;
    for (const QJsonValue &value : stages) {
        const QJsonObject object = value.toObject();
        StageDefinition definition;
        Stage &stage = definition.stage;
        stage.position = position++;
        stage.name = object.value(QLatin1StringView("name")).toString().trimmed();
        if (stage.name.isEmpty())
            return fail(tr("Stage %1 has no name.").arg(position));
        stage.definition = object.value(QLatin1StringView("definition")).toString();
        stage.goal = object.value(QLatin1StringView("goal")).toString();
        for (const QJsonValue &owner : object.value(QLatin1StringView("owners")).toArray()) {
            const auto role = userRoleFromKey(owner.toString());
            if (!role) {
                return fail(tr("Stage \"%1\": owner \"%2\" is not a role (rep, manager, admin, "
                               "legal, finance).")
                                .arg(stage.name, owner.toString()));
            }
            stage.ownerRoles.append(*role);
        }
        const QJsonValue probability = object.value(QLatin1StringView("probability"));
        if (!probability.isDouble() || probability.toDouble() < 0 || probability.toDouble() > 100) {
            return fail(
                tr("Stage \"%1\": probability must be a number from 0 to 100.").arg(stage.name));
        }
        stage.probability = probability.toInt();
        const auto kind = stageKindFromKey(object.value(QLatin1StringView("kind")).toString());
        if (!kind)
            return fail(tr("Stage \"%1\": kind must be open, won or lost.").arg(stage.name));
        stage.kind = *kind;
        const QJsonValue rotDays = object.value(QLatin1StringView("rotDays"));
        if (rotDays.isDouble())
            stage.rotDays = rotDays.toInt();
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
        for (const QJsonValue &activity : object.value(QLatin1StringView("activities")).toArray()) {
            const QString text = activity.toString().trimmed();
            if (text.isEmpty())
                return fail(tr("Stage \"%1\": an activity has no text.").arg(stage.name));
            definition.activities.append(text);
        }
        int criterionPosition = 0;
        for (const QJsonValue &item : object.value(QLatin1StringView("exitCriteria")).toArray()) {
            const QJsonObject c = item.toObject();
            ExitCriterion criterion;
            criterion.position = criterionPosition++;
            criterion.text = c.value(QLatin1StringView("text")).toString().trimmed();
            if (criterion.text.isEmpty()) {
                return fail(tr("Stage \"%1\": exit criterion %2 has no text.")
                                .arg(stage.name)
                                .arg(criterionPosition));
            }
            criterion.required = c.value(QLatin1StringView("required")).toBool(true);
            criterion.knockOut = c.value(QLatin1StringView("knockOut")).toBool(false);
            if (const QJsonValue signOff = c.value(QLatin1StringView("signOff"));
                !signOff.isUndefined() && !signOff.isNull()) {
                const auto role = userRoleFromKey(signOff.toString());
                if (!role) {
                    return fail(tr("Stage \"%1\", criterion \"%2\": sign-off \"%3\" is not a "
                                   "role.")
                                    .arg(stage.name, criterion.text, signOff.toString()));
                }
                criterion.signOff = role;
            }
            definition.exitCriteria.append(criterion);
        }
        process.stages.append(definition);
    }
    const QJsonObject reasons = root.value(QLatin1StringView("closeReasons")).toObject();
    for (const QJsonValue &r : reasons.value(QLatin1StringView("won")).toArray())
        process.wonReasons.append(r.toString());
    for (const QJsonValue &r : reasons.value(QLatin1StringView("lost")).toArray())
        process.lostReasons.append(r.toString());
    return process;
}

ProcessDefinition ProcessDefinition::defaultProcess()
{
    QFile file(QStringLiteral(":/stageboard/defaultprocess.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The default process is missing from the resources");
    auto process = fromJson(file.readAll());
    if (!process)
        qFatal("The default process is invalid: %s", qPrintable(process.error().message));
    return *process;
}

} // namespace Stageboard
