package io.aggregator.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads variables with defaults and collects every problem, so one start reports them all. */
final class EnvironmentReader {
    private final Map<String, String> environment;
    private final List<String> problems = new ArrayList<>();

    EnvironmentReader(Map<String, String> environment) {
        this.environment = environment;
    }

    Optional<String> optional(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String text(String name, String defaultValue) {
        return optional(name).orElse(defaultValue);
    }

    int integer(String name, int defaultValue, int min, int max) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the accepted range
        }
        problem(name + " must be a whole number between " + min + " and " + max + ", got '" + value.get() + "'");
        return defaultValue;
    }

    boolean bool(String name, boolean defaultValue) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on":
                return true;
            case "false", "no", "0", "off":
                return false;
            default:
                problem(name + " must be true or false, got '" + value.get() + "'");
                return defaultValue;
        }
    }

    void problem(String message) {
        problems.add(message);
    }

    /** @throws ConfigurationException listing every problem found, if any */
    void failOnProblems() {
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }
}
