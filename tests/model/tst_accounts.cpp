// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/territoryrules.h"
#include "storage/sqlstorage.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

namespace {

constexpr qint64 day = 86400;

/// A query's first value as a number, 0 for NULL.
qint64 number(const TestDatabase &db, const QString &sql, const QVariantList &values)
{
    return db.scalar(sql, values).toLongLong();
}

void run(const TestDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(QSqlDatabase::database(db.storage->connectionName()));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

const AccountSummary *summaryOf(const QList<AccountSummary> &list, qint64 id)
{
    for (const AccountSummary &s : list) {
        if (s.account.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAddUpEveryAccountAsAQueryPerAccountDoes();
    void shouldCountOnlyLiveDealsAndConvertCurrencies();
    void shouldReadOnlyTheAccountsAsked();
    void shouldKeepEachAccountsLastAndNextActivityAsActivitiesChange();
    void shouldSaveAnAccountAndRefuseAStaleOrTakenOne();
    void shouldKeepTerritoriesAsATree();
    void shouldMoveAccountsUpWhenTheirTerritoryGoes();
    void shouldKeepTheTiersContactIntervals();
    void shouldApplyTheRulesInOrderAndMoveOnlyWhatThePreviewSaw();
    void shouldMakeTerritoriesOfTheAccountsTerritoriesInTheUpgrade();
};

void TestAccounts::shouldAddUpEveryAccountAsAQueryPerAccountDoes()
{
    TestDatabase db(240);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto summaries = db.storage->accounts().summaries(now);
    QVERIFY2(summaries, qPrintable(summaries ? QString() : summaries.error().message));
    QCOMPARE(summaries->size(), number(db, QStringLiteral("SELECT COUNT(*) FROM accounts"), {}));
    const QString deals = QStringLiteral(
        " FROM opportunities o, stages s WHERE s.id = o.stage_id AND o.account_id = ? AND "
        "o.deleted_at IS NULL AND o.disqualified = 0");
    int withPipeline = 0;
    int withActivity = 0;
    for (const AccountSummary &s : std::as_const(*summaries)) {
        const qint64 id = s.account.id;
        const QString name = s.account.name;
        QCOMPARE(
            s.openDeals,
            number(db, QStringLiteral("SELECT COUNT(*)") + deals + " AND s.kind = 'open'", {id}));
        QCOMPARE(s.openAmount, number(db,
                                      QStringLiteral("SELECT COALESCE(SUM(o.amount), 0)") + deals +
                                          " AND s.kind = 'open'",
                                      {id}));
        const qint64 weighted100 =
            number(db,
                   QStringLiteral("SELECT COALESCE(SUM(o.amount * COALESCE(o.probability, "
                                  "s.probability)), 0)") +
                       deals + " AND s.kind = 'open'",
                   {id});
        QVERIFY2(qAbs(s.openWeighted * 100 - weighted100) <= 100, qPrintable(name));
        QCOMPARE(s.won12Months, number(db,
                                       QStringLiteral("SELECT COALESCE(SUM(o.amount), 0)") + deals +
                                           " AND s.kind = 'won' AND o.entered_stage_at >= ?",
                                       {id, now - 365 * day}));
        const qint64 lastOnDeals = number(
            db,
            QStringLiteral("SELECT MAX(e.done_at) FROM engagements e, opportunities o WHERE "
                           "o.id = e.opportunity_id AND o.account_id = ? AND e.deleted_at IS "
                           "NULL AND o.deleted_at IS NULL"),
            {id});
        const qint64 lastWithPeople = number(
            db,
            QStringLiteral("SELECT MAX(e.done_at) FROM engagements e, contacts c WHERE c.id = "
                           "e.contact_id AND c.account_id = ? AND e.deleted_at IS NULL"),
            {id});
        QCOMPARE(s.lastActivityAt, std::max(lastOnDeals, lastWithPeople));
        QCOMPARE(s.contacts,
                 number(db,
                        QStringLiteral("SELECT COUNT(*) FROM contacts WHERE account_id = ? AND "
                                       "deleted_at IS NULL"),
                        {id}));
        QCOMPARE(s.owner, db.scalar(QStringLiteral("SELECT name FROM users WHERE id = ?"),
                                    {s.account.ownerId})
                              .toString());
        withPipeline += s.openDeals > 0;
        withActivity += s.lastActivityAt > 0;
    }
    // The demo gives most accounts deals and activities: the comparison compared something.
    QVERIFY(withPipeline > summaries->size() / 2);
    QVERIFY(withActivity > summaries->size() / 2);
    // Its accounts sit in territories inside two regions, most with a tier.
    const auto territories = db.storage->territories().territories();
    QVERIFY(territories);
    QCOMPARE(territories->size(), 8);
    QCOMPARE(territories->first().name, QStringLiteral("Americas"));
    QCOMPARE(territories->at(1).name, QStringLiteral("North America"));
    QCOMPARE(territories->at(1).parentId, territories->first().id);
}

void TestAccounts::shouldCountOnlyLiveDealsAndConvertCurrencies()
{
    TestDatabase db;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Directory &directory = db.storage->directory();
    const qint64 rep = *directory.addUser({0, QStringLiteral("Rita Rep"), UserRole::Rep, {}});
    const qint64 acme = *directory.addAccount(
        {0, QStringLiteral("Acme"), QStringLiteral("Retail"), QStringLiteral("DACH"), rep});
    const qint64 quiet = *directory.addAccount({0, QStringLiteral("Quiet Ltd"), {}, {}, 0});
    const auto stage = [&](const char *kind) {
        return number(db, QStringLiteral("SELECT MIN(id) FROM stages WHERE kind = ?"),
                      {QString::fromLatin1(kind)});
    };
    run(db, QStringLiteral("UPDATE meta SET value = 'USD' WHERE key = 'reporting_currency'"));
    run(db, QStringLiteral("INSERT INTO exchange_rates (currency, rate) VALUES ('EUR', 1.5)"));
    // amount (cents), currency, stage kind, probability, entered the stage (days ago),
    // deleted, disqualified
    struct Deal
    {
        qint64 amount;
        const char *currency;
        const char *kind;
        QVariant probability;
        int days;
        bool deleted;
        bool disqualified;
    };
    const Deal deals[] = {
        {100'00, "USD", "open", 50, 1, false, false},
        {200'00, "EUR", "open", QVariant(), 1, false, false}, // the stage's probability
        {400'00, "JPY", "open", 10, 1, false, false},         // no rate: counted, not added
        {800'00, "USD", "open", 50, 1, true, false},          // deleted
        {1600'00, "USD", "lost", 0, 1, false, true},          // disqualified
        {3200'00, "USD", "won", 100, 364, false, false},      // won within the year
        {6400'00, "USD", "won", 100, 366, false, false},      // won before it
    };
    qint64 firstDeal = 0;
    for (const Deal &d : deals) {
        run(db,
            QStringLiteral("INSERT INTO opportunities (title, account_id, owner_id, amount, "
                           "currency, stage_id, entered_stage_at, probability, created_at, "
                           "updated_at, deleted_at, disqualified) VALUES ('D', ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?)"),
            {acme, rep, d.amount, QString::fromLatin1(d.currency), stage(d.kind),
             now - d.days * day,
             d.probability.isValid() ? d.probability : QVariant(QMetaType(QMetaType::Int)), now,
             now, d.deleted ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)),
             d.disqualified ? 1 : 0});
        if (firstDeal == 0)
            firstDeal = number(db, QStringLiteral("SELECT MAX(id) FROM opportunities"), {});
    }
    const qint64 openProbability =
        number(db, QStringLiteral("SELECT probability FROM stages WHERE id = ?"), {stage("open")});
    // Activities: done on a deal, done with a person of the account about no deal, one to do,
    // and a deleted one later than all.
    const qint64 person =
        db.storage->contacts().addContact(Contact{0, acme, QStringLiteral("Pat Buyer")})->id;
    db.storage->contacts().addContact(Contact{0, acme, QStringLiteral("Gone Person")});
    run(db, QStringLiteral("UPDATE contacts SET deleted_at = 1 WHERE name = 'Gone Person'"));
    struct Activity
    {
        qint64 deal;
        qint64 contact;
        qint64 due;
        qint64 done;
        bool deleted;
    };
    const Activity activities[] = {
        {firstDeal, 0, now - 9 * day, now - 9 * day, false},
        {0, person, now - 3 * day, now - 3 * day, false},
        {0, person, now + 2 * day, 0, false},
        {firstDeal, 0, now + 5 * day, 0, false},
        {firstDeal, 0, now - day, now - day, true},
        {0, person, now + day, 0, true},
    };
    for (const Activity &a : activities) {
        run(db,
            QStringLiteral("INSERT INTO engagements (kind, subject, due_at, owner_id, "
                           "opportunity_id, contact_id, done_at, created_at, updated_at, "
                           "deleted_at) VALUES ('call', 'Call', ?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.due, rep, a.deal ? QVariant(a.deal) : QVariant(QMetaType(QMetaType::LongLong)),
             a.contact ? QVariant(a.contact) : QVariant(QMetaType(QMetaType::LongLong)),
             a.done ? QVariant(a.done) : QVariant(QMetaType(QMetaType::LongLong)), now, now,
             a.deleted ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong))});
    }

    const auto summaries = db.storage->accounts().summaries(now);
    QVERIFY2(summaries, qPrintable(summaries ? QString() : summaries.error().message));
    QCOMPARE(summaries->size(), 2);
    const AccountSummary *s = summaryOf(*summaries, acme);
    QVERIFY(s);
    QCOMPARE(s->account.territory, QStringLiteral("DACH"));
    QCOMPARE(s->owner, QStringLiteral("Rita Rep"));
    QCOMPARE(s->openDeals, 3);
    QCOMPARE(s->unconverted, 1);
    QCOMPARE(s->openAmount, Cents(100'00 + 300'00)); // 200 EUR at 1.5
    QCOMPARE(s->openWeighted, Cents(50'00 + 300'00 * openProbability / 100));
    QCOMPARE(s->won12Months, Cents(3200'00));
    QCOMPARE(s->lastActivityAt, now - 3 * day);
    QCOMPARE(s->nextActivityAt, now + 2 * day);
    QCOMPARE(s->contacts, 1);
    QCOMPARE(s->value(), s->openWeighted + s->won12Months);

    const AccountSummary *none = summaryOf(*summaries, quiet);
    QVERIFY(none);
    QCOMPARE(none->openDeals, 0);
    QCOMPARE(none->openAmount, Cents(0));
    QCOMPARE(none->lastActivityAt, qint64(0));
    QCOMPARE(none->nextActivityAt, qint64(0));
    QCOMPARE(none->owner, QString());
    QCOMPARE(none->account.territory, QString());
}

void TestAccounts::shouldReadOnlyTheAccountsAsked()
{
    TestDatabase db(80);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto all = db.storage->accounts().summaries(now);
    QVERIFY(all);
    QVERIFY(all->size() >= 12);
    const QList<qint64> asked = {all->at(3).account.id, all->at(0).account.id,
                                 all->at(7).account.id};
    const auto some = db.storage->accounts().summaries(now, asked);
    QVERIFY2(some, qPrintable(some ? QString() : some.error().message));
    QCOMPARE(some->size(), 3);
    for (const AccountSummary &s : std::as_const(*some)) {
        const AccountSummary *full = summaryOf(*all, s.account.id);
        QVERIFY(full);
        QCOMPARE(s.openAmount, full->openAmount);
        QCOMPARE(s.openWeighted, full->openWeighted);
        QCOMPARE(s.won12Months, full->won12Months);
        QCOMPARE(s.lastActivityAt, full->lastActivityAt);
        QCOMPARE(s.nextActivityAt, full->nextActivityAt);
        QCOMPARE(s.contacts, full->contacts);
        QCOMPARE(s.account.tier, full->account.tier);
        QCOMPARE(s.account.potential, full->account.potential);
    }
}

void TestAccounts::shouldKeepEachAccountsLastAndNextActivityAsActivitiesChange()
{
    TestDatabase db;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Directory &directory = db.storage->directory();
    const qint64 rep = *directory.addUser({0, QStringLiteral("Rita Rep"), UserRole::Rep, {}});
    const qint64 acme = *directory.addAccount({0, QStringLiteral("Acme"), {}, {}, rep});
    const qint64 globex = *directory.addAccount({0, QStringLiteral("Globex"), {}, {}, rep});
    run(db,
        QStringLiteral("INSERT INTO opportunities (title, account_id, owner_id, amount, currency, "
                       "stage_id, entered_stage_at, created_at, updated_at) SELECT 'D', ?, ?, 0, "
                       "'USD', MIN(id), ?, ?, ? FROM stages"),
        {acme, rep, now, now, now});
    const qint64 deal = number(db, QStringLiteral("SELECT MAX(id) FROM opportunities"), {});
    const qint64 person =
        db.storage->contacts().addContact(Contact{0, globex, QStringLiteral("Pat Buyer")})->id;
    EngagementStore &activities = db.storage->engagements();
    const auto activity = [&](qint64 opportunity, qint64 contact, qint64 due) {
        Engagement e;
        e.kind = EngagementKind::Call;
        e.subject = QStringLiteral("Call");
        e.ownerId = rep;
        e.opportunityId = opportunity;
        e.contactId = contact;
        e.dueAt = due;
        return *activities.addEngagement(e);
    };
    const auto lastAndNext = [&](qint64 account) {
        const Account a = **db.storage->accounts().account(account);
        const auto s = db.storage->accounts().summaries(now, {a.id});
        return std::pair(s->first().lastActivityAt, s->first().nextActivityAt);
    };
    QCOMPARE(lastAndNext(acme), std::pair(qint64(0), qint64(0)));

    // Planned on the deal: the account's next; sooner ones take over, later ones do not
    const Engagement later = activity(deal, 0, now + 9 * day);
    const Engagement sooner = activity(deal, 0, now + 2 * day);
    QCOMPARE(lastAndNext(acme), std::pair(qint64(0), now + 2 * day));
    // Done: the account's last, and the next is the one left
    QVERIFY(activities.setEngagementDone(sooner.id, now - day, QStringLiteral("Spoke")));
    QCOMPARE(lastAndNext(acme), std::pair(now - day, now + 9 * day));
    // Deleted: as if it had never been
    QVERIFY(activities.setEngagementDeleted(later.id, true));
    QCOMPARE(lastAndNext(acme), std::pair(now - day, qint64(0)));
    // With a person of another account: that account's
    const Engagement withPat = activity(0, person, now + 3 * day);
    QCOMPARE(lastAndNext(globex), std::pair(qint64(0), now + 3 * day));
    QVERIFY(activities.setEngagementDone(withPat.id, now - 2 * day, {}));
    QCOMPARE(lastAndNext(globex), std::pair(now - 2 * day, qint64(0)));
    // The deal moves to the other account: its activities go with it
    run(db, QStringLiteral("UPDATE opportunities SET account_id = ? WHERE id = ?"), {globex, deal});
    QCOMPARE(lastAndNext(acme), std::pair(qint64(0), qint64(0)));
    QCOMPARE(lastAndNext(globex), std::pair(now - day, qint64(0)));
    // The person moves back: theirs go with them
    run(db, QStringLiteral("UPDATE contacts SET account_id = ? WHERE id = ?"), {acme, person});
    QCOMPARE(lastAndNext(acme), std::pair(now - 2 * day, qint64(0)));
    QCOMPARE(lastAndNext(globex), std::pair(now - day, qint64(0)));
    // A deleted deal's activities no longer count
    run(db, QStringLiteral("UPDATE opportunities SET deleted_at = ? WHERE id = ?"), {now, deal});
    QCOMPARE(lastAndNext(globex), std::pair(qint64(0), qint64(0)));
}

void TestAccounts::shouldSaveAnAccountAndRefuseAStaleOrTakenOne()
{
    TestDatabase db;
    Directory &directory = db.storage->directory();
    const qint64 rep = *directory.addUser({0, QStringLiteral("Rita Rep"), UserRole::Rep, {}});
    const qint64 id = *directory.addAccount({0, QStringLiteral("Acme"), {}, {}, rep});
    directory.addAccount({0, QStringLiteral("Globex"), {}, {}, rep});
    const qint64 dach = *db.storage->territories().saveTerritory({0, QStringLiteral("DACH")});
    AccountStore &accounts = db.storage->accounts();

    Account a = **accounts.account(id);
    QCOMPARE(a.version, 1);
    a.tier = AttentionTier::A;
    a.potential = 250'000'00;
    a.country = QStringLiteral("Germany");
    a.employees = 1200;
    a.territoryId = dach;
    a.industry = QStringLiteral("Manufacturing");
    auto saved = accounts.updateAccount(a);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->version, 2);
    QCOMPARE(saved->territory, QStringLiteral("DACH"));
    QCOMPARE(saved->tier, AttentionTier::A);
    QCOMPARE(saved->potential, Cents(250'000'00));
    QCOMPARE(saved->country, QStringLiteral("Germany"));
    QCOMPARE(saved->employees, 1200);

    // The version read before the save is stale now: nothing is saved.
    a.tier = AttentionTier::C;
    auto stale = accounts.updateAccount(a);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QCOMPARE((*accounts.account(id))->tier, AttentionTier::A);

    Account renamed = *saved;
    renamed.name = QStringLiteral("globex");
    auto taken = accounts.updateAccount(renamed);
    QVERIFY(!taken);
    QVERIFY2(taken.error().message.contains(QStringLiteral("globex")),
             qPrintable(taken.error().message));
    renamed.name = QStringLiteral("  ");
    QVERIFY(!accounts.updateAccount(renamed));
    renamed.name = QStringLiteral("Acme");
    renamed.territoryId = dach + 100;
    auto gone = accounts.updateAccount(renamed);
    QVERIFY(!gone);
    QVERIFY2(gone.error().message.contains(QStringLiteral("territory")),
             qPrintable(gone.error().message));
    QVERIFY(!(*accounts.account(id + 100)));
}

void TestAccounts::shouldKeepTerritoriesAsATree()
{
    TestDatabase db;
    TerritoryStore &store = db.storage->territories();
    const qint64 europe = *store.saveTerritory({0, QStringLiteral("Europe")});
    const qint64 americas = *store.saveTerritory({0, QStringLiteral("Americas")});
    const qint64 france = *store.saveTerritory({0, QStringLiteral("France"), europe});
    const qint64 dach = *store.saveTerritory({0, QStringLiteral("DACH"), europe});
    const qint64 bavaria = *store.saveTerritory({0, QStringLiteral("Bavaria"), dach});

    // Parents before their children, siblings by name.
    auto all = store.territories();
    QVERIFY(all);
    QStringList order;
    for (const Territory &t : std::as_const(*all))
        order.append(t.name);
    QCOMPARE(order, (QStringList{QStringLiteral("Americas"), QStringLiteral("Europe"),
                                 QStringLiteral("DACH"), QStringLiteral("Bavaria"),
                                 QStringLiteral("France")}));
    QCOMPARE(territoryAndBelow(*all, europe).size(), 4);
    QVERIFY(territoryAndBelow(*all, europe).contains(bavaria));
    QCOMPARE(territoryAndBelow(*all, americas), QList<qint64>{americas});

    // Not inside itself, nor inside one of its own.
    auto loop = store.saveTerritory({europe, QStringLiteral("Europe"), bavaria});
    QVERIFY(!loop);
    QVERIFY2(loop.error().message.contains(QStringLiteral("inside")),
             qPrintable(loop.error().message));
    QVERIFY(!store.saveTerritory({dach, QStringLiteral("DACH"), dach}));
    // Names are unique in any case, and needed.
    QVERIFY(!store.saveTerritory({0, QStringLiteral("france")}));
    QVERIFY(!store.saveTerritory({0, QStringLiteral(" ")}));
    QVERIFY(!store.saveTerritory({0, QStringLiteral("Lyon"), france + 100}));
    // Moved and owned.
    const qint64 rep =
        *db.storage->directory().addUser({0, QStringLiteral("Rita Rep"), UserRole::Rep, {}});
    QVERIFY(store.saveTerritory({france, QStringLiteral("France"), americas, rep}));
    all = store.territories();
    const auto moved = std::find_if(all->cbegin(), all->cend(),
                                    [&](const Territory &t) { return t.id == france; });
    QCOMPARE(moved->parentId, americas);
    QCOMPARE(moved->ownerId, rep);
}

void TestAccounts::shouldMoveAccountsUpWhenTheirTerritoryGoes()
{
    TestDatabase db;
    TerritoryStore &store = db.storage->territories();
    const qint64 europe = *store.saveTerritory({0, QStringLiteral("Europe")});
    const qint64 dach = *store.saveTerritory({0, QStringLiteral("DACH"), europe});
    const qint64 bavaria = *store.saveTerritory({0, QStringLiteral("Bavaria"), dach});
    // An account named into a territory by name lands in the one there is, in any case.
    const qint64 acme = *db.storage->directory().addAccount(
        {0, QStringLiteral("Acme"), {}, QStringLiteral("dach"), 0});
    QCOMPARE((*db.storage->accounts().account(acme))->territoryId, dach);
    run(db,
        QStringLiteral("INSERT INTO territory_rules (territory_id, position, industry) VALUES "
                       "(?, 0, 'Retail')"),
        {dach});

    QVERIFY(store.removeTerritory(dach));
    const Account a = **db.storage->accounts().account(acme);
    QCOMPARE(a.territoryId, europe);
    QCOMPARE(a.territory, QStringLiteral("Europe"));
    QCOMPARE(a.version, 2); // an edit open on the account elsewhere is told
    const auto all = store.territories();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(1).id, bavaria);
    QCOMPARE(all->at(1).parentId, europe);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM territory_rules")).toInt(), 0);
    QVERIFY(!store.removeTerritory(dach));
    // At the top, its accounts go into none.
    QVERIFY(store.removeTerritory(europe));
    QCOMPARE((*db.storage->accounts().account(acme))->territoryId, qint64(0));
}

void TestAccounts::shouldKeepTheTiersContactIntervals()
{
    TestDatabase db;
    TerritoryStore &store = db.storage->territories();
    QCOMPARE(*store.tierIntervals(), (TierIntervals{14, 30, 90}));
    QVERIFY(store.setTierIntervals({7, 21, 60}));
    QCOMPARE(*store.tierIntervals(), (TierIntervals{7, 21, 60}));
    QCOMPARE(db.openAgain()->territories().tierIntervals()->b, 21);
    auto refused = store.setTierIntervals({7, 0, 60});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("B")),
             qPrintable(refused.error().message));
    QVERIFY(!store.setTierIntervals({7, 21, 4000}));
    QCOMPARE(*store.tierIntervals(), (TierIntervals{7, 21, 60}));
    QCOMPARE(TierIntervals{}.days(AttentionTier::None), 0);
}

void TestAccounts::shouldApplyTheRulesInOrderAndMoveOnlyWhatThePreviewSaw()
{
    TestDatabase db;
    TerritoryStore &store = db.storage->territories();
    Directory &directory = db.storage->directory();
    const qint64 dach = *store.saveTerritory({0, QStringLiteral("DACH")});
    const qint64 enterprise = *store.saveTerritory({0, QStringLiteral("Enterprise")});
    const qint64 nordics = *store.saveTerritory({0, QStringLiteral("Nordics")});
    const auto add = [&](const char *name, const char *industry, const char *country, int employees,
                         qint64 territory) {
        Account a;
        a.name = QString::fromUtf8(name);
        a.industry = QString::fromUtf8(industry);
        a.country = QString::fromUtf8(country);
        a.employees = employees;
        a.territoryId = territory;
        return *directory.addAccount(a);
    };
    const qint64 bigGerman = add("Bauhaus Werke", "Manufacturing", "Germany", 12000, 0);
    const qint64 smallGerman = add("Kleinbetrieb", "Retail", "germany", 40, nordics);
    const qint64 unknownSize = add("Geheim AG", "Retail", "Austria", 0, dach);
    const qint64 swede = add("Svensk Foods", "Foods", "Sweden", 300, 0);

    // The large ones first, whatever their country; then Germany and Austria; Sweden
    QVERIFY(store.setRules({{0, enterprise, {}, {}, 5000, 0},
                            {0, dach, {}, QStringLiteral("Germany"), 0, 0},
                            {0, dach, {}, QStringLiteral("Austria"), 0, 0},
                            {0, nordics, {}, QStringLiteral("Sweden"), 1, 999}}));
    const auto rules = *store.rules();
    QCOMPARE(rules.size(), 4);
    QCOMPARE(rules.at(0).territoryId, enterprise);
    QCOMPARE(rules.at(3).maxEmployees, 999);
    QCOMPARE(db.openAgain()->territories().rules()->at(1).country, QStringLiteral("Germany"));

    // The preview: what moves, from where to where; an account where its rule puts it stays
    const QList<TerritoryMove> moves = previewRules(rules, *directory.accounts());
    QHash<qint64, std::pair<qint64, qint64>> byAccount;
    for (const TerritoryMove &m : moves)
        byAccount.insert(m.accountId, {m.fromTerritoryId, m.toTerritoryId});
    QCOMPARE(byAccount.size(), 3);
    QCOMPARE(byAccount.value(bigGerman), std::pair(qint64(0), enterprise));
    QCOMPARE(byAccount.value(smallGerman), std::pair(nordics, dach));
    QCOMPARE(byAccount.value(swede), std::pair(qint64(0), nordics));
    QVERIFY(!byAccount.contains(unknownSize));

    // Someone moves one meanwhile: nothing moves, and it says so
    Account moved = **db.storage->accounts().account(swede);
    moved.territoryId = dach;
    QVERIFY(db.storage->accounts().updateAccount(moved));
    auto refused = store.moveAccounts(moves);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE((*db.storage->accounts().account(bigGerman))->territoryId, qint64(0));

    // Previewed again, the moves go through, each account's version one up
    const int before = (*db.storage->accounts().account(smallGerman))->version;
    QVERIFY(store.moveAccounts(previewRules(rules, *directory.accounts())));
    QCOMPARE((*db.storage->accounts().account(bigGerman))->territoryId, enterprise);
    QCOMPARE((*db.storage->accounts().account(smallGerman))->territoryId, dach);
    QCOMPARE((*db.storage->accounts().account(smallGerman))->version, before + 1);
    QCOMPARE((*db.storage->accounts().account(swede))->territoryId, nordics);
    QVERIFY(previewRules(rules, *directory.accounts()).isEmpty());

    // A band the wrong way round, or a territory gone, is refused and the rules stay
    auto backwards = store.setRules({{0, dach, {}, {}, 500, 100}});
    QVERIFY(!backwards);
    QVERIFY2(backwards.error().message.contains(QStringLiteral("Rule 1")),
             qPrintable(backwards.error().message));
    QVERIFY(!store.setRules({{0, dach, {}, {}, 0, 0}, {0, 999999, {}, {}, 0, 0}}));
    QCOMPARE(store.rules()->size(), 4);
}

void TestAccounts::shouldMakeTerritoriesOfTheAccountsTerritoriesInTheUpgrade()
{
    SQLITE_ONLY();
    // Given a version 14 file, whose accounts name their territory as text
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v14.sqlite"));
    QVERIFY(Stageboard::Test::loadFixture(QStringLiteral("schema-v14.sql"), path));
    QStringList before;
    {
        QSqlDatabase old =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v14"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery q(old);
        QVERIFY(q.exec(QStringLiteral("SELECT name, territory FROM accounts ORDER BY id")));
        while (q.next())
            before.append(q.value(0).toString() + u'|' + q.value(1).toString());
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v14"));
    QCOMPARE(before.size(), 12);

    // When it is upgraded
    auto opened = SqlStorage::openSqlite(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    SqlStorage &storage = **opened;

    // Then every account is in the territory of the name it had, one territory per name, at
    // the top, with no tier or potential yet; and the tiers have their usual intervals
    const auto accounts = storage.directory().accounts();
    QVERIFY(accounts);
    QStringList after;
    QSet<QString> names;
    for (const Account &a : *accounts) {
        after.append(a.name + u'|' + a.territory);
        names.insert(a.territory);
        QVERIFY(a.territoryId != 0);
        QCOMPARE(a.tier, AttentionTier::None);
        QCOMPARE(a.potential, Cents(0));
        QCOMPARE(a.version, 1);
    }
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    QCOMPARE(after, before);
    const auto territories = storage.territories().territories();
    QCOMPARE(territories->size(), names.size());
    for (const Territory &t : *territories)
        QCOMPARE(t.parentId, qint64(0));
    QCOMPARE(*storage.territories().tierIntervals(), (TierIntervals{14, 30, 90}));
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
