package io.aggregator.bootstrap;

import java.util.List;

/** The environment does not describe a runnable server; each problem names the variable. */
public final class ConfigurationException extends RuntimeException {
    private final List<String> problems;

    public ConfigurationException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
