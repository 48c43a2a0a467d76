// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Files Stageboard is handed but must refuse, each with the exact message a person reads.
// Shared by the storage, CLI and main-window tests so all three hold the same promise.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <sys/resource.h>

namespace Stageboard::Test {

class HostileFiles
{
public:
    struct Case
    {
        const char *name;
        QString path;
        QString message;
    };

    /// Makes every case in folder from good, a closed Stageboard database (no -wal beside it).
    HostileFiles(const QString &folder, const QString &good)
    {
        const QDir dir(folder);
        const auto copy = [&](const char *name) {
            const QString path = dir.filePath(QString::fromLatin1(name) + ".sqlite");
            QFile::remove(path);
            QFile::copy(good, path);
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            return path;
        };

        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        if (QFile file(text); file.open(QIODevice::WriteOnly))
            file.write(QByteArray("These are my meeting notes, not a database.\n").repeated(200));
        m_cases.append({"not a database", text,
                        QStringLiteral("%1 is not a Stageboard database, or it is damaged: file "
                                       "is not a database")
                            .arg(text)});

        const QString cut = copy("truncated");
        const qint64 full = QFileInfo(good).size();
        QFile::resize(cut, full / 2);
        m_cases.append({"truncated", cut,
                        QStringLiteral("%1 is damaged: it is %2 bytes long, but its header says "
                                       "%3. It was probably cut short by an interrupted copy or "
                                       "download. It has not been changed; restore it from a "
                                       "backup.")
                            .arg(cut)
                            .arg(full / 2)
                            .arg(full)});

        const QString readOnly = copy("read-only");
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        m_cases.append({"read-only", readOnly,
                        QStringLiteral("%1 cannot be written to: it is read-only. Check its "
                                       "permissions, or open a copy.")
                            .arg(readOnly)});

        const QString folderPath = dir.filePath(QStringLiteral("folder.sqlite"));
        dir.mkpath(folderPath);
        m_cases.append({"folder", folderPath,
                        QStringLiteral("%1 is a folder, not a database file.").arg(folderPath)});

        const QString newer = copy("newer");
        QString current; // the version a new database gets: this build's
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_edit);
            db.setDatabaseName(newer);
            db.open();
            QSqlQuery version(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"),
                              db);
            if (version.next())
                current = version.value(0).toString();
            version.finish();
            QSqlQuery(db).exec(
                QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_edit);
        m_cases.append({"newer version", newer,
                        QStringLiteral("%1 was written by a newer version of Stageboard "
                                       "(database version 99; this version reads up to %2). It "
                                       "has not been changed. Please update Stageboard.")
                            .arg(newer, current)});

        // Another program in the middle of a write, for as long as this object lives
        const QString locked = copy("locked");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_lock);
            db.setDatabaseName(locked);
            db.open();
            QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
        }
        m_cases.append({"locked", locked,
                        QStringLiteral("%1 cannot be written: database is locked. Another program "
                                       "may be using it.")
                            .arg(locked)});
    }

    ~HostileFiles()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_lock, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_lock);
    }
    Q_DISABLE_COPY_MOVE(HostileFiles)

    const QList<Case> &cases() const { return m_cases; }

    /// What is in the file: a folder stands for the names inside it.
    static QByteArray fingerprint(const QString &path)
    {
        if (QFileInfo(path).isDir())
            return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join('/').toUtf8();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) +
               QByteArray::number(int(file.permissions()));
    }

    /// The message a write gets when the disk has no room left for it.
    static QString diskFull(const QString &what)
    {
        return QStringLiteral("%1disk I/O error. The disk is full or cannot be written to. "
                              "Nothing was saved; free some space and try again.")
            .arg(what);
    }

private:
    QList<Case> m_cases;
    const QString m_edit = QStringLiteral("hostile-edit");
    const QString m_lock = QStringLiteral("hostile-lock");
};

/// Makes every file this process writes stop at bytes while it lives, as on a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_before);
        rlimit limited = m_before;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_before); }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

private:
    rlimit m_before{};
};

} // namespace Stageboard::Test
