package io.aggregator.domain.tenant;

import io.aggregator.domain.Coded;

/** Whether a tenant's users and keys are let in. A suspended tenant keeps its data. */
public enum TenantStatus implements Coded {
    ACTIVE,
    SUSPENDED;

    public static TenantStatus fromCode(String code) {
        return Coded.parse(TenantStatus.class, "status", code);
    }
}
