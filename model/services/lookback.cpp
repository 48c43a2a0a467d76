// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/lookback.h"

#include "services/boardservice.h"

namespace Stageboard {

LookBackService::LookBackService(BoardService &board, LookBackStore &store, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_store(store)
{
    // A close is written with the move that makes it.
    connect(&board, &BoardService::moved, this,
            [this](const Opportunity &before, const StageChange &change) {
                const Stage *from = m_board.gateEngine().stage(before.stageId);
                const Stage *to = m_board.gateEngine().stage(change.toStageId);
                if ((to && to->kind != StageKind::Open) || (from && from->kind != StageKind::Open))
                    Q_EMIT changed();
            });
}

Result<void> LookBackService::load()
{
    auto read = m_store.competitors();
    if (!read)
        return std::unexpected(read.error());
    m_competitors = *read;
    return {};
}

const Competitor *LookBackService::competitor(qint64 id) const
{
    for (const Competitor &c : m_competitors) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString LookBackService::competitorName(qint64 id) const
{
    const Competitor *c = competitor(id);
    return c ? c->name : QString();
}

const Competitor *LookBackService::competitorNamed(const QString &name) const
{
    for (const Competitor &c : m_competitors) {
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

Result<Competitor> LookBackService::saveCompetitor(const Competitor &competitor)
{
    auto saved = m_store.saveCompetitor(competitor);
    if (!saved)
        return saved;
    if (auto ok = load(); !ok)
        return std::unexpected(ok.error());
    Q_EMIT changed();
    return saved;
}

Result<void> LookBackService::removeCompetitor(qint64 competitorId)
{
    if (!m_board.gateEngine().canOverride(m_board.currentUserId())) {
        return fail(tr("Only a manager or an admin removes a competitor from the list."),
                    Error::Kind::NotAllowed);
    }
    if (auto ok = m_store.removeCompetitor(competitorId); !ok)
        return ok;
    if (auto ok = load(); !ok)
        return ok;
    Q_EMIT changed();
    return {};
}

Result<void> LookBackService::saveDealCompetitor(const DealCompetitor &entry)
{
    if (auto ok = m_store.saveDealCompetitor(entry); !ok)
        return ok;
    Q_EMIT changed();
    return {};
}

Result<void> LookBackService::removeDealCompetitor(qint64 opportunityId, qint64 competitorId)
{
    if (auto ok = m_store.removeDealCompetitor(opportunityId, competitorId); !ok)
        return ok;
    Q_EMIT changed();
    return {};
}

bool LookBackService::canReview() const
{
    return m_board.gateEngine().canOverride(m_board.currentUserId());
}

Result<DealClose> LookBackService::review(qint64 closeId, const QString &lesson,
                                          const QString &processSuggestion)
{
    if (!canReview()) {
        const User *who = m_board.gateEngine().user(m_board.currentUserId());
        return fail(tr("Only a manager or an admin reviews a closed deal; %1 is not one.")
                        .arg(who ? who->name : tr("nobody")),
                    Error::Kind::NotAllowed);
    }
    auto reviewed = m_store.review(closeId, m_board.currentUserId(), lesson, processSuggestion);
    if (!reviewed)
        return reviewed;
    Q_EMIT changed();
    return reviewed;
}

Result<DealClose> LookBackService::reviewLatest(qint64 opportunityId, const QString &lesson,
                                                const QString &processSuggestion)
{
    auto closes = m_store.closesOf(opportunityId);
    if (!closes)
        return std::unexpected(closes.error());
    if (closes->isEmpty()) {
        return fail(tr("Deal %1 was never closed in Stageboard, so there is nothing to review.")
                        .arg(opportunityId));
    }
    return review(closes->constLast().id, lesson, processSuggestion);
}

void LookBackService::followStored()
{
    if (auto ok = load(); !ok)
        return;
    Q_EMIT changed();
}

} // namespace Stageboard
