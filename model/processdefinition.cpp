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
        Stage stage;
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
        process.stages.append(stage);
    }
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
