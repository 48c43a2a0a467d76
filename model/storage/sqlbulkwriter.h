// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/bulkloader.h"
#include "storage/sqlpart.h"

namespace Stageboard {

/// Bulk inserts on SQLite (through its C API) or PostgreSQL (many rows to a statement).
class SqlBulkWriter final : public BulkLoader, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlBulkWriter)

    Result<void> bulkInsert(const std::function<Result<void>(BulkSink &)> &fill,
                            BulkSize size = BulkSize::Some) override;
};

} // namespace Stageboard
