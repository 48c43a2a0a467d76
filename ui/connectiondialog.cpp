// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "colors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Stageboard {

ConnectionDialog::ConnectionDialog(const DatabaseLocation &location, const QString &problem,
                                   bool keyringOffered, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a Shared Database"));
    auto *layout = new QVBoxLayout(this);
    m_problem = new QLabel(problem, this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Colors::markAsError(m_problem);
    m_problem->setVisible(!problem.isEmpty());
    layout->addWidget(m_problem);

    auto *form = new QFormLayout;
    const auto field = [this](const QString &name, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        return edit;
    };
    m_host = field(QStringLiteral("host"), location.host);
    m_host->setPlaceholderText(tr("db.example.com"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(location.port);
    form->addRow(tr("&Port:"), m_port);
    m_database = field(QStringLiteral("database"), location.database);
    m_database->setPlaceholderText(tr("stageboard"));
    form->addRow(tr("&Database:"), m_database);
    QString user = location.user;
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    m_user = field(QStringLiteral("user"), user);
    form->addRow(tr("&User:"), m_user);
    m_password = field(QStringLiteral("password"), location.password);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Asked by the server, if at all"));
    form->addRow(tr("Pass&word:"), m_password);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    const std::pair<const char *, QString> modes[] = {
        {"disable", tr("Never encrypt")},
        {"allow", tr("Encrypt if the server insists")},
        {"prefer", tr("Encrypt when the server can (default)")},
        {"require", tr("Always encrypt")},
        {"verify-ca", tr("Always encrypt, and check the server's certificate")},
        {"verify-full", tr("Always encrypt, check the certificate and the server's name")},
    };
    for (const auto &[key, text] : modes) {
        m_sslMode->addItem(text, QString::fromLatin1(key));
        if (location.sslMode == QLatin1String(key))
            m_sslMode->setCurrentIndex(m_sslMode->count() - 1);
    }
    form->addRow(tr("&Encryption:"), m_sslMode);
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("&Remember the password in the keyring"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(keyringOffered);
    m_remember->setEnabled(keyringOffered);
    if (!keyringOffered) {
        m_remember->setToolTip(tr("This desktop has no keyring: Stageboard asks for the password "
                                  "each time, and never writes it to a file."));
    }
    layout->addWidget(m_remember);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connect"));
    connectButton->setDefault(true);
    QPushButton *create =
        buttons->addButton(tr("Create &New Database"), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("createNew"));
    create->setToolTip(tr("Creates the database on the server (your user needs the right to "
                          "create databases) and sets it up with the default sales process."));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, &ConnectionDialog::acceptNew);
    layout->addWidget(buttons);

    // Asked again for a password: that is what to type.
    if (!problem.isEmpty() && !location.host.isEmpty() && !location.database.isEmpty())
        m_password->setFocus();
    else if (location.host.isEmpty())
        m_host->setFocus();
}

DatabaseLocation ConnectionDialog::location() const
{
    DatabaseLocation l;
    l.kind = DatabaseLocation::Kind::Postgres;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.database = m_database->text().trimmed();
    l.user = m_user->text().trimmed();
    l.password = m_password->text();
    l.sslMode = m_sslMode->currentData().toString();
    return l;
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

QString ConnectionDialog::errorText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ConnectionDialog::accept()
{
    const std::pair<QLineEdit *, QString> required[] = {
        {m_host, tr("Enter the server's name or address.")},
        {m_database, tr("Enter the database's name.")},
        {m_user, tr("Enter the user to log in as.")},
    };
    for (const auto &[edit, message] : required) {
        if (edit->text().trimmed().isEmpty()) {
            m_problem->setText(message);
            m_problem->show();
            edit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void ConnectionDialog::acceptNew()
{
    m_createNew = true;
    accept();
    if (result() != QDialog::Accepted)
        m_createNew = false;
}

} // namespace Stageboard
