// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/types.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace Stageboard {

namespace {
struct RoleName
{
    UserRole role;
    const char *key;
    const char *name;
};

constexpr RoleName roleNames[] = {
    {UserRole::Rep, "rep", QT_TRANSLATE_NOOP("Stageboard::UserRole", "Sales rep")},
    {UserRole::Manager, "manager", QT_TRANSLATE_NOOP("Stageboard::UserRole", "Manager")},
    {UserRole::Admin, "admin", QT_TRANSLATE_NOOP("Stageboard::UserRole", "Admin")},
    {UserRole::Legal, "legal", QT_TRANSLATE_NOOP("Stageboard::UserRole", "Legal")},
    {UserRole::Finance, "finance", QT_TRANSLATE_NOOP("Stageboard::UserRole", "Finance")},
};
struct CategoryName
{
    ForecastCategory category;
    const char *key;
    const char *name;
};

constexpr CategoryName categoryNames[] = {
    {ForecastCategory::Pipeline, "pipeline",
     QT_TRANSLATE_NOOP("Stageboard::ForecastCategory", "Pipeline")},
    {ForecastCategory::BestCase, "best_case",
     QT_TRANSLATE_NOOP("Stageboard::ForecastCategory", "Best Case")},
    {ForecastCategory::Commit, "commit",
     QT_TRANSLATE_NOOP("Stageboard::ForecastCategory", "Commit")},
    {ForecastCategory::Closed, "closed",
     QT_TRANSLATE_NOOP("Stageboard::ForecastCategory", "Closed")},
    {ForecastCategory::Omitted, "omitted",
     QT_TRANSLATE_NOOP("Stageboard::ForecastCategory", "Omitted")},
};
} // namespace

QString forecastCategoryKey(ForecastCategory category)
{
    return QLatin1StringView(categoryNames[int(category)].key);
}

std::optional<ForecastCategory> forecastCategoryFromKey(const QString &key)
{
    for (const auto &c : categoryNames) {
        if (key == QLatin1StringView(c.key))
            return c.category;
    }
    return std::nullopt;
}

QString forecastCategoryName(ForecastCategory category)
{
    return QCoreApplication::translate("Stageboard::ForecastCategory",
                                       categoryNames[int(category)].name);
}

ForecastCategory defaultForecastCategory(StageKind kind, int probability)
{
    switch (kind) {
    case StageKind::Won:
        return ForecastCategory::Closed;
    case StageKind::Lost:
        return ForecastCategory::Omitted;
    case StageKind::Open:
        break;
    }
    if (probability >= 75)
        return ForecastCategory::Commit;
    if (probability >= 50)
        return ForecastCategory::BestCase;
    return ForecastCategory::Pipeline;
}

ForecastCategory effectiveForecastCategory(const Stage &stage,
                                           const std::optional<ForecastCategory> &own)
{
    switch (stage.kind) {
    case StageKind::Won:
        return ForecastCategory::Closed;
    case StageKind::Lost:
        return ForecastCategory::Omitted;
    case StageKind::Open:
        break;
    }
    return own.value_or(stage.forecastCategory);
}

QString engagementKindKey(EngagementKind kind)
{
    switch (kind) {
    case EngagementKind::Call:
        return QStringLiteral("call");
    case EngagementKind::Meeting:
        return QStringLiteral("meeting");
    case EngagementKind::Task:
        return QStringLiteral("task");
    case EngagementKind::Email:
        return QStringLiteral("email");
    }
    return {};
}

std::optional<EngagementKind> engagementKindFromKey(const QString &key)
{
    for (auto kind : {EngagementKind::Call, EngagementKind::Meeting, EngagementKind::Task,
                      EngagementKind::Email}) {
        if (engagementKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString engagementKindName(EngagementKind kind)
{
    switch (kind) {
    case EngagementKind::Call:
        return QCoreApplication::translate("Stageboard::EngagementKind", "Call");
    case EngagementKind::Meeting:
        return QCoreApplication::translate("Stageboard::EngagementKind", "Meeting");
    case EngagementKind::Task:
        return QCoreApplication::translate("Stageboard::EngagementKind", "Task");
    case EngagementKind::Email:
        return QCoreApplication::translate("Stageboard::EngagementKind", "Email");
    }
    return {};
}

namespace {
struct Named
{
    const char *key;
    const char *name;
};
const Named stanceNames[] = {
    {"supporter", QT_TRANSLATE_NOOP("Stageboard::Stance", "Supporter")},
    {"neutral", QT_TRANSLATE_NOOP("Stageboard::Stance", "Neutral")},
    {"opponent", QT_TRANSLATE_NOOP("Stageboard::Stance", "Opponent")},
};
const Named influenceNames[] = {
    {"low", QT_TRANSLATE_NOOP("Stageboard::Influence", "Low")},
    {"medium", QT_TRANSLATE_NOOP("Stageboard::Influence", "Medium")},
    {"high", QT_TRANSLATE_NOOP("Stageboard::Influence", "High")},
};
template<typename E, std::size_t N>
std::optional<E> fromKey(const Named (&names)[N], const QString &key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1StringView(names[i].key))
            return E(i);
    }
    return std::nullopt;
}
} // namespace

QString stanceKey(Stance stance)
{
    return QLatin1StringView(stanceNames[int(stance)].key);
}

std::optional<Stance> stanceFromKey(const QString &key)
{
    return fromKey<Stance>(stanceNames, key);
}

QString stanceName(Stance stance)
{
    return QCoreApplication::translate("Stageboard::Stance", stanceNames[int(stance)].name);
}

QString influenceKey(Influence influence)
{
    return QLatin1StringView(influenceNames[int(influence)].key);
}

std::optional<Influence> influenceFromKey(const QString &key)
{
    return fromKey<Influence>(influenceNames, key);
}

QString influenceName(Influence influence)
{
    return QCoreApplication::translate("Stageboard::Influence",
                                       influenceNames[int(influence)].name);
}

ActivityDue activityDue(qint64 dueAt, const QDateTime &now)
{
    if (!dueAt)
        return ActivityDue::None;
    if (dueAt <= now.toSecsSinceEpoch())
        return ActivityDue::Overdue;
    const QDateTime due = QDateTime::fromSecsSinceEpoch(dueAt, now.timeZone());
    return due.date() == now.date() ? ActivityDue::Today : ActivityDue::Later;
}

QString stageKindKey(StageKind kind)
{
    switch (kind) {
    case StageKind::Open:
        return QStringLiteral("open");
    case StageKind::Won:
        return QStringLiteral("won");
    case StageKind::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

std::optional<StageKind> stageKindFromKey(const QString &key)
{
    for (auto kind : {StageKind::Open, StageKind::Won, StageKind::Lost}) {
        if (stageKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString changeKindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Created:
        return QStringLiteral("created");
    case ChangeKind::Imported:
        return QStringLiteral("imported");
    case ChangeKind::Moved:
        break;
    }
    return QStringLiteral("moved");
}

ChangeKind changeKindFromKey(const QString &key)
{
    if (key == QLatin1StringView("created"))
        return ChangeKind::Created;
    if (key == QLatin1StringView("imported"))
        return ChangeKind::Imported;
    return ChangeKind::Moved;
}

namespace {
struct NamedKey
{
    const char *key;
    const char *name;
};
// The fields a sign-off can vouch for, as OpportunityStore::updateOpportunity saves them.
constexpr NamedKey signOffFields[] = {
    {"amount", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Amount")},
    {"currency", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Currency")},
    {"close_date", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Close date")},
    {"probability", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Probability")},
    {"owner", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Owner")},
    {"account", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Account")},
    {"contact", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Contact")},
    {"title", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Title")},
    {"next_step", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Next step")},
};
constexpr NamedKey signOffDecisions[] = {
    {"approved", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Approved")},
    {"rejected", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Rejected")},
    {"withdrawn", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Withdrawn")},
    {"reopened", QT_TRANSLATE_NOOP("Stageboard::SignOff", "Re-opened")},
};
} // namespace

QStringList signOffFieldKeys()
{
    QStringList keys;
    for (const NamedKey &f : signOffFields)
        keys.append(QLatin1StringView(f.key));
    return keys;
}

QString signOffFieldName(const QString &key)
{
    for (const NamedKey &f : signOffFields) {
        if (key == QLatin1StringView(f.key))
            return QCoreApplication::translate("Stageboard::SignOff", f.name);
    }
    return key;
}

QString signOffFieldValue(const Opportunity &o, const QString &key)
{
    if (key == QLatin1StringView("amount"))
        return formatPlainAmount(o.amount);
    if (key == QLatin1StringView("currency"))
        return o.currency;
    if (key == QLatin1StringView("close_date"))
        return o.closeDate.toString(Qt::ISODate);
    if (key == QLatin1StringView("probability"))
        return o.probability ? QString::number(*o.probability) : QString();
    if (key == QLatin1StringView("owner"))
        return o.ownerId ? QString::number(o.ownerId) : QString();
    if (key == QLatin1StringView("account"))
        return o.accountId ? QString::number(o.accountId) : QString();
    if (key == QLatin1StringView("contact"))
        return o.contact;
    if (key == QLatin1StringView("title"))
        return o.title;
    if (key == QLatin1StringView("next_step"))
        return o.nextStep;
    return {};
}

QString signOffDecisionKey(SignOffDecisionKind kind)
{
    return QLatin1StringView(signOffDecisions[int(kind)].key);
}

std::optional<SignOffDecisionKind> signOffDecisionFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(signOffDecisions)); ++i) {
        if (key == QLatin1StringView(signOffDecisions[i].key))
            return SignOffDecisionKind(i);
    }
    return std::nullopt;
}

QString signOffDecisionName(SignOffDecisionKind kind)
{
    return QCoreApplication::translate("Stageboard::SignOff", signOffDecisions[int(kind)].name);
}

QList<qint64> territoryAndBelow(const QList<Territory> &territories, qint64 id)
{
    QList<qint64> result{id};
    // Breadth first: every territory whose parent is already in is in.
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (const Territory &t : territories) {
            if (t.parentId == result.at(i) && !result.contains(t.id))
                result.append(t.id);
        }
    }
    return result;
}

QString tierKey(AttentionTier tier)
{
    switch (tier) {
    case AttentionTier::A:
        return QStringLiteral("A");
    case AttentionTier::B:
        return QStringLiteral("B");
    case AttentionTier::C:
        return QStringLiteral("C");
    case AttentionTier::None:
        break;
    }
    return {};
}

std::optional<AttentionTier> tierFromKey(const QString &key)
{
    const QString k = key.trimmed().toUpper();
    for (AttentionTier t :
         {AttentionTier::None, AttentionTier::A, AttentionTier::B, AttentionTier::C}) {
        if (k == tierKey(t))
            return t;
    }
    return std::nullopt;
}

QString userRoleKey(UserRole role)
{
    for (const auto &r : roleNames) {
        if (r.role == role)
            return QLatin1StringView(r.key);
    }
    return {};
}

std::optional<UserRole> userRoleFromKey(const QString &key)
{
    for (const auto &r : roleNames) {
        if (key == QLatin1StringView(r.key))
            return r.role;
    }
    return std::nullopt;
}

QString userRoleName(UserRole role)
{
    for (const auto &r : roleNames) {
        if (r.role == role)
            return QCoreApplication::translate("Stageboard::UserRole", r.name);
    }
    return {};
}

QString levelRoleName(UserRole role)
{
    return role == UserRole::Legal     ? QStringLiteral("Legal")
           : role == UserRole::Finance ? QStringLiteral("Finance")
                                       : QString();
}

QStringList stageOwnerNames(const Stage &stage)
{
    QStringList names;
    for (UserRole role : stage.ownerRoles)
        names.append(userRoleName(role));
    for (const QString &team : stage.ownerTeams) {
        if (!names.contains(team))
            names.append(team);
    }
    return names;
}

} // namespace Stageboard
