--liquibase formatted sql

--changeset aggregator:003-tenant-isolation splitStatements:false
--comment: Row-level security behind every query.
-- The application sets app.tenant_id per transaction with set_config(..., true); where it is not
-- set, current_setting(..., true) is NULL or '' and no tenant row matches. FORCE makes the policies
-- bind the table owner too.
DO $$
DECLARE
    tenant_table text;
BEGIN
    FOREACH tenant_table IN ARRAY ARRAY['tenant_settings', 'faqs', 'chats', 'users', 'messages', 'bot_settings']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                       ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', tenant_table);
    END LOOP;
END
$$;

-- The directory: a tenant transaction sees and writes its own entry only; platform work (no tenant
-- set) sees every tenant, which the platform admin's screens need.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_or_own_tenant ON tenants
    USING (coalesce(current_setting('app.tenant_id', true), '') IN ('', tenant_id))
    WITH CHECK (coalesce(current_setting('app.tenant_id', true), '') IN ('', tenant_id));
