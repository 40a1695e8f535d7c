--liquibase formatted sql

--changeset aggregator:008-chat-transitions
--comment: Every change of who answers a chat: from which mode to which, why, when and by whom.
CREATE TABLE chat_transitions (
    tenant_id       text        NOT NULL,
    id              uuid        NOT NULL,
    chat_id         uuid        NOT NULL,
    from_mode       text        NOT NULL,
    to_mode         text        NOT NULL,
    reason          text        NOT NULL,
    caused_by       text        NOT NULL,
    manager_user_id uuid,
    happened_at     timestamptz NOT NULL,
    CONSTRAINT chat_transitions_pkey PRIMARY KEY (tenant_id, id),
    CONSTRAINT chat_transitions_chat_fk FOREIGN KEY (tenant_id, chat_id) REFERENCES chats (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT chat_transitions_caused_by_known CHECK (caused_by IN ('customer', 'bot', 'manager', 'system'))
);
-- the dashboard counts handovers by reason over time
CREATE INDEX chat_transitions_by_time ON chat_transitions (tenant_id, happened_at);
CREATE INDEX chat_transitions_by_chat ON chat_transitions (tenant_id, chat_id, happened_at);
SELECT isolate_tenant_table('chat_transitions');
