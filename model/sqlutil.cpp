#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlDriver>
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

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant isoDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

bool prepareInsert(QSqlQuery &query, const QString &insertReturningId)
{
    static const QString returning = QStringLiteral(" RETURNING id");
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::SQLite &&
        insertReturningId.endsWith(returning)) {
        return query.prepare(insertReturningId.chopped(returning.size()));
    }
    return query.prepare(insertReturningId);
}

Result<qint64> insertReturningId(QSqlQuery &query)
{
    if (auto ok = exec(query); !ok)
        return std::unexpected(ok.error());
    if (!query.isSelect()) {
        const QVariant id = query.lastInsertId();
        if (!id.isValid())
            return fail(QStringLiteral("INSERT returned no id"));
        return id.toLongLong();
    }
    if (!query.next())
        return fail(QStringLiteral("INSERT returned no id"));
    const qint64 id = query.value(0).toLongLong();
    // RETURNING leaves the statement open until finished, and an open statement keeps SQLite
    // from committing.
    query.finish();
    return id;
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
