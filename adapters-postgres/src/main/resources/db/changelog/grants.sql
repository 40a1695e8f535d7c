--liquibase formatted sql

--changeset aggregator:grants-runtime-role runAlways:true runOnChange:true
--comment: The role the server runs as: reads and writes rows, owns nothing, cannot bypass RLS.
GRANT USAGE ON SCHEMA ${schema} TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE
    ON tenants, tenant_settings, faqs, chats, users, messages, bot_settings,
       platform_admins, platform_sessions, sessions, integration_keys, faq_versions, outbox, chat_transitions,
       integration_settings, ai_turns, received_webhooks, tenant_counters, daily_activity, daily_answer_times,
       chat_waits, daily_faq_hits, daily_transitions, configuration_versions
    TO ${app_role};
GRANT SELECT ON tenant_overview TO ${app_role};
-- readiness compares the applied changesets with the ones this server ships
GRANT SELECT ON databasechangelog TO ${app_role};
