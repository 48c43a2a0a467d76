#pragma once

#include <QString>
#include <expected>

namespace Stageboard {

/// A failure a user can read: what went wrong and, where it applies, where.
struct Error
{
    QString message;
};

/// Every fallible operation returns a value or an Error, never a silent false.
template<typename T = void> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected(Error{std::move(message)});
}

} // namespace Stageboard
