-- One FAQ-answered customer message as the server stores and delivers it: the same statements, in the
-- same transactions, as pg_stat_statements shows the server issuing (StatementsPerMessage), as the
-- runtime role under row-level security. The triggers (counters, daily rows, the outbox's NOTIFY)
-- fire as they do for the server. Two things are extra: picking the tenant and chat, and the ids the
-- server makes in Java (one round trip each).
-- The live events' notifications go to a channel no server listens on: they cost the database what
-- the server's cost it, without the running server reading them.
-- The claims name their own entry, and their bound per tenant is the server's statement with 1000 for
-- its 4 (OUTBOX_PER_TENANT): pgbench's clients each claim the entry they wrote, and a client passed
-- over for its tenant's bound would leave its entry unsent, where the server claims it a moment later.
\set t random_zipfian(1, 100, 1.001)
\set c random(0, 999)
SELECT 'ceiling_' || lpad(:t::text, 3, '0') AS tenant, 'c' || :c AS channel_chat, gen_random_uuid() AS customer_message,
       gen_random_uuid() AS bot_message, gen_random_uuid() AS delivery, gen_random_uuid() AS claim \gset

-- authentication: the integration key and its tenant
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
SELECT id, name, prefix, key_hash, created_by, created_at, last_used_at, revoked_at FROM integration_keys
 WHERE tenant_id = :tenant AND key_hash = 'no such key';
SELECT tenant_id, display_name, status, rate_limit_per_minute, created_at FROM tenants WHERE tenant_id = :tenant;
COMMIT;

-- the message's transaction: the chat locked, the message stored, the FAQ's answer stored, its delivery queued
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
SELECT tenant_id, display_name, status, rate_limit_per_minute, created_at FROM tenants WHERE tenant_id = :tenant;
SELECT id AS chat, channel, channel_chat_id, customer_name, customer_username, customer_phone, mode,
       bot_replies_since_handover, hidden, created_at, last_message_at, last_customer_message_at
  FROM chats WHERE tenant_id = :tenant AND channel = 'telegram' AND channel_chat_id = :channel_chat
  FOR NO KEY UPDATE \gset
INSERT INTO messages (tenant_id, id, chat_id, author, source, author_user_id, text, attachments, channel_message_id,
                      sent_at, created_at, delivery_status, delivery_error, delivery_updated_at)
VALUES (:tenant, :customer_message, :chat, 'customer', NULL, NULL, 'What are your opening hours?', '[]'::jsonb,
        :customer_message, now(), now(), NULL, NULL, NULL)
ON CONFLICT ON CONSTRAINT messages_channel_message_key DO NOTHING;
SELECT bot_wait_since, manager_wait_since, last_active_day FROM chat_waits WHERE tenant_id = :tenant AND chat_id = :chat;
SELECT version FROM configuration_versions WHERE tenant_id = :tenant;
SELECT version FROM faq_versions WHERE tenant_id = :tenant;
INSERT INTO daily_faq_hits AS counted (tenant_id, day, faq_id, slot, hits)
VALUES (:tenant, current_date, :chat, pg_backend_pid() % 16, 1)
ON CONFLICT (tenant_id, day, faq_id, slot) DO UPDATE SET hits = counted.hits + 1;
UPDATE chats SET channel = 'telegram', channel_chat_id = :channel_chat, customer_name = 'Customer', customer_username = NULL,
       customer_phone = NULL, mode = 'bot', bot_replies_since_handover = 0, hidden = false, last_message_at = now(),
       last_customer_message_at = now(), updated_at = now()
 WHERE tenant_id = :tenant AND id = :chat;
INSERT INTO messages (tenant_id, id, chat_id, author, source, author_user_id, text, attachments, channel_message_id,
                      sent_at, created_at, delivery_status, delivery_error, delivery_updated_at)
VALUES (:tenant, :bot_message, :chat, 'bot', 'faq', NULL, 'We are open 7am to 9pm every day.', '[]'::jsonb, NULL,
        now(), now(), 'pending', NULL, now())
ON CONFLICT ON CONSTRAINT messages_channel_message_key DO NOTHING;
INSERT INTO outbox (tenant_id, id, kind, chat_id, message_id, status, attempts, next_attempt_at, last_error, created_at, sent_at)
VALUES (:tenant, :delivery, 'delivery', :chat, :bot_message, 'pending', 0, now() + interval '1 hour', NULL, now(), NULL);
INSERT INTO daily_answer_times AS counted (tenant_id, day, responder, bucket, slot, answers)
VALUES (:tenant, current_date, 'bot', 0, pg_backend_pid() % 16, 1)
ON CONFLICT (tenant_id, day, responder, bucket, slot) DO UPDATE SET answers = counted.answers + 1;
UPDATE ai_turns SET state = 'superseded', finished_at = now() WHERE tenant_id = :tenant AND chat_id = :chat AND state = 'waiting';
UPDATE chats SET unread_count = unread_count + 1 WHERE tenant_id = :tenant AND id = :chat;
-- the inbox row the managers' events carry
SELECT id, unread_count, last.last_author, last.last_text, last.last_created_at FROM chats
  LEFT JOIN LATERAL (SELECT m.author AS last_author, left(m.text, 200) AS last_text, m.created_at AS last_created_at
                       FROM messages m WHERE m.tenant_id = chats.tenant_id AND m.chat_id = chats.id
                      ORDER BY m.created_at DESC, m.id DESC LIMIT 1) last ON true
 WHERE tenant_id = :tenant AND id = :chat;
COMMIT;
-- the transaction's events, together, to the other server nodes
SELECT pg_notify('aggregator_ceiling_events', '{}');

-- an outbox worker claims the delivery (the server's claim query, for this entry)
BEGIN;
SELECT 1 FROM pg_advisory_xact_lock(42), set_config('synchronous_commit', 'off', true);
WITH in_flight AS (
  SELECT tenant_id, count(*) AS sending FROM outbox
   WHERE status = 'pending' AND claim_token IS NOT NULL AND next_attempt_at > now() GROUP BY tenant_id),
due AS (
  SELECT o.tenant_id, o.id, o.next_attempt_at FROM outbox o
   WHERE o.tenant_id = :tenant AND o.id = :delivery AND o.status = 'pending'
     AND NOT EXISTS (SELECT 1 FROM in_flight f WHERE f.tenant_id = o.tenant_id AND f.sending >= 1000)
   ORDER BY o.next_attempt_at LIMIT 8 FOR UPDATE OF o SKIP LOCKED),
ranked AS (
  SELECT d.tenant_id, d.id, d.next_attempt_at,
         row_number() OVER (PARTITION BY d.tenant_id ORDER BY d.next_attempt_at, d.id) + coalesce(f.sending, 0) AS slot
    FROM due d LEFT JOIN in_flight f USING (tenant_id)),
chosen AS (SELECT tenant_id, id FROM ranked WHERE slot <= 1000 ORDER BY next_attempt_at, id LIMIT 8)
UPDATE outbox o SET claim_token = :claim, attempts = o.attempts + 1, next_attempt_at = now() + interval '30 seconds'
  FROM chosen c WHERE o.tenant_id = c.tenant_id AND o.id = c.id
RETURNING o.tenant_id, o.id, o.kind, o.chat_id, o.message_id, o.status, o.attempts, o.next_attempt_at, o.last_error,
          o.created_at, o.sent_at;
COMMIT;

-- it reads what to send
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
SELECT version FROM configuration_versions WHERE tenant_id = :tenant;
SELECT id, chat_id, author, source, author_user_id, text, attachments::text AS attachments, channel_message_id, sent_at,
       created_at, delivery_status, delivery_error, delivery_updated_at FROM messages WHERE tenant_id = :tenant AND id = :bot_message;
SELECT id, channel, channel_chat_id, customer_name, customer_username, customer_phone, mode, bot_replies_since_handover,
       hidden, created_at, last_message_at, last_customer_message_at FROM chats WHERE tenant_id = :tenant AND id = :chat;
COMMIT;

-- and, sent, releases it and marks the message delivered
BEGIN;
SELECT set_config('app.tenant_id', :tenant, true);
UPDATE outbox SET status = 'sent', attempts = 1, next_attempt_at = now(), last_error = NULL, sent_at = now(), claim_token = NULL
 WHERE tenant_id = :tenant AND id = :delivery AND claim_token = :claim;
SELECT id, chat_id, author, source, author_user_id, text, attachments::text AS attachments, channel_message_id, sent_at,
       created_at, delivery_status, delivery_error, delivery_updated_at FROM messages WHERE tenant_id = :tenant AND id = :bot_message;
UPDATE messages SET delivery_status = 'sent', delivery_error = NULL, delivery_updated_at = now()
 WHERE tenant_id = :tenant AND id = :bot_message;
COMMIT;
SELECT pg_notify('aggregator_ceiling_events', '{}');
