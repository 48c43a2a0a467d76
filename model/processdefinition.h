#pragma once

#include "result.h"
#include "types.h"

class QByteArray;

namespace Stageboard {

/// A sales process as shared between databases: its name and ordered stages.
struct ProcessDefinition
{
    QString name;
    QList<Stage> stages;

    /// Reads the JSON form; a bad file gets a message naming the stage and field at fault.
    static Result<ProcessDefinition> fromJson(const QByteArray &json);
    /// The process a new database starts with (PRODUCT.md, seed 002).
    static ProcessDefinition defaultProcess();
};

} // namespace Stageboard
