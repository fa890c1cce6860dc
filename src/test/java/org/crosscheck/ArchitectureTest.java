package org.crosscheck;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.crosscheck.base.DomainEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the shape the code is meant to have. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crosscheck");

    @Test
    void featuresHaveNoCycles() {
        // base.ui is the frame around every view (it shows who is signed in), so it sits on top of the
        // features even though base itself is at the bottom.
        slices().matching("org.crosscheck.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.crosscheck.base.ui"), DescribedPredicate.alwaysTrue())
                .check(CLASSES);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    /** Audit, live updates and suggestions listen to one event shape: every event record has it. */
    @Test
    void everyEventRecordIsADomainEvent() {
        classes().that(areRecordsNestedIn("Events"))
                .should().implement(DomainEvent.class)
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> areRecordsNestedIn(String suffix) {
        return DescribedPredicate.describe("records nested in a class named *" + suffix,
                c -> c.isRecord() && c.getEnclosingClass().map(e -> e.getSimpleName().endsWith(suffix)).orElse(false));
    }

    @Test
    void theDomainDoesNotDependOnViews() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().resideOutsideOfPackage("org.crosscheck.security")
                .should().dependOnClassesThat().resideInAPackage("org.crosscheck..ui..")
                .check(CLASSES);
    }
}
