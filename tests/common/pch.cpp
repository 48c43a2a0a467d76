// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing of its own: the target it belongs to builds the tests' precompiled Qt headers.
