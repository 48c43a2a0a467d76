// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <optional>

namespace Stageboard {

/// The people and accounts deals belong to, and who the connection acts as. Every method that
/// writes is one transaction.
class Directory
{
public:
    virtual ~Directory() = default;

    virtual Result<QList<User>> users() = 0;
    /// The user the connection acts as, when the server maps its login to one (users.login);
    /// that user is then the only one the app may act as. Unset for a file or an unmapped login.
    virtual Result<std::optional<qint64>> signedInUser() = 0;
    virtual Result<QList<Account>> accounts() = 0;
    virtual Result<qint64> addUser(const User &user) = 0;
    /// Renames a user, changes their role or (de)activates them; refused when it would leave
    /// no active admin, or for an empty name.
    virtual Result<void> updateUser(const User &user) = 0;
    virtual Result<qint64> addAccount(const Account &account) = 0;
    /// The company's own roles by name, with their members.
    virtual Result<QList<TeamRole>> teamRoles() = 0;
    /// Adds a role (id 0) or changes its name, description and members; returns its id.
    /// Refused for an empty or taken name, or a member who is not a user.
    virtual Result<qint64> saveTeamRole(const TeamRole &role) = 0;
    /// Removes a role and its memberships.
    virtual Result<void> removeTeamRole(qint64 roleId) = 0;
};

} // namespace Stageboard
