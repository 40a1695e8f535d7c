--liquibase formatted sql

--changeset aggregator:004-platform-admins
--comment: People who operate the deployment. Platform records: invisible inside any tenant's transaction.
CREATE TABLE platform_admins (
    id            uuid        NOT NULL,
    username      text        NOT NULL,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT platform_admins_pkey PRIMARY KEY (id),
    CONSTRAINT platform_admins_username_key UNIQUE (username),
    CONSTRAINT platform_admins_username_lowercase CHECK (username = lower(username))
);

CREATE TABLE platform_sessions (
    token_hash      text        NOT NULL,
    user_id         uuid        NOT NULL,
    csrf_token_hash text        NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    CONSTRAINT platform_sessions_pkey PRIMARY KEY (token_hash),
    CONSTRAINT platform_sessions_user_fk FOREIGN KEY (user_id) REFERENCES platform_admins (id) ON DELETE CASCADE
);
CREATE INDEX platform_sessions_user ON platform_sessions (user_id);

ALTER TABLE platform_admins ENABLE ROW LEVEL SECURITY;
ALTER TABLE platform_admins FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_only ON platform_admins
    USING (coalesce(current_setting('app.tenant_id', true), '') = '')
    WITH CHECK (coalesce(current_setting('app.tenant_id', true), '') = '');
ALTER TABLE platform_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE platform_sessions FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_only ON platform_sessions
    USING (coalesce(current_setting('app.tenant_id', true), '') = '')
    WITH CHECK (coalesce(current_setting('app.tenant_id', true), '') = '');

--changeset aggregator:004-tenant-sessions
--comment: Logins of tenant users and the tenants' integration keys; tenant-owned like every tenant table.
CREATE TABLE sessions (
    tenant_id       text        NOT NULL,
    token_hash      text        NOT NULL,
    user_id         uuid        NOT NULL,
    csrf_token_hash text        NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    CONSTRAINT sessions_pkey PRIMARY KEY (tenant_id, token_hash),
    CONSTRAINT sessions_user_fk FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX sessions_user ON sessions (tenant_id, user_id);

CREATE TABLE integration_keys (
    tenant_id    text        NOT NULL,
    id           uuid        NOT NULL,
    name         text        NOT NULL,
    prefix       text        NOT NULL,
    key_hash     text        NOT NULL,
    created_by   uuid,
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    CONSTRAINT integration_keys_pkey PRIMARY KEY (tenant_id, id),
    CONSTRAINT integration_keys_hash_key UNIQUE (tenant_id, key_hash),
    CONSTRAINT integration_keys_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    CONSTRAINT integration_keys_creator_fk FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by)
);

SELECT isolate_tenant_table('sessions');
SELECT isolate_tenant_table('integration_keys');

--changeset aggregator:004-tenant-rate-limits
--comment: Requests per minute a tenant may make to the API; NULL takes the server's default.
ALTER TABLE tenants ADD COLUMN rate_limit_per_minute integer;
ALTER TABLE tenants ADD CONSTRAINT tenants_rate_limit_range
    CHECK (rate_limit_per_minute IS NULL OR rate_limit_per_minute BETWEEN 1 AND 100000);
