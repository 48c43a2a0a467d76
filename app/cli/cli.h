// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Stageboard {

/// Exit codes of stageboard-cli.
enum CliExit { CliOk = 0, CliFailed = 1, CliBadInput = 2, CliRefused = 3 };

/// stageboard-cli: "stageboard-cli COMMAND [options]", each command with its own options and
/// help (see command.h). arguments include the program name, as in
/// QCoreApplication::arguments().
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Stageboard
