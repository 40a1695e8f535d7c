--liquibase formatted sql

--changeset aggregator:014-configuration-versions splitStatements:false
--comment: A counter per tenant that every change to its settings, bot settings or integration settings
--comment: raises, so each server node can keep the tenant's configuration in memory and tell whether it
--comment: is still current with one primary-key read (as faq_versions does for the FAQs).
CREATE TABLE configuration_versions (
    tenant_id text   NOT NULL,
    version   bigint NOT NULL,
    CONSTRAINT configuration_versions_pkey PRIMARY KEY (tenant_id),
    CONSTRAINT configuration_versions_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id)
        ON DELETE CASCADE
);
SELECT isolate_tenant_table('configuration_versions');

-- statement-level, with transition tables: an import that writes many settings raises it once
CREATE FUNCTION raise_configuration_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO configuration_versions (tenant_id, version)
    SELECT DISTINCT tenant_id, 1 FROM changed_rows
    ON CONFLICT (tenant_id) DO UPDATE SET version = configuration_versions.version + 1;
    RETURN NULL;
END
$$;
-- a deletion only raises an existing counter: when a whole tenant is deleted, its rows go by cascade
CREATE FUNCTION raise_configuration_version_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE configuration_versions SET version = version + 1
    WHERE tenant_id IN (SELECT DISTINCT tenant_id FROM changed_rows);
    RETURN NULL;
END
$$;

CREATE TRIGGER tenant_settings_inserted AFTER INSERT ON tenant_settings REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION raise_configuration_version();
CREATE TRIGGER tenant_settings_updated AFTER UPDATE ON tenant_settings REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION raise_configuration_version();
CREATE TRIGGER tenant_settings_deleted AFTER DELETE ON tenant_settings REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION raise_configuration_version_on_delete();

CREATE TRIGGER bot_settings_inserted AFTER INSERT ON bot_settings REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION raise_configuration_version();
CREATE TRIGGER bot_settings_updated AFTER UPDATE ON bot_settings REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION raise_configuration_version();
CREATE TRIGGER bot_settings_deleted AFTER DELETE ON bot_settings REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION raise_configuration_version_on_delete();

CREATE TRIGGER integration_settings_inserted AFTER INSERT ON integration_settings
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION raise_configuration_version();
CREATE TRIGGER integration_settings_updated AFTER UPDATE ON integration_settings
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION raise_configuration_version();
CREATE TRIGGER integration_settings_deleted AFTER DELETE ON integration_settings
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION raise_configuration_version_on_delete();
