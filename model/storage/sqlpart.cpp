// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlpart.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <QStringBuilder>

namespace Stageboard {

SqlPart::SqlPart(QString connection, QString location, Schema::Engine engine)
    : m_connection(std::move(connection))
    , m_location(std::move(location))
    , m_engine(engine)
{}

QSqlDatabase SqlPart::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<void> SqlPart::failWith(const QString &what, const Error &error) const
{
    return fail(tr("%1 (%2): %3").arg(what, m_location, error.message), error.kind, error.items);
}

Result<void> SqlPart::refreshProgress(qint64 opportunityId)
{
    return recountProgress(QStringLiteral("id"), opportunityId);
}

Result<void> SqlPart::refreshProgressInStage(qint64 stageId)
{
    return recountProgress(QStringLiteral("stage_id"), stageId);
}

Result<void> SqlPart::recountProgress(const QString &column, qint64 value)
{
    // column is "id" or "stage_id" (the two callers above), never user text.
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral(
            "UPDATE opportunities SET "
            "activities_done = (SELECT COUNT(*) FROM activity_checks ac JOIN stage_activities a ON "
            "a.id = ac.activity_id WHERE ac.opportunity_id = opportunities.id AND a.stage_id = "
            "opportunities.stage_id), "
            "required_met = (SELECT COUNT(*) FROM criterion_checks cc JOIN exit_criteria c ON c.id "
            "= "
            "cc.criterion_id WHERE cc.opportunity_id = opportunities.id AND c.stage_id = "
            "opportunities.stage_id AND c.required = 1 AND c.rule = '' AND cc.state = 'met' AND "
            "(c.signoff_min_amount IS NULL OR opportunities.amount >= c.signoff_min_amount)) "
            "WHERE ") %
        column % QStringLiteral(" = ?"));
    q.addBindValue(value);
    if (auto ok = exec(q); !ok)
        return failWith(tr("Cannot update the checklist progress"), ok.error());
    return {};
}

} // namespace Stageboard
