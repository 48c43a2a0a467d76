// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "process/criterionrule.h"

#include <QLocale>

namespace Stageboard {

namespace {

QString roleList(const QStringList &keys, const QHash<QString, QString> &names)
{
    QStringList shown;
    for (const QString &key : keys)
        shown.append(names.value(key, key));
    // "Decision maker or Influencer"
    return shown.size() < 2 ? shown.value(0)
                            : CriterionRule::tr("%1 or %2")
                                  .arg(QStringList(shown.mid(0, shown.size() - 1)).join(u", "),
                                       shown.constLast());
}

QString fieldLabel(const QString &field)
{
    if (field == QLatin1StringView("amount"))
        return CriterionRule::tr("the amount");
    if (field == QLatin1StringView("close_date"))
        return CriterionRule::tr("the close date");
    return CriterionRule::tr("a contact");
}

} // namespace

QStringList CriterionRule::fields()
{
    return {QStringLiteral("amount"), QStringLiteral("close_date"), QStringLiteral("contact")};
}

CriterionRule CriterionRule::stakeholder(const QStringList &roleKeys)
{
    CriterionRule r;
    r.m_kind = Kind::Stakeholder;
    r.m_roleKeys = roleKeys;
    return r;
}

CriterionRule CriterionRule::activity(EngagementKind kind)
{
    CriterionRule r;
    r.m_kind = Kind::Activity;
    r.m_activity = kind;
    return r;
}

CriterionRule CriterionRule::debrief()
{
    return CriterionRule();
}

CriterionRule CriterionRule::field(const QString &field)
{
    CriterionRule r;
    r.m_kind = Kind::Field;
    r.m_field = field;
    return r;
}

Result<CriterionRule> CriterionRule::parse(const QString &written)
{
    const QString text = written.trimmed();
    const qsizetype colon = text.indexOf(u':');
    const QString head = colon < 0 ? text : text.left(colon);
    const QString rest = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (head == QLatin1StringView("stakeholder")) {
        QStringList keys;
        for (const QString &key : rest.split(u',', Qt::SkipEmptyParts)) {
            if (!key.trimmed().isEmpty())
                keys.append(key.trimmed());
        }
        if (keys.isEmpty()) {
            return fail(tr("The rule \"%1\" names no buying role: write, for example, "
                           "stakeholder:champion.")
                            .arg(text));
        }
        return stakeholder(keys);
    }
    if (head == QLatin1StringView("activity")) {
        const auto kind = engagementKindFromKey(rest);
        if (!kind) {
            return fail(tr("The rule \"%1\" needs an activity type: call, meeting, task or "
                           "email.")
                            .arg(text));
        }
        return activity(*kind);
    }
    if (head == QLatin1StringView("debrief") && rest.isEmpty())
        return debrief();
    if (head == QLatin1StringView("field")) {
        if (!fields().contains(rest)) {
            return fail(
                tr("The rule \"%1\" needs a field: amount, close_date or contact.").arg(text));
        }
        return field(rest);
    }
    return fail(tr("\"%1\" is not a rule; a rule is stakeholder:ROLE, activity:TYPE, debrief or "
                   "field:NAME.")
                    .arg(text));
}

QString CriterionRule::text() const
{
    switch (m_kind) {
    case Kind::Stakeholder:
        return QStringLiteral("stakeholder:") + m_roleKeys.join(u',');
    case Kind::Activity:
        return QStringLiteral("activity:") + engagementKindKey(m_activity);
    case Kind::Debrief:
        return QStringLiteral("debrief");
    case Kind::Field:
        return QStringLiteral("field:") + m_field;
    }
    return {};
}

bool CriterionRule::isMet(const Opportunity &deal, const DealEvidence &evidence) const
{
    switch (m_kind) {
    case Kind::Stakeholder:
        return std::any_of(m_roleKeys.cbegin(), m_roleKeys.cend(),
                           [&](const QString &key) { return deal.buyingRoles.contains(key); });
    case Kind::Activity:
        return evidence.doneInStage.contains(m_activity);
    case Kind::Debrief:
        return evidence.debriefInStage;
    case Kind::Field:
        if (m_field == QLatin1StringView("amount"))
            return deal.amount > 0;
        if (m_field == QLatin1StringView("close_date"))
            return deal.closeDate.isValid();
        return deal.stakeholders > 0 || !deal.contact.trimmed().isEmpty();
    }
    return false;
}

QString CriterionRule::missing(const QHash<QString, QString> &roleNames) const
{
    switch (m_kind) {
    case Kind::Stakeholder:
        return tr("no %1 among the stakeholders").arg(roleList(m_roleKeys, roleNames));
    case Kind::Activity:
        return tr("no activity of type %1 done in this stage").arg(engagementKindName(m_activity));
    case Kind::Debrief:
        return tr("no call debriefed in this stage");
    case Kind::Field:
        if (m_field == QLatin1StringView("contact"))
            return tr("no contact named");
        return tr("%1 is not set").arg(fieldLabel(m_field));
    }
    return {};
}

QString CriterionRule::label(const QHash<QString, QString> &roleNames) const
{
    switch (m_kind) {
    case Kind::Stakeholder:
        return roleList(m_roleKeys, roleNames);
    case Kind::Activity:
        return tr("%1 done").arg(engagementKindName(m_activity));
    case Kind::Debrief:
        return tr("Call debriefed");
    case Kind::Field:
        return fieldLabel(m_field);
    }
    return {};
}

QString CriterionRule::describe(const QHash<QString, QString> &roleNames) const
{
    switch (m_kind) {
    case Kind::Stakeholder:
        return tr("Checked by itself: %1 among the stakeholders")
            .arg(roleList(m_roleKeys, roleNames));
    case Kind::Activity:
        return tr("Checked by itself: an activity of type %1 done in this stage")
            .arg(engagementKindName(m_activity));
    case Kind::Debrief:
        return tr("Checked by itself: a call debriefed in this stage");
    case Kind::Field:
        return tr("Checked by itself: %1 is set").arg(fieldLabel(m_field));
    }
    return {};
}

} // namespace Stageboard
