// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money.h"
#include "core/result.h"
#include "core/types.h"
#include "services/gateengine.h"
#include "storage/directory.h"
#include "storage/opportunitystore.h"
#include "storage/processstore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringMatcher>
#include <vector>

namespace Stageboard {

/// What the board shows: a text to find in a deal's title, account, contact or next step, and
/// optionally one owner.
struct BoardFilter
{
    QString text;
    qint64 ownerId = 0; ///< 0: every owner

    bool isEmpty() const { return text.isEmpty() && ownerId == 0; }
    friend bool operator==(const BoardFilter &, const BoardFilter &) = default;
};

/// The sales board: one top-level row per stage, in process order, whose children are the
/// deals in that stage that pass the filter, soonest close date first (latest first in closed
/// stages). Stage rows carry the count, total and weighted total of their visible deals, kept
/// up to date on every change without a recount.
///
/// Every change goes through one call (moveToStage, createOpportunity, updateOpportunity,
/// removeOpportunity, restoreOpportunity) which writes through the storage in one transaction
/// and then emits row signals for just the rows it touched. Drag and drop is done here, with
/// the MIME type "application/x-stageboard-opportunity-ids", so any view gets it.
class BoardModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr const char *mimeType = "application/x-stageboard-opportunity-ids";

    /// The board over these stores; its gate engine reads the process from process.
    BoardModel(OpportunityStore &deals, ProcessStore &process, Directory &directory,
               QObject *parent = nullptr);
    ~BoardModel() override;

    /// Reads everything from the storage again.
    Result<void> reload();
    /// Shows these deals as they are stored now, after someone else changed them (a shared
    /// database announced it): each moves, appears, changes or disappears with row signals,
    /// and no other row is touched. Deals already shown as stored are left alone.
    Result<void> applyStoredChanges(const QList<qint64> &ids);

    /// Who is acting: recorded in the ledger for every move.
    void setCurrentUserId(qint64 userId) { m_currentUserId = userId; }
    qint64 currentUserId() const { return m_currentUserId; }

    void setFilter(const BoardFilter &filter);
    BoardFilter filter() const { return m_filter; }

    /// The stages of the pipeline shown, in order: the board's columns.
    const QList<Stage> &stages() const { return m_stageList; }
    /// The pipeline shown; deals of the others are kept, but in no column.
    qint64 pipelineId() const { return m_pipelineId; }
    void setPipelineId(qint64 pipelineId);
    const Stage *stage(qint64 stageId) const;
    const QList<User> &users() const { return m_pipeline.users(); }
    const QList<Account> &accounts() const { return m_accounts; }
    QString userName(qint64 userId) const { return m_userNames.value(userId); }
    QString accountName(qint64 accountId) const { return m_accountNames.value(accountId); }
    /// The deal as last saved, whether or not the filter shows it.
    std::optional<Opportunity> opportunity(qint64 id) const;
    int opportunityCount() const { return int(m_opportunities.size()); }
    /// Where "next stage" (step 1) or "previous stage" (step -1) takes a deal in stageId, 0 for
    /// nowhere: an open deal goes on to the next stage of its pipeline (the won stage after
    /// the last open one) or back to the previous; a closed deal goes nowhere forward, and back
    /// to the last open stage (reopened).
    qint64 neighbourStage(qint64 stageId, int step) const;
    /// How many deals are in the stage, whether or not the filter shows them.
    int opportunityCount(qint64 stageId) const;
    /// The currency most deals use; column totals are shown in it. Totals add amounts as they
    /// are: converting between currencies comes with the forecast's exchange rates.
    QString totalsCurrency() const { return m_totalsCurrency; }
    /// The probability used for forecasting: the deal's own, else its stage's.
    int probabilityOf(const Opportunity &opportunity) const;

    /// The deals the board shows, column by column, in display order.
    QList<Opportunity> visibleOpportunities() const;
    QModelIndex stageIndex(qint64 stageId) const;
    /// Invalid when the deal is unknown or hidden by the filter.
    QModelIndex opportunityIndex(qint64 id) const;
    qint64 opportunityId(const QModelIndex &index) const;

    /// Moves a deal through the gate engine. A refusal (unmet criteria, no close reason, not
    /// allowed) comes back as the error, with Error::kind saying what would let it through.
    /// When the deal changed elsewhere since the board read it, the board shows it as stored
    /// now and the move is checked again against that; if it was moved meanwhile, nothing is
    /// moved (Error::Kind::Conflict, saying by whom and where). Ticks and answers are made on
    /// the deal as stored now in the same way.
    Result<MoveOutcome> moveToStage(qint64 opportunityId, qint64 stageId,
                                    const MoveRequest &request = {});
    Result<void> setActivityDone(qint64 opportunityId, qint64 activityId, bool done,
                                 const QString &note = {});
    Result<void> answerCriterion(qint64 opportunityId, qint64 criterionId, CriterionState state,
                                 const QString &note = {});
    const GateEngine &gateEngine() const { return m_pipeline; }
    /// The deal's stage ledger, oldest first, as stored now.
    Result<QList<StageChange>> stageHistory(qint64 opportunityId) const;
    /// The deal's ticked activities, or its answered criteria, as stored now.
    Result<QList<Check>> activityChecks(qint64 opportunityId) const;
    Result<QList<Check>> criterionChecks(qint64 opportunityId) const;
    Result<Opportunity> createOpportunity(const Opportunity &opportunity);
    /// Saves every field but the stage (moves go through moveToStage and its ledger). When
    /// opportunity.version is no longer the stored one nothing is saved (Error::Kind::Conflict)
    /// and the board shows the deal as stored now: opportunity(id) is then "theirs", to
    /// compare with the edit (EditConflict).
    Result<void> updateOpportunity(const Opportunity &opportunity);
    Result<void> removeOpportunity(qint64 id);
    Result<void> restoreOpportunity(qint64 id);
    /// The id of the account with this name, created when there is none.
    Result<qint64> accountNamed(const QString &name);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    // removeRows is deliberately not overridden: after a move drop a view asks the model to
    // remove the dragged rows, and the default (refuse) keeps the deal, which has already moved.

Q_SIGNALS:
    /// Emitted after each change made through this model, for undo and status messages.
    void moved(const Stageboard::Opportunity &before, const Stageboard::StageChange &change);
    /// A move went through with warnings (advisory criteria, a failed deal killer,
    /// disqualification).
    void moveWarned(qint64 opportunityId, const QStringList &warnings);
    /// A move a view started (a drop) was refused; error.kind says whether a close reason or a
    /// manager's override would let it through.
    void moveRefused(qint64 opportunityId, qint64 toStageId, const Stageboard::Error &error);
    /// A deal's checklist or criteria changed.
    void checksChanged(qint64 opportunityId);
    void created(const Stageboard::Opportunity &opportunity);
    void edited(const Stageboard::Opportunity &before, const Stageboard::Opportunity &after);
    void removed(const Stageboard::Opportunity &opportunity);
    void restored(const Stageboard::Opportunity &opportunity);
    /// A change a view started (a drop) failed; the message says why.
    void errorOccurred(const QString &message);
    /// The board shows another pipeline's stages.
    void pipelineChanged(qint64 pipelineId);
    /// Everything was read again from the storage (a model reset from a filter or a pipeline
    /// switch only shows the same deals differently).
    void reloaded();
    /// Someone else changed the deal (before is absent for a new deal, after for a deleted one).
    void changedElsewhere(const std::optional<Stageboard::Opportunity> &before,
                          const std::optional<Stageboard::Opportunity> &after);

private:
    /// After a conflict: the deal as stored now, placed on the board; unset when deleted.
    std::optional<Opportunity> showStoredAfterConflict(qint64 opportunityId);
    struct Column
    {
        Stage stage;
        QList<qint64> ids; ///< visible deals, in display order
        qint64 count = 0;
        Cents amount = 0;
        WeightedSum weighted; ///< sum of amount × probability
    };

    bool accepts(const Opportunity &o) const;
    bool before(const Opportunity &a, const Opportunity &b, bool latestFirst) const;
    int stageRow(qint64 stageId) const;
    /// The row the deal has, or would have, in its column.
    int lowerBound(const Column &column, const Opportunity &o) const;
    void addToTotals(Column &column, const Opportunity &o, int sign);
    /// Brings rows and totals from "old" to "now" (either may be absent) with row signals.
    void place(const std::optional<Opportunity> &old, const std::optional<Opportunity> &now);
    void emitTotalsChanged(int stageRow);
    void rebuildColumns();

    OpportunityStore &m_opportunityStore;
    Directory &m_directory;
    GateEngine m_pipeline;
    qint64 m_currentUserId = 0;
    qint64 m_pipelineId = 0;
    BoardFilter m_filter;
    /// The filter's text, prepared once: a Boyer-Moore search beats contains() over 100k deals.
    QStringMatcher m_filterMatcher;
    QList<Stage> m_stageList;
    std::vector<Column> m_columns;
    QHash<qint64, int> m_stageRows;
    QHash<qint64, Opportunity> m_opportunities;
    QList<Account> m_accounts;
    QHash<qint64, QString> m_userNames;
    QHash<qint64, QString> m_accountNames;
    QString m_totalsCurrency;
};

} // namespace Stageboard
