--liquibase formatted sql

--changeset aggregator:012-daily-activity splitStatements:false
--comment: Each tenant's activity per UTC day, for the dashboard: messages by who wrote them (and, for
--comment: the bot, where its answer came from) counted by triggers as they are stored, failed deliveries
--comment: as they fail, and chats active that day counted by the engine. Slots per writing connection,
--comment: as in tenant_counters, so that one tenant's concurrent writers do not queue for one row.
CREATE TABLE daily_activity (
    tenant_id         text     NOT NULL,
    day               date     NOT NULL,
    slot              smallint NOT NULL,
    customer_messages bigint   NOT NULL DEFAULT 0,
    faq_answers       bigint   NOT NULL DEFAULT 0,
    ai_answers        bigint   NOT NULL DEFAULT 0,
    fallbacks         bigint   NOT NULL DEFAULT 0,
    manager_messages  bigint   NOT NULL DEFAULT 0,
    system_messages   bigint   NOT NULL DEFAULT 0,
    failed_deliveries bigint   NOT NULL DEFAULT 0,
    active_chats      bigint   NOT NULL DEFAULT 0,
    CONSTRAINT daily_activity_pkey PRIMARY KEY (tenant_id, day, slot),
    CONSTRAINT daily_activity_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id) ON DELETE CASCADE
);
-- the platform's totals by day
CREATE INDEX daily_activity_by_day ON daily_activity (day);
SELECT isolate_tenant_table('daily_activity');
SELECT share_with_platform('daily_activity');

CREATE FUNCTION count_daily_messages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO daily_activity AS counted (tenant_id, day, slot, customer_messages, faq_answers, ai_answers,
                                           fallbacks, manager_messages, system_messages)
    SELECT tenant_id, (created_at AT TIME ZONE 'UTC')::date, pg_backend_pid() % 16,
           count(*) FILTER (WHERE author = 'customer'),
           count(*) FILTER (WHERE source = 'faq'),
           -- an answer kept for managers only (too late) never reached the customer
           count(*) FILTER (WHERE source = 'ai' AND delivery_status IS DISTINCT FROM 'not_sent'),
           count(*) FILTER (WHERE source = 'fallback'),
           count(*) FILTER (WHERE author = 'manager'),
           count(*) FILTER (WHERE author = 'system')
    FROM new_rows
    WHERE EXISTS (SELECT 1 FROM tenants WHERE tenants.tenant_id = new_rows.tenant_id)
    GROUP BY tenant_id, (created_at AT TIME ZONE 'UTC')::date
    ON CONFLICT (tenant_id, day, slot) DO UPDATE SET
        customer_messages = counted.customer_messages + EXCLUDED.customer_messages,
        faq_answers = counted.faq_answers + EXCLUDED.faq_answers,
        ai_answers = counted.ai_answers + EXCLUDED.ai_answers,
        fallbacks = counted.fallbacks + EXCLUDED.fallbacks,
        manager_messages = counted.manager_messages + EXCLUDED.manager_messages,
        system_messages = counted.system_messages + EXCLUDED.system_messages;
    RETURN NULL;
END
$$;
CREATE TRIGGER messages_counted_by_day AFTER INSERT ON messages REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_daily_messages();

-- a delivery that fails counts on the day it failed; a retry that later succeeds does not undo it
CREATE FUNCTION count_failed_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO daily_activity AS counted (tenant_id, day, slot, failed_deliveries)
    SELECT changed.tenant_id, (changed.delivery_updated_at AT TIME ZONE 'UTC')::date, pg_backend_pid() % 16,
           count(*)
    FROM new_rows changed JOIN old_rows before ON before.tenant_id = changed.tenant_id AND before.id = changed.id
    WHERE changed.delivery_status = 'failed' AND before.delivery_status IS DISTINCT FROM 'failed'
    GROUP BY changed.tenant_id, (changed.delivery_updated_at AT TIME ZONE 'UTC')::date
    ON CONFLICT (tenant_id, day, slot) DO UPDATE SET
        failed_deliveries = counted.failed_deliveries + EXCLUDED.failed_deliveries;
    RETURN NULL;
END
$$;
CREATE TRIGGER messages_failed_deliveries_counted AFTER UPDATE ON messages
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_failed_deliveries();

-- what is there already, counted once (see 011 for why the tables are unforced for it)
ALTER TABLE messages NO FORCE ROW LEVEL SECURITY;
ALTER TABLE daily_activity NO FORCE ROW LEVEL SECURITY;
INSERT INTO daily_activity (tenant_id, day, slot, customer_messages, faq_answers, ai_answers, fallbacks,
                            manager_messages, system_messages, failed_deliveries)
SELECT tenant_id, (created_at AT TIME ZONE 'UTC')::date, 0,
       count(*) FILTER (WHERE author = 'customer'), count(*) FILTER (WHERE source = 'faq'),
       count(*) FILTER (WHERE source = 'ai' AND delivery_status IS DISTINCT FROM 'not_sent'),
       count(*) FILTER (WHERE source = 'fallback'), count(*) FILTER (WHERE author = 'manager'),
       count(*) FILTER (WHERE author = 'system'), count(*) FILTER (WHERE delivery_status = 'failed')
FROM messages GROUP BY tenant_id, (created_at AT TIME ZONE 'UTC')::date;
ALTER TABLE messages FORCE ROW LEVEL SECURITY;
ALTER TABLE daily_activity FORCE ROW LEVEL SECURITY;

--changeset aggregator:012-answer-times
--comment: Times to the first answer per day, responder and bucket (see AnswerTimeBuckets), and who each
--comment: chat waits for now; both kept by the conversation engine as it answers.
CREATE TABLE daily_answer_times (
    tenant_id text     NOT NULL,
    day       date     NOT NULL,
    responder text     NOT NULL,
    bucket    smallint NOT NULL,
    slot      smallint NOT NULL,
    answers   bigint   NOT NULL DEFAULT 0,
    CONSTRAINT daily_answer_times_pkey PRIMARY KEY (tenant_id, day, responder, bucket, slot),
    CONSTRAINT daily_answer_times_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    CONSTRAINT daily_answer_times_responder_known CHECK (responder IN ('bot', 'manager'))
);
SELECT isolate_tenant_table('daily_answer_times');
CREATE TABLE chat_waits (
    tenant_id          text        NOT NULL,
    chat_id            uuid        NOT NULL,
    bot_wait_since     timestamptz,
    manager_wait_since timestamptz,
    last_active_day    date,
    CONSTRAINT chat_waits_pkey PRIMARY KEY (tenant_id, chat_id),
    CONSTRAINT chat_waits_chat_fk FOREIGN KEY (tenant_id, chat_id) REFERENCES chats (tenant_id, id) ON DELETE CASCADE
);
SELECT isolate_tenant_table('chat_waits');

--changeset aggregator:012-faq-hits
--comment: How often each FAQ answered a customer, per day, for the dashboard's top FAQs.
CREATE TABLE daily_faq_hits (
    tenant_id text     NOT NULL,
    day       date     NOT NULL,
    faq_id    uuid     NOT NULL,
    slot      smallint NOT NULL,
    hits      bigint   NOT NULL DEFAULT 0,
    CONSTRAINT daily_faq_hits_pkey PRIMARY KEY (tenant_id, day, faq_id, slot),
    CONSTRAINT daily_faq_hits_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id) ON DELETE CASCADE
);
SELECT isolate_tenant_table('daily_faq_hits');

--changeset aggregator:012-daily-transitions splitStatements:false
--comment: Changes of who answers, per day, mode and reason, counted by a trigger as they are recorded,
--comment: so a month of a busy tenant's handovers is a few rows rather than thousands of transitions.
CREATE TABLE daily_transitions (
    tenant_id   text     NOT NULL,
    day         date     NOT NULL,
    to_mode     text     NOT NULL,
    reason      text     NOT NULL,
    slot        smallint NOT NULL,
    transitions bigint   NOT NULL DEFAULT 0,
    CONSTRAINT daily_transitions_pkey PRIMARY KEY (tenant_id, day, to_mode, reason, slot),
    CONSTRAINT daily_transitions_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id) ON DELETE CASCADE
);
SELECT isolate_tenant_table('daily_transitions');

CREATE FUNCTION count_daily_transitions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO daily_transitions AS counted (tenant_id, day, to_mode, reason, slot, transitions)
    SELECT tenant_id, (happened_at AT TIME ZONE 'UTC')::date, to_mode, reason, pg_backend_pid() % 16, count(*)
    FROM new_rows
    WHERE EXISTS (SELECT 1 FROM tenants WHERE tenants.tenant_id = new_rows.tenant_id)
    GROUP BY tenant_id, (happened_at AT TIME ZONE 'UTC')::date, to_mode, reason
    ON CONFLICT (tenant_id, day, to_mode, reason, slot) DO UPDATE SET
        transitions = counted.transitions + EXCLUDED.transitions;
    RETURN NULL;
END
$$;
CREATE TRIGGER chat_transitions_counted_by_day AFTER INSERT ON chat_transitions REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_daily_transitions();

-- what is there already, counted once (see 011 for why the tables are unforced for it)
ALTER TABLE chat_transitions NO FORCE ROW LEVEL SECURITY;
ALTER TABLE daily_transitions NO FORCE ROW LEVEL SECURITY;
INSERT INTO daily_transitions (tenant_id, day, to_mode, reason, slot, transitions)
SELECT tenant_id, (happened_at AT TIME ZONE 'UTC')::date, to_mode, reason, 0, count(*)
FROM chat_transitions GROUP BY tenant_id, (happened_at AT TIME ZONE 'UTC')::date, to_mode, reason;
ALTER TABLE chat_transitions FORCE ROW LEVEL SECURITY;
ALTER TABLE daily_transitions FORCE ROW LEVEL SECURITY;
