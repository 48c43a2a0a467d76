// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QListView;

namespace Stageboard {

/// Makes a list as tall as all its rows, wrapped ones included (measured from the laid-out
/// rows), so that a page scrolls as one and no row is cut in half; at most `most` pixels of
/// rows when given, beyond which the list scrolls.
void fitToRows(QListView *view, int most = 0);
/// The same now and again whenever the list's width changes (wrapped rows grow or shrink).
void keepFittedToRows(QListView *view, int most = 0);

} // namespace Stageboard
