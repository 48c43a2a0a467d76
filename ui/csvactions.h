// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace Stageboard {

class Workspace;
class ForecastTableModel;
struct AccountSummary;

/// The CSV commands of the File menu. Each asks for a file, shows progress that can be
/// cancelled, and reports the outcome; an export that does not finish leaves no file behind.
namespace CsvActions {

/// The deals the board shows now (its filter applies), with every field.
void exportOpportunities(QWidget *window, Workspace &workspace);
/// The whole stage ledger.
void exportHistory(QWidget *window, Workspace &workspace);
/// The forecast table: deals by close month, owner and forecast category.
void exportForecast(QWidget *window, Workspace &workspace);
/// One of the dashboard's tables, as it shows now.
void exportTable(QWidget *window, const QString &title, const QString &fileName,
                 const ForecastTableModel &table);
/// Asks for a file, shows how its columns and stages map, checks every row, and imports.
/// Returns true when something was imported (the board was reloaded).
bool importOpportunities(QWidget *window, Workspace &workspace);
/// Every contact, with its notes.
void exportContacts(QWidget *window, Workspace &workspace);
/// Every deal's buying group.
void exportStakeholders(QWidget *window, Workspace &workspace);
/// Every activity, done or not.
void exportActivities(QWidget *window, Workspace &workspace);
/// These accounts (as the accounts list shows them) with their figures and details.
void exportAccounts(QWidget *window, const QList<AccountSummary> &accounts);
/// Asks for a file (unless given), checks every row and says which cannot be imported and
/// which accounts would be created, then imports the good rows if the person agrees. Returns
/// true when contacts were imported.
bool importContacts(QWidget *window, Workspace &workspace, const QString &path = {});

} // namespace CsvActions

} // namespace Stageboard
