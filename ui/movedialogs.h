// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Stageboard {

class BoardService;

/// Says why a move was refused and resolves it in place: the unmet required criteria are check
/// boxes the acting person may tick (those needing another role's sign-off are shown greyed,
/// naming who must sign), and Move tries again once they are all met. Open Opportunity shows
/// the deal's panel instead. A manager (or admin) may also move it anyway with a reason that
/// goes into the ledger; that reason's box has the focus.
class GateRefusalDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome { Cancelled, Move, Override, OpenOpportunity };

    GateRefusalDialog(BoardService &service, qint64 opportunityId, qint64 stageId,
                      const QString &message, QWidget *parent = nullptr);

    QString overrideReason() const;
    QString message() const;
    Outcome outcome() const { return m_outcome; }

private:
    void tick(qint64 criterionId, bool met);
    void updateButtons();

    BoardService &m_service;
    qint64 m_opportunityId;
    qint64 m_stageId;
    Outcome m_outcome = Outcome::Cancelled;
    QLabel *m_message = nullptr;
    QLabel *m_error = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_override = nullptr;
    QList<QCheckBox *> m_boxes;
    int m_unmetRules = 0; ///< criteria that check themselves, unmet: Move waits for them
};

/// Asks why a deal was won or lost, for its look-back: the main reason (from an editable
/// list), further reasons, the competitor it was lost to (for a lost deal; one not in the list
/// may be typed) and notes.
class CloseOpportunityDialog final : public QDialog
{
    Q_OBJECT

public:
    /// notice is shown above the choice (e.g. that the deal will count as disqualified);
    /// competitors are offered as "lost to" when lost, the deal's own (dealCompetitors) first.
    CloseOpportunityDialog(const QString &title, const QString &stageName,
                           const QStringList &reasons, const QString &notice, bool lost,
                           const QStringList &competitors, const QStringList &dealCompetitors,
                           QWidget *parent = nullptr);

    QString reason() const;
    QStringList secondaryReasons() const;
    /// The competitor's name as chosen or typed; empty for none.
    QString lostTo() const;
    QString notes() const;

private:
    void offerSecondary();

    QComboBox *m_reason = nullptr;
    QListWidget *m_secondary = nullptr;
    QComboBox *m_lostTo = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QStringList m_reasons;
};

} // namespace Stageboard
