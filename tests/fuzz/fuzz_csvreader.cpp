// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes given to the CSV reader must end in records or a clean error,
// never a crash, a hang or a read out of bounds.
#include "csv/csvreader.h"

#include <QBuffer>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Stageboard::CsvReader reader(&buffer);
    QStringList fields;
    qint64 records = 0;
    while (reader.readRecord(fields)) {
        // Every record read is at least one field; lines only ever move forward.
        if (fields.isEmpty() || reader.line() < 1)
            __builtin_trap();
        ++records;
    }
    if (reader.error() && reader.error()->message.isEmpty())
        __builtin_trap();
    return 0;
}
