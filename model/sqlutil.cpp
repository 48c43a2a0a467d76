#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Stageboard {

namespace {
QString describe(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}
} // namespace

Result<void> exec(QSqlQuery &query)
{
    if (!query.exec())
        return fail(describe(query.lastError()));
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &statement)
{
    if (!query.exec(statement))
        return fail(describe(query.lastError()));
    return {};
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Result<void> Transaction::begin()
{
    if (!m_db.transaction()) {
        return fail(
            QCoreApplication::translate("Stageboard::Storage", "Could not start a transaction: %1")
                .arg(describe(m_db.lastError())));
    }
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_db.commit()) {
        const QString reason = describe(m_db.lastError());
        m_db.rollback();
        m_open = false;
        return fail(
            QCoreApplication::translate("Stageboard::Storage", "Could not save the change: %1")
                .arg(reason));
    }
    m_open = false;
    return {};
}

} // namespace Stageboard
