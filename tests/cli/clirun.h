// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <sys/resource.h>

namespace Stageboard::Test {

/// What stageboard-cli did: its exit code and what it printed.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs stageboard-cli with arguments. fileSizeLimit: the largest file it may write, in bytes,
/// as on a full disk. language: the one it is started in (LANGUAGE), English unless given.
inline CliRun runCli(const QStringList &arguments, rlim_t fileSizeLimit = 0,
                     const QString &language = QStringLiteral("en"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), language);
    environment.insert(QStringLiteral("LC_ALL"), language == QLatin1String("en")
                                                     ? QStringLiteral("C.UTF-8")
                                                     : language + QStringLiteral(".UTF-8"));
    process.setProcessEnvironment(environment);
    if (fileSizeLimit > 0) {
        process.setChildProcessModifier([fileSizeLimit] {
            rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = fileSizeLimit;
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start(QStringLiteral(STAGEBOARD_CLI), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Stageboard::Test
