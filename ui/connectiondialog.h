// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/databaselocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Stageboard {

/// Where a shared database is: host, port, database, user, password and SSL mode, with what
/// went wrong the last time shown above them. Connect opens it; Create New Database makes it
/// on the server first (the user needs CREATEDB) and sets it up with the default process.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    /// problem, when given, says why the last try failed (shown in red above the fields).
    ConnectionDialog(const DatabaseLocation &location, const QString &problem, bool keyringOffered,
                     QWidget *parent = nullptr);

    /// The location entered, password included.
    DatabaseLocation location() const;
    /// Whether the person asked for a new database rather than an existing one.
    bool createNew() const { return m_createNew; }
    bool rememberPassword() const;
    /// Why the last OK was refused; empty when it was not.
    QString errorText() const;

    void accept() override;
    /// Create New Database: like accept(), for a database that does not exist yet.
    void acceptNew();

private:
    QLabel *m_problem = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QCheckBox *m_remember = nullptr;
    bool m_createNew = false;
};

} // namespace Stageboard
