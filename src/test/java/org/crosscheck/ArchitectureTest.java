package org.crosscheck;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.crosscheck.base.DomainEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

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
        slices().matching("org.crosscheck.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    /** Repositories are reached only from services that own a transaction (as the walking skeleton has it). */
    @Test
    void repositoriesAreReachedOnlyFromTransactionalServices() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyBeAccessed().byClassesThat(areTransactional())
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> areTransactional() {
        return DescribedPredicate.describe("are transactional (on the class or its methods)",
                c -> c.isAnnotatedWith(Transactional.class)
                        || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Transactional.class))
                        || c.getEnclosingClass().map(e -> e.isAnnotatedWith(Transactional.class)).orElse(false));
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
        // AppShell is the page shell itself: it names the view whose scripts load first.
        noClasses().that().resideOutsideOfPackage("..ui..").and().resideOutsideOfPackage("org.crosscheck.security")
                .and().doNotHaveFullyQualifiedName("org.crosscheck.AppShell")
                .should().dependOnClassesThat().resideInAPackage("org.crosscheck..ui..")
                .check(CLASSES);
    }
}
