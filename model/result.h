#pragma once

#include <QString>
#include <QStringList>
#include <expected>

namespace Stageboard {

/// A failure a user can read: what went wrong and, where it applies, where.
struct Error
{
    /// What a caller may do about it.
    enum class Kind {
        General,
        GateRefused,      ///< required exit criteria unmet: items lists them
        NeedsCloseReason, ///< closing a deal needs a reason
        Conflict,         ///< changed elsewhere since it was read
        NotAllowed,       ///< the acting user's role may not do this
    };
    QString message;
    Kind kind = Kind::General;
    QStringList items;
};

/// Every fallible operation returns a value or an Error, never a silent false.
template<typename T = void> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message, Error::Kind kind = Error::Kind::General,
                                   QStringList items = {})
{
    return std::unexpected(Error{std::move(message), kind, std::move(items)});
}

} // namespace Stageboard
