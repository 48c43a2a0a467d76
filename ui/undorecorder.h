// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QObject>
#include <functional>

class QUndoStack;

namespace Stageboard {

class BoardModel;
class ProcessModel;

/// Turns every change made through a BoardModel (a drop, the dialog, a shortcut) into a
/// command on an undo stack, so Ctrl+Z works the same whichever path made the change. Undoing
/// goes through the model like any change: it is saved, and a move back is a new ledger row.
class UndoRecorder final : public QObject
{
    Q_OBJECT

public:
    UndoRecorder(BoardModel *model, QUndoStack *stack, QObject *parent = nullptr);

    /// Runs an undo or redo step without recording it again.
    template<typename F> auto replaying(F &&step)
    {
        const bool was = m_replaying;
        m_replaying = true;
        auto result = step();
        m_replaying = was;
        return result;
    }

    BoardModel *model() const { return m_model; }

Q_SIGNALS:
    /// An undo or redo could not be applied (e.g. the deal was changed elsewhere).
    void errorOccurred(const QString &message);

private:
    BoardModel *m_model;
    QUndoStack *m_stack;
    bool m_replaying = false;
};

/// Puts every edit made through model on stack as an undo step; a step that can no longer be
/// taken (the stage has held deals since) is reported through onError and dropped.
void recordProcessEdits(ProcessModel *model, QUndoStack *stack,
                        const std::function<void(const QString &)> &onError);

} // namespace Stageboard
