// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverroles.h"

#include "storage/sqlstorage.h"
#include "storage/sqlutil.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

namespace Stageboard {

namespace {

// Fixed statements only: the one piece of user text, a login, reaches the server as a bound
// parameter of stageboard_ensure_login(), which quotes it with format('%I').
const char *const setupStatements[] = {
    // "does not exist, skipping" of every first run's DROP … IF EXISTS is not news.
    R"(SET LOCAL client_min_messages = warning)",
    // The group roles. Role names are the cluster's, so every Stageboard database on one
    // server shares them; what each may do is granted database by database below.
    R"(DO $$
    DECLARE
        g TEXT;
    BEGIN
        FOREACH g IN ARRAY ARRAY['stageboard_rep', 'stageboard_manager', 'stageboard_admin',
                                 'stageboard_legal', 'stageboard_finance'] LOOP
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = g) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', g);
            END IF;
        END LOOP;
    END $$)",

    // Who is asking, from the users table (readable by every group).
    R"(CREATE OR REPLACE FUNCTION stageboard_me() RETURNS BIGINT LANGUAGE sql STABLE AS
        $$ SELECT id FROM users WHERE login = current_user AND active = 1 $$)",
    R"(CREATE OR REPLACE FUNCTION stageboard_my_role() RETURNS TEXT LANGUAGE sql STABLE AS
        $$ SELECT role FROM users WHERE login = current_user AND active = 1 $$)",
    R"(CREATE OR REPLACE FUNCTION stageboard_may_change_owned(owner BIGINT) RETURNS BOOLEAN
        LANGUAGE sql STABLE AS $$
        SELECT COALESCE((SELECT role IN ('manager', 'admin') OR (role = 'rep' AND id = owner)
                         FROM users WHERE login = current_user AND active = 1), false) $$)",
    R"(CREATE OR REPLACE FUNCTION stageboard_may_change_deal(deal BIGINT) RETURNS BOOLEAN
        LANGUAGE sql STABLE AS $$
        SELECT stageboard_may_change_owned((SELECT owner_id FROM opportunities WHERE id = deal))
        $$)",
    // The same rule as GateEngine::signOffRefusal: a criterion with a sign-off role is answered
    // by that role's members, a manager or an admin (but not by the deal's owner where it says
    // so); one without by whoever may change the deal.
    R"(CREATE OR REPLACE FUNCTION stageboard_may_answer(deal BIGINT, criterion BIGINT)
        RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
        SELECT CASE
            WHEN c.signoff_role_id IS NULL THEN stageboard_may_change_deal(deal)
            WHEN c.signoff_not_own = 1 AND (SELECT owner_id FROM opportunities WHERE id = deal)
                 IS NOT DISTINCT FROM stageboard_me() THEN false
            ELSE COALESCE(stageboard_my_role() IN ('manager', 'admin'), false)
                 OR EXISTS (SELECT 1 FROM team_role_members m
                            WHERE m.role_id = c.signoff_role_id AND m.user_id = stageboard_me())
        END
        FROM exit_criteria c WHERE c.id = criterion $$)",
    // Whether the user signs off a criterion of the stage, as a member of its role.
    R"(CREATE OR REPLACE FUNCTION stageboard_signs_off_in(stage BIGINT) RETURNS BOOLEAN
        LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM exit_criteria c
                       JOIN team_role_members m ON m.role_id = c.signoff_role_id
                       WHERE c.stage_id = stage AND m.user_id = stageboard_me()) $$)",

    // A rep's change to someone else's deal is refused with a reason, rather than filtered
    // away by a policy as if the deal did not exist.
    // A sign-off by a member of its role counts on the deal (its version and progress), and
    // changes nothing else of it.
    R"(CREATE OR REPLACE FUNCTION stageboard_guard_deal() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF stageboard_my_role() = 'rep' AND OLD.owner_id IS DISTINCT FROM stageboard_me() THEN
            IF TG_OP = 'UPDATE' AND stageboard_signs_off_in(OLD.stage_id)
               AND to_jsonb(NEW) - ARRAY['version', 'updated_at', 'required_met']
                   = to_jsonb(OLD) - ARRAY['version', 'updated_at', 'required_met'] THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'a rep may change only their own deals, and deal % is not %''s',
                OLD.id, current_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END $$)",
    R"(DROP TRIGGER IF EXISTS opportunities_guard ON opportunities)",
    R"(CREATE TRIGGER opportunities_guard BEFORE UPDATE OR DELETE ON opportunities
        FOR EACH ROW EXECUTE FUNCTION stageboard_guard_deal())",

    // Row-level security. The database's owner bypasses it; everyone else reads every row.
    R"(ALTER TABLE opportunities ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON opportunities)",
    R"(CREATE POLICY stageboard_read ON opportunities FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_create ON opportunities)",
    R"(CREATE POLICY stageboard_create ON opportunities FOR INSERT
        WITH CHECK (stageboard_may_change_owned(owner_id)))",
    R"(DROP POLICY IF EXISTS stageboard_change ON opportunities)",
    R"(CREATE POLICY stageboard_change ON opportunities FOR UPDATE USING (true)
        WITH CHECK (stageboard_may_change_owned(owner_id)
                    OR COALESCE(stageboard_my_role() IN ('legal', 'finance'), false)
                    OR stageboard_signs_off_in(stage_id)))",

    R"(ALTER TABLE stage_history ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON stage_history)",
    R"(CREATE POLICY stageboard_read ON stage_history FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_append ON stage_history)",
    R"(CREATE POLICY stageboard_append ON stage_history FOR INSERT
        WITH CHECK (stageboard_may_change_deal(opportunity_id)
                    AND (user_id = stageboard_me()
                         OR COALESCE(stageboard_my_role() IN ('manager', 'admin'), false))))",

    R"(ALTER TABLE activity_checks ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON activity_checks)",
    R"(CREATE POLICY stageboard_read ON activity_checks FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_tick ON activity_checks)",
    R"(CREATE POLICY stageboard_tick ON activity_checks FOR ALL
        USING (stageboard_may_change_deal(opportunity_id))
        WITH CHECK (stageboard_may_change_deal(opportunity_id)))",

    R"(ALTER TABLE criterion_checks ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON criterion_checks)",
    R"(CREATE POLICY stageboard_read ON criterion_checks FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_answer ON criterion_checks)",
    R"(CREATE POLICY stageboard_answer ON criterion_checks FOR INSERT
        WITH CHECK (stageboard_may_answer(opportunity_id, criterion_id)))",
    R"(DROP POLICY IF EXISTS stageboard_change ON criterion_checks)",
    R"(CREATE POLICY stageboard_change ON criterion_checks FOR UPDATE
        USING (stageboard_may_answer(opportunity_id, criterion_id))
        WITH CHECK (stageboard_may_answer(opportunity_id, criterion_id)))",
    // Whoever may change the deal may also clear an answer: a change to a field a sign-off
    // vouched for re-opens it. Clearing only ever asks for more; giving one takes the role.
    R"(DROP POLICY IF EXISTS stageboard_clear ON criterion_checks)",
    R"(CREATE POLICY stageboard_clear ON criterion_checks FOR DELETE
        USING (stageboard_may_answer(opportunity_id, criterion_id)
               OR stageboard_may_change_deal(opportunity_id)))",

    // The sign-off log: appended to, never changed. A decision is its signer's own; a
    // re-opening is the change's, by whoever may change the deal.
    R"(ALTER TABLE signoff_decisions ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON signoff_decisions)",
    R"(CREATE POLICY stageboard_read ON signoff_decisions FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_append ON signoff_decisions)",
    R"(CREATE POLICY stageboard_append ON signoff_decisions FOR INSERT
        WITH CHECK (CASE WHEN decision = 'reopened'
                         THEN user_id IS NULL AND stageboard_may_change_deal(opportunity_id)
                         ELSE user_id = stageboard_me()
                              AND stageboard_may_answer(opportunity_id, criterion_id) END))",

    // Contacts: the whole team reads them; a rep changes the ones they look after, refused
    // with a reason otherwise.
    R"(CREATE OR REPLACE FUNCTION stageboard_guard_contact() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF stageboard_my_role() = 'rep' AND OLD.owner_id IS DISTINCT FROM stageboard_me() THEN
            RAISE EXCEPTION 'a rep may change only the contacts they look after, and % is not %''s',
                OLD.name, current_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END $$)",
    R"(DROP TRIGGER IF EXISTS contacts_guard ON contacts)",
    R"(CREATE TRIGGER contacts_guard BEFORE UPDATE OR DELETE ON contacts
        FOR EACH ROW EXECUTE FUNCTION stageboard_guard_contact())",
    R"(ALTER TABLE contacts ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON contacts)",
    R"(CREATE POLICY stageboard_read ON contacts FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_create ON contacts)",
    R"(CREATE POLICY stageboard_create ON contacts FOR INSERT
        WITH CHECK (stageboard_may_change_owned(owner_id)))",
    R"(DROP POLICY IF EXISTS stageboard_change ON contacts)",
    R"(CREATE POLICY stageboard_change ON contacts FOR UPDATE USING (true)
        WITH CHECK (stageboard_may_change_owned(owner_id)))",

    // Accounts: the team reads them and adds them; a rep changes the ones they look after
    // (their tier, potential, details), refused with a reason otherwise; a manager or an admin
    // any. Territories and their rules are the admin's (grants).
    R"(CREATE OR REPLACE FUNCTION stageboard_guard_account() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF stageboard_my_role() = 'rep' AND OLD.owner_id IS DISTINCT FROM stageboard_me() THEN
            RAISE EXCEPTION 'a rep may change only the accounts they look after, and % is not %''s',
                OLD.name, current_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END $$)",
    R"(DROP TRIGGER IF EXISTS accounts_guard ON accounts)",
    R"(CREATE TRIGGER accounts_guard BEFORE UPDATE OR DELETE ON accounts
        FOR EACH ROW EXECUTE FUNCTION stageboard_guard_account())",
    R"(ALTER TABLE accounts ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON accounts)",
    R"(CREATE POLICY stageboard_read ON accounts FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_create ON accounts)",
    R"(CREATE POLICY stageboard_create ON accounts FOR INSERT WITH CHECK (true))",
    R"(DROP POLICY IF EXISTS stageboard_change ON accounts)",
    R"(CREATE POLICY stageboard_change ON accounts FOR UPDATE USING (true)
        WITH CHECK (stageboard_may_change_owned(owner_id)))",

    // Activities: the team reads them; a rep plans and does their own.
    R"(CREATE OR REPLACE FUNCTION stageboard_guard_engagement() RETURNS trigger LANGUAGE plpgsql
        AS $$
    BEGIN
        IF stageboard_my_role() = 'rep' AND OLD.owner_id IS DISTINCT FROM stageboard_me() THEN
            RAISE EXCEPTION 'a rep may change only their own activities, and "%" is not %''s',
                OLD.subject, current_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END $$)",
    R"(DROP TRIGGER IF EXISTS engagements_guard ON engagements)",
    R"(CREATE TRIGGER engagements_guard BEFORE UPDATE OR DELETE ON engagements
        FOR EACH ROW EXECUTE FUNCTION stageboard_guard_engagement())",
    R"(ALTER TABLE engagements ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON engagements)",
    R"(CREATE POLICY stageboard_read ON engagements FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_create ON engagements)",
    R"(CREATE POLICY stageboard_create ON engagements FOR INSERT
        WITH CHECK (stageboard_may_change_owned(owner_id)))",
    R"(DROP POLICY IF EXISTS stageboard_change ON engagements)",
    R"(CREATE POLICY stageboard_change ON engagements FOR UPDATE USING (true)
        WITH CHECK (stageboard_may_change_owned(owner_id)))",

    // Stakeholders: the team reads every buying group; whoever may change the deal changes its
    // group.
    R"(ALTER TABLE stakeholders ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON stakeholders)",
    R"(CREATE POLICY stageboard_read ON stakeholders FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_change ON stakeholders)",
    R"(CREATE POLICY stageboard_change ON stakeholders FOR ALL
        USING (stageboard_may_change_deal(opportunity_id))
        WITH CHECK (stageboard_may_change_deal(opportunity_id)))",

    // Debriefs: the team reads them (coaching is open); the author writes theirs, a manager
    // any; the reviewer asked may add feedback, and nothing else.
    R"(CREATE OR REPLACE FUNCTION stageboard_guard_debrief() RETURNS trigger LANGUAGE plpgsql
        AS $$
    BEGIN
        IF COALESCE(stageboard_my_role() IN ('manager', 'admin'), false)
           OR OLD.author_id = stageboard_me() THEN
            RETURN NEW;
        END IF;
        IF OLD.reviewer_id = stageboard_me()
           AND NEW.went_well = OLD.went_well AND NEW.improve = OLD.improve
           AND NEW.not_asked = OLD.not_asked AND NEW.author_id IS NOT DISTINCT FROM OLD.author_id
           AND NEW.reviewer_id IS NOT DISTINCT FROM OLD.reviewer_id THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'only the author of a debrief, or the reviewer they asked (for feedback), may change it'
            USING ERRCODE = 'insufficient_privilege';
    END $$)",
    R"(DROP TRIGGER IF EXISTS debriefs_guard ON debriefs)",
    R"(CREATE TRIGGER debriefs_guard BEFORE UPDATE ON debriefs
        FOR EACH ROW EXECUTE FUNCTION stageboard_guard_debrief())",
    R"(ALTER TABLE debriefs ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON debriefs)",
    R"(CREATE POLICY stageboard_read ON debriefs FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_create ON debriefs)",
    R"(CREATE POLICY stageboard_create ON debriefs FOR INSERT
        WITH CHECK (author_id = stageboard_me()
                    OR COALESCE(stageboard_my_role() IN ('manager', 'admin'), false)))",
    R"(DROP POLICY IF EXISTS stageboard_change ON debriefs)",
    R"(CREATE POLICY stageboard_change ON debriefs FOR UPDATE USING (true) WITH CHECK (true))",

    // Objections: raised and resolved by whoever may change the deal, or a manager.
    R"(ALTER TABLE objections ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON objections)",
    R"(CREATE POLICY stageboard_read ON objections FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_change ON objections)",
    R"(CREATE POLICY stageboard_change ON objections FOR ALL
        USING (stageboard_may_change_deal(opportunity_id))
        WITH CHECK (stageboard_may_change_deal(opportunity_id)))",

    // The look-back. Anyone adds a competitor or corrects one; a deal's competitors are
    // changed by whoever may change the deal. A close is recorded in its closer's name with the
    // move; only a manager or an admin reviews it, in their own name, changing nothing else
    // of it (column grants).
    R"(ALTER TABLE competitors ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_all ON competitors)",
    R"(CREATE POLICY stageboard_all ON competitors FOR ALL USING (true) WITH CHECK (true))",
    R"(ALTER TABLE deal_competitors ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON deal_competitors)",
    R"(CREATE POLICY stageboard_read ON deal_competitors FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_change ON deal_competitors)",
    R"(CREATE POLICY stageboard_change ON deal_competitors FOR ALL
        USING (stageboard_may_change_deal(opportunity_id))
        WITH CHECK (stageboard_may_change_deal(opportunity_id)))",
    R"(ALTER TABLE deal_closes ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON deal_closes)",
    R"(CREATE POLICY stageboard_read ON deal_closes FOR SELECT USING (true))",
    R"(DROP POLICY IF EXISTS stageboard_close ON deal_closes)",
    R"(CREATE POLICY stageboard_close ON deal_closes FOR INSERT
        WITH CHECK (stageboard_may_change_deal(opportunity_id)
                    AND (closed_by = stageboard_me()
                         OR COALESCE(stageboard_my_role() IN ('manager', 'admin'), false))))",
    R"(DROP POLICY IF EXISTS stageboard_review ON deal_closes)",
    R"(CREATE POLICY stageboard_review ON deal_closes FOR UPDATE
        USING (COALESCE(stageboard_my_role() IN ('manager', 'admin'), false))
        WITH CHECK (reviewed_by = stageboard_me()))",

    // Coaching notes: a manager or an admin writes them in their own name; a rep reads only
    // those addressed to them and marks them read (column grant), nothing else.
    R"(ALTER TABLE coaching_notes ENABLE ROW LEVEL SECURITY)",
    R"(DROP POLICY IF EXISTS stageboard_read ON coaching_notes)",
    R"(CREATE POLICY stageboard_read ON coaching_notes FOR SELECT
        USING (rep_id = stageboard_me() OR author_id = stageboard_me()
               OR COALESCE(stageboard_my_role() IN ('manager', 'admin'), false)))",
    R"(DROP POLICY IF EXISTS stageboard_write ON coaching_notes)",
    R"(CREATE POLICY stageboard_write ON coaching_notes FOR INSERT
        WITH CHECK (author_id = stageboard_me()
                    AND COALESCE(stageboard_my_role() IN ('manager', 'admin'), false)))",
    R"(DROP POLICY IF EXISTS stageboard_change ON coaching_notes)",
    R"(CREATE POLICY stageboard_change ON coaching_notes FOR UPDATE
        USING (rep_id = stageboard_me()
               OR COALESCE(stageboard_my_role() IN ('manager', 'admin'), false)))",
    R"(DROP POLICY IF EXISTS stageboard_remove ON coaching_notes)",
    R"(CREATE POLICY stageboard_remove ON coaching_notes FOR DELETE
        USING (COALESCE(stageboard_my_role() IN ('manager', 'admin'), false)))",

    // Grants: start from nothing, so a second run leaves exactly these.
    R"(REVOKE ALL ON ALL TABLES IN SCHEMA public FROM stageboard_rep, stageboard_manager,
        stageboard_admin, stageboard_legal, stageboard_finance)",
    R"(GRANT USAGE ON SCHEMA public TO stageboard_rep, stageboard_manager, stageboard_admin,
        stageboard_legal, stageboard_finance)",
    R"(GRANT SELECT ON ALL TABLES IN SCHEMA public TO stageboard_rep, stageboard_manager,
        stageboard_admin, stageboard_legal, stageboard_finance)",
    R"(GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO stageboard_rep,
        stageboard_manager, stageboard_admin, stageboard_legal, stageboard_finance)",
    R"(GRANT INSERT, UPDATE ON opportunities TO stageboard_rep, stageboard_manager,
        stageboard_admin)",
    R"(GRANT UPDATE (version, updated_at, activities_done, required_met) ON opportunities
        TO stageboard_legal, stageboard_finance)",
    // The ledger: rows are added, never changed or removed, by anyone but the owner.
    R"(GRANT INSERT ON stage_history TO stageboard_rep, stageboard_manager, stageboard_admin)",
    R"(GRANT INSERT, UPDATE, DELETE ON activity_checks TO stageboard_rep, stageboard_manager,
        stageboard_admin)",
    R"(GRANT INSERT, UPDATE, DELETE ON criterion_checks TO stageboard_rep, stageboard_manager,
        stageboard_admin, stageboard_legal, stageboard_finance)",
    R"(GRANT INSERT ON signoff_decisions TO stageboard_rep, stageboard_manager, stageboard_admin,
        stageboard_legal, stageboard_finance)",
    R"(GRANT INSERT ON accounts, close_reasons TO stageboard_rep, stageboard_manager,
        stageboard_admin)",
    R"(GRANT INSERT, UPDATE ON contacts, engagements TO stageboard_rep, stageboard_manager,
        stageboard_admin)",
    R"(GRANT UPDATE ON accounts TO stageboard_rep, stageboard_manager, stageboard_admin)",
    R"(GRANT INSERT, UPDATE, DELETE ON territories, territory_rules TO stageboard_admin)",
    R"(GRANT INSERT, UPDATE, DELETE ON stakeholders TO stageboard_rep, stageboard_manager,
        stageboard_admin)",
    R"(GRANT INSERT, UPDATE ON debriefs, objections TO stageboard_rep, stageboard_manager,
        stageboard_admin)",
    R"(GRANT INSERT, UPDATE ON buying_roles TO stageboard_admin)",
    R"(GRANT INSERT, UPDATE, DELETE ON quotas, exchange_rates, meta TO stageboard_manager,
        stageboard_admin)",
    // Snapshots are figures derived from the deals; whoever opens the dashboard first in a
    // day records that day's.
    R"(GRANT INSERT, DELETE ON forecast_snapshots TO stageboard_rep, stageboard_manager,
        stageboard_admin, stageboard_legal, stageboard_finance)",
    R"(GRANT INSERT, UPDATE, DELETE ON users, pipelines, stages, stage_activities, exit_criteria,
        close_reasons TO stageboard_admin)",
    // The company's own roles and who holds them: the admin's, as the users are.
    R"(GRANT INSERT, UPDATE, DELETE ON team_roles, team_role_members, stage_owner_teams
        TO stageboard_admin)",
    R"(GRANT INSERT, UPDATE ON competitors TO stageboard_rep, stageboard_manager,
        stageboard_admin)",
    R"(GRANT DELETE ON competitors TO stageboard_manager, stageboard_admin)",
    R"(GRANT INSERT, UPDATE, DELETE ON deal_competitors TO stageboard_rep, stageboard_manager,
        stageboard_admin)",
    R"(GRANT INSERT ON deal_closes TO stageboard_rep, stageboard_manager, stageboard_admin)",
    R"(GRANT UPDATE (reviewed_by, reviewed_at, lesson, process_suggestion) ON deal_closes
        TO stageboard_manager, stageboard_admin)",
    R"(GRANT INSERT, UPDATE, DELETE ON coaching_notes TO stageboard_manager, stageboard_admin)",
    R"(GRANT UPDATE (read_at) ON coaching_notes TO stageboard_rep)",

    // Makes a login (when new, with the password given) a member of one group only.
    R"(CREATE OR REPLACE FUNCTION pg_temp.stageboard_ensure_login(login TEXT, grp TEXT, password TEXT)
        RETURNS BOOLEAN LANGUAGE plpgsql AS $$
    DECLARE
        created BOOLEAN := false;
        g TEXT;
    BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = login) THEN
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, password);
            created := true;
        END IF;
        FOREACH g IN ARRAY ARRAY['stageboard_rep', 'stageboard_manager', 'stageboard_admin',
                                 'stageboard_legal', 'stageboard_finance'] LOOP
            IF g = grp THEN
                EXECUTE format('GRANT %I TO %I', g, login);
            ELSIF pg_has_role(login, g, 'MEMBER') THEN
                EXECUTE format('REVOKE %I FROM %I', g, login);
            END IF;
        END LOOP;
        RETURN created;
    END $$)",
};

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 20; ++i)
        password += QLatin1Char(
            alphabet[QRandomGenerator::system()->bounded(int(std::size(alphabet) - 1))]);
    return password;
}

} // namespace

QString ServerRoles::groupRole(UserRole role)
{
    return QStringLiteral("stageboard_") + userRoleKey(role);
}

QString ServerRoles::loginFromName(const QString &name)
{
    QString login = asciiKey(name);
    if (login.isEmpty() || login.front().isDigit())
        login.prepend(QStringLiteral("user_"));
    return login.left(60);
}

Result<void> ServerRoles::applyRules(const QSqlDatabase &db)
{
    for (const char *statement : setupStatements) {
        QSqlQuery q(db);
        if (auto ok = exec(q, QString::fromUtf8(statement)); !ok)
            return ok;
    }
    return {};
}

Result<bool> ServerRoles::rulesInPlace(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto ok = exec(q, QStringLiteral("SELECT to_regproc('stageboard_may_change_deal') IS NOT "
                                         "NULL"));
        !ok) {
        return std::unexpected(ok.error());
    }
    return q.next() && q.value(0).toBool();
}

Result<QList<ServerLogin>> ServerRoles::setUp(SqlStorage &storage)
{
    if (storage.engine() != Schema::Engine::Postgres) {
        return fail(tr("Roles are set up on a PostgreSQL server; %1 is a file, which only its "
                       "owner's account can open.")
                        .arg(storage.location()));
    }
    QSqlDatabase db = QSqlDatabase::database(storage.connectionName());
    const auto failed = [&storage](const Error &error) {
        return fail(tr("Cannot set up the roles on %1: %2").arg(storage.location(), error.message),
                    error.kind);
    };
    Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return failed(ok.error());
    if (auto ok = applyRules(db); !ok)
        return failed(ok.error());

    QList<ServerLogin> logins;
    QSet<QString> taken;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // A deactivated user gets no login; one they had acts as nobody (stageboard_me()).
        if (auto ok = exec(q, QStringLiteral("SELECT id, name, role, login FROM users "
                                             "WHERE active = 1 ORDER BY id"));
            !ok) {
            return failed(ok.error());
        }
        while (q.next()) {
            ServerLogin l{q.value(0).toLongLong(),
                          q.value(1).toString(),
                          userRoleFromKey(q.value(2).toString()).value_or(UserRole::Rep),
                          q.value(3).toString(),
                          {}};
            if (!l.login.isEmpty())
                taken.insert(l.login);
            logins.append(l);
        }
    }
    for (ServerLogin &l : logins) {
        if (!l.login.isEmpty())
            continue;
        const QString base = loginFromName(l.name);
        l.login = base;
        for (int n = 2; taken.contains(l.login); ++n)
            l.login = base + QLatin1Char('_') + QString::number(n);
        taken.insert(l.login);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE users SET login = ? WHERE id = ?"));
        q.addBindValue(l.login);
        q.addBindValue(l.userId);
        if (auto ok = exec(q); !ok)
            return failed(ok.error());
    }
    for (ServerLogin &l : logins) {
        const QString password = randomPassword();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT pg_temp.stageboard_ensure_login(?, ?, ?)"));
        q.addBindValue(l.login);
        q.addBindValue(groupRole(l.role));
        q.addBindValue(password);
        if (auto ok = exec(q); !ok)
            return failed(ok.error());
        if (q.next() && q.value(0).toBool())
            l.password = password;
    }
    if (auto ok = transaction.commit(); !ok)
        return failed(ok.error());
    return logins;
}

} // namespace Stageboard
