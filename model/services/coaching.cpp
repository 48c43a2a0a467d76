// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/coaching.h"

#include "services/boardservice.h"

#include <QDateTime>

namespace Stageboard {

CoachingService::CoachingService(BoardService &board, CoachingStore &store, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_store(store)
{}

bool CoachingService::canCoach() const
{
    return m_board.gateEngine().canOverride(m_board.currentUserId());
}

Result<CoachingFigures> CoachingService::figures() const
{
    return m_store.figures(QDateTime::currentSecsSinceEpoch());
}

Result<QList<CoachingNote>> CoachingService::myNotes(bool unreadOnly) const
{
    if (m_board.currentUserId() == 0)
        return QList<CoachingNote>{};
    return m_store.notes(m_board.currentUserId(), unreadOnly);
}

Result<CoachingNote> CoachingService::addNote(qint64 repId, qint64 opportunityId,
                                              const QString &text, const QDate &followUp)
{
    if (!canCoach())
        return fail(tr("Only a manager or an admin writes coaching notes."),
                    Error::Kind::NotAllowed);
    if (opportunityId != 0) {
        const auto deal = m_board.opportunities().constFind(opportunityId);
        if (deal != m_board.opportunities().cend() && deal->ownerId != repId)
            return fail(tr("The deal \"%1\" is not this rep's.").arg(deal->title));
    }
    CoachingNote note;
    note.repId = repId;
    note.opportunityId = opportunityId;
    note.authorId = m_board.currentUserId();
    note.text = text;
    note.followUp = followUp;
    auto added = m_store.addNote(note);
    if (added)
        Q_EMIT changed();
    return added;
}

Result<void> CoachingService::markRead(const CoachingNote &note, bool read)
{
    if (note.repId != m_board.currentUserId() && !canCoach())
        return fail(tr("Only the rep a coaching note is for marks it read."),
                    Error::Kind::NotAllowed);
    auto ok = m_store.markRead(note.id, read);
    if (ok)
        Q_EMIT changed();
    return ok;
}

Result<void> CoachingService::removeNote(qint64 noteId)
{
    if (!canCoach())
        return fail(tr("Only a manager or an admin removes a coaching note."),
                    Error::Kind::NotAllowed);
    auto ok = m_store.removeNote(noteId);
    if (ok)
        Q_EMIT changed();
    return ok;
}

void CoachingService::followStored()
{
    Q_EMIT changed();
}

} // namespace Stageboard
