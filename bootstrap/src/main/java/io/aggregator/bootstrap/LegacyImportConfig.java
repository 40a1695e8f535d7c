package io.aggregator.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code import-legacy} is told by its environment: the old database ({@code LEGACY_DATABASE_URL},
 * credentials in the URL) and this server's own database, configured as for the server.
 */
record LegacyImportConfig(ServerConfig server, String legacyJdbcUrl, String legacyUser, String legacyPassword) {

    @Override
    public String toString() {
        return "LegacyImportConfig[" + server.database() + ", legacy " + Database.withoutQuery(legacyJdbcUrl) + "]";
    }

    /** @throws ConfigurationException naming every wrong variable, the server's and the import's */
    static LegacyImportConfig fromEnvironment(Map<String, String> environment) {
        EnvironmentReader env = new EnvironmentReader(environment);
        List<String> problems = new ArrayList<>();
        String url = env.optional("LEGACY_DATABASE_URL").orElse(null);
        var parsed = url == null ? null : ServerConfig.parseDatabaseUrl(url).orElse(null);
        if (url == null) {
            problems.add("LEGACY_DATABASE_URL is required: the single-tenant system's database to import, such as "
                    + "postgresql://user:password@old-db:5432/bot");
        } else if (parsed == null) {
            problems.add("LEGACY_DATABASE_URL is not a PostgreSQL URL such as jdbc:postgresql://old-db:5432/bot "
                    + "or postgresql://user:password@old-db:5432/bot");
        }
        ServerConfig server = null;
        try {
            server = ServerConfig.fromEnvironment(environment);
        } catch (ConfigurationException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new LegacyImportConfig(server, parsed.getKey(), parsed.getValue().user(), parsed.getValue().password());
    }
}
