// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

class QSqlDatabase;

namespace Stageboard::Schema {

enum class Engine { Sqlite, Postgres };

/// The schema version this build writes. Bump it with one more step in schema.cpp.
int currentVersion();

/// The SET list that counts a deal's stakeholders again, for the deal "opportunities.id": how
/// many, how many champions, and the keys of their buying roles each once ("champion,user").
QString stakeholderCounts();
/// "last_activity_at = …, next_activity_at = …" of an UPDATE accounts: an account's latest
/// activity done and soonest not done, on its deals and with its people.
QString accountActivity();

/// The version stored in the database; 0 for an empty database.
Result<int> storedVersion(QSqlDatabase &db);

/// Brings the database from storedVersion to currentVersion, one step at a time.
/// An empty database goes through every step. The caller holds the transaction, so that
/// whatever else a new database needs is written with it, or nothing is.
Result<void> upgrade(QSqlDatabase &db, Engine engine, int fromVersion);

} // namespace Stageboard::Schema
