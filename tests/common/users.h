// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/boardmodel.h"

namespace Stageboard::Test {

// The first active user of the role on the board (0: none), to act as in a test.
inline qint64 userWithRole(const BoardModel *model, UserRole role)
{
    for (const User &u : model->service().users()) {
        if (u.role == role && u.active)
            return u.id;
    }
    return 0;
}

} // namespace Stageboard::Test
