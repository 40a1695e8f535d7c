package io.aggregator.adapter.http.archviolation;

import io.aggregator.adapter.postgres.PostgresPersistence;
import io.aggregator.application.service.ReadinessService;

/** Deliberately couples an adapter to a service and to another adapter, to show that the rules catch it. */
public final class HttpAdapterUsingAServiceAndPostgres {
    public ReadinessService readiness(PostgresPersistence persistence) {
        return new ReadinessService(persistence.health());
    }
}
