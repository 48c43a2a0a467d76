// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>

class QWidget;

namespace Stageboard {

class BoardModel;
class LookBackService;

/// Carries a move a person asked for through the gate: when the model refuses it for want of a
/// close reason or because criteria are unmet, asks (a reason; for a manager, an override with
/// its reason) and tries again. Every path that moves a card from the UI goes through here.
class MoveResolver final : public QObject
{
    Q_OBJECT

public:
    MoveResolver(BoardModel *model, QWidget *window);

    /// Where a close's competitors come from and "lost to" a new one goes; without one the
    /// close asks only for reasons and notes. Not owned.
    void setLookBack(LookBackService *lookBack) { m_lookBack = lookBack; }

    /// Moves the deal, asking what the gate needs. True when it moved.
    bool requestMove(qint64 opportunityId, qint64 stageId);
    /// Picks up a move the model refused (e.g. a drop) and resolves it.
    void resolve(qint64 opportunityId, qint64 stageId, const Stageboard::Error &error);

Q_SIGNALS:
    void warned(const QString &message);
    /// The person chose to look at the deal instead of moving it.
    void openRequested(qint64 opportunityId);

private:
    BoardModel *m_model;
    QWidget *m_window;
    LookBackService *m_lookBack = nullptr;
};

} // namespace Stageboard
