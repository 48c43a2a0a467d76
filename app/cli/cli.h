#pragma once

#include <QStringList>

class QTextStream;

namespace Stageboard {

/// Exit codes of stageboard-cli.
enum CliExit { CliOk = 0, CliFailed = 1, CliBadInput = 2, CliRefused = 3 };

/// stageboard-cli: "demo" creates a database with generated deals, "list" prints deals as CSV.
/// arguments include the program name, as in QCoreApplication::arguments().
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Stageboard
