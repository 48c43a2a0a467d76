// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Stageboard {

/// Names the parts a screen reader reaches inside a named widget but that Qt leaves unnamed: a
/// combo box's pop-up list and its text field, a chart's drawing area. Each takes the name of
/// the widget it belongs to, or of the label that is its buddy, or its tool tip. Installed once
/// for the whole application; widgets are named as they are first polished, before they show.
void nameInnerPartsForScreenReaders();

/// The same for one widget and its children, now (for widgets polished before installing).
void nameInnerParts(QWidget *root);

} // namespace Stageboard
