// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/lookbackstore.h"

#include <QObject>

namespace Stageboard {

class BoardService;

/// The look-back as people work with it: the competitors (held here, for every choice of
/// one), each deal's, and the reviews of closed deals, written in the acting person's name.
/// Only a manager or an admin reviews; changed() follows every change made here, a deal
/// closed through the board service, and (followStored()) a change made elsewhere.
class LookBackService final : public QObject
{
    Q_OBJECT

public:
    LookBackService(BoardService &board, LookBackStore &store, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LookBackService)

    LookBackStore &store() const { return m_store; }
    BoardService &board() const { return m_board; }

    /// Reads the competitors again.
    Result<void> load();
    const QList<Competitor> &competitors() const { return m_competitors; }
    const Competitor *competitor(qint64 id) const;
    /// The competitor's name; empty for 0 or one not known.
    QString competitorName(qint64 id) const;
    const Competitor *competitorNamed(const QString &name) const;

    Result<Competitor> saveCompetitor(const Competitor &competitor);
    /// Only a manager or an admin removes one, and only while no deal names it.
    Result<void> removeCompetitor(qint64 competitorId);
    Result<void> saveDealCompetitor(const DealCompetitor &entry);
    Result<void> removeDealCompetitor(qint64 opportunityId, qint64 competitorId);

    /// Whether the acting person may review closes: a manager or an admin.
    bool canReview() const;
    /// The acting manager's review of a close (LookBackStore::review).
    Result<DealClose> review(qint64 closeId, const QString &lesson,
                             const QString &processSuggestion);
    /// The review of the deal's latest close.
    Result<DealClose> reviewLatest(qint64 opportunityId, const QString &lesson,
                                   const QString &processSuggestion);

    /// Someone else changed the look-back: reads the competitors again, then changed().
    void followStored();

Q_SIGNALS:
    /// The competitors, a deal's competitors, a close or a review changed.
    void changed();

private:
    BoardService &m_board;
    LookBackStore &m_store;
    QList<Competitor> m_competitors;
};

} // namespace Stageboard
