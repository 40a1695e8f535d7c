--liquibase formatted sql

--changeset aggregator:003-tenant-isolation splitStatements:false
--comment: Row-level security behind every query.
-- The application sets app.tenant_id per transaction with set_config(..., true); where it is not
-- set, current_setting(..., true) is NULL or '' and no tenant row matches. FORCE makes the policies
-- bind the table owner too.
CREATE FUNCTION isolate_tenant_table(tenant_table regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s'
                   ' USING (tenant_id = current_setting(''app.tenant_id'', true))'
                   ' WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', tenant_table);
END
$$;
-- for migrations only: the runtime role has no business calling it
REVOKE EXECUTE ON FUNCTION isolate_tenant_table(regclass) FROM PUBLIC;

SELECT isolate_tenant_table(tenant_table)
FROM unnest(ARRAY['tenant_settings', 'faqs', 'chats', 'users', 'messages', 'bot_settings']::regclass[]) AS tenant_table;

-- The directory: a tenant transaction sees and writes its own entry only; platform work (no tenant
-- set) sees every tenant, which the platform admin's screens need.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_or_own_tenant ON tenants
    USING (coalesce(current_setting('app.tenant_id', true), '') IN ('', tenant_id))
    WITH CHECK (coalesce(current_setting('app.tenant_id', true), '') IN ('', tenant_id));
