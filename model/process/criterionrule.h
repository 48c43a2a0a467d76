// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Stageboard {

/// What a rule looks at besides the deal's own fields (its stakeholders' roles among them), as
/// it stands now.
struct DealEvidence
{
    QList<EngagementKind> doneInStage; ///< types of activities done since it entered its stage
    bool debriefInStage = false;       ///< a debrief written since it entered its stage
};

/// How a deal stands on one rule criterion, as the rule decides it now.
struct RuleState
{
    bool met = false;
    QString missing; ///< what is missing when unmet
};

/// Where rule criteria find what they look at beyond the deal itself: its stakeholders' buying
/// roles (their names), the activities done and the debriefs written in its stage.
class DealEvidenceSource
{
public:
    virtual ~DealEvidenceSource() = default;
    virtual Result<QList<BuyingRole>> buyingRoles() = 0;
    virtual Result<DealEvidence> evidence(const Opportunity &deal) = 0;
};

/// An exit criterion that decides itself from the deal: the written form is what the database
/// and process files keep in a criterion's "rule".
///  - "stakeholder:champion" — at least one stakeholder with that buying role (or any of
///    several: "stakeholder:decision_maker,influencer");
///  - "activity:call" — an activity of that type done in this stage;
///  - "debrief" — a debrief written in this stage;
///  - "field:amount", "field:close_date", "field:contact" — the field is set (a contact: a
///    stakeholder, or the contact named on the deal).
class CriterionRule final
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::CriterionRule)

public:
    enum class Kind { Stakeholder, Activity, Debrief, Field };

    /// Reads the written form; a message says what is wrong with a bad one.
    static Result<CriterionRule> parse(const QString &text);
    static CriterionRule stakeholder(const QStringList &roleKeys);
    static CriterionRule activity(EngagementKind kind);
    static CriterionRule debrief();
    static CriterionRule field(const QString &field);
    /// "amount", "close_date", "contact".
    static QStringList fields();

    Kind kind() const { return m_kind; }
    const QStringList &roleKeys() const { return m_roleKeys; }
    EngagementKind activityKind() const { return m_activity; }
    const QString &fieldName() const { return m_field; }
    /// The written form, which parse() reads back.
    QString text() const;

    /// Whether it looks beyond the deal (activities, debriefs): a card cannot show it.
    bool needsEvidence() const { return m_kind == Kind::Activity || m_kind == Kind::Debrief; }
    bool isMet(const Opportunity &deal, const DealEvidence &evidence) const;
    /// What is missing, for a refusal: "no Champion among the stakeholders". roleNames maps
    /// buying-role keys to their names.
    QString missing(const QHash<QString, QString> &roleNames) const;
    /// What it checks, in a few words for a table cell: "Decision maker or Influencer",
    /// "Call done", "Call debriefed", "the amount".
    QString label(const QHash<QString, QString> &roleNames) const;
    /// What it checks, in a sentence: "Checked by itself: a Champion among the stakeholders".
    QString describe(const QHash<QString, QString> &roleNames) const;

private:
    Kind m_kind = Kind::Debrief;
    QStringList m_roleKeys;
    EngagementKind m_activity = EngagementKind::Call;
    QString m_field;
};

} // namespace Stageboard
