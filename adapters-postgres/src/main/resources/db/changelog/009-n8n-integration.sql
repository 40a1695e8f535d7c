--liquibase formatted sql

--changeset aggregator:009-integration-settings
--comment: How the server reaches a tenant's n8n: its two webhooks, what an AI request carries, and
--comment: the signing secret, sealed under the deployment's key (the previous one verifies until the
--comment: end of a rotation's overlap).
CREATE TABLE integration_settings (
    tenant_id                   text        NOT NULL,
    ai_webhook_url              text,
    delivery_webhook_url        text,
    history_messages            integer     NOT NULL,
    faq_candidates              integer     NOT NULL,
    sealed_secret               text,
    sealed_previous_secret      text,
    previous_secret_valid_until timestamptz,
    secret_rotated_at           timestamptz,
    updated_at                  timestamptz NOT NULL,
    CONSTRAINT integration_settings_pkey PRIMARY KEY (tenant_id),
    CONSTRAINT integration_settings_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    CONSTRAINT integration_settings_history_range CHECK (history_messages BETWEEN 0 AND 50),
    CONSTRAINT integration_settings_candidates_range CHECK (faq_candidates BETWEEN 0 AND 10)
);
SELECT isolate_tenant_table('integration_settings');

--changeset aggregator:009-platform-queues splitStatements:false
--comment: The outbox and the AI turns are queues that workers on every node take from for all
--comment: tenants, so a transaction bound to no tenant sees them all (ids and state, no message text),
--comment: as it sees the tenant directory; a tenant's transaction still sees its own rows only.
CREATE FUNCTION share_with_platform(shared_table regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', shared_table);
    EXECUTE format('CREATE POLICY platform_or_own_tenant ON %s'
                   ' USING (coalesce(current_setting(''app.tenant_id'', true), '''') IN ('''', tenant_id))'
                   ' WITH CHECK (coalesce(current_setting(''app.tenant_id'', true), '''') IN ('''', tenant_id))',
                   shared_table);
END
$$;
REVOKE EXECUTE ON FUNCTION share_with_platform(regclass) FROM PUBLIC;

--changeset aggregator:009-outbox-claims splitStatements:false
--comment: A worker claims an entry by writing its claim token and pushing next_attempt_at out by a
--comment: lease: a worker that dies leaves the entry to be claimed again when the lease ends, and a
--comment: worker whose lease ran out can no longer record a result (the token no longer matches).
ALTER TABLE outbox ADD COLUMN claim_token uuid;
ALTER TABLE outbox DROP CONSTRAINT outbox_status_known;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_known CHECK (status IN ('pending', 'sent', 'failed', 'cancelled'));
-- entries being sent now, counted per tenant to bound each tenant's concurrency
CREATE INDEX outbox_in_flight ON outbox (tenant_id) WHERE status = 'pending' AND claim_token IS NOT NULL;
-- the tenant admin's list of failed work, newest first
CREATE INDEX outbox_failed ON outbox (tenant_id, created_at DESC) WHERE status = 'failed';
SELECT share_with_platform('outbox');
-- workers wake when work is committed; they also poll, so a lost notification only delays
CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('aggregator_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_work_added AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox();

--changeset aggregator:009-ai-turns
--comment: A customer message the tenant's AI was asked to answer, from the question to its end: answered,
--comment: timed out (the fallback was sent), or superseded (the chat moved on first). Its id is the
--comment: AI request's outbox id, which n8n sees as request_id and webhook-id.
CREATE TABLE ai_turns (
    tenant_id   text        NOT NULL,
    id          uuid        NOT NULL,
    chat_id     uuid        NOT NULL,
    message_id  uuid        NOT NULL,
    state       text        NOT NULL,
    asked_at    timestamptz NOT NULL,
    deadline_at timestamptz NOT NULL,
    finished_at timestamptz,
    -- what the AI said besides its answer (confidence, model, tokens...), for the dashboard
    details     jsonb,
    CONSTRAINT ai_turns_pkey PRIMARY KEY (tenant_id, id),
    CONSTRAINT ai_turns_chat_fk FOREIGN KEY (tenant_id, chat_id) REFERENCES chats (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT ai_turns_state_known CHECK (state IN ('waiting', 'answered', 'timed_out', 'superseded'))
);
CREATE INDEX ai_turns_due ON ai_turns (deadline_at) WHERE state = 'waiting';
CREATE INDEX ai_turns_waiting_by_chat ON ai_turns (tenant_id, chat_id) WHERE state = 'waiting';
SELECT isolate_tenant_table('ai_turns');
SELECT share_with_platform('ai_turns');

--changeset aggregator:009-received-webhooks
--comment: The webhook ids of callbacks already taken, so a replayed callback changes nothing.
CREATE TABLE received_webhooks (
    tenant_id   text        NOT NULL,
    webhook_id  text        NOT NULL,
    received_at timestamptz NOT NULL,
    CONSTRAINT received_webhooks_pkey PRIMARY KEY (tenant_id, webhook_id),
    CONSTRAINT received_webhooks_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id) ON DELETE CASCADE
);
SELECT isolate_tenant_table('received_webhooks');

--changeset aggregator:009-message-delivery
--comment: Where each outgoing message stands on its way to the customer; customers' messages have none.
ALTER TABLE messages ADD COLUMN delivery_status text;
ALTER TABLE messages ADD COLUMN delivery_error text;
ALTER TABLE messages ADD COLUMN delivery_updated_at timestamptz;
ALTER TABLE messages ADD CONSTRAINT messages_delivery_status_known
    CHECK (delivery_status IN ('pending', 'sent', 'failed', 'not_sent'));

--changeset aggregator:009-received-webhooks-expiry
--comment: A callback older than the 5-minute tolerance is refused by its timestamp, so its id need only
--comment: be remembered for a while; each tenant's old ids are dropped as new ones arrive.
CREATE INDEX received_webhooks_by_time ON received_webhooks (tenant_id, received_at);

--changeset aggregator:009-finished-work-retention
--comment: Finished outbox entries and AI turns are deleted after the retention period, oldest first.
CREATE INDEX outbox_finished ON outbox (created_at) WHERE status <> 'pending';
CREATE INDEX ai_turns_finished ON ai_turns (asked_at) WHERE state <> 'waiting';
