// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "process/criterionrule.h"
#include "services/boardservice.h"
#include "storage/sqlstorage.h"
#include "workspace/workspace.h"

#include <QTest>

namespace Stageboard::Test {

/// The stores rules are met through, of a storage or a window's workspace.
struct PeopleStores
{
    ContactStore &contacts;
    EngagementStore &engagements;
    StakeholderStore &stakeholders;
    DebriefStore &debriefs;
    DealEvidenceSource &evidence;
    PeopleStores(SqlStorage &s) // NOLINT: either converts
        : contacts(s.contacts())
        , engagements(s.engagements())
        , stakeholders(s.stakeholders())
        , debriefs(s.debriefs())
        , evidence(s.evidence())
    {}
    PeopleStores(Workspace &w) // NOLINT
        : contacts(w.contacts())
        , engagements(w.engagements())
        , stakeholders(w.stakeholders())
        , debriefs(w.debriefs())
        , evidence(w.evidence())
    {}
};

/// Meets a rule criterion the way a rep does: a new contact at the deal's account in the first
/// buying role a stakeholder rule names, a done activity of the type an activity rule names, a
/// debriefed call for a debrief rule. A field rule is left to the deal.
inline void meetRule(PeopleStores storage, const Opportunity &deal, const ExitCriterion &c)
{
    const auto rule = CriterionRule::parse(c.rule);
    QVERIFY2(rule, qPrintable(c.rule));
    const auto doneCall = [&](EngagementKind kind) {
        Engagement e;
        e.kind = kind;
        e.subject = QStringLiteral("Meeting the gate of %1").arg(deal.title);
        e.opportunityId = deal.id;
        e.ownerId = deal.ownerId;
        e.dueAt = e.doneAt = QDateTime::currentSecsSinceEpoch();
        auto added = storage.engagements.addEngagement(e);
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return *added;
    };
    switch (rule->kind()) {
    case CriterionRule::Kind::Stakeholder: {
        const auto roles = storage.stakeholders.buyingRoles();
        QVERIFY(roles);
        qint64 roleId = 0;
        for (const BuyingRole &r : *roles) {
            if (r.key == rule->roleKeys().constFirst())
                roleId = r.id;
        }
        QVERIFY2(roleId, qPrintable(rule->roleKeys().constFirst()));
        Contact person;
        person.name =
            QStringLiteral("%1 of deal %2").arg(rule->roleKeys().constFirst()).arg(deal.id);
        person.accountId = deal.accountId;
        person.ownerId = deal.ownerId;
        const auto contact = storage.contacts.addContact(person);
        QVERIFY2(contact, contact ? "" : qPrintable(contact.error().message));
        Stakeholder s;
        s.opportunityId = deal.id;
        s.contactId = contact->id;
        s.roleId = roleId;
        const auto added = storage.stakeholders.setStakeholder(s);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        break;
    }
    case CriterionRule::Kind::Activity:
        doneCall(rule->activityKind());
        break;
    case CriterionRule::Kind::Debrief: {
        Debrief d;
        d.engagementId = doneCall(EngagementKind::Call).id;
        d.wentWell = QStringLiteral("They listened.");
        QVERIFY(storage.debriefs.saveDebrief(d, {}));
        break;
    }
    case CriterionRule::Kind::Field:
        break;
    }
}

/// Meets every required exit criterion of the deal's current stage: rules as a rep does
/// (meetRule), the others answered as whoever the service acts as (a manager signs off).
inline void meetGate(PeopleStores storage, BoardService &service, qint64 id)
{
    // A board made over the bare stores has no evidence for the rules yet.
    service.setEvidenceSource(&storage.evidence);
    const auto deal = service.opportunity(id);
    QVERIFY(deal);
    bool ruled = false;
    for (const ExitCriterion &c : service.gateEngine().exitCriteria(deal->stageId)) {
        if (!c.required)
            continue;
        if (!c.rule.isEmpty()) {
            meetRule(storage, *deal, c);
            ruled = true;
        } else {
            const auto answered = service.answerCriterion(id, c.id, CriterionState::Met);
            QVERIFY2(answered, answered ? "" : qPrintable(answered.error().message));
        }
    }
    if (ruled)
        QVERIFY(service.applyStoredChanges({id}));
}

} // namespace Stageboard::Test
