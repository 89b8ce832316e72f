package io.mpesagw.callback;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.mpesagw.testsupport.HexagonalArchitecture;

@AnalyzeClasses(packages = "io.mpesagw.callback", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(HexagonalArchitecture.class);
}
