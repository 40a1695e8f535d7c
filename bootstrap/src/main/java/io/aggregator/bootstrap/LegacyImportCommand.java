package io.aggregator.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.aggregator.adapter.postgres.JdbiLegacyDatabase;
import io.aggregator.adapter.postgres.PostgresConnectionPool;
import io.aggregator.adapter.postgres.PostgresPersistence;
import io.aggregator.application.port.in.LegacyImportReport;
import io.aggregator.application.service.LegacyImportService;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * {@code java -jar aggregator.jar import-legacy}: migrates this server's database as a start would,
 * copies the single-tenant system's data into it (reading the old database only), prints the report
 * and answers the exit code: 0 when every check holds.
 */
final class LegacyImportCommand {
    static final String NAME = "import-legacy";
    static final int EXIT_IMPORTED = 0;
    static final int EXIT_FAILED = 1;

    private LegacyImportCommand() {
    }

    static int run(Map<String, String> environment, PrintStream out, Clock clock) {
        LegacyImportConfig config;
        try {
            config = LegacyImportConfig.fromEnvironment(environment);
        } catch (ConfigurationException e) {
            out.println(NAME + ": cannot start, the configuration is wrong:");
            e.problems().forEach(problem -> out.println("  - " + problem));
            return Main.EXIT_BAD_CONFIGURATION;
        }
        String legacyUrl = Database.withoutQuery(config.legacyJdbcUrl());
        out.println(NAME + ": from the old database " + legacyUrl + " into " + config.server().database());
        try (Database database = Database.open(config.server().database(), 2);
             HikariDataSource legacyPool = PostgresConnectionPool.open("legacy", config.legacyJdbcUrl(),
                     config.legacyUser(), config.legacyPassword(), 1);
             JdbiLegacyDatabase legacy = JdbiLegacyDatabase.open(legacyPool)) {
            PostgresPersistence persistence = database.persistence();
            LegacyImportReport report = new LegacyImportService(legacy, persistence.transactions(),
                    new LegacyImportService.Stores(persistence.tenants(), persistence.settings(),
                            persistence.botSettings(), persistence.faqs(), persistence.users(), persistence.chats(),
                            persistence.messages()), clock).importLegacyData();
            LegacyImportReportText.lines(report).forEach(out::println);
            return report.succeeded() ? EXIT_IMPORTED : EXIT_FAILED;
        } catch (RuntimeException e) {
            out.println(NAME + ": failed, nothing more was imported: " + EmbeddedPostgresServer.rootMessage(e));
            out.println("The old database was only read. Tenants imported before the failure stay complete; "
                    + "run the command again once the cause is fixed.");
            return EXIT_FAILED;
        }
    }
}
