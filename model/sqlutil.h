#pragma once

#include "result.h"

#include <QSqlDatabase>

class QSqlQuery;

namespace Stageboard {

/// Runs a prepared query; a failure carries the driver's text.
Result<void> exec(QSqlQuery &query);
/// Prepares and runs a statement without parameters (schema and pragmas only).
Result<void> exec(QSqlQuery &query, const QString &statement);

/// Rolls back unless committed, so an early return never leaves half a change behind.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Result<void> begin();
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Stageboard
