--liquibase formatted sql

--changeset aggregator:001-tenants
--comment: The tenant directory. Every tenant-owned row references it and goes when its tenant goes.
CREATE TABLE tenants (
    tenant_id    text        NOT NULL,
    display_name text        NOT NULL,
    status       text        NOT NULL DEFAULT 'active',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tenants_pkey PRIMARY KEY (tenant_id),
    CONSTRAINT tenants_tenant_id_format CHECK (tenant_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'),
    CONSTRAINT tenants_display_name_length CHECK (length(display_name) BETWEEN 1 AND 200),
    CONSTRAINT tenants_status_known CHECK (status IN ('active', 'suspended'))
);
--rollback DROP TABLE tenants;
