// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/bulkloader.h"
#include "storage/forecaststore.h"
#include "storage/processstore.h"

#include <functional>

namespace Stageboard {

struct DemoOptions
{
    int opportunities = 60;
    quint32 seed = 1;
    /// "Now" for the generated history, seconds since the epoch; the current time when 0.
    qint64 now = 0;
    /// Called now and then with the number of deals written so far.
    std::function<void(int)> progress;
};

/// Fills a database that holds the default process with a realistic pipeline: reps, a manager,
/// legal and finance, accounts, and deals over every stage with their whole stage history,
/// some of them stalled. The same seed gives the same data. One transaction: a failure leaves
/// the database as it was.
Result<void> generateDemo(ProcessStore &process, ForecastStore &forecast, BulkLoader &bulk,
                          const DemoOptions &options);

} // namespace Stageboard
