--liquibase formatted sql

--changeset aggregator:005-faq-list
--comment: The admins' FAQ list, active and inactive together, read page by page with a (priority, id) cursor.
-- faqs_tenant_active_priority serves the list filtered by is_active; this one the unfiltered list
CREATE INDEX faqs_tenant_priority ON faqs (tenant_id, priority DESC, id);
--rollback DROP INDEX faqs_tenant_priority;
