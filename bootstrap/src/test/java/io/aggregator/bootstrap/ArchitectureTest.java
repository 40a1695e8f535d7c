package io.aggregator.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import io.aggregator.domain.archviolation.DomainClassUsingJdbc;
import io.aggregator.domain.archviolation.DomainClassUsingJavalin;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The boundaries inside the modules, which Maven cannot see. Each rule is also shown to fail on a
 * violation, and each package a rule names is shown to hold classes, so no rule passes by checking
 * nothing.
 */
class ArchitectureTest {
    private static final String DOMAIN = "io.aggregator.domain..";
    private static final String APPLICATION = "io.aggregator.application..";
    private static final String SERVICES = "io.aggregator.application.service..";
    private static final String HTTP_ADAPTER = "io.aggregator.adapter.http..";
    private static final String POSTGRES_ADAPTER = "io.aggregator.adapter.postgres..";
    private static final String N8N_ADAPTER = "io.aggregator.adapter.n8n..";
    private static final String SECURITY_ADAPTER = "io.aggregator.adapter.security..";
    private static final String ADAPTERS = "io.aggregator.adapter..";
    private static final String BOOTSTRAP = "io.aggregator.bootstrap..";

    /** Production classes only: test classes and test-jars may use anything. */
    private static final ImportOption PRODUCTION_CODE = (Location location) ->
            !location.contains("/test-classes/") && !location.contains("-tests.jar");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(PRODUCTION_CODE)
            .importPackages("io.aggregator");

    static final ArchRule DOMAIN_DEPENDS_ON_THE_JDK_ONLY = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is plain Java");

    static final ArchRule APPLICATION_DEPENDS_ON_DOMAIN_AND_JDK_ONLY = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because("use cases and ports know no framework");

    static final ArchRule JAVALIN_ONLY_IN_HTTP_ADAPTER_AND_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackages(HTTP_ADAPTER, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    static final ArchRule DATABASE_LIBRARIES_ONLY_IN_POSTGRES_ADAPTER_AND_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackages(POSTGRES_ADAPTER, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "liquibase..", "org.postgresql..",
                    "com.zaxxer.hikari..", "java.sql..", "javax.sql..");

    static final ArchRule PASSWORD_HASHING_ONLY_IN_SECURITY_ADAPTER = noClasses()
            .that().resideOutsideOfPackages(SECURITY_ADAPTER)
            .should().dependOnClassesThat().resideInAPackage("org.springframework.security..");

    static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("adapters drive use cases through port.in and are driven through port.out");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices().matching("io.aggregator.adapter.(*)..")
            .should().notDependOnEachOther();

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("io.aggregator.(**)").should().beFreeOfCycles();

    @Test
    void domainDependsOnTheJdkOnly() {
        DOMAIN_DEPENDS_ON_THE_JDK_ONLY.check(PRODUCTION);
    }

    @Test
    void applicationDependsOnDomainAndJdkOnly() {
        APPLICATION_DEPENDS_ON_DOMAIN_AND_JDK_ONLY.check(PRODUCTION);
    }

    @Test
    void javalinOnlyInTheHttpAdapterAndBootstrap() {
        JAVALIN_ONLY_IN_HTTP_ADAPTER_AND_BOOTSTRAP.check(PRODUCTION);
    }

    @Test
    void databaseLibrariesOnlyInThePostgresAdapterAndBootstrap() {
        DATABASE_LIBRARIES_ONLY_IN_POSTGRES_ADAPTER_AND_BOOTSTRAP.check(PRODUCTION);
    }

    @Test
    void passwordHashingOnlyInTheSecurityAdapter() {
        PASSWORD_HASHING_ONLY_IN_SECURITY_ADAPTER.check(PRODUCTION);
    }

    @Test
    void adaptersUsePortsNotServices() {
        ADAPTERS_USE_PORTS_NOT_SERVICES.check(PRODUCTION);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(PRODUCTION);
    }

    @Test
    void noPackageCycles() {
        NO_PACKAGE_CYCLES.check(PRODUCTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {DOMAIN, APPLICATION, SERVICES, "io.aggregator.application.port.in..",
        "io.aggregator.application.port.out..", HTTP_ADAPTER, POSTGRES_ADAPTER, N8N_ADAPTER, SECURITY_ADAPTER,
        BOOTSTRAP})
    void everyPackageARuleNamesHoldsProductionClasses(String packagePattern) {
        assertThat(PRODUCTION.that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(packagePattern)))
                .as("classes in %s", packagePattern).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.javalin..", "org.jdbi..", "liquibase..", "org.postgresql..", "org.springframework.security.."})
    void everyLibraryARuleConfinesIsReallyUsedWhereItIsAllowed(String libraryPattern) {
        boolean used = PRODUCTION.stream().anyMatch(javaClass -> javaClass.getDirectDependenciesFromSelf().stream()
                .anyMatch(dependency -> JavaClass.Predicates.resideInAPackage(libraryPattern)
                        .test(dependency.getTargetClass())));
        assertThat(used).as("some production class uses %s", libraryPattern).isTrue();
    }

    @Test
    void theRulesFailOnAViolation() {
        JavaClasses violations = new ClassFileImporter().importClasses(DomainClassUsingJavalin.class,
                DomainClassUsingJdbc.class);

        for (ArchRule rule : List.of(DOMAIN_DEPENDS_ON_THE_JDK_ONLY, JAVALIN_ONLY_IN_HTTP_ADAPTER_AND_BOOTSTRAP,
                DATABASE_LIBRARIES_ONLY_IN_POSTGRES_ADAPTER_AND_BOOTSTRAP)) {
            assertThatThrownBy(() -> rule.check(violations)).as(rule.getDescription()).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void theAdapterRulesFailOnAViolation() {
        JavaClasses violations = new ClassFileImporter().importClasses(
                io.aggregator.adapter.http.archviolation.HttpAdapterUsingAServiceAndPostgres.class,
                io.aggregator.adapter.postgres.PostgresPersistence.class);

        assertThatThrownBy(() -> ADAPTERS_USE_PORTS_NOT_SERVICES.check(violations)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(violations))
                .isInstanceOf(AssertionError.class);
    }
}
