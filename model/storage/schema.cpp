// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QStringList>

namespace Stageboard::Schema {

namespace {

// Each step takes the schema from version N to N + 1. Never edit a step that has shipped:
// add another. "%PK%" is the engine's auto-increment primary key.
const char *const stepToVersion1[] = {
    R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(CREATE TABLE users (
        id %PK%,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('rep', 'manager', 'admin', 'legal', 'finance'))))",
    R"(CREATE TABLE accounts (
        id %PK%,
        name TEXT NOT NULL,
        industry TEXT NOT NULL DEFAULT '',
        territory TEXT NOT NULL DEFAULT '',
        owner_id BIGINT REFERENCES users(id)))",
    R"(CREATE TABLE stages (
        id %PK%,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        definition TEXT NOT NULL DEFAULT '',
        goal TEXT NOT NULL DEFAULT '',
        owner_roles TEXT NOT NULL DEFAULT '',
        probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
        kind TEXT NOT NULL CHECK (kind IN ('open', 'won', 'lost')),
        rot_days INTEGER))",
    R"(CREATE TABLE opportunities (
        id %PK%,
        title TEXT NOT NULL,
        account_id BIGINT REFERENCES accounts(id),
        contact TEXT NOT NULL DEFAULT '',
        owner_id BIGINT REFERENCES users(id),
        amount BIGINT NOT NULL DEFAULT 0 CHECK (amount >= 0),
        currency TEXT NOT NULL,
        close_date TEXT,
        stage_id BIGINT NOT NULL REFERENCES stages(id),
        entered_stage_at BIGINT NOT NULL,
        probability INTEGER CHECK (probability BETWEEN 0 AND 100),
        next_step TEXT NOT NULL DEFAULT '',
        close_reason TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        deleted_at BIGINT))",
    R"(CREATE TABLE stage_history (
        id %PK%,
        opportunity_id BIGINT NOT NULL REFERENCES opportunities(id),
        from_stage_id BIGINT REFERENCES stages(id),
        to_stage_id BIGINT NOT NULL REFERENCES stages(id),
        user_id BIGINT REFERENCES users(id),
        at BIGINT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''))",
    // For reading one stage ("list --stage", per-stage reloads). Not a partial index on live
    // deals: SQLite would then read the whole board through it, row by row, instead of
    // scanning the table in order.
    R"(CREATE INDEX opportunities_stage ON opportunities(stage_id, close_date))",
    R"(CREATE INDEX opportunities_owner ON opportunities(owner_id))",
    R"(CREATE INDEX opportunities_account ON opportunities(account_id))",
    R"(CREATE INDEX stage_history_opportunity ON stage_history(opportunity_id, at))",
    R"(CREATE INDEX stage_history_to_stage ON stage_history(to_stage_id, at))",
};

// Version 2: stage guidance (recommended activities), exit criteria, ticks and answers per
// deal, close reasons, and a ledger that keeps the deal as it was at each move.
const char *const stepToVersion2[] = {
    R"(ALTER TABLE stage_history RENAME COLUMN reason TO close_reason)",
    R"(ALTER TABLE stage_history ADD COLUMN kind TEXT NOT NULL DEFAULT 'moved'
        CHECK (kind IN ('created', 'moved', 'imported')))",
    R"(ALTER TABLE stage_history ADD COLUMN amount BIGINT NOT NULL DEFAULT 0)",
    R"(ALTER TABLE stage_history ADD COLUMN probability INTEGER NOT NULL DEFAULT 0)",
    R"(ALTER TABLE stage_history ADD COLUMN close_date TEXT)",
    R"(ALTER TABLE stage_history ADD COLUMN override_reason TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE stage_history ADD COLUMN unmet_criteria TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE stage_history ADD COLUMN disqualified INTEGER NOT NULL DEFAULT 0)",
    R"(UPDATE stage_history SET kind = 'created' WHERE from_stage_id IS NULL)",
    // Version 1 kept no snapshot; the deal as it is now is the best that is known.
    R"(UPDATE stage_history SET
        amount = (SELECT o.amount FROM opportunities o WHERE o.id = stage_history.opportunity_id),
        close_date = (SELECT o.close_date FROM opportunities o
                      WHERE o.id = stage_history.opportunity_id),
        probability = (SELECT COALESCE(o.probability, s.probability)
                       FROM opportunities o, stages s
                       WHERE o.id = stage_history.opportunity_id
                         AND s.id = stage_history.to_stage_id))",
    R"(ALTER TABLE opportunities ADD COLUMN disqualified INTEGER NOT NULL DEFAULT 0)",
    // Progress in the current stage, kept up to date with every tick and move so the board
    // reads it with the deal instead of counting ticks for every card.
    R"(ALTER TABLE opportunities ADD COLUMN activities_done INTEGER NOT NULL DEFAULT 0)",
    R"(ALTER TABLE opportunities ADD COLUMN required_met INTEGER NOT NULL DEFAULT 0)",
    R"(CREATE TABLE stage_activities (
        id %PK%,
        stage_id BIGINT NOT NULL REFERENCES stages(id),
        position INTEGER NOT NULL,
        text TEXT NOT NULL))",
    R"(CREATE TABLE exit_criteria (
        id %PK%,
        stage_id BIGINT NOT NULL REFERENCES stages(id),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        required INTEGER NOT NULL DEFAULT 1,
        signoff_role TEXT CHECK (signoff_role IN ('rep', 'manager', 'admin', 'legal', 'finance')),
        knock_out INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE activity_checks (
        opportunity_id BIGINT NOT NULL REFERENCES opportunities(id),
        activity_id BIGINT NOT NULL REFERENCES stage_activities(id),
        user_id BIGINT REFERENCES users(id),
        at BIGINT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (opportunity_id, activity_id)))",
    R"(CREATE TABLE criterion_checks (
        opportunity_id BIGINT NOT NULL REFERENCES opportunities(id),
        criterion_id BIGINT NOT NULL REFERENCES exit_criteria(id),
        state TEXT NOT NULL CHECK (state IN ('met', 'failed')),
        user_id BIGINT REFERENCES users(id),
        at BIGINT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (opportunity_id, criterion_id)))",
    R"(CREATE TABLE close_reasons (
        id %PK%,
        kind TEXT NOT NULL CHECK (kind IN ('won', 'lost')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL))",
    R"(CREATE INDEX stage_activities_stage ON stage_activities(stage_id, position))",
    R"(CREATE INDEX exit_criteria_stage ON exit_criteria(stage_id, position))",
};

// Version 3: forecasting. Each stage gives its deals a default forecast category and a rep may
// set a deal's own; quotas per rep and month; exchange rates into one reporting currency; and
// a daily snapshot of the forecast of each open month, to chart forecast against what closed.
const char *const stepToVersion3[] = {
    R"(ALTER TABLE stages ADD COLUMN forecast_category TEXT NOT NULL DEFAULT 'pipeline'
        CHECK (forecast_category IN ('pipeline', 'best_case', 'commit', 'closed', 'omitted')))",
    R"(UPDATE stages SET forecast_category = CASE
        WHEN kind = 'won' THEN 'closed'
        WHEN kind = 'lost' THEN 'omitted'
        WHEN probability >= 75 THEN 'commit'
        WHEN probability >= 50 THEN 'best_case'
        ELSE 'pipeline' END)",
    R"(ALTER TABLE opportunities ADD COLUMN forecast_category TEXT
        CHECK (forecast_category IN ('pipeline', 'best_case', 'commit', 'omitted')))",
    R"(CREATE TABLE quotas (
        user_id BIGINT NOT NULL REFERENCES users(id),
        month TEXT NOT NULL,
        amount BIGINT NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (user_id, month)))",
    R"(CREATE TABLE exchange_rates (
        currency TEXT PRIMARY KEY,
        rate DOUBLE PRECISION NOT NULL CHECK (rate > 0)))",
    // The currency most deals use becomes the reporting currency.
    R"(INSERT INTO meta (key, value) SELECT 'reporting_currency', COALESCE(
        (SELECT currency FROM opportunities GROUP BY currency ORDER BY COUNT(*) DESC, currency
         LIMIT 1), 'USD'))",
    R"(CREATE TABLE forecast_snapshots (
        taken_on TEXT NOT NULL,
        month TEXT NOT NULL,
        owner_id BIGINT NOT NULL DEFAULT 0,
        territory TEXT NOT NULL DEFAULT '',
        deals BIGINT NOT NULL,
        amount BIGINT NOT NULL,
        weighted BIGINT NOT NULL,
        commit_amount BIGINT NOT NULL,
        best_case BIGINT NOT NULL,
        PRIMARY KEY (taken_on, month, owner_id, territory)))",
};

// Version 4: teams on a shared server. A person's PostgreSQL login is mapped to their user,
// and every change to a deal is announced on the channel "stageboard_deals" (ids separated by
// commas, or "*" for more than 500), so every open board can show it at once. A statement
// marked %POSTGRES% runs on PostgreSQL only.
const char *const stepToVersion4[] = {
    R"(ALTER TABLE users ADD COLUMN login TEXT)",
    R"(CREATE UNIQUE INDEX users_login ON users(login))",
    R"(%POSTGRES%CREATE FUNCTION stageboard_announce_deals() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        ids TEXT;
    BEGIN
        IF (SELECT COUNT(*) FROM changed_deals) > 500 THEN
            ids := '*';
        ELSE
            SELECT string_agg(id::TEXT, ',') INTO ids FROM changed_deals;
        END IF;
        IF ids IS NOT NULL THEN
            PERFORM pg_notify('stageboard_deals', ids);
        END IF;
        RETURN NULL;
    END $$)",
    R"(%POSTGRES%CREATE TRIGGER opportunities_inserted AFTER INSERT ON opportunities
        REFERENCING NEW TABLE AS changed_deals FOR EACH STATEMENT
        EXECUTE FUNCTION stageboard_announce_deals())",
    R"(%POSTGRES%CREATE TRIGGER opportunities_updated AFTER UPDATE ON opportunities
        REFERENCING NEW TABLE AS changed_deals FOR EACH STATEMENT
        EXECUTE FUNCTION stageboard_announce_deals())",
};

// Version 5: several pipelines ("New business", "Renewals"), each with its own stages; a deal
// belongs to the pipeline of its stage. A stage taken out of the process is kept, marked
// removed, so that the ledger still names it; the deals it held are moved on with a ledger row
// that says which process change moved them.
const char *const stepToVersion5[] = {
    R"(CREATE TABLE pipelines (
        id %PK%,
        position INTEGER NOT NULL,
        name TEXT NOT NULL))",
    R"(CREATE UNIQUE INDEX pipelines_name ON pipelines(name))",
    R"(INSERT INTO pipelines (position, name) VALUES (0, 'New business'))",
    R"(ALTER TABLE stages ADD COLUMN pipeline_id BIGINT REFERENCES pipelines(id))",
    R"(UPDATE stages SET pipeline_id = (SELECT MIN(id) FROM pipelines))",
    R"(ALTER TABLE stages ADD COLUMN removed_at BIGINT)",
    R"(CREATE INDEX stages_pipeline ON stages(pipeline_id, position))",
    R"(ALTER TABLE stage_history ADD COLUMN process_change TEXT NOT NULL DEFAULT '')",
};

// Version 6: a user who leaves is deactivated, keeping their deals and ledger rows.
const char *const stepToVersion6[] = {
    R"(ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1)",
};

// Version 7: a deal keeps the override reason that put it into its stage, so that its card can
// show it without reading the ledger; the next ordinary move clears it. On PostgreSQL a change
// of the users is announced to every board.
const char *const stepToVersion7[] = {
    R"(ALTER TABLE opportunities ADD COLUMN override_reason TEXT NOT NULL DEFAULT '')",
    R"(UPDATE opportunities SET override_reason = COALESCE((
            SELECT h.override_reason FROM stage_history h WHERE h.opportunity_id = opportunities.id
            ORDER BY h.at DESC, h.id DESC LIMIT 1), '')
        WHERE EXISTS (SELECT 1 FROM stage_history x
            WHERE x.opportunity_id = opportunities.id AND x.override_reason <> ''))",
    // Every board on the server learns at once of a user added, renamed, deactivated or given
    // another role.
    R"(%POSTGRES%CREATE FUNCTION stageboard_announce_users() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('stageboard_deals', 'users');
        RETURN NULL;
    END $$)",
    R"(%POSTGRES%CREATE TRIGGER users_changed AFTER INSERT OR UPDATE OR DELETE ON users
        FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_users())",
};

// Version 8: the people at the accounts (contacts) and the dated activities (calls, meetings,
// tasks, emails: "engagements"), both announced to every board on PostgreSQL.
const char *const stepToVersion8[] = {
    R"(CREATE TABLE contacts (
        id %PK%,
        account_id BIGINT REFERENCES accounts(id),
        name TEXT NOT NULL,
        job_title TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        owner_id BIGINT REFERENCES users(id),
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        deleted_at BIGINT))",
    R"(CREATE INDEX contacts_account ON contacts(account_id, name))",
    R"(CREATE INDEX contacts_name ON contacts(name))",
    R"(%POSTGRES%CREATE FUNCTION stageboard_announce_contacts() RETURNS trigger LANGUAGE plpgsql
    AS $$
    BEGIN
        PERFORM pg_notify('stageboard_deals', 'contacts');
        RETURN NULL;
    END $$)",
    R"(%POSTGRES%CREATE TRIGGER contacts_changed AFTER INSERT OR UPDATE OR DELETE ON contacts
        FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_contacts())",
    R"(CREATE TABLE engagements (
        id %PK%,
        kind TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'task', 'email')),
        subject TEXT NOT NULL,
        due_at BIGINT,
        duration_minutes INTEGER NOT NULL DEFAULT 0,
        owner_id BIGINT REFERENCES users(id),
        opportunity_id BIGINT REFERENCES opportunities(id),
        contact_id BIGINT REFERENCES contacts(id),
        done_at BIGINT,
        outcome TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        deleted_at BIGINT))",
    // A rep's agenda (theirs, still to do, by due time) and a deal's next activity.
    R"(CREATE INDEX engagements_owner_due ON engagements(owner_id, done_at, due_at))",
    R"(CREATE INDEX engagements_opportunity ON engagements(opportunity_id, done_at, due_at))",
    R"(CREATE INDEX engagements_contact ON engagements(contact_id))",
    R"(%POSTGRES%CREATE FUNCTION stageboard_announce_engagements() RETURNS trigger
        LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('stageboard_deals', 'engagements');
        RETURN NULL;
    END $$)",
    R"(%POSTGRES%CREATE TRIGGER engagements_changed AFTER INSERT OR UPDATE OR DELETE
        ON engagements FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_engagements())",
};

// Version 9: who buys (buying roles, and the contacts of a deal as its stakeholders), call plans
// and debriefs with their review, the objections a call left open, checklist items tied to an
// activity type, criteria that check themselves (a rule), and a stage's call template. A deal
// keeps its next open activity's due time and its stakeholder and champion counts, maintained
// by triggers in the same statement as every change to activities or stakeholders, so that a
// card reads them with the deal (no query per card) whoever made the change. A statement
// marked %SQLITE% runs on SQLite only.
const char *const stepToVersion9[] = {
    R"(CREATE TABLE buying_roles (
        id %PK%,
        key TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        removed_at BIGINT))",
    R"(CREATE UNIQUE INDEX buying_roles_key ON buying_roles(key))",
    R"(CREATE TABLE stakeholders (
        opportunity_id BIGINT NOT NULL REFERENCES opportunities(id),
        contact_id BIGINT NOT NULL REFERENCES contacts(id),
        role_id BIGINT REFERENCES buying_roles(id),
        stance TEXT NOT NULL DEFAULT 'neutral'
            CHECK (stance IN ('supporter', 'neutral', 'opponent')),
        influence TEXT NOT NULL DEFAULT 'medium' CHECK (influence IN ('low', 'medium', 'high')),
        reports_to BIGINT REFERENCES contacts(id),
        added_at BIGINT NOT NULL,
        PRIMARY KEY (opportunity_id, contact_id)))",
    R"(CREATE INDEX stakeholders_contact ON stakeholders(contact_id))",
    R"(ALTER TABLE opportunities ADD COLUMN next_activity_at BIGINT)",
    R"(ALTER TABLE opportunities ADD COLUMN stakeholders INTEGER NOT NULL DEFAULT 0)",
    R"(ALTER TABLE opportunities ADD COLUMN champions INTEGER NOT NULL DEFAULT 0)",
    // The keys of the buying roles among its stakeholders, each once: "champion,decision_maker".
    R"(ALTER TABLE opportunities ADD COLUMN buying_roles TEXT NOT NULL DEFAULT '')",
    R"(UPDATE opportunities SET next_activity_at = (SELECT MIN(e.due_at) FROM engagements e
        WHERE e.opportunity_id = opportunities.id AND e.done_at IS NULL AND e.deleted_at IS NULL)
        WHERE EXISTS (SELECT 1 FROM engagements x WHERE x.opportunity_id = opportunities.id))",
    R"(ALTER TABLE exit_criteria ADD COLUMN rule TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE stage_activities ADD COLUMN engagement_kind TEXT
        CHECK (engagement_kind IN ('call', 'meeting', 'task', 'email')))",
    R"(ALTER TABLE stages ADD COLUMN call_questions TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE stages ADD COLUMN call_objections TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE engagements ADD COLUMN plan_objective TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE engagements ADD COLUMN plan_questions TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE engagements ADD COLUMN plan_objections TEXT NOT NULL DEFAULT '')",
    R"(CREATE TABLE debriefs (
        engagement_id BIGINT PRIMARY KEY REFERENCES engagements(id),
        opportunity_id BIGINT REFERENCES opportunities(id),
        author_id BIGINT REFERENCES users(id),
        went_well TEXT NOT NULL DEFAULT '',
        improve TEXT NOT NULL DEFAULT '',
        not_asked TEXT NOT NULL DEFAULT '',
        written_at BIGINT NOT NULL,
        reviewer_id BIGINT REFERENCES users(id),
        review_requested_at BIGINT,
        feedback TEXT NOT NULL DEFAULT '',
        reviewed_at BIGINT,
        version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE INDEX debriefs_reviewer ON debriefs(reviewer_id, reviewed_at))",
    R"(CREATE INDEX debriefs_opportunity ON debriefs(opportunity_id, written_at))",
    R"(CREATE TABLE objections (
        id %PK%,
        opportunity_id BIGINT NOT NULL REFERENCES opportunities(id),
        engagement_id BIGINT REFERENCES engagements(id),
        text TEXT NOT NULL,
        raised_by BIGINT REFERENCES users(id),
        raised_at BIGINT NOT NULL,
        resolved_by BIGINT REFERENCES users(id),
        resolved_at BIGINT,
        resolution TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX objections_opportunity ON objections(opportunity_id, resolved_at))",

    // A deal's next activity: the soonest due of its open ones.
    R"(%SQLITE%CREATE TRIGGER engagements_next_inserted AFTER INSERT ON engagements
        WHEN NEW.opportunity_id IS NOT NULL AND NEW.due_at IS NOT NULL AND NEW.done_at IS NULL
            AND NEW.deleted_at IS NULL
    BEGIN
        UPDATE opportunities SET next_activity_at = NEW.due_at
        WHERE id = NEW.opportunity_id
          AND (next_activity_at IS NULL OR next_activity_at > NEW.due_at);
    END)",
    R"(%SQLITE%CREATE TRIGGER engagements_next_updated AFTER UPDATE OF due_at, done_at,
        deleted_at, opportunity_id ON engagements
    BEGIN
        UPDATE opportunities SET next_activity_at = (SELECT MIN(e.due_at) FROM engagements e
            WHERE e.opportunity_id = opportunities.id AND e.done_at IS NULL
              AND e.deleted_at IS NULL)
        WHERE id IN (OLD.opportunity_id, NEW.opportunity_id);
    END)",
    // A deal's stakeholders, champions and the buying roles among them.
    R"(%SQLITE%CREATE TRIGGER stakeholders_inserted AFTER INSERT ON stakeholders
    BEGIN
        UPDATE opportunities SET %STAKEHOLDER_COUNTS% WHERE id = NEW.opportunity_id;
    END)",
    R"(%SQLITE%CREATE TRIGGER stakeholders_updated AFTER UPDATE OF role_id, opportunity_id
        ON stakeholders
    BEGIN
        UPDATE opportunities SET %STAKEHOLDER_COUNTS%
        WHERE id IN (OLD.opportunity_id, NEW.opportunity_id);
    END)",
    R"(%SQLITE%CREATE TRIGGER stakeholders_deleted AFTER DELETE ON stakeholders
    BEGIN
        UPDATE opportunities SET %STAKEHOLDER_COUNTS% WHERE id = OLD.opportunity_id;
    END)",
    // On a server the same, as the database's owner: a rep may plan an activity on a
    // colleague's deal, or a manager add a stakeholder, without the right to change the deal.
    // The change to the deal is announced as any other.
    R"(%POSTGRES%CREATE FUNCTION stageboard_refresh_deal(deal BIGINT) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        UPDATE opportunities o SET next_activity_at = n.next_at, stakeholders = n.people,
            champions = n.champions, buying_roles = n.roles
        FROM (SELECT
            (SELECT MIN(e.due_at) FROM engagements e WHERE e.opportunity_id = deal
             AND e.done_at IS NULL AND e.deleted_at IS NULL) AS next_at,
            (SELECT COUNT(*) FROM stakeholders s WHERE s.opportunity_id = deal) AS people,
            (SELECT COUNT(*) FROM stakeholders s JOIN buying_roles r ON r.id = s.role_id
             WHERE s.opportunity_id = deal AND r.key = 'champion') AS champions,
            (SELECT COALESCE(string_agg(DISTINCT r.key, ',' ORDER BY r.key), '')
             FROM stakeholders s JOIN buying_roles r ON r.id = s.role_id
             WHERE s.opportunity_id = deal) AS roles) n
        WHERE o.id = deal AND (o.next_activity_at IS DISTINCT FROM n.next_at
            OR o.stakeholders <> n.people OR o.champions <> n.champions
            OR o.buying_roles <> n.roles) $$)",
    R"(%POSTGRES%CREATE FUNCTION stageboard_refresh_deals() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.opportunity_id IS NOT NULL THEN
            PERFORM stageboard_refresh_deal(OLD.opportunity_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.opportunity_id IS NOT NULL
           AND (TG_OP = 'INSERT' OR NEW.opportunity_id IS DISTINCT FROM OLD.opportunity_id) THEN
            PERFORM stageboard_refresh_deal(NEW.opportunity_id);
        END IF;
        RETURN NULL;
    END $$)",
    R"(%POSTGRES%CREATE TRIGGER engagements_next AFTER INSERT OR DELETE OR UPDATE OF due_at,
        done_at, deleted_at, opportunity_id ON engagements
        FOR EACH ROW EXECUTE FUNCTION stageboard_refresh_deals())",
    R"(%POSTGRES%CREATE TRIGGER stakeholders_counted AFTER INSERT OR DELETE OR UPDATE OF role_id,
        opportunity_id ON stakeholders FOR EACH ROW EXECUTE FUNCTION stageboard_refresh_deals())",
    R"(%POSTGRES%CREATE FUNCTION stageboard_announce_people() RETURNS trigger LANGUAGE plpgsql
    AS $$
    BEGIN
        PERFORM pg_notify('stageboard_deals', TG_ARGV[0]);
        RETURN NULL;
    END $$)",
    R"(%POSTGRES%CREATE TRIGGER stakeholders_changed AFTER INSERT OR UPDATE OR DELETE
        ON stakeholders FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_people('stakeholders'))",
    R"(%POSTGRES%CREATE TRIGGER buying_roles_changed AFTER INSERT OR UPDATE OR DELETE
        ON buying_roles FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_people('stakeholders'))",
    R"(%POSTGRES%CREATE TRIGGER debriefs_changed AFTER INSERT OR UPDATE OR DELETE
        ON debriefs FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_people('debriefs'))",
    R"(%POSTGRES%CREATE TRIGGER objections_changed AFTER INSERT OR UPDATE OR DELETE
        ON objections FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_people('debriefs'))",
};

// Version 10: roles of a company's own ("Legal", "Plant manager", "Solutions engineer"), beyond
// the permission levels, with their members (a user may hold several). Today's legal and
// finance users become members of "Legal" and "Finance".
const char *const stepToVersion10[] = {
    R"(CREATE TABLE team_roles (
        id %PK%,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE team_role_members (
        role_id BIGINT NOT NULL REFERENCES team_roles(id) ON DELETE CASCADE,
        user_id BIGINT NOT NULL REFERENCES users(id),
        PRIMARY KEY (role_id, user_id)))",
    R"(CREATE INDEX team_role_members_user ON team_role_members(user_id))",
    R"(INSERT INTO team_roles (name, description) VALUES
        ('Legal', 'Reviews contracts and signs off the legal terms.'),
        ('Finance', 'Checks pricing, credit and payment terms, and signs them off.'))",
    R"(INSERT INTO team_role_members (role_id, user_id)
        SELECT r.id, u.id FROM users u JOIN team_roles r
            ON (u.role = 'legal' AND r.name = 'Legal') OR (u.role = 'finance' AND r.name = 'Finance'))",
    R"(%POSTGRES%CREATE TRIGGER team_roles_changed AFTER INSERT OR UPDATE OR DELETE ON team_roles
        FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_users())",
    R"(%POSTGRES%CREATE TRIGGER team_role_members_changed AFTER INSERT OR UPDATE OR DELETE
        ON team_role_members FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_users())",
};

// The permission levels a sign-off could name before version 11, and the team role each
// becomes.
#define STAGEBOARD_LEVEL_ROLES                                                                     \
    "(SELECT 'legal' AS level, 'Legal' AS name UNION ALL SELECT 'finance', 'Finance' "             \
    "UNION ALL SELECT 'rep', 'Sales rep' UNION ALL SELECT 'manager', 'Sales manager' "             \
    "UNION ALL SELECT 'admin', 'Administrator')"

// Version 11: sign-offs that fit the deal. A criterion is signed off by the members of a team
// role (the permission level it named becomes one), may apply only from an amount up, is
// re-opened by a change to the fields it vouched for, may refuse the deal's own owner; and
// every decision on a sign-off is kept in an append-only log.
const char *const stepToVersion11[] = {
    R"(ALTER TABLE exit_criteria ADD COLUMN signoff_role_id BIGINT REFERENCES team_roles(id))",
    R"(ALTER TABLE exit_criteria ADD COLUMN signoff_min_amount BIGINT)",
    R"(ALTER TABLE exit_criteria ADD COLUMN signoff_reopen_on TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE exit_criteria ADD COLUMN signoff_not_own INTEGER NOT NULL DEFAULT 0)",
    "INSERT INTO team_roles (name, description) SELECT DISTINCT m.name, '' FROM exit_criteria c "
    "JOIN " STAGEBOARD_LEVEL_ROLES " m ON m.level = c.signoff_role "
    "WHERE NOT EXISTS (SELECT 1 FROM team_roles r WHERE r.name = m.name)",
    // A role made for a level holds that level's users, as the sign-off allowed before.
    "INSERT INTO team_role_members (role_id, user_id) SELECT r.id, u.id FROM users u "
    "JOIN " STAGEBOARD_LEVEL_ROLES " m ON m.level = u.role JOIN team_roles r ON r.name = m.name "
    "WHERE m.level IN ('rep', 'manager', 'admin') "
    "AND NOT EXISTS (SELECT 1 FROM team_role_members x WHERE x.role_id = r.id)",
    "UPDATE exit_criteria SET signoff_role_id = (SELECT r.id FROM team_roles r "
    "JOIN " STAGEBOARD_LEVEL_ROLES
    " m ON m.name = r.name WHERE m.level = exit_criteria.signoff_role) "
    "WHERE signoff_role IS NOT NULL",
    R"(ALTER TABLE exit_criteria DROP COLUMN signoff_role)",
    R"(CREATE TABLE signoff_decisions (
        id %PK%,
        opportunity_id BIGINT NOT NULL REFERENCES opportunities(id),
        criterion_id BIGINT NOT NULL REFERENCES exit_criteria(id),
        user_id BIGINT REFERENCES users(id),
        at BIGINT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected', 'withdrawn',
                                                   'reopened')),
        comment TEXT NOT NULL DEFAULT '',
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT NOT NULL DEFAULT '',
        new_value TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX signoff_decisions_deal ON signoff_decisions(opportunity_id, at))",
    R"(CREATE INDEX exit_criteria_signoff ON exit_criteria(signoff_role_id))",
    // A server whose roles were set up answers sign-offs by the old column until they are set
    // up again; this answers them by the new one at once.
    R"(%POSTGRES%DO $$
    BEGIN
        IF EXISTS (SELECT FROM pg_proc WHERE proname = 'stageboard_may_answer') THEN
            EXECUTE $f$CREATE OR REPLACE FUNCTION stageboard_may_answer(deal BIGINT,
                criterion BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $b$
                SELECT CASE
                    WHEN c.signoff_role_id IS NULL THEN stageboard_may_change_deal(deal)
                    ELSE COALESCE(stageboard_my_role() IN ('manager', 'admin'), false)
                         OR EXISTS (SELECT 1 FROM team_role_members m
                                    WHERE m.role_id = c.signoff_role_id
                                      AND m.user_id = stageboard_me())
                END
                FROM exit_criteria c WHERE c.id = criterion $b$ $f$;
        END IF;
    END $$)",
};

#undef STAGEBOARD_LEVEL_ROLES

// Version 12: the look-back. Competitors (a list the team keeps) and each deal's, with our
// strengths and weaknesses against them; and every close with its reasons, the competitor it
// was lost to and notes, waiting for a manager's review with the lesson learned.
const char *const stepToVersion12[] = {
    R"(CREATE TABLE competitors (
        id %PK%,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE deal_competitors (
        opportunity_id BIGINT NOT NULL REFERENCES opportunities(id),
        competitor_id BIGINT NOT NULL REFERENCES competitors(id),
        strengths TEXT NOT NULL DEFAULT '',
        weaknesses TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (opportunity_id, competitor_id)))",
    R"(CREATE INDEX deal_competitors_competitor ON deal_competitors(competitor_id))",
    R"(CREATE TABLE deal_closes (
        id %PK%,
        opportunity_id BIGINT NOT NULL REFERENCES opportunities(id),
        stage_id BIGINT NOT NULL REFERENCES stages(id),
        won INTEGER NOT NULL,
        disqualified INTEGER NOT NULL DEFAULT 0,
        primary_reason TEXT NOT NULL,
        secondary_reasons TEXT NOT NULL DEFAULT '',
        lost_to_id BIGINT REFERENCES competitors(id),
        notes TEXT NOT NULL DEFAULT '',
        closed_by BIGINT REFERENCES users(id),
        closed_at BIGINT NOT NULL,
        reviewed_by BIGINT REFERENCES users(id),
        reviewed_at BIGINT,
        lesson TEXT NOT NULL DEFAULT '',
        process_suggestion TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX deal_closes_deal ON deal_closes(opportunity_id, closed_at))",
    R"(CREATE INDEX deal_closes_closed ON deal_closes(closed_at))",
    R"(CREATE INDEX deal_closes_pending ON deal_closes(closed_at) WHERE reviewed_at IS NULL)",
    R"(CREATE INDEX deal_closes_lost_to ON deal_closes(lost_to_id))",
    R"(%POSTGRES%CREATE TRIGGER competitors_changed AFTER INSERT OR UPDATE OR DELETE
        ON competitors FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_people('lookback'))",
    R"(%POSTGRES%CREATE TRIGGER deal_competitors_changed AFTER INSERT OR UPDATE OR DELETE
        ON deal_competitors FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_people('lookback'))",
    R"(%POSTGRES%CREATE TRIGGER deal_closes_changed AFTER INSERT OR UPDATE OR DELETE
        ON deal_closes FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_people('lookback'))",
};

// Version 13: coaching. A manager's notes to a rep (about one of their deals, or in general),
// with a date to follow up; the rep sees them on the agenda and marks them read.
const char *const stepToVersion13[] = {
    R"(CREATE TABLE coaching_notes (
        id %PK%,
        rep_id BIGINT NOT NULL REFERENCES users(id),
        opportunity_id BIGINT REFERENCES opportunities(id),
        author_id BIGINT NOT NULL REFERENCES users(id),
        text TEXT NOT NULL,
        follow_up TEXT,
        created_at BIGINT NOT NULL,
        read_at BIGINT))",
    R"(CREATE INDEX coaching_notes_rep ON coaching_notes(rep_id, created_at))",
    R"(CREATE INDEX coaching_notes_deal ON coaching_notes(opportunity_id))",
    R"(%POSTGRES%CREATE TRIGGER coaching_notes_changed AFTER INSERT OR UPDATE OR DELETE
        ON coaching_notes FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_people('coaching'))",
};

#define STAGEBOARD_OWNER_LEVELS                                                                    \
    "(SELECT 'legal' AS level, 'Legal' AS name UNION ALL SELECT 'finance', 'Finance')"

// Version 14: stages owned by the company's own roles ("Legal", "Plant manager"), whose members
// find the stage's deals waiting on them. Stages the legal and finance levels owned are owned by
// "Legal" and "Finance", as version 11 did for sign-offs; owner_roles keeps the levels only.
const char *const stepToVersion14[] = {
    R"(CREATE TABLE stage_owner_teams (
        stage_id BIGINT NOT NULL REFERENCES stages(id),
        role_id BIGINT NOT NULL REFERENCES team_roles(id),
        PRIMARY KEY (stage_id, role_id)))",
    R"(CREATE INDEX stage_owner_teams_role ON stage_owner_teams(role_id))",
    "INSERT INTO team_roles (name, description) SELECT m.name, '' FROM " STAGEBOARD_OWNER_LEVELS
    " m WHERE EXISTS (SELECT 1 FROM stages s WHERE ',' || s.owner_roles || ',' LIKE '%,' || "
    "m.level || ',%') AND NOT EXISTS (SELECT 1 FROM team_roles r WHERE r.name = m.name)",
    "INSERT INTO stage_owner_teams (stage_id, role_id) SELECT s.id, r.id FROM stages s "
    "JOIN " STAGEBOARD_OWNER_LEVELS
    " m ON ',' || s.owner_roles || ',' LIKE '%,' || m.level || ',%' "
    "JOIN team_roles r ON r.name = m.name",
    "UPDATE stages SET owner_roles = SUBSTR("
    "CASE WHEN ',' || owner_roles || ',' LIKE '%,rep,%' THEN ',rep' ELSE '' END || "
    "CASE WHEN ',' || owner_roles || ',' LIKE '%,manager,%' THEN ',manager' ELSE '' END || "
    "CASE WHEN ',' || owner_roles || ',' LIKE '%,admin,%' THEN ',admin' ELSE '' END, 2)",
};

#undef STAGEBOARD_OWNER_LEVELS

// Version 15: accounts worth managing. Territories become a tree (a region, the territories in
// it) with an owner each and rules that assign accounts to them; an account gets an attention
// tier (A, B, C), a potential value, a country and a head count, and a version for edits made
// at the same time; each tier has a target interval between contacts, in days. An account's
// last and next activity (on its deals or with its people) are kept on it, as a deal's next
// activity is, so that the accounts list reads them with the account instead of every activity
// ever done.
const char *const stepToVersion15[] = {
    R"(CREATE TABLE territories (
        id %PK%,
        name TEXT NOT NULL UNIQUE,
        parent_id BIGINT REFERENCES territories(id),
        owner_id BIGINT REFERENCES users(id)))",
    R"(CREATE INDEX territories_parent ON territories(parent_id))",
    R"(INSERT INTO territories (name) SELECT DISTINCT territory FROM accounts
        WHERE territory <> '' ORDER BY territory)",
    R"(ALTER TABLE accounts ADD COLUMN territory_id BIGINT REFERENCES territories(id))",
    R"(UPDATE accounts SET territory_id = (SELECT t.id FROM territories t
        WHERE t.name = accounts.territory))",
    R"(ALTER TABLE accounts DROP COLUMN territory)",
    R"(ALTER TABLE accounts ADD COLUMN tier TEXT NOT NULL DEFAULT ''
        CHECK (tier IN ('', 'A', 'B', 'C')))",
    R"(ALTER TABLE accounts ADD COLUMN potential BIGINT NOT NULL DEFAULT 0
        CHECK (potential >= 0))",
    R"(ALTER TABLE accounts ADD COLUMN country TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE accounts ADD COLUMN employees INTEGER NOT NULL DEFAULT 0
        CHECK (employees >= 0))",
    R"(ALTER TABLE accounts ADD COLUMN version INTEGER NOT NULL DEFAULT 1)",
    R"(ALTER TABLE accounts ADD COLUMN last_activity_at BIGINT)",
    R"(ALTER TABLE accounts ADD COLUMN next_activity_at BIGINT)",
    R"(UPDATE accounts SET %ACCOUNT_ACTIVITY%)",
    // A new activity can only make the last later or the next sooner.
    R"(%SQLITE%CREATE TRIGGER engagements_account_inserted AFTER INSERT ON engagements
        WHEN NEW.deleted_at IS NULL AND (NEW.done_at IS NOT NULL OR NEW.due_at IS NOT NULL)
    BEGIN
        UPDATE accounts SET
            last_activity_at = CASE WHEN NEW.done_at IS NOT NULL AND (last_activity_at IS NULL
                OR last_activity_at < NEW.done_at) THEN NEW.done_at ELSE last_activity_at END,
            next_activity_at = CASE WHEN NEW.done_at IS NULL AND (next_activity_at IS NULL
                OR next_activity_at > NEW.due_at) THEN NEW.due_at ELSE next_activity_at END
        WHERE id IN (SELECT account_id FROM opportunities WHERE id = NEW.opportunity_id
                         AND deleted_at IS NULL
                     UNION SELECT account_id FROM contacts WHERE id = NEW.contact_id);
    END)",
    R"(%SQLITE%CREATE TRIGGER engagements_account_updated AFTER UPDATE OF due_at, done_at,
        deleted_at, opportunity_id, contact_id ON engagements
    BEGIN
        UPDATE accounts SET %ACCOUNT_ACTIVITY%
        WHERE id IN (SELECT account_id FROM opportunities
                     WHERE id IN (OLD.opportunity_id, NEW.opportunity_id)
                     UNION SELECT account_id FROM contacts
                     WHERE id IN (OLD.contact_id, NEW.contact_id));
    END)",
    R"(%SQLITE%CREATE TRIGGER engagements_account_deleted AFTER DELETE ON engagements
    BEGIN
        UPDATE accounts SET %ACCOUNT_ACTIVITY%
        WHERE id IN (SELECT account_id FROM opportunities WHERE id = OLD.opportunity_id
                     UNION SELECT account_id FROM contacts WHERE id = OLD.contact_id);
    END)",
    R"(%SQLITE%CREATE TRIGGER opportunities_account_moved AFTER UPDATE OF account_id, deleted_at
        ON opportunities
    BEGIN
        UPDATE accounts SET %ACCOUNT_ACTIVITY% WHERE id IN (OLD.account_id, NEW.account_id);
    END)",
    R"(%SQLITE%CREATE TRIGGER contacts_account_moved AFTER UPDATE OF account_id ON contacts
    BEGIN
        UPDATE accounts SET %ACCOUNT_ACTIVITY% WHERE id IN (OLD.account_id, NEW.account_id);
    END)",
    // On a server the same, as the database's owner: a rep's activity with a colleague's
    // account changes its last contact without the right to change the account.
    R"(%POSTGRES%CREATE FUNCTION stageboard_refresh_account(account BIGINT) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        UPDATE accounts SET %ACCOUNT_ACTIVITY% WHERE id = account $$)",
    R"(%POSTGRES%CREATE FUNCTION stageboard_refresh_accounts() RETURNS trigger LANGUAGE plpgsql
    AS $$
    DECLARE
        a BIGINT;
    BEGIN
        IF TG_TABLE_NAME = 'engagements' THEN
            FOR a IN SELECT account_id FROM opportunities
                     WHERE TG_OP <> 'INSERT' AND id = OLD.opportunity_id
                     UNION SELECT account_id FROM opportunities
                     WHERE TG_OP <> 'DELETE' AND id = NEW.opportunity_id
                     UNION SELECT account_id FROM contacts
                     WHERE TG_OP <> 'INSERT' AND id = OLD.contact_id
                     UNION SELECT account_id FROM contacts
                     WHERE TG_OP <> 'DELETE' AND id = NEW.contact_id LOOP
                PERFORM stageboard_refresh_account(a);
            END LOOP;
        ELSE
            PERFORM stageboard_refresh_account(OLD.account_id);
            IF NEW.account_id IS DISTINCT FROM OLD.account_id THEN
                PERFORM stageboard_refresh_account(NEW.account_id);
            END IF;
        END IF;
        RETURN NULL;
    END $$)",
    R"(%POSTGRES%CREATE TRIGGER engagements_account AFTER INSERT OR DELETE OR UPDATE OF due_at,
        done_at, deleted_at, opportunity_id, contact_id ON engagements
        FOR EACH ROW EXECUTE FUNCTION stageboard_refresh_accounts())",
    R"(%POSTGRES%CREATE TRIGGER opportunities_account_moved AFTER UPDATE OF account_id,
        deleted_at ON opportunities FOR EACH ROW EXECUTE FUNCTION stageboard_refresh_accounts())",
    R"(%POSTGRES%CREATE TRIGGER contacts_account_moved AFTER UPDATE OF account_id ON contacts
        FOR EACH ROW EXECUTE FUNCTION stageboard_refresh_accounts())",
    R"(CREATE INDEX accounts_territory ON accounts(territory_id))",
    R"(CREATE INDEX accounts_owner ON accounts(owner_id))",
    R"(CREATE TABLE territory_rules (
        id %PK%,
        territory_id BIGINT NOT NULL REFERENCES territories(id),
        position INTEGER NOT NULL,
        industry TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        min_employees INTEGER NOT NULL DEFAULT 0,
        max_employees INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE INDEX territory_rules_territory ON territory_rules(territory_id))",
    R"(INSERT INTO meta (key, value) VALUES ('tier_days_a', '14'), ('tier_days_b', '30'),
        ('tier_days_c', '90'))",
    R"(%POSTGRES%CREATE TRIGGER accounts_changed AFTER INSERT OR UPDATE OR DELETE ON accounts
        FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_people('accounts'))",
    R"(%POSTGRES%CREATE TRIGGER territories_changed AFTER INSERT OR UPDATE OR DELETE
        ON territories FOR EACH STATEMENT EXECUTE FUNCTION stageboard_announce_people('accounts'))",
    R"(%POSTGRES%CREATE TRIGGER territory_rules_changed AFTER INSERT OR UPDATE OR DELETE
        ON territory_rules FOR EACH STATEMENT
        EXECUTE FUNCTION stageboard_announce_people('accounts'))",
};

struct Step
{
    const char *const *statements;
    std::size_t count;
};

template<std::size_t N> constexpr Step step(const char *const (&statements)[N])
{
    return {statements, N};
}

const Step steps[] = {step(stepToVersion1),  step(stepToVersion2),  step(stepToVersion3),
                      step(stepToVersion4),  step(stepToVersion5),  step(stepToVersion6),
                      step(stepToVersion7),  step(stepToVersion8),  step(stepToVersion9),
                      step(stepToVersion10), step(stepToVersion11), step(stepToVersion12),
                      step(stepToVersion13), step(stepToVersion14), step(stepToVersion15)};

const QString postgresOnly = QStringLiteral("%POSTGRES%");
const QString sqliteOnly = QStringLiteral("%SQLITE%");

/// The statement for this engine; empty when it is not for this engine.
QString withEngine(const char *statement, Engine engine)
{
    QString sql = QString::fromUtf8(statement);
    if (sql.startsWith(postgresOnly)) {
        if (engine != Engine::Postgres)
            return {};
        sql.remove(0, postgresOnly.size());
    }
    if (sql.startsWith(sqliteOnly)) {
        if (engine != Engine::Sqlite)
            return {};
        sql.remove(0, sqliteOnly.size());
    }
    sql.replace(QStringLiteral("%STAKEHOLDER_COUNTS%"), stakeholderCounts());
    sql.replace(QStringLiteral("%ACCOUNT_ACTIVITY%"), accountActivity());
    sql.replace(QStringLiteral("%PK%"), engine == Engine::Sqlite
                                            ? QStringLiteral("INTEGER PRIMARY KEY")
                                            : QStringLiteral("BIGINT GENERATED BY DEFAULT AS "
                                                             "IDENTITY PRIMARY KEY"));
    return sql;
}

} // namespace

QString stakeholderCounts()
{
    return QStringLiteral(
        "stakeholders = (SELECT COUNT(*) FROM stakeholders s WHERE s.opportunity_id = "
        "opportunities.id), champions = (SELECT COUNT(*) FROM stakeholders s JOIN buying_roles r "
        "ON r.id = s.role_id WHERE s.opportunity_id = opportunities.id AND r.key = 'champion'), "
        "buying_roles = COALESCE((SELECT group_concat(key, ',') FROM (SELECT DISTINCT r.key AS "
        "key FROM stakeholders s JOIN buying_roles r ON r.id = s.role_id WHERE s.opportunity_id "
        "= opportunities.id ORDER BY r.key) AS k), '')");
}

QString accountActivity()
{
    // From its deals (not deleted) and from its people, by the indexes on both: a few rows
    // per account however much history there is elsewhere.
    const auto over = [](const char *aggregate, const char *column, const char *condition) {
        return QStringLiteral("(SELECT %1(x) FROM (SELECT %1(e.%2) AS x FROM opportunities o "
                              "JOIN engagements e ON e.opportunity_id = o.id WHERE o.account_id = "
                              "accounts.id AND o.deleted_at IS NULL AND e.deleted_at IS NULL%3 "
                              "UNION ALL SELECT %1(e.%2) FROM contacts c JOIN engagements e ON "
                              "e.contact_id = c.id WHERE c.account_id = accounts.id AND "
                              "e.deleted_at IS NULL%3) m)")
            .arg(QLatin1StringView(aggregate), QLatin1StringView(column),
                 QLatin1StringView(condition));
    };
    return QStringLiteral("last_activity_at = ") % over("MAX", "done_at", "") %
           QStringLiteral(", next_activity_at = ") %
           over("MIN", "due_at", " AND e.done_at IS NULL");
}

int currentVersion()
{
    return int(std::size(steps));
}

Result<int> storedVersion(QSqlDatabase &db)
{
    const QStringList tables = db.tables();
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(QStringLiteral("meta"))) {
        return fail(QCoreApplication::translate(
            "Stageboard::Schema", "It holds tables, but is not a Stageboard database."));
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(QStringLiteral("schema_version"));
    if (auto ok = exec(query); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return fail(QCoreApplication::translate("Stageboard::Schema", "It has no schema version."));
    bool isNumber = false;
    const int version = query.value(0).toString().toInt(&isNumber);
    if (!isNumber || version < 1) {
        return fail(QCoreApplication::translate("Stageboard::Schema",
                                                "Its schema version \"%1\" is not valid.")
                        .arg(query.value(0).toString()));
    }
    return version;
}

Result<void> upgrade(QSqlDatabase &db, Engine engine, int fromVersion)
{
    for (int version = fromVersion; version < currentVersion(); ++version) {
        const Step &s = steps[version];
        for (std::size_t i = 0; i < s.count; ++i) {
            const QString sql = withEngine(s.statements[i], engine);
            if (sql.isEmpty())
                continue;
            QSqlQuery query(db);
            if (auto ok = exec(query, sql); !ok)
                return ok;
        }
    }
    QSqlQuery query(db);
    query.prepare(fromVersion == 0 ? QStringLiteral("INSERT INTO meta (value, key) VALUES (?, ?)")
                                   : QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    query.addBindValue(QString::number(currentVersion()));
    query.addBindValue(QStringLiteral("schema_version"));
    return exec(query);
}

} // namespace Stageboard::Schema
