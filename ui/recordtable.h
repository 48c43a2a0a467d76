// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QAction;
class QBoxLayout;
class QString;
class QTableView;
class QTreeWidget;
class QWidget;

namespace Stageboard {

/// A table of records, one a row, as the Contacts and Accounts tabs show them: whole rows
/// selected, read-only, alternating colours, one line a row at the font's height, columns that
/// can be moved.
QTableView *recordTable(QWidget *parent, const QString &objectName, const QString &accessibleName);
/// A short list of records in a dialog, one a row: alternating colours, the first column
/// taking the room left, the others as wide as their contents.
QTreeWidget *recordList(const QStringList &headers, QWidget *parent);
/// A text button for each action at the end of a list's bar.
void addActionButtons(QBoxLayout *bar, const QList<QAction *> &actions, QWidget *parent);

} // namespace Stageboard
