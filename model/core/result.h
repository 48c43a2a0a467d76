// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <expected>

namespace Stageboard {

/// Every fallible operation returns a value or an Error, never a silent false.
template<typename T = void> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message, Error::Kind kind = Error::Kind::General,
                                   QStringList items = {})
{
    return std::unexpected(Error{std::move(message), kind, std::move(items)});
}

} // namespace Stageboard
