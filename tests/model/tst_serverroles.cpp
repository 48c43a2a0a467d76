// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testdatabase.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "services/gateengine.h"
#include "storage/changefeed.h"
#include "storage/serverroles.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>

using namespace Stageboard;
using namespace Stageboard::Test;

/// What the server itself lets each role do once `setup-roles` ran: the same rules the app
/// applies, enforced for a person who bypasses the app with psql.
class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void loginFromName_data();
    void loginFromName();
    void shouldRefuseRolesOnAFile();

    void shouldGiveEveryUserALoginOnce();
    void shouldActAsTheLoginsUser();
    void shouldRefuseARepsUpdateOfAnotherRepsDeal();
    void shouldLetARepChangeOnlyTheContactsTheyLookAfter();
    void shouldLetARepPlanAndDoOnlyTheirOwnActivities();
    void shouldLetARepChangeOnlyTheAccountsTheyLookAfter();
    void shouldLetARepChangeOnlyTheirDealsBuyingGroup();
    void shouldLetOnlyTheAskedReviewerAnswerADebrief();
    void shouldKeepTheLedgerAppendOnly();
    void shouldLetARepWorkTheirOwnDeals();
    void shouldLetLegalSignOffOnlyTheirCriteria();
    void shouldLetOnlyARolesMembersSignOffAndReopenOnChange();
    void shouldLetAManagerChangeEveryDeal();
    void shouldLetARepCloseTheirDealAndOnlyAManagerReviewIt();
    void shouldGuardTheTablesOfAnUpgradeAtOnce();
    void shouldLetOnlyAManagerCoachAndEachRepReadTheirOwn();
    void shouldLetOnlyAnAdminDefineTheRoles();
    void shouldFollowAChangeOfRole();
    void shouldSetUpRolesFromTheCommandLine();
    void shouldShowARepsMoveOnAManagersBoard();

private:
    /// A demo database with roles set up, and a connection to it as the user's own login.
    struct Team
    {
        DropLogins dropLogins; // declared first: runs after db is dropped
        TestDatabase db{40};
        QList<ServerLogin> logins;

        Team()
        {
            auto set = ServerRoles::setUp(*db.storage);
            if (!set)
                qFatal("setup-roles failed: %s", qPrintable(set.error().message));
            logins = *set;
            for (const ServerLogin &l : std::as_const(logins))
                dropLogins.logins.append(l.login);
        }
        const ServerLogin &first(UserRole role, int skip = 0) const
        {
            for (const ServerLogin &l : logins) {
                if (l.role == role && skip-- == 0)
                    return l;
            }
            qFatal("no such user in the demo");
        }
        std::unique_ptr<SqlStorage> as(const ServerLogin &login) const
        {
            DatabaseLocation location = db.location;
            location.user = login.login;
            auto opened = SqlStorage::open(location);
            if (!opened)
                qFatal("Cannot connect as %s: %s", qPrintable(login.login),
                       qPrintable(opened.error().message));
            return std::move(*opened);
        }
        /// A deal owned by userId, as the owner's connection reads it.
        Opportunity opportunityOf(qint64 userId) const
        {
            auto all = db.storage->opportunityStore().opportunities();
            for (const Opportunity &o : *all) {
                if (o.ownerId == userId)
                    return o;
            }
            qFatal("no deal for that owner");
        }
    };
    static bool onServer() { return testServer().has_value(); }
    /// Runs sql with values on storage's connection; the server's error, or empty.
    static QString run(SqlStorage &storage, const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(QSqlDatabase::database(storage.connectionName()));
        // The server may refuse it as early as its preparation.
        if (!q.prepare(sql))
            return q.lastError().databaseText();
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() ? QString() : q.lastError().databaseText();
    }
};

void TestServerRoles::loginFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("login");
    QTest::newRow("two words") << "Dana Reyes"
                               << "dana_reyes";
    QTest::newRow("accents") << "José Núñez-García"
                             << "jose_nunez_garcia";
    QTest::newRow("apostrophe") << "Siobhán O'Brien"
                                << "siobhan_o_brien";
    QTest::newRow("trailing punctuation") << "Lee, Jr."
                                          << "lee_jr";
    QTest::newRow("digits first") << "2nd Desk"
                                  << "user_2nd_desk";
    QTest::newRow("nothing usable") << "李雷"
                                    << "user_";
}

void TestServerRoles::loginFromName()
{
    QFETCH(QString, name);
    QFETCH(QString, login);
    QCOMPARE(ServerRoles::loginFromName(name), login);
}

void TestServerRoles::shouldRefuseRolesOnAFile()
{
    if (onServer())
        QSKIP("This checks a file.");
    TestDatabase db;
    const auto set = ServerRoles::setUp(*db.storage);
    QVERIFY(!set);
    QVERIFY2(set.error().message.contains(QLatin1String("PostgreSQL")),
             qPrintable(set.error().message));
    QCOMPARE(db.storage->directory().signedInUser().value(), std::nullopt);
}

void TestServerRoles::shouldGiveEveryUserALoginOnce()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const QList<User> users = *team.db.storage->directory().users();
    QCOMPARE(team.logins.size(), users.size());
    QSet<QString> seen;
    for (const ServerLogin &l : std::as_const(team.logins)) {
        QVERIFY2(!l.password.isEmpty(), qPrintable(l.login)); // new: a password to pass on
        QVERIFY(!seen.contains(l.login));
        seen.insert(l.login);
        QCOMPARE(team.db.scalar(QStringLiteral("SELECT login FROM users WHERE id = ?"), {l.userId})
                     .toString(),
                 l.login);
        QVERIFY(team.db
                    .scalar(QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"),
                            {l.login, ServerRoles::groupRole(l.role)})
                    .toBool());
    }
    // A second run changes nothing and hands out no new passwords.
    const auto again = ServerRoles::setUp(*team.db.storage);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(again->size(), team.logins.size());
    for (int i = 0; i < again->size(); ++i) {
        QCOMPARE(again->at(i).login, team.logins.at(i).login);
        QVERIFY(again->at(i).password.isEmpty());
    }
}

void TestServerRoles::shouldActAsTheLoginsUser()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const ServerLogin &rep = team.first(UserRole::Rep);
    auto mine = team.as(rep);
    QCOMPARE(mine->directory().signedInUser().value(), std::optional<qint64>(rep.userId));
    // The owner's connection is nobody's in particular.
    QCOMPARE(team.db.storage->directory().signedInUser().value(), std::nullopt);
    // Everyone reads the whole board.
    QCOMPARE(mine->opportunityStore().opportunityCount().value(), 40);
}

void TestServerRoles::shouldRefuseARepsUpdateOfAnotherRepsDeal()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const ServerLogin &rep = team.first(UserRole::Rep);
    const ServerLogin &other = team.first(UserRole::Rep, 1);
    const Opportunity theirs = team.opportunityOf(other.userId);
    auto mine = team.as(rep);

    const QString error =
        run(*mine, QStringLiteral("UPDATE opportunities SET amount = 1 WHERE id = ?"), {theirs.id});
    QVERIFY2(error.contains(QLatin1String("only their own deals")), qPrintable(error));
    QCOMPARE(
        team.db.scalar(QStringLiteral("SELECT amount FROM opportunities WHERE id = ?"), {theirs.id})
            .toLongLong(),
        theirs.amount);
    // Nor by taking it over, nor by deleting it.
    QVERIFY(!run(*mine, QStringLiteral("UPDATE opportunities SET owner_id = ? WHERE id = ?"),
                 {rep.userId, theirs.id})
                 .isEmpty());
    QVERIFY(!run(*mine, QStringLiteral("DELETE FROM opportunities WHERE id = ?"), {theirs.id})
                 .isEmpty());
    // Nor a new deal in someone else's name.
    Opportunity forOther = theirs;
    forOther.id = 0;
    const auto created = mine->opportunityStore().createOpportunity(forOther, rep.userId);
    QVERIFY(!created);
    QCOMPARE(created.error().kind, Error::Kind::NotAllowed);

    // Through the app's storage, the refusal says what it is.
    Opportunity edited = theirs;
    edited.title = QStringLiteral("Mine now");
    const auto saved = mine->opportunityStore().updateOpportunity(edited);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, Error::Kind::NotAllowed);
    QVERIFY2(saved.error().message.contains(QLatin1String("does not allow")),
             qPrintable(saved.error().message));
    QCOMPARE(team.db.storage->opportunityStore().opportunity(theirs.id)->title, theirs.title);
}

void TestServerRoles::shouldLetARepChangeOnlyTheContactsTheyLookAfter()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const ServerLogin &rep = team.first(UserRole::Rep);
    const ServerLogin &other = team.first(UserRole::Rep, 1);
    auto mine = team.as(rep);
    auto theirs = team.as(other);
    // Each rep adds a contact they look after; the whole team reads both
    const qint64 before = mine->contacts().contacts()->size();
    Contact noor;
    noor.name = QStringLiteral("Noor Moreau");
    noor.ownerId = rep.userId;
    const auto added = mine->contacts().addContact(noor);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    Contact kim;
    kim.name = QStringLiteral("Kim Byrne");
    kim.ownerId = other.userId;
    const auto theirsAdded = theirs->contacts().addContact(kim);
    QVERIFY(theirsAdded);
    QCOMPARE(mine->contacts().contacts()->size(), before + 2);
    // Nobody adds one in another rep's name
    Contact forOther = noor;
    forOther.ownerId = other.userId;
    QVERIFY(!mine->contacts().addContact(forOther));
    // The other rep's contact is refused, saying why, and left as it was
    Contact edited = *theirsAdded;
    edited.phone = QStringLiteral("+1 555 0100");
    const auto refused = mine->contacts().updateContact(edited);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::NotAllowed);
    QVERIFY(team.db.storage->contacts()
                .contact(kim.id ? kim.id : theirsAdded->id)
                .value()
                ->phone.isEmpty());
    const QString error = run(*mine, QStringLiteral("UPDATE contacts SET phone = '1' WHERE id = ?"),
                              {theirsAdded->id});
    QVERIFY2(error.contains(QLatin1String("only the contacts they look after")), qPrintable(error));
    // Their own goes through
    Contact own = *added;
    own.jobTitle = QStringLiteral("COO");
    QVERIFY(mine->contacts().updateContact(own));
}

void TestServerRoles::shouldLetARepChangeOnlyTheAccountsTheyLookAfter()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const ServerLogin &rep = team.first(UserRole::Rep);
    const ServerLogin &other = team.first(UserRole::Rep, 1);
    auto mine = team.as(rep);
    const auto accounts = *team.db.storage->directory().accounts();
    const auto ownedBy = [&](qint64 user) {
        return *std::find_if(accounts.cbegin(), accounts.cend(),
                             [&](const Account &a) { return a.ownerId == user; });
    };
    // A rep sets the tier and potential of an account they look after
    Account own = ownedBy(rep.userId);
    own.tier = AttentionTier::A;
    own.potential = 500'000'00;
    const auto saved = mine->accounts().updateAccount(own);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE((*team.db.storage->accounts().account(own.id))->tier, AttentionTier::A);
    // Another rep's is refused, saying why, and left as it was
    Account theirs = ownedBy(other.userId);
    const AttentionTier tier = theirs.tier;
    theirs.tier = tier == AttentionTier::C ? AttentionTier::B : AttentionTier::C;
    const auto refused = mine->accounts().updateAccount(theirs);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::NotAllowed);
    QCOMPARE((*team.db.storage->accounts().account(theirs.id))->tier, tier);
    const QString error =
        run(*mine, QStringLiteral("UPDATE accounts SET tier = 'A' WHERE id = ?"), {theirs.id});
    QVERIFY2(error.contains(QLatin1String("only the accounts they look after")), qPrintable(error));
    // Nor may a rep give their own away, or change the territories or the tiers' intervals
    Account givenAway = *saved;
    givenAway.ownerId = other.userId;
    QVERIFY(!mine->accounts().updateAccount(givenAway));
    QVERIFY(!mine->territories().saveTerritory({0, QStringLiteral("Atlantis")}));
    QVERIFY(!mine->territories().setTierIntervals({7, 14, 28}));
    // A manager changes any
    auto managers = team.as(team.first(UserRole::Manager));
    QVERIFY(managers->accounts().updateAccount(**team.db.storage->accounts().account(theirs.id)));
}

void TestServerRoles::shouldLetARepPlanAndDoOnlyTheirOwnActivities()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const ServerLogin &rep = team.first(UserRole::Rep);
    const ServerLogin &other = team.first(UserRole::Rep, 1);
    auto mine = team.as(rep);
    auto theirs = team.as(other);
    Engagement call;
    call.kind = EngagementKind::Call;
    call.subject = QStringLiteral("Discovery call");
    call.ownerId = other.userId;
    call.opportunityId = team.opportunityOf(other.userId).id;
    // Their own goes in; one in their name from another rep does not
    const auto planned = theirs->engagements().addEngagement(call);
    QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().message));
    QVERIFY(!mine->engagements().addEngagement(call));
    // The team reads it; another rep cannot mark it done, and is told why
    QVERIFY((*mine->engagements().engagement(planned->id)).has_value());
    const auto refused = mine->engagements().setEngagementDone(planned->id, 1, QStringLiteral("x"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::NotAllowed);
    const QString error = run(
        *mine, QStringLiteral("UPDATE engagements SET done_at = 1 WHERE id = ?"), {planned->id});
    QVERIFY2(error.contains(QLatin1String("only their own activities")), qPrintable(error));
    QVERIFY(!(*team.db.storage->engagements().engagement(planned->id))->isDone());
    // Its owner can
    QVERIFY(theirs->engagements().setEngagementDone(planned->id, 1, QStringLiteral("Booked")));
}

void TestServerRoles::shouldKeepTheLedgerAppendOnly()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const qint64 rows =
        team.db.scalar(QStringLiteral("SELECT COUNT(*) FROM stage_history")).toLongLong();
    for (UserRole role : {UserRole::Rep, UserRole::Manager, UserRole::Admin}) {
        auto connection = team.as(team.first(role));
        const QString update =
            run(*connection, QStringLiteral("UPDATE stage_history SET close_reason = ?"),
                {QStringLiteral("x")});
        QVERIFY2(update.contains(QLatin1String("permission denied")), qPrintable(update));
        const QString remove = run(*connection, QStringLiteral("DELETE FROM stage_history"), {});
        QVERIFY2(remove.contains(QLatin1String("permission denied")), qPrintable(remove));
    }
    QCOMPARE(team.db.scalar(QStringLiteral("SELECT COUNT(*) FROM stage_history")).toLongLong(),
             rows);
    QCOMPARE(
        team.db
            .scalar(QStringLiteral("SELECT COUNT(*) FROM stage_history WHERE close_reason = 'x'"))
            .toLongLong(),
        0);
}

void TestServerRoles::shouldLetARepWorkTheirOwnDeals()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const ServerLogin &rep = team.first(UserRole::Rep);
    auto mine = team.as(rep);
    GateEngine pipeline(mine->opportunityStore(), mine->process(), mine->directory());
    QVERIFY(pipeline.load());

    // An open deal of theirs: edit it, move it back a stage (no gate), tick an activity.
    std::optional<Opportunity> deal;
    const QList<Opportunity> all = *mine->opportunityStore().opportunities();
    for (const Opportunity &o : all) {
        const Stage *s = pipeline.stage(o.stageId);
        if (o.ownerId == rep.userId && s && s->kind == StageKind::Open && s->position > 0)
            deal = o;
    }
    QVERIFY(deal);
    Opportunity edited = *deal;
    edited.nextStep = QStringLiteral("Call back on Monday");
    const auto saved = mine->opportunityStore().updateOpportunity(edited);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));

    const Stage *earlier = nullptr;
    for (const Stage &s : pipeline.stages()) {
        if (s.position < pipeline.stage(deal->stageId)->position && s.kind == StageKind::Open)
            earlier = &s;
    }
    QVERIFY(earlier);
    MoveRequest back;
    back.toStageId = earlier->id;
    const auto moved = pipeline.move(*saved, rep.userId, back);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(team.db.storage->opportunityStore().opportunity(deal->id)->stageId, earlier->id);
    QCOMPARE(team.db
                 .scalar(QStringLiteral("SELECT user_id FROM stage_history WHERE "
                                        "opportunity_id = ? ORDER BY id DESC LIMIT 1"),
                         {deal->id})
                 .toLongLong(),
             rep.userId);

    const QList<Activity> activities = pipeline.activities(earlier->id);
    QVERIFY(!activities.isEmpty());
    const auto ticked =
        pipeline.setActivityDone(moved->opportunity, activities.first().id, rep.userId, true, {});
    QVERIFY2(ticked, ticked ? "" : qPrintable(ticked.error().message));

    // A ledger row in someone else's name is refused, even on their own deal.
    const QString forged = run(*mine,
                               QStringLiteral("INSERT INTO stage_history (opportunity_id, "
                                              "to_stage_id, user_id, at) VALUES (?, ?, ?, 0)"),
                               {deal->id, earlier->id, team.first(UserRole::Manager).userId});
    QVERIFY2(forged.contains(QLatin1String("row-level security")), qPrintable(forged));
}

void TestServerRoles::shouldLetLegalSignOffOnlyTheirCriteria()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const ServerLogin &legal = team.first(UserRole::Legal);
    auto connection = team.as(legal);
    GateEngine pipeline(connection->opportunityStore(), connection->process(),
                        connection->directory());
    QVERIFY(pipeline.load());

    std::optional<ExitCriterion> legalCriterion;
    std::optional<ExitCriterion> plainCriterion;
    for (const Stage &s : pipeline.stages()) {
        for (const ExitCriterion &c : pipeline.exitCriteria(s.id)) {
            if (c.signOff && c.signOff->role == QLatin1StringView("Legal") && !legalCriterion)
                legalCriterion = c;
            if (!c.signOff && !plainCriterion)
                plainCriterion = c;
        }
    }
    QVERIFY(legalCriterion && plainCriterion);
    // Any rep's deal: legal's sign-off is not the owner's to give.
    Opportunity deal = team.opportunityOf(team.first(UserRole::Rep).userId);
    Check met;
    met.itemId = legalCriterion->id;
    met.userId = legal.userId;
    met.at = 1;
    met.state = CriterionState::Met;
    const auto signedOff = connection->opportunityStore().setCriterionCheck(
        deal.id, deal.version, legalCriterion->id, met);
    QVERIFY2(signedOff, signedOff ? "" : qPrintable(signedOff.error().message));

    met.itemId = plainCriterion->id;
    const auto notTheirs = connection->opportunityStore().setCriterionCheck(
        deal.id, signedOff->version, plainCriterion->id, met);
    QVERIFY(!notTheirs);
    QCOMPARE(notTheirs.error().kind, Error::Kind::NotAllowed);

    // Nothing else of the deal is theirs to change.
    Opportunity edited = *signedOff;
    edited.amount += 100;
    const auto saved = connection->opportunityStore().updateOpportunity(edited);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, Error::Kind::NotAllowed);
    QCOMPARE(team.db.storage->opportunityStore().opportunity(deal.id)->amount, deal.amount);
}

void TestServerRoles::shouldLetOnlyARolesMembersSignOffAndReopenOnChange()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    // Given a supply planner (a rep by permission level) who signs off the delivery dates of
    // Negotiate, again when the close date moves
    Team team;
    const ServerLogin &rita = team.first(UserRole::Rep, 0);
    const ServerLogin &pat = team.first(UserRole::Rep, 1);
    const ServerLogin &ola = team.first(UserRole::Rep, 2);
    SqlStorage &owner = *team.db.storage;
    QVERIFY(owner.directory().saveTeamRole({0, QStringLiteral("Supply team"), {}, {pat.userId}}));
    GateEngine admin(owner.opportunityStore(), owner.process(), owner.directory());
    QVERIFY(admin.load());
    const qint64 negotiate = admin.stageNamed(QStringLiteral("Negotiate"))->id;
    QList<ExitCriterion> criteria = admin.exitCriteria(negotiate);
    ExitCriterion delivery;
    delivery.stageId = negotiate;
    delivery.position = int(criteria.size());
    delivery.text = QStringLiteral("Delivery dates planned");
    delivery.signOff = SignOff{QStringLiteral("Supply team")};
    delivery.signOff->reopenOn = {QStringLiteral("close_date")};
    criteria.append(delivery);
    QVERIFY(owner.process().setStageGuidance(negotiate, admin.activities(negotiate), criteria));
    QVERIFY(admin.load());
    const QList<ExitCriterion> stored = admin.exitCriteria(negotiate);
    qint64 criterionId = 0;
    for (const ExitCriterion &c : stored) {
        if (c.text == delivery.text)
            criterionId = c.id;
    }
    QVERIFY(criterionId);
    Opportunity deal;
    deal.title = QStringLiteral("Line 4 retrofit");
    deal.ownerId = rita.userId;
    deal.amount = 6'000'000;
    deal.currency = QStringLiteral("EUR");
    deal.closeDate = QDate(2027, 6, 30);
    deal.stageId = negotiate;
    deal = *owner.opportunityStore().createOpportunity(deal, rita.userId);
    Check met{criterionId, 0, 1, CriterionState::Met, QStringLiteral("Capacity booked")};

    // When another rep, who does not hold the role, signs it off past the app, the server
    // refuses, and nothing is logged
    auto olas = team.as(ola);
    met.userId = ola.userId;
    const auto refused =
        olas->opportunityStore().setCriterionCheck(deal.id, deal.version, criterionId, met);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::NotAllowed);
    QVERIFY(!run(*olas,
                 QStringLiteral("INSERT INTO signoff_decisions (opportunity_id, criterion_id, "
                                "user_id, at, decision) VALUES (?, ?, ?, 1, 'approved')"),
                 {deal.id, criterionId, ola.userId})
                 .isEmpty());

    // When the supply planner signs it off on Rita's deal, the server lets them
    auto pats = team.as(pat);
    met.userId = pat.userId;
    const auto signedOff =
        pats->opportunityStore().setCriterionCheck(deal.id, deal.version, criterionId, met);
    QVERIFY2(signedOff, signedOff ? "" : qPrintable(signedOff.error().message));
    // … and nothing else of the deal
    Opportunity edited = *signedOff;
    edited.amount += 100;
    const auto notTheirs = pats->opportunityStore().updateOpportunity(edited);
    QVERIFY(!notTheirs);
    QCOMPARE(notTheirs.error().kind, Error::Kind::NotAllowed);

    // When Rita moves the close date, the sign-off is re-opened on the server too
    auto ritas = team.as(rita);
    Opportunity moved = *ritas->opportunityStore().opportunity(deal.id);
    moved.closeDate = QDate(2027, 8, 31);
    const auto saved = ritas->opportunityStore().updateOpportunity(moved);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    const QList<Check> checks = *owner.opportunityStore().criterionChecks(deal.id);
    QVERIFY(std::none_of(checks.cbegin(), checks.cend(),
                         [&](const Check &c) { return c.itemId == criterionId; }));
    const QList<SignOffDecision> log = *owner.signOffs().decisions(deal.id);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).kind, SignOffDecisionKind::Approved);
    QCOMPARE(log.at(0).userId, pat.userId);
    QCOMPARE(log.at(1).kind, SignOffDecisionKind::Reopened);
    QCOMPARE(log.at(1).newValue, QStringLiteral("2027-08-31"));
}

void TestServerRoles::shouldLetAManagerChangeEveryDeal()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    auto manager = team.as(team.first(UserRole::Manager));
    for (int i = 0; i < 2; ++i) {
        Opportunity deal = team.opportunityOf(team.first(UserRole::Rep, i).userId);
        deal.amount += 500;
        const auto saved = manager->opportunityStore().updateOpportunity(deal);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(team.db.storage->opportunityStore().opportunity(deal.id)->amount, deal.amount);
    }
    // But the process is the admin's.
    const QString renamed =
        run(*manager, QStringLiteral("UPDATE stages SET name = ? WHERE position = 0"),
            {QStringLiteral("X")});
    QVERIFY2(renamed.contains(QLatin1String("permission denied")), qPrintable(renamed));
    auto admin = team.as(team.first(UserRole::Admin));
    QCOMPARE(run(*admin, QStringLiteral("UPDATE stages SET definition = definition"), {}),
             QString());
}

void TestServerRoles::shouldLetARepCloseTheirDealAndOnlyAManagerReviewIt()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const ServerLogin &rep = team.first(UserRole::Rep);
    const ServerLogin &otherRep = team.first(UserRole::Rep, 1);
    const ServerLogin &manager = team.first(UserRole::Manager);
    auto reps = team.as(rep);
    // Given a competitor a rep added, and the rep's new deal
    const auto northbeam = reps->lookBack().saveCompetitor({0, QStringLiteral("Northbeam Ltd")});
    QVERIFY2(northbeam, northbeam ? "" : qPrintable(northbeam.error().message));
    const QList<Stage> stages = *team.db.storage->process().stages();
    const auto lost = std::find_if(stages.cbegin(), stages.cend(),
                                   [](const Stage &s) { return s.kind == StageKind::Lost; });
    Opportunity deal;
    deal.title = QStringLiteral("Press line");
    deal.ownerId = rep.userId;
    deal.amount = 1'000'000;
    deal.currency = QStringLiteral("EUR");
    deal.stageId = stages.first().id;
    deal = *reps->opportunityStore().createOpportunity(deal, rep.userId);

    // When the rep closes it as lost to Northbeam, the close is recorded in their name
    StageChange change;
    change.opportunityId = deal.id;
    change.fromStageId = deal.stageId;
    change.toStageId = lost->id;
    change.userId = rep.userId;
    change.at = deal.createdAt + 60;
    change.closeReason = QStringLiteral("Lost to competitor");
    const auto closed =
        reps->opportunityStore().moveOpportunity(change, deal.version, {{}, northbeam->id, {}});
    QVERIFY2(closed, closed ? "" : qPrintable(closed.error().message));
    const DealClose close = team.db.storage->lookBack().closesOf(deal.id)->constFirst();
    QCOMPARE(close.lostToId, northbeam->id);

    // Then no rep may review it, nor record a close of another rep's deal, nor remove a
    // competitor from the list
    const auto byRep = reps->lookBack().review(close.id, rep.userId, QStringLiteral("Fine"), {});
    QVERIFY(!byRep);
    QCOMPARE(byRep.error().kind, Error::Kind::NotAllowed);
    auto others = team.as(otherRep);
    const QString foreign = run(*others,
                                QStringLiteral("INSERT INTO deal_closes (opportunity_id, stage_id, "
                                               "won, primary_reason, closed_by, closed_at) VALUES "
                                               "(?, ?, 0, 'x', ?, 1)"),
                                {deal.id, lost->id, otherRep.userId});
    QVERIFY2(!foreign.isEmpty(), "another rep's close of the deal was let through");
    QVERIFY(!reps->lookBack().removeCompetitor(northbeam->id));
    QVERIFY(!team.db.storage->lookBack().closesOf(deal.id)->constFirst().isReviewed());

    // When a manager reviews it, the server lets them, in their own name only, and nothing
    // else of the close
    auto managers = team.as(manager);
    const QString onBehalf =
        run(*managers,
            QStringLiteral("UPDATE deal_closes SET reviewed_by = ?, reviewed_at = 1, lesson = "
                           "'x' WHERE id = ?"),
            {otherRep.userId, close.id});
    QVERIFY2(!onBehalf.isEmpty(), "a review in someone else's name was let through");
    const QString rewritten =
        run(*managers, QStringLiteral("UPDATE deal_closes SET primary_reason = 'x' WHERE id = ?"),
            {close.id});
    QVERIFY2(rewritten.contains(QLatin1String("permission denied")), qPrintable(rewritten));
    const auto reviewed = managers->lookBack().review(
        close.id, manager.userId, QStringLiteral("Offer a pilot before they run a trial."), {});
    QVERIFY2(reviewed, reviewed ? "" : qPrintable(reviewed.error().message));
    QCOMPARE(team.db.storage->lookBack().closesOf(deal.id)->constFirst().reviewedBy,
             manager.userId);
    QCOMPARE(team.db.storage->lookBack().closesOf(deal.id)->constFirst().primaryReason,
             QStringLiteral("Lost to competitor"));
}

void TestServerRoles::shouldGuardTheTablesOfAnUpgradeAtOnce()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    // Given a server whose roles were set up at schema 11, before the look-back's tables
    Team team;
    for (const char *sql : {"DROP TABLE territory_rules",
                            "DROP TRIGGER accounts_changed ON accounts",
                            "DROP INDEX accounts_owner",
                            "ALTER TABLE accounts DROP COLUMN territory_id",
                            "ALTER TABLE accounts DROP COLUMN tier",
                            "ALTER TABLE accounts DROP COLUMN potential",
                            "ALTER TABLE accounts DROP COLUMN country",
                            "ALTER TABLE accounts DROP COLUMN employees",
                            "ALTER TABLE accounts DROP COLUMN version",
                            "ALTER TABLE accounts DROP COLUMN last_activity_at",
                            "ALTER TABLE accounts DROP COLUMN next_activity_at",
                            "DROP TRIGGER engagements_account ON engagements",
                            "DROP TRIGGER opportunities_account_moved ON opportunities",
                            "DROP TRIGGER contacts_account_moved ON contacts",
                            "DROP FUNCTION stageboard_refresh_accounts()",
                            "DROP FUNCTION stageboard_refresh_account(BIGINT)",
                            "ALTER TABLE accounts ADD COLUMN territory TEXT NOT NULL DEFAULT ''",
                            "UPDATE accounts SET territory = 'DACH'",
                            "DROP TABLE territories",
                            "DELETE FROM meta WHERE key LIKE 'tier_days_%'",
                            "DROP TABLE stage_owner_teams",
                            "UPDATE stages SET owner_roles = 'rep,legal' WHERE "
                            "name = 'Negotiate'",
                            "DROP TABLE coaching_notes",
                            "DROP TABLE deal_closes",
                            "DROP TABLE deal_competitors",
                            "DROP TABLE competitors",
                            "UPDATE meta SET value = '11' WHERE key = 'schema_version'"}) {
        QSqlQuery q(QSqlDatabase::database(team.db.storage->connectionName()));
        QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
    }
    team.db.storage.reset();

    // When its owner opens it with this version, which upgrades it
    auto upgraded = SqlStorage::open(team.db.location);
    QVERIFY2(upgraded, upgraded ? "" : qPrintable(upgraded.error().message));
    team.db.storage = std::move(*upgraded);

    // Then a rep may use the new tables at once, and they are guarded: a rep adds a
    // competitor but may not remove one, without setup-roles having run again
    auto reps = team.as(team.first(UserRole::Rep));
    const auto added = reps->lookBack().saveCompetitor({0, QStringLiteral("Quantix")});
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QVERIFY(!reps->lookBack().removeCompetitor(added->id));
    QCOMPARE(team.db.storage->lookBack().competitors()->size(), 1);
    // And coaching notes (schema 13) are guarded too: a rep may not write one
    CoachingNote note;
    note.repId = team.first(UserRole::Rep).userId;
    note.authorId = note.repId;
    note.text = QStringLiteral("I coach myself");
    QVERIFY(!reps->coaching().addNote(note));
    // And stage owners (schema 14) are the admin's: the upgrade made Legal own Negotiate
    // (the legal level did), and a rep may not make their stage someone else's
    const QString owned =
        run(*reps,
            QStringLiteral("INSERT INTO stage_owner_teams (stage_id, role_id) SELECT "
                           "s.id, r.id FROM stages s, team_roles r WHERE s.name = "
                           "'Identify' AND r.name = 'Legal'"),
            {});
    QVERIFY2(owned.contains(QLatin1String("permission denied")), qPrintable(owned));
    QCOMPARE(team.db
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM stage_owner_teams o JOIN stages s "
                                        "ON s.id = o.stage_id WHERE s.name = 'Negotiate'"))
                 .toInt(),
             1);
    // And territories (schema 15) are the admin's, made of the accounts' territory names
    QCOMPARE(team.db.scalar(QStringLiteral("SELECT name FROM territories")).toString(),
             QStringLiteral("DACH"));
    QVERIFY(!reps->territories().saveTerritory({0, QStringLiteral("Mars")}));
    auto admins = team.as(team.first(UserRole::Admin));
    const auto made = admins->territories().saveTerritory({0, QStringLiteral("Mars")});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
}

void TestServerRoles::shouldLetOnlyAManagerCoachAndEachRepReadTheirOwn()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const auto &manager = team.first(UserRole::Manager);
    const auto &rep = team.first(UserRole::Rep);
    const auto &otherRep = team.first(UserRole::Rep, 1);
    auto managers = team.as(manager);
    auto reps = team.as(rep);
    auto others = team.as(otherRep);
    // A manager writes a note to a rep in their own name, not in someone else's
    CoachingNote note;
    note.repId = rep.userId;
    note.authorId = manager.userId;
    note.text = QStringLiteral("Book the technical call before the proposal.");
    const auto written = managers->coaching().addNote(note);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    CoachingNote forged = note;
    forged.authorId = otherRep.userId;
    QVERIFY(!managers->coaching().addNote(forged));
    // A rep may not write one, not even to themselves
    CoachingNote own = note;
    own.authorId = rep.userId;
    QVERIFY(!reps->coaching().addNote(own));
    // The rep reads the notes to them; another rep does not see them
    QCOMPARE(reps->coaching().notes(0, false)->size(), 1);
    QVERIFY(others->coaching().notes(0, false)->isEmpty());
    // The rep marks it read, but may not rewrite it, and another rep cannot mark it
    QVERIFY(reps->coaching().markRead(written->id, true));
    QVERIFY(!others->coaching().markRead(written->id, false));
    const QString rewritten = run(
        *reps, QStringLiteral("UPDATE coaching_notes SET text = 'x' WHERE id = ?"), {written->id});
    QVERIFY2(rewritten.contains(QLatin1String("permission denied")), qPrintable(rewritten));
    QVERIFY(!reps->coaching().removeNote(written->id));
    QVERIFY(team.db.storage->coaching().notes(rep.userId, false)->first().isRead());
    QVERIFY(managers->coaching().removeNote(written->id));
}

void TestServerRoles::shouldLetOnlyAnAdminDefineTheRoles()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const qint64 repId = team.first(UserRole::Rep).userId;
    // A manager or a rep cannot make themselves a member of Legal, nor add a role
    for (UserRole level : {UserRole::Manager, UserRole::Rep}) {
        auto connection = team.as(team.first(level));
        QList<TeamRole> roles = *connection->directory().teamRoles();
        QVERIFY(!roles.isEmpty());
        TeamRole legal = roles.first();
        legal.memberIds.append(repId);
        const auto joined = connection->directory().saveTeamRole(legal);
        QVERIFY(!joined);
        QCOMPARE(joined.error().kind, Error::Kind::NotAllowed);
        const auto added = connection->directory().saveTeamRole({0, QStringLiteral("Supply team")});
        QVERIFY(!added);
        QCOMPARE(added.error().kind, Error::Kind::NotAllowed);
    }
    // (the default process's four: Legal, Finance, Plant manager, Solutions engineer)
    QCOMPARE(team.db.scalar(QStringLiteral("SELECT COUNT(*) FROM team_roles")).toInt(), 4);
    // The admin can
    auto admin = team.as(team.first(UserRole::Admin));
    const auto added =
        admin->directory().saveTeamRole({0, QStringLiteral("Supply team"), {}, {repId}});
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QCOMPARE(team.db
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM team_role_members WHERE role_id "
                                        "= ?"),
                         {*added})
                 .toInt(),
             1);
}

void TestServerRoles::shouldFollowAChangeOfRole()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const ServerLogin rep = team.first(UserRole::Rep);
    const ServerLogin &other = team.first(UserRole::Rep, 1);
    QCOMPARE(run(*team.db.storage, QStringLiteral("UPDATE users SET role = 'manager' WHERE id = ?"),
                 {rep.userId}),
             QString());
    QVERIFY(ServerRoles::setUp(*team.db.storage));
    QVERIFY(team.db
                .scalar(QStringLiteral("SELECT pg_has_role(?, 'stageboard_manager', 'MEMBER')"),
                        {rep.login})
                .toBool());
    QVERIFY(!team.db
                 .scalar(QStringLiteral("SELECT pg_has_role(?, 'stageboard_rep', 'MEMBER')"),
                         {rep.login})
                 .toBool());
    // Now a manager: another rep's deal is theirs to change.
    auto promoted = team.as(rep);
    Opportunity theirs = team.opportunityOf(other.userId);
    theirs.amount += 1;
    const auto saved = promoted->opportunityStore().updateOpportunity(theirs);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
}

void TestServerRoles::shouldSetUpRolesFromTheCommandLine()
{
    const auto cli = [](const QStringList &arguments) {
        QProcess p;
        p.start(QStringLiteral(STAGEBOARD_CLI), arguments);
        p.waitForFinished(60000);
        return std::tuple{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                          QString::fromUtf8(p.readAllStandardError())};
    };
    if (!onServer()) {
        // A file has no logins: it is refused, and says why.
        TestDatabase db;
        const QString path = db.location.toString();
        db.storage.reset();
        const auto [code, out, err] =
            cli({QStringLiteral("setup-roles"), QStringLiteral("--database"), path});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QLatin1String("PostgreSQL")), qPrintable(err));
        return;
    }
    DropLogins dropLogins;
    TestDatabase db{40};
    const QString owner = db.location.toString();
    const auto [code, out, err] =
        cli({QStringLiteral("setup-roles"), QStringLiteral("--database"), owner});
    QCOMPARE(code, 0);
    const QStringList lines = out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("login,name,role,new_password"));
    const QList<User> users = *db.storage->directory().users();
    QCOMPARE(lines.size(), users.size() + 1);
    QStringList reps;
    QStringList repNames;
    for (const QString &line : lines.mid(1)) {
        dropLogins.logins.append(line.section(QLatin1Char(','), 0, 0));
        QVERIFY2(line.section(QLatin1Char(','), 3).size() == 20, qPrintable(line));
        if (line.section(QLatin1Char(','), 2, 2) == QLatin1String("rep")) {
            reps.append(line.section(QLatin1Char(','), 0, 0));
            repNames.append(line.section(QLatin1Char(','), 1, 1));
        }
    }
    QVERIFY(reps.size() >= 2);
    QVERIFY2(err.contains(QStringLiteral("%1 logins created").arg(users.size())), qPrintable(err));

    // A rep's login acts as that rep: naming anyone else is refused.
    DatabaseLocation asRep = db.location;
    asRep.user = reps.first();
    const QString repDatabase = asRep.toString();
    const QList<Opportunity> deals = *db.storage->opportunityStore().opportunities();
    GateEngine pipeline(db.storage->opportunityStore(), db.storage->process(),
                        db.storage->directory());
    QVERIFY(pipeline.load());
    const qint64 identify = pipeline.stageNamed(QStringLiteral("Identify"))->id;
    const auto someOpportunity = [&](const QString &ownerName) {
        for (const Opportunity &o : deals) {
            for (const User &u : users) {
                if (u.id == o.ownerId && u.name == ownerName && o.stageId != identify)
                    return o;
            }
        }
        return Opportunity{};
    };
    const Opportunity theirs = someOpportunity(repNames.at(1));
    QVERIFY(theirs.id > 0);
    const auto [asOther, asOtherOut, asOtherErr] =
        cli({QStringLiteral("move"), QStringLiteral("--database"), repDatabase,
             QStringLiteral("--deal"), QString::number(theirs.id), QStringLiteral("--to"),
             QStringLiteral("Identify"), QStringLiteral("--as"), repNames.at(1)});
    QCOMPARE(asOther, 2);
    QVERIFY2(asOtherErr.contains(QLatin1String("may not act as")), qPrintable(asOtherErr));
    // And another rep's deal is the server's to refuse (exit 3), not to change.
    const auto [refused, refusedOut, refusedErr] =
        cli({QStringLiteral("move"), QStringLiteral("--database"), repDatabase,
             QStringLiteral("--deal"), QString::number(theirs.id), QStringLiteral("--to"),
             QStringLiteral("Identify")});
    QCOMPARE(refused, 3);
    QVERIFY2(refusedErr.contains(QLatin1String("only their own deals")), qPrintable(refusedErr));
    QCOMPARE(db.storage->opportunityStore().opportunity(theirs.id)->stageId, theirs.stageId);
}

void TestServerRoles::shouldShowARepsMoveOnAManagersBoard()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    // Given a rep and a manager, each logged in as themselves, the manager's board listening
    Team team;
    const ServerLogin &rep = team.first(UserRole::Rep);
    auto repConnection = team.as(rep);
    auto managerConnection = team.as(team.first(UserRole::Manager));
    BoardModel managers(managerConnection->opportunityStore(), managerConnection->process(),
                        managerConnection->directory());
    QVERIFY(managers.service().reload());
    ChangeFeed feed(*managerConnection);
    QVERIFY(feed.isLive());
    connect(&feed, &ChangeFeed::dealsChanged, &managers, [&managers](const QList<qint64> &ids) {
        QVERIFY(managers.service().applyStoredChanges(ids));
    });
    QSignalSpy changed(&managers.service(), &BoardService::changedElsewhere);

    // When the rep moves one of their deals back to the first stage
    BoardModel reps(repConnection->opportunityStore(), repConnection->process(),
                    repConnection->directory());
    QVERIFY(reps.service().reload());
    reps.service().setCurrentUserId(rep.userId);
    const Stage &first = reps.service().gateEngine().stages().first();
    std::optional<Opportunity> deal;
    const QList<Opportunity> all = *repConnection->opportunityStore().opportunities();
    for (const Opportunity &o : all) {
        const Stage *s = reps.service().stage(o.stageId);
        if (!deal && o.ownerId == rep.userId && s && s->kind == StageKind::Open &&
            s->id != first.id)
            deal = o;
    }
    QVERIFY(deal);
    const auto moved = reps.service().moveToStage(deal->id, first.id);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));

    // Then the manager's board shows it there within a second
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 1000);
    QCOMPARE(managers.opportunityIndex(deal->id).data(StageIdRole).toLongLong(), first.id);
}

void TestServerRoles::shouldLetARepChangeOnlyTheirDealsBuyingGroup()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const ServerLogin &rep = team.first(UserRole::Rep);
    const ServerLogin &other = team.first(UserRole::Rep, 1);
    auto mine = team.as(rep);
    const Opportunity own = team.opportunityOf(rep.userId);
    const Opportunity theirs = team.opportunityOf(other.userId);
    const qint64 champion =
        mine->stakeholders().buyingRoles()->at(2).key == QLatin1String("champion")
            ? mine->stakeholders().buyingRoles()->at(2).id
            : 0;
    QVERIFY(champion);
    Contact noor;
    noor.name = QStringLiteral("Noor Moreau");
    noor.ownerId = rep.userId;
    const qint64 contact = mine->contacts().addContact(noor)->id;
    // On their own deal the rep adds a champion, and the deal counts it, by the server's hand
    Stakeholder s{own.id, contact, champion, Stance::Supporter, Influence::High, 0, 0};
    const auto added = mine->stakeholders().setStakeholder(s);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    const Opportunity counted = *mine->opportunityStore().opportunity(own.id);
    QCOMPARE(counted.champions, 1);
    QVERIFY(counted.buyingRoles.contains(QStringLiteral("champion")));
    QCOMPARE(counted.version, own.version); // not an edit of the deal
    // On another rep's deal it is refused, and nothing is written
    s.opportunityId = theirs.id;
    QVERIFY(!mine->stakeholders().setStakeholder(s));
    const QList<Stakeholder> group = *team.db.storage->stakeholders().stakeholders(theirs.id);
    QVERIFY(std::none_of(group.cbegin(), group.cend(),
                         [&](const Stakeholder &x) { return x.contactId == contact; }));
    // Taken out again, the count follows
    QVERIFY(mine->stakeholders().removeStakeholder(own.id, contact));
    QCOMPARE(mine->opportunityStore().opportunity(own.id)->champions, 0);
}

void TestServerRoles::shouldLetOnlyTheAskedReviewerAnswerADebrief()
{
    if (!onServer())
        QSKIP("Roles live on a PostgreSQL server.");
    Team team;
    const ServerLogin &rep = team.first(UserRole::Rep);
    const ServerLogin &peer = team.first(UserRole::Rep, 1);
    const ServerLogin &third = team.first(UserRole::Rep, 2);
    auto mine = team.as(rep);
    const Opportunity own = team.opportunityOf(rep.userId);
    Engagement call;
    call.kind = EngagementKind::Call;
    call.subject = QStringLiteral("Discovery call");
    call.ownerId = rep.userId;
    call.opportunityId = own.id;
    call.dueAt = call.doneAt = QDateTime::currentSecsSinceEpoch();
    const qint64 callId = mine->engagements().addEngagement(call)->id;
    Debrief d;
    d.engagementId = callId;
    d.authorId = rep.userId;
    d.wentWell = QStringLiteral("They opened up about the budget.");
    const qsizetype openBefore = mine->debriefs().objections(own.id, true)->size();
    const auto written =
        mine->debriefs().saveDebrief(d, {QStringLiteral("Too expensive for this year")});
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QVERIFY(mine->debriefs().requestReview(callId, peer.userId));
    // Someone not asked cannot answer it; the asked peer can, and sees it waiting first
    QVERIFY(!team.as(third)->debriefs().giveFeedback(callId, QStringLiteral("Fine")));
    auto reviewer = team.as(peer);
    QCOMPARE(reviewer->debriefs().debriefsToReview(peer.userId)->size(), 1);
    const auto answered =
        reviewer->debriefs().giveFeedback(callId, QStringLiteral("Ask about timing next time."));
    QVERIFY2(answered, qPrintable(answered ? QString() : answered.error().message));
    QVERIFY(reviewer->debriefs().debriefsToReview(peer.userId)->isEmpty());
    // Nor may the reviewer rewrite what the rep wrote
    Debrief rewritten = *answered;
    rewritten.wentWell = QStringLiteral("Nothing");
    QVERIFY(!reviewer->debriefs().saveDebrief(rewritten, {}));
    // The objection stays open on the deal
    QCOMPARE(mine->debriefs().objections(own.id, true)->size(), openBefore + 1);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
