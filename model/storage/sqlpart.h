// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Stageboard {

/// What every part of the SQL storage shares: the named connection SqlStorage opened, where it
/// is (for messages), its engine, and the recount of deals' checklist progress that deal
/// writes and process edits both need. It owns nothing: SqlStorage closes the connection.
class SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    SqlPart(QString connection, QString location, Schema::Engine engine);

protected:
    QSqlDatabase db() const;
    /// A failure that names what could not be done and where.
    Result<void> failWith(const QString &what, const Error &error) const;
    /// Recounts the deal's ticked activities and met required criteria in its current stage.
    Result<void> refreshProgress(qint64 opportunityId);
    /// The same for every deal in the stage.
    Result<void> refreshProgressInStage(qint64 stageId);

    QString m_connection;
    QString m_location;
    Schema::Engine m_engine;

private:
    Result<void> recountProgress(const QString &column, qint64 value);
};

} // namespace Stageboard
