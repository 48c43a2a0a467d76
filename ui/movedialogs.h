// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Stageboard {

/// Says why a move was refused and lists the unmet required criteria. For a manager it also
/// offers to move anyway, with a reason that goes into the ledger.
class GateRefusalDialog final : public QDialog
{
    Q_OBJECT

public:
    GateRefusalDialog(const QString &message, const QStringList &unmet, bool canOverride,
                      QWidget *parent = nullptr);

    QString overrideReason() const;
    QString message() const;

private:
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_override = nullptr;
};

/// Asks why a deal was won or lost, from an editable list of reasons.
class CloseOpportunityDialog final : public QDialog
{
    Q_OBJECT

public:
    /// notice is shown above the choice (e.g. that the deal will count as disqualified).
    CloseOpportunityDialog(const QString &title, const QString &stageName,
                           const QStringList &reasons, const QString &notice,
                           QWidget *parent = nullptr);

    QString reason() const;

private:
    QComboBox *m_reason = nullptr;
};

} // namespace Stageboard
