package io.mpesagw.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps (design.md, "Layout inside a service"). A service applies it with
 * {@code @ArchTest static final ArchTests layers = ArchTests.in(HexagonalArchitecture.class);}.
 */
public final class HexagonalArchitecture {

    @ArchTest
    public static final ArchRule domain_is_free_of_frameworks = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "java.sql..", "javax.sql..", "jakarta..", "tools.jackson..", "com.fasterxml.jackson..",
                    "java.net.http..", "io.mpesagw.kit..")
            .because("the domain holds the payment rules; frameworks, JSON, SQL and HTTP belong to the adapters");

    @ArchTest
    public static final ArchRule domain_depends_on_nothing_outside_it = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..adapter..");

    /** A service with a single adapter-driven use case (token-service) has no application package. */
    @ArchTest
    public static final ArchRule application_does_not_reach_into_adapters = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..adapter..")
            .allowEmptyShould(true);

    private HexagonalArchitecture() {
    }
}
