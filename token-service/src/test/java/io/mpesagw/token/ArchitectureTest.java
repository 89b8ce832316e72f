package io.mpesagw.token;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The token rules live in the domain, free of frameworks, so they can be tested with a plain clock. */
@AnalyzeClasses(packages = "io.mpesagw.token", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_imports_no_framework = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.fasterxml.jackson..", "tools.jackson..", "java.net.http..")
            .because("the domain holds the token rules; Spring, JSON and HTTP belong to the adapters");

    @ArchTest
    static final ArchRule domain_does_not_know_its_adapters = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "..config..", "io.mpesagw.daraja..");
}
