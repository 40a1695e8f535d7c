package io.aggregator.application.port.in;

/** Whether this server can take traffic now: its database answers and its schema is current. */
public interface CheckReadinessUseCase {

    Readiness checkReadiness();

    record Readiness(boolean ready, boolean databaseReachable, boolean schemaCurrent, String detail) {
    }
}
