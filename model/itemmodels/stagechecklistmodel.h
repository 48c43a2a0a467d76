// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"
#include "process/criterionrule.h"

#include <QAbstractListModel>

namespace Stageboard {

class BoardModel;

/// The recommended activities, or the exit criteria, of one deal's current stage, as a
/// checklist: tick an item (who and when are recorded), add a note, answer a deal-killer
/// question "no". Writes go through the BoardModel, so the card's progress follows. Items the
/// acting user may not sign off are shown but not enabled.
class StageChecklistModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Activities, Criteria };

    StageChecklistModel(BoardModel *board, Kind kind, QObject *parent = nullptr);

    /// Shows the deal's current stage; 0 shows nothing.
    void setOpportunity(qint64 opportunityId);
    qint64 opportunityId() const { return m_opportunityId; }
    int checkedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// A tick or answer was refused; the message says why.
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        qint64 itemId = 0;
        QString text;
        bool required = false;
        std::optional<SignOff> signOff{};
        bool knockOut = false;
        bool applies = true; ///< false: a sign-off asked only of larger deals
        std::optional<Check> check{};
        QString rule{}; ///< a criterion that checks itself: what it checks
        std::optional<RuleState> ruleState{};
    };

    void rebuild();
    void refreshChecks();
    bool write(const Row &row, CriterionState state, const QString &note);
    /// Why the acting user may not answer this sign-off on the deal; nothing when they may.
    std::optional<QString> refusal(const Row &row) const;

    BoardModel *m_board;
    Kind m_kind;
    qint64 m_opportunityId = 0;
    qint64 m_stageId = 0;
    Opportunity m_deal; ///< as refreshChecks() last read it: whose it is, its amount
    QList<Row> m_rows;
};

} // namespace Stageboard
