#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace Stageboard {

/// Whether a stage holds deals still being worked, or closes them.
enum class StageKind { Open, Won, Lost };

/// What a person does in the sales organisation; decides what they own and may change.
enum class UserRole { Rep, Manager, Admin, Legal, Finance };

QString stageKindKey(StageKind kind);
std::optional<StageKind> stageKindFromKey(const QString &key);
QString userRoleKey(UserRole role);
std::optional<UserRole> userRoleFromKey(const QString &key);
/// The translated, human-readable name of a role, e.g. "Legal".
QString userRoleName(UserRole role);

/// Money is kept in minor units (cents) so totals are exact and incremental updates never drift.
using Cents = qint64;

struct Stage
{
    qint64 id = 0;
    int position = 0;
    QString name;
    QString definition;
    QString goal;
    /// Roles owning the stage, e.g. {Rep, Legal}; empty for closed stages.
    QList<UserRole> ownerRoles;
    int probability = 0; ///< percent, 0..100
    StageKind kind = StageKind::Open;
    std::optional<int> rotDays; ///< a deal sitting here longer is flagged as stalled
};

struct User
{
    qint64 id = 0;
    QString name;
    UserRole role = UserRole::Rep;
};

struct Account
{
    qint64 id = 0;
    QString name;
    QString industry;
    QString territory;
    qint64 ownerId = 0;
};

struct Opportunity
{
    qint64 id = 0;
    QString title;
    qint64 accountId = 0;
    QString contact;
    qint64 ownerId = 0;
    Cents amount = 0;
    QString currency;
    QDate closeDate;
    qint64 stageId = 0;
    qint64 enteredStageAt = 0;      ///< seconds since the epoch, UTC
    std::optional<int> probability; ///< percent; the stage's when unset
    QString nextStep;
    QString closeReason;
    qint64 createdAt = 0;
    int version = 1;
};

/// One row of the stage ledger: a deal entering a stage.
struct StageChange
{
    qint64 id = 0;
    qint64 opportunityId = 0;
    std::optional<qint64> fromStageId; ///< unset when the deal was created in toStageId
    qint64 toStageId = 0;
    qint64 userId = 0;
    qint64 at = 0; ///< seconds since the epoch, UTC
    QString reason;
};

} // namespace Stageboard

Q_DECLARE_METATYPE(Stageboard::Opportunity)
