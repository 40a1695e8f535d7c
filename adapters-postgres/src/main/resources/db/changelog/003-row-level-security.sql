--liquibase formatted sql

--changeset aggregator:003-tenant-isolation
--comment: Row-level security behind every query.
-- The application sets app.tenant_id per transaction with set_config(..., true); where it is not
-- set, current_setting(..., true) is NULL or '' and no tenant row matches. FORCE makes the policies
-- bind the table owner too.
ALTER TABLE tenant_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_settings
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE faqs ENABLE ROW LEVEL SECURITY;
ALTER TABLE faqs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON faqs
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE chats ENABLE ROW LEVEL SECURITY;
ALTER TABLE chats FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON chats
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON users
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE messages FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON messages
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE bot_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE bot_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON bot_settings
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

-- The directory: a tenant transaction sees and writes its own entry only; platform work (no tenant
-- set) sees every tenant, which the platform admin's screens need.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_or_own_tenant ON tenants
    USING (coalesce(current_setting('app.tenant_id', true), '') IN ('', tenant_id))
    WITH CHECK (coalesce(current_setting('app.tenant_id', true), '') IN ('', tenant_id));
