--liquibase formatted sql

--changeset aggregator:007-faq-versions splitStatements:false
--comment: A counter per tenant that every change to its FAQs raises, so each server node can tell
--comment: whether the FAQ index it holds in memory is still current with one primary-key read.
CREATE TABLE faq_versions (
    tenant_id text   NOT NULL,
    version   bigint NOT NULL,
    CONSTRAINT faq_versions_pkey PRIMARY KEY (tenant_id),
    CONSTRAINT faq_versions_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id) ON DELETE CASCADE
);
SELECT isolate_tenant_table('faq_versions');

-- statement-level, with transition tables: an import of thousands of rows raises the counter once
CREATE FUNCTION raise_faq_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO faq_versions (tenant_id, version)
    SELECT DISTINCT tenant_id, 1 FROM changed_faqs
    ON CONFLICT (tenant_id) DO UPDATE SET version = faq_versions.version + 1;
    RETURN NULL;
END
$$;
-- a deletion only raises an existing counter: when a whole tenant is deleted, its FAQs go by cascade
-- and there is nothing left to count for
CREATE FUNCTION raise_faq_version_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE faq_versions SET version = version + 1
    WHERE tenant_id IN (SELECT DISTINCT tenant_id FROM changed_faqs);
    RETURN NULL;
END
$$;
CREATE TRIGGER faqs_inserted AFTER INSERT ON faqs REFERENCING NEW TABLE AS changed_faqs
    FOR EACH STATEMENT EXECUTE FUNCTION raise_faq_version();
CREATE TRIGGER faqs_updated AFTER UPDATE ON faqs REFERENCING NEW TABLE AS changed_faqs
    FOR EACH STATEMENT EXECUTE FUNCTION raise_faq_version();
CREATE TRIGGER faqs_deleted AFTER DELETE ON faqs REFERENCING OLD TABLE AS changed_faqs
    FOR EACH STATEMENT EXECUTE FUNCTION raise_faq_version_on_delete();

--changeset aggregator:007-outbox
--comment: Outgoing work (AI requests, deliveries to the customer's channel), written in the same
--comment: transaction as the message that caused it, sent later by the outbox workers.
CREATE TABLE outbox (
    tenant_id       text        NOT NULL,
    id              uuid        NOT NULL,
    kind            text        NOT NULL,
    chat_id         uuid        NOT NULL,
    message_id      uuid,
    status          text        NOT NULL DEFAULT 'pending',
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    CONSTRAINT outbox_pkey PRIMARY KEY (tenant_id, id),
    CONSTRAINT outbox_chat_fk FOREIGN KEY (tenant_id, chat_id) REFERENCES chats (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT outbox_kind_known CHECK (kind IN ('ai_request', 'delivery')),
    CONSTRAINT outbox_status_known CHECK (status IN ('pending', 'sent', 'failed'))
);
-- the workers' queue: due pending entries, oldest first
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_chat ON outbox (tenant_id, chat_id, created_at);
SELECT isolate_tenant_table('outbox');

--changeset aggregator:007-chat-unread
--comment: Customer messages no manager has read yet, kept on the chat so the inbox needs no count.
ALTER TABLE chats ADD COLUMN unread_count integer NOT NULL DEFAULT 0;
ALTER TABLE chats ADD CONSTRAINT chats_unread_not_negative CHECK (unread_count >= 0);
