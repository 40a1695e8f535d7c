package io.aggregator.application.port.out;

import java.util.Map;
import java.util.Optional;

/** The current tenant's legacy key/value settings (the single-tenant system's {@code bot_settings}). */
public interface BotSettingStore {

    /** Every key and value, ordered by key. */
    Map<String, String> listAll();

    Optional<String> get(String key);

    /** Inserts or replaces. */
    void put(String key, String value);

    boolean delete(String key);
}
