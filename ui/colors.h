// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

namespace Stageboard::Colors {

// The colours that carry a meaning, written once: a colour means one thing everywhere.

/// A problem that stops something: a refused field, a failed save.
inline QColor error()
{
    return QColor(0xc0, 0x1c, 0x28);
}
/// Needs attention soon: a stalled deal, a close date in the past.
inline QColor warning()
{
    return QColor(0xd9, 0x6c, 0x00);
}

/// Shows a label's text in the error colour.
inline void markAsError(QWidget *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, error());
    label->setPalette(p);
}

} // namespace Stageboard::Colors
