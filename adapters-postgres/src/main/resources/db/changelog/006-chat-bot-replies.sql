--liquibase formatted sql

--changeset aggregator:006-chat-bot-replies
--comment: The bot's answers since the chat last left its hands, which the tenant's max_responses limits.
-- existing chats start from 0: their earlier replies were never counted, so none is held against them
ALTER TABLE chats ADD COLUMN bot_replies_since_handover integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT chats_bot_replies_not_negative CHECK (bot_replies_since_handover >= 0);
--rollback ALTER TABLE chats DROP COLUMN bot_replies_since_handover;
