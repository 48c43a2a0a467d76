// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Stageboard {

namespace {
Error describe(const QSqlError &error, const QSqlDriver *driver)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    // The PostgreSQL driver is open only while its connection is good: a failure with the
    // connection gone is the server's absence, not the statement's fault.
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL && !driver->isOpen()) {
        return {QCoreApplication::translate("Stageboard::Storage",
                                            "The database server does not answer (%1). Nothing "
                                            "was changed; Stageboard connects again when the "
                                            "server is back.")
                    .arg(text.trimmed()),
                Error::Kind::Offline,
                {}};
    }
    return databaseError(error.nativeErrorCode(), text);
}
} // namespace

QString connectionProblem(const QSqlError &error)
{
    const QString said = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QStringList lines = said.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.simplified();
    lines.removeAll(QString());
    // Each line a sentence: "… Connection refused. Is the server running …?"
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!QStringLiteral(".?!:;").contains(lines[i].back()))
            lines[i].append(QLatin1Char('.'));
    }
    return lines.join(QLatin1Char(' '));
}

Error databaseError(const QString &code, const QString &text)
{
    // SQLITE_IOERR (10) is what a write past the disk's or the process's file-size limit gives,
    // SQLITE_FULL (13) a full disk; the extended codes keep them in their low byte. PostgreSQL's
    // SQLSTATEs have five characters: disk_full is 53100.
    const int sqlite = code.size() < 5 ? code.toInt() & 0xff : -1;
    if (sqlite == 10 || sqlite == 13 || code == QLatin1String("53100")) {
        return {QCoreApplication::translate(
                    "Stageboard::Storage",
                    "%1. The disk is full or cannot be written to. Nothing was saved; free some "
                    "space and try again.")
                    .arg(text),
                Error::Kind::DiskFull,
                {}};
    }
    // insufficient_privilege: a grant, a row-level security policy or Stageboard's own trigger
    // on a shared server refused it for this login.
    if (code == QLatin1String("42501")) {
        return {QCoreApplication::translate("Stageboard::Storage",
                                            "The server does not allow this for your login (%1). "
                                            "Nothing was changed.")
                    .arg(text.trimmed()),
                Error::Kind::NotAllowed,
                {}};
    }
    return {text, Error::Kind::General, {}};
}

Result<void> exec(QSqlQuery &query)
{
    if (!query.exec())
        return std::unexpected(describe(query.lastError(), query.driver()));
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &statement)
{
    if (!query.exec(statement))
        return std::unexpected(describe(query.lastError(), query.driver()));
    return {};
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableTime(qint64 at)
{
    return at ? QVariant(at) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant isoDate(const QDate &date)
{
    // Written out by hand: QDate::toString goes through a printf-style formatter, which was a
    // twentieth of generating the demo (several dates per deal and ledger row).
    if (!date.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    QChar *out = text.data();
    const auto digits = [&out](int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            out[i] = QLatin1Char(char('0' + value % 10));
        out += count;
    };
    digits(year, 4);
    *out++ = QLatin1Char('-');
    digits(month, 2);
    *out++ = QLatin1Char('-');
    digits(day, 2);
    return text;
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

void Transaction::rollback()
{
    if (m_open)
        m_db.rollback();
    m_open = false;
}

Result<void> Transaction::begin()
{
    if (!m_db.transaction()) {
        const Error reason = describe(m_db.lastError(), m_db.driver());
        if (reason.kind == Error::Kind::Offline)
            return std::unexpected(reason);
        return fail(
            QCoreApplication::translate("Stageboard::Storage", "Could not start a transaction: %1")
                .arg(reason.message));
    }
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    // QSQLITE's commit() drops SQLite's result code, which tells a full disk from other
    // failures: there COMMIT runs as a statement of its own.
    bool committed = false;
    QSqlError error;
    if (m_db.driver()->dbmsType() == QSqlDriver::SQLite) {
        QSqlQuery query(m_db);
        committed = query.exec(QStringLiteral("COMMIT"));
        error = query.lastError();
    } else {
        committed = m_db.commit();
        error = m_db.lastError();
    }
    if (!committed) {
        const Error reason = describe(error, m_db.driver());
        m_db.rollback();
        m_open = false;
        return fail(QCoreApplication::translate("Stageboard::Storage",
                                                "Could not save the change to %1: %2")
                        .arg(m_db.databaseName(), reason.message),
                    reason.kind);
    }
    m_open = false;
    return {};
}

QString asciiKey(const QString &name)
{
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            key += c;
        else if (c.isMark())
            continue; // the accent of a decomposed letter
        else if (!key.isEmpty() && !key.endsWith(u'_'))
            key += u'_';
    }
    while (key.endsWith(u'_'))
        key.chop(1);
    return key;
}

QString joinLines(const QStringList &lines)
{
    QStringList kept;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            kept.append(line.trimmed());
    }
    return text(kept.join(u'\n'));
}

QStringList splitLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QVariant engagementKindValue(const std::optional<EngagementKind> &kind)
{
    return kind ? QVariant(engagementKindKey(*kind)) : QVariant(QMetaType(QMetaType::QString));
}

QString joinRoleKeys(const QList<UserRole> &roles)
{
    QStringList keys;
    for (UserRole role : roles)
        keys.append(userRoleKey(role));
    return keys.join(QLatin1Char(','));
}

} // namespace Stageboard
