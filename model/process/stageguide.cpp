// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "process/stageguide.h"

namespace Stageboard {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString ownersOf(const Stage &stage)
{
    return stageOwnerNames(stage).join(QStringLiteral(", "));
}

} // namespace

QString StageGuide::html(const ProcessDefinition &process)
{
    QString out;
    out += QStringLiteral("<html><body>");
    out += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Sales process: %1").arg(process.name)));
    QStringList path;
    for (const StageDefinition &d : process.stages)
        path.append(escaped(d.stage.name));
    out += QStringLiteral("<p>%1</p>").arg(path.join(QStringLiteral(" &rarr; ")));
    for (int i = 0; i < process.stages.size(); ++i) {
        const StageDefinition &d = process.stages.at(i);
        const Stage &s = d.stage;
        const QString kind = s.kind == StageKind::Won    ? tr("closes a deal as won")
                             : s.kind == StageKind::Lost ? tr("closes a deal as lost")
                                                         : tr("open");
        out += QStringLiteral("<h2>%1</h2>")
                   .arg(escaped(tr("%1. %2").arg(QString::number(i + 1), s.name)));
        QStringList facts{
            tr("Kind: %1").arg(kind), tr("Probability of close: %1 %").arg(s.probability),
            tr("Forecast category: %1").arg(forecastCategoryName(s.forecastCategory))};
        if (!s.ownerRoles.isEmpty() || !s.ownerTeams.isEmpty())
            facts.append(tr("Owned by: %1").arg(ownersOf(s)));
        if (s.rotDays)
            facts.append(tr("Stalled after %1 days").arg(*s.rotDays));
        for (QString &f : facts)
            f = escaped(f);
        out += QStringLiteral("<p><i>%1</i></p>").arg(facts.join(QStringLiteral(" &middot; ")));
        if (!s.definition.isEmpty()) {
            out += QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(escaped(tr("Definition:")), escaped(s.definition));
        }
        if (!s.goal.isEmpty())
            out += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Goal:")), escaped(s.goal));
        if (!d.activities.isEmpty()) {
            out += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Recommended activities")));
            for (const QString &a : d.activities)
                out += QStringLiteral("<li>%1</li>").arg(escaped(a));
            out += QStringLiteral("</ul>");
        }
        if (!d.exitCriteria.isEmpty()) {
            out += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("To leave this stage")));
            for (const ExitCriterion &c : d.exitCriteria) {
                QStringList notes{c.required ? tr("required") : tr("advisory")};
                if (c.signOff)
                    notes.append(tr("signed off by %1").arg(c.signOff->role));
                if (c.knockOut)
                    notes.append(tr("deal killer: a \"no\" suggests disqualifying"));
                out += QStringLiteral("<li>%1 <i>(%2)</i></li>")
                           .arg(escaped(c.text), escaped(notes.join(QStringLiteral("; "))));
            }
            out += QStringLiteral("</ul>");
        }
    }
    out += QStringLiteral("</body></html>");
    return out;
}

} // namespace Stageboard
