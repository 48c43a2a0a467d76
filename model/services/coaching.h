// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/coachingstore.h"

#include <QObject>

namespace Stageboard {

class BoardService;

/// Coaching as people work with it: the grid's figures, and the managers' notes to reps,
/// written in the acting person's name. Only a manager or an admin writes or removes a note;
/// the rep it is for marks it read. changed() follows every note written, read or removed
/// here, and (followStored()) elsewhere.
class CoachingService final : public QObject
{
    Q_OBJECT

public:
    CoachingService(BoardService &board, CoachingStore &store, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CoachingService)

    CoachingStore &store() const { return m_store; }
    BoardService &board() const { return m_board; }

    /// Whether the acting person coaches: a manager or an admin.
    bool canCoach() const;
    /// The grid's figures as of now.
    Result<CoachingFigures> figures() const;
    /// The notes to the acting person, newest first (unread ones only when unreadOnly).
    Result<QList<CoachingNote>> myNotes(bool unreadOnly) const;
    /// A note from the acting manager to a rep (about one of the rep's deals, or none).
    Result<CoachingNote> addNote(qint64 repId, qint64 opportunityId, const QString &text,
                                 const QDate &followUp);
    /// The rep it is for (or a manager) marks it read, or not read again.
    Result<void> markRead(const CoachingNote &note, bool read);
    Result<void> removeNote(qint64 noteId);
    /// Someone else wrote, read or removed a note.
    void followStored();

Q_SIGNALS:
    void changed();

private:
    BoardService &m_board;
    CoachingStore &m_store;
};

} // namespace Stageboard
