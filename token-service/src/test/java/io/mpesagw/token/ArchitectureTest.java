package io.mpesagw.token;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.mpesagw.testsupport.HexagonalArchitecture;

/** The token rules live in the domain, free of frameworks, so they can be tested with a plain clock. */
@AnalyzeClasses(packages = "io.mpesagw.token", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(HexagonalArchitecture.class);

    @ArchTest
    static final ArchRule domain_does_not_know_its_adapters = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "..config..", "io.mpesagw.daraja..");
}
