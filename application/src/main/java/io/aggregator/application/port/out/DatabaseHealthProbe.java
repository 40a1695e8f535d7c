package io.aggregator.application.port.out;

/** Tells whether the database answers and holds the schema this version of the server expects. */
public interface DatabaseHealthProbe {

    DatabaseHealth probe();

    record DatabaseHealth(boolean reachable, boolean schemaCurrent, String detail) {
    }
}
