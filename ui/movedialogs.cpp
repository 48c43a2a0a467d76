// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "movedialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stageboard {

GateRefusalDialog::GateRefusalDialog(const QString &message, const QStringList &unmet,
                                     bool canOverride, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Move Refused"));
    m_message = new QLabel(message.section(QLatin1Char('\n'), 0, 0), this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto *list = new QLabel(QStringLiteral("• ") + unmet.join(QStringLiteral("\n• ")), this);
    list->setObjectName(QStringLiteral("unmet"));
    list->setTextFormat(Qt::PlainText);
    list->setWordWrap(true);
    list->setContentsMargins(12, 4, 0, 8);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(list);
    if (canOverride) {
        auto *hint = new QLabel(tr("As a manager you may move it anyway. Say why: the reason and "
                                   "the unmet criteria are kept in the stage history."),
                                this);
        hint->setWordWrap(true);
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("overrideReason"));
        m_reason->setPlaceholderText(tr("Reason for the override (required)"));
        m_reason->setMaximumHeight(80);
        m_override = buttons->addButton(tr("&Override and Move"), QDialogButtonBox::AcceptRole);
        m_override->setObjectName(QStringLiteral("override"));
        m_override->setEnabled(false);
        connect(m_reason, &QPlainTextEdit::textChanged, this,
                [this] { m_override->setEnabled(!overrideReason().isEmpty()); });
        connect(m_override, &QPushButton::clicked, this, &QDialog::accept);
        layout->addWidget(hint);
        layout->addWidget(m_reason);
    }
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString GateRefusalDialog::overrideReason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

QString GateRefusalDialog::message() const
{
    return m_message->text();
}

CloseOpportunityDialog::CloseOpportunityDialog(const QString &title, const QString &stageName,
                                               const QStringList &reasons, const QString &notice,
                                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Move to %1").arg(stageName));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("Why is \"%1\" moving to %2?").arg(title, stageName), this);
    question->setWordWrap(true);
    layout->addWidget(question);
    if (!notice.isEmpty()) {
        auto *note = new QLabel(notice, this);
        note->setObjectName(QStringLiteral("notice"));
        note->setWordWrap(true);
        QFont bold = note->font();
        bold.setBold(true);
        note->setFont(bold);
        layout->addWidget(note);
    }
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setEditable(true);
    m_reason->addItems(reasons);
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type a reason"));
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_reason, &QComboBox::currentTextChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

QString CloseOpportunityDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

} // namespace Stageboard
