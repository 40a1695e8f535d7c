--liquibase formatted sql

--changeset aggregator:011-tenant-counters splitStatements:false
--comment: Each tenant's numbers for the overview, kept by triggers in the transaction of every write, so
--comment: reading them costs a few rows per tenant however many messages it has. A tenant's counts are
--comment: spread over slots (the writing connection's process id picks one), so concurrent writers of
--comment: one tenant do not queue for one row; a reader sums the slots.
CREATE TABLE tenant_counters (
    tenant_id   text     NOT NULL,
    slot        smallint NOT NULL,
    chats       bigint   NOT NULL DEFAULT 0,
    messages    bigint   NOT NULL DEFAULT 0,
    active_faqs bigint   NOT NULL DEFAULT 0,
    users       bigint   NOT NULL DEFAULT 0,
    CONSTRAINT tenant_counters_pkey PRIMARY KEY (tenant_id, slot),
    CONSTRAINT tenant_counters_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id) ON DELETE CASCADE
);
SELECT isolate_tenant_table('tenant_counters');
SELECT share_with_platform('tenant_counters');

-- Rows of a tenant being deleted (a cascade) are not counted: the tenant's counters go with it.
CREATE FUNCTION add_to_tenant_counters(p_tenant text, p_chats bigint, p_messages bigint, p_active_faqs bigint,
                                       p_users bigint) RETURNS void LANGUAGE sql AS $$
    INSERT INTO tenant_counters AS counted (tenant_id, slot, chats, messages, active_faqs, users)
    SELECT p_tenant, pg_backend_pid() % 16, p_chats, p_messages, p_active_faqs, p_users
    WHERE EXISTS (SELECT 1 FROM tenants WHERE tenants.tenant_id = p_tenant)
    ON CONFLICT (tenant_id, slot) DO UPDATE SET
        chats = counted.chats + EXCLUDED.chats,
        messages = counted.messages + EXCLUDED.messages,
        active_faqs = counted.active_faqs + EXCLUDED.active_faqs,
        users = counted.users + EXCLUDED.users;
$$;

-- statement-level, with transition tables: an import of thousands of rows counts once per tenant;
-- the trigger's argument names the counter (chats, messages or users)
CREATE FUNCTION count_tenant_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    counter text := TG_ARGV[0];
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM add_to_tenant_counters(tenant_id,
            CASE counter WHEN 'chats' THEN count(*) ELSE 0 END,
            CASE counter WHEN 'messages' THEN count(*) ELSE 0 END, 0,
            CASE counter WHEN 'users' THEN count(*) ELSE 0 END)
        FROM new_rows GROUP BY tenant_id;
    ELSE
        PERFORM add_to_tenant_counters(tenant_id,
            CASE counter WHEN 'chats' THEN -count(*) ELSE 0 END,
            CASE counter WHEN 'messages' THEN -count(*) ELSE 0 END, 0,
            CASE counter WHEN 'users' THEN -count(*) ELSE 0 END)
        FROM old_rows GROUP BY tenant_id;
    END IF;
    RETURN NULL;
END
$$;
-- active FAQs: an update may switch is_active either way
CREATE FUNCTION count_active_faqs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM add_to_tenant_counters(tenant_id, 0, 0, count(*) FILTER (WHERE is_active), 0)
        FROM new_rows GROUP BY tenant_id;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM add_to_tenant_counters(tenant_id, 0, 0, -count(*) FILTER (WHERE is_active), 0)
        FROM old_rows GROUP BY tenant_id;
    ELSE
        PERFORM add_to_tenant_counters(tenant_id, 0, 0, sum(change), 0)
        FROM (SELECT tenant_id, CASE WHEN is_active THEN 1 ELSE 0 END AS change FROM new_rows
              UNION ALL
              SELECT tenant_id, CASE WHEN is_active THEN -1 ELSE 0 END FROM old_rows) AS changes
        GROUP BY tenant_id HAVING sum(change) <> 0;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER chats_counted_in AFTER INSERT ON chats REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_tenant_rows('chats');
CREATE TRIGGER chats_counted_out AFTER DELETE ON chats REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_tenant_rows('chats');
CREATE TRIGGER messages_counted_in AFTER INSERT ON messages REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_tenant_rows('messages');
CREATE TRIGGER messages_counted_out AFTER DELETE ON messages REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_tenant_rows('messages');
CREATE TRIGGER users_counted_in AFTER INSERT ON users REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_tenant_rows('users');
CREATE TRIGGER users_counted_out AFTER DELETE ON users REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_tenant_rows('users');
CREATE TRIGGER faqs_counted_in AFTER INSERT ON faqs REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_active_faqs();
CREATE TRIGGER faqs_counted_again AFTER UPDATE ON faqs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_active_faqs();
CREATE TRIGGER faqs_counted_out AFTER DELETE ON faqs REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_active_faqs();

-- What is there already, counted once. Row-level security binds the owner too (FORCE), and a migration
-- is bound to no tenant: the tables are unforced for this transaction's count only.
ALTER TABLE chats NO FORCE ROW LEVEL SECURITY;
ALTER TABLE messages NO FORCE ROW LEVEL SECURITY;
ALTER TABLE faqs NO FORCE ROW LEVEL SECURITY;
ALTER TABLE users NO FORCE ROW LEVEL SECURITY;
ALTER TABLE tenant_counters NO FORCE ROW LEVEL SECURITY;
INSERT INTO tenant_counters (tenant_id, slot, chats, messages, active_faqs, users)
SELECT t.tenant_id, 0,
       (SELECT count(*) FROM chats c WHERE c.tenant_id = t.tenant_id),
       (SELECT count(*) FROM messages m WHERE m.tenant_id = t.tenant_id),
       (SELECT count(*) FROM faqs f WHERE f.tenant_id = t.tenant_id AND f.is_active),
       (SELECT count(*) FROM users u WHERE u.tenant_id = t.tenant_id)
FROM tenants t;
ALTER TABLE chats FORCE ROW LEVEL SECURITY;
ALTER TABLE messages FORCE ROW LEVEL SECURITY;
ALTER TABLE faqs FORCE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
ALTER TABLE tenant_counters FORCE ROW LEVEL SECURITY;

--changeset aggregator:011-tenant-overview-view splitStatements:false
--comment: The seed's tenant_overview, with its columns and the user count, read from the counters: no
--comment: join of chats, messages and FAQs (which multiplied their rows), so every tenant's row costs the
--comment: same whatever its size. security_invoker: the reader's own row-level security applies.
--comment: A tenant's settings are shown to the platform (its overview needs the system message and
--comment: handover mode), as the tenant directory is; a tenant still sees only its own.
--comment: Each tenant's settings and counters are looked up by their keys: row-level security's filters
--comment: leave the planner unable to estimate joined tables (it guessed 6 rows of 1,000) and it chose a
--comment: nested loop over all settings for every tenant (35 ms at 1,000 tenants, against 6 ms); LIMIT 1
--comment: keeps the planner from flattening the settings' lookup back into that join.
SELECT share_with_platform('tenant_settings');
CREATE VIEW tenant_overview WITH (security_invoker = true) AS
SELECT t.tenant_id,
       t.display_name,
       t.status,
       coalesce(s.system_message, '') AS system_message,
       coalesce(s.handover_mode, 'ask') AS handover_mode,
       coalesce(c.chats, 0) AS total_chats,
       coalesce(c.messages, 0) AS total_messages,
       coalesce(c.active_faqs, 0) AS total_faqs,
       coalesce(c.users, 0) AS total_users,
       coalesce(s.updated_at, t.created_at) AS last_updated
FROM tenants t
LEFT JOIN LATERAL (SELECT system_message, handover_mode, updated_at FROM tenant_settings
                   WHERE tenant_settings.tenant_id = t.tenant_id LIMIT 1) s ON true
LEFT JOIN LATERAL (SELECT sum(chats) AS chats, sum(messages) AS messages, sum(active_faqs) AS active_faqs,
                          sum(users) AS users
                   FROM tenant_counters WHERE tenant_counters.tenant_id = t.tenant_id) c ON true;
