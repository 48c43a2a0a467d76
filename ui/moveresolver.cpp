// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moveresolver.h"

#include "itemmodels/boardmodel.h"
#include "movedialogs.h"
#include "services/lookback.h"

#include <QMessageBox>

namespace Stageboard {

MoveResolver::MoveResolver(BoardModel *model, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_window(window)
{
    // Queued: the drop finishes (and its indicator goes) before a dialog asks anything.
    connect(model, &BoardModel::moveRefused, this, &MoveResolver::resolve, Qt::QueuedConnection);
    connect(&model->service(), &BoardService::moveWarned, this,
            [this](qint64 id, const QStringList &warnings) {
                const auto deal = m_model->service().opportunity(id);
                const QString text = warnings.join(QLatin1Char(' '));
                // A warning that names the deal first needs no title before it.
                const bool named = deal && text.contains(QStringLiteral("\"%1\"").arg(deal->title));
                Q_EMIT warned(deal && !named ? tr("\"%1\" — %2").arg(deal->title, text) : text);
            });
}

bool MoveResolver::requestMove(qint64 opportunityId, qint64 stageId)
{
    auto moved = m_model->service().moveToStage(opportunityId, stageId);
    if (moved)
        return true;
    resolve(opportunityId, stageId, moved.error());
    return m_model->service().opportunity(opportunityId) &&
           m_model->service().opportunity(opportunityId)->stageId == stageId;
}

void MoveResolver::resolve(qint64 opportunityId, qint64 stageId, const Error &first)
{
    MoveRequest request;
    request.toStageId = stageId;
    Error error = first;
    // Each round answers one question the gate asked: the criteria (or an override), then a
    // close reason; a criterion someone else unticked meanwhile asks again.
    for (int round = 0; round < 4; ++round) {
        const auto deal = m_model->service().opportunity(opportunityId);
        const Stage *stage = m_model->service().stage(stageId);
        if (!deal || !stage)
            return;
        if (error.kind == Error::Kind::GateRefused) {
            GateRefusalDialog dialog(m_model->service(), opportunityId, stageId, error.message,
                                     m_window);
            dialog.exec();
            if (dialog.outcome() == GateRefusalDialog::Outcome::OpenOpportunity)
                Q_EMIT openRequested(opportunityId);
            if (dialog.outcome() != GateRefusalDialog::Outcome::Move &&
                dialog.outcome() != GateRefusalDialog::Outcome::Override)
                return;
            request.overrideReason = dialog.outcome() == GateRefusalDialog::Outcome::Override
                                         ? dialog.overrideReason()
                                         : QString();
        } else if (error.kind == Error::Kind::NeedsCloseReason) {
            auto reasons = m_model->service().gateEngine().closeReasons(stage->kind);
            QString notice;
            if (stage->kind == StageKind::Lost) {
                auto reached = m_model->service().gateEngine().reachedQualification(*deal);
                if (reached && !*reached) {
                    notice = tr("It never reached %1, so it will be recorded as Disqualified, not "
                                "Closed Lost, and will not count against the win rate.")
                                 .arg(m_model->service().gateEngine().qualificationStageName(
                                     deal->stageId));
                }
            }
            QStringList competitors;
            QStringList dealCompetitors;
            if (m_lookBack) {
                for (const Competitor &c : m_lookBack->competitors())
                    competitors.append(c.name);
                if (const auto own = m_lookBack->store().dealCompetitors(opportunityId)) {
                    for (const DealCompetitor &c : *own)
                        dealCompetitors.append(m_lookBack->competitorName(c.competitorId));
                }
            }
            CloseOpportunityDialog dialog(deal->title, stage->name, reasons.value_or(QStringList()),
                                          notice, stage->kind == StageKind::Lost, competitors,
                                          dealCompetitors, m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            request.closeReason = dialog.reason();
            request.close.secondaryReasons = dialog.secondaryReasons();
            request.close.notes = dialog.notes();
            request.close.lostToId = 0;
            if (const QString lostTo = dialog.lostTo(); !lostTo.isEmpty() && m_lookBack) {
                if (const Competitor *known = m_lookBack->competitorNamed(lostTo)) {
                    request.close.lostToId = known->id;
                } else {
                    // Typed: it joins the list.
                    auto added = m_lookBack->saveCompetitor({0, lostTo});
                    if (!added) {
                        QMessageBox::warning(m_window, tr("Move Refused"), added.error().message);
                        return;
                    }
                    request.close.lostToId = added->id;
                }
            }
        } else {
            QMessageBox::warning(m_window, tr("Move Refused"), error.message);
            return;
        }
        auto moved = m_model->service().moveToStage(opportunityId, stageId, request);
        if (moved)
            return;
        error = moved.error();
    }
}

} // namespace Stageboard
