// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QString>
#include <functional>

class QSqlQuery;

// How deals, ledger rows, checks, users and accounts are written and read as SQL rows: shared
// by the deal store's single writes and the bulk writer, so both bind the very same values.
namespace Stageboard {

/// The columns readOpportunity() reads, of "opportunities o".
extern const QString opportunityColumns;
Opportunity readOpportunity(const QSqlQuery &q);
/// "SELECT … FROM stage_history ": the columns readStageChange() reads.
extern const QString historyColumns;
StageChange readStageChange(const QSqlQuery &q);
/// "SELECT " + accountColumns + accountsFrom: the columns readAccount() reads, from column
/// first on, of "accounts a" with its territory "t".
extern const QString accountColumns;
extern const QString accountsFrom;
Account readAccount(const QSqlQuery &q, int first = 0);
/// Now, in seconds since the epoch: how every time is stored.
qint64 now();

/// Row values are handed to a "bind" callable one at a time, in statement order, so that Qt's
/// queries and the SQLite bulk writer bind the very same values.
using Bind = std::function<void(const QVariant &)>;
Bind binder(QSqlQuery &q);
/// The fields an edit may change, in the order of the deal store's UPDATE and of
/// insertOpportunitySql.
void bindEditable(const Bind &bind, const Opportunity &o);
void bindOpportunity(const Bind &bind, const Opportunity &o);
void bindHistory(const Bind &bind, const StageChange &c);
void bindCheck(const Bind &bind, qint64 opportunityId, const Check &check, bool withState);
/// The fields a person sets on a contact or activity, in the order of its store's UPDATE; then
/// (bindContact, bindEngagement) its created and updated time, for insertContactSql and
/// insertEngagementSql.
void bindContactFields(const Bind &bind, const Contact &c);
void bindContact(const Bind &bind, const Contact &c);
void bindEngagementFields(const Bind &bind, const Engagement &e);
void bindEngagement(const Bind &bind, const Engagement &e);
void bindStakeholder(const Bind &bind, const Stakeholder &s);
void bindDebrief(const Bind &bind, const Debrief &d);
void bindObjection(const Bind &bind, const Objection &o);
Result<qint64> insertOpportunity(QSqlQuery &q, const Opportunity &o);
Result<qint64> insertHistory(QSqlQuery &q, const StageChange &c);

extern const QString insertOpportunitySql;
extern const QString insertHistorySql;
extern const QString insertActivityCheckSql;
extern const QString insertCriterionCheckSql;
extern const QString insertUserSql;
/// Makes a user (bound first) a member of the role of that name (second).
extern const QString legacyMembershipSql;
extern const QString insertAccountSql;
extern const QString insertTerritorySql;
/// Makes an account's last activity (bound three times) later and its next (three times)
/// sooner where they are; NULL leaves one as it is. The account's id last.
extern const QString accountActivitySql;
extern const QString insertContactSql;
extern const QString insertEngagementSql;
extern const QString insertStakeholderSql;
extern const QString insertDebriefSql;
extern const QString insertObjectionSql;
extern const QString insertCompetitorSql;
extern const QString insertDealCompetitorSql;
extern const QString insertDealCloseSql;
/// A sign-off's decision for the log: deal, criterion, user, at, decision, comment.
extern const QString insertSignOffDecisionSql;
void bindDealClose(const Bind &bind, const DealClose &close);

} // namespace Stageboard
