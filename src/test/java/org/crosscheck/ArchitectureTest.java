package org.crosscheck;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.crosscheck.base.DomainEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the shape the code is meant to have. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crosscheck");

    /**
     * Which features each feature may use: the floors of the house. A feature's new dependency is a
     * decision (a line here, reviewed), not an accident; a new feature must be given its line.
     */
    private static final java.util.Map<String, java.util.Set<String>> MAY_USE = java.util.Map.ofEntries(
            java.util.Map.entry("security", java.util.Set.of()),
            java.util.Map.entry("backup", java.util.Set.of()),
            java.util.Map.entry("base", java.util.Set.of("security")),
            java.util.Map.entry("account", java.util.Set.of("base", "security")),
            java.util.Map.entry("collab", java.util.Set.of("base", "account")),
            java.util.Map.entry("project", java.util.Set.of("base", "security", "account")),
            java.util.Map.entry("article", java.util.Set.of("base", "account", "project")),
            java.util.Map.entry("annotation", java.util.Set.of("base", "account", "project", "article")),
            java.util.Map.entry("review", java.util.Set.of("base", "account", "project", "article", "annotation")),
            java.util.Map.entry("approval", java.util.Set.of("base", "collab", "account", "project", "article",
                    "annotation", "review")),
            java.util.Map.entry("curation", java.util.Set.of("base", "account", "project", "article", "annotation",
                    "approval")),
            java.util.Map.entry("notify", java.util.Set.of("base", "collab", "account", "project", "article",
                    "annotation", "approval")),
            java.util.Map.entry("audit", java.util.Set.of("base", "security", "account", "project", "article")),
            java.util.Map.entry("search", java.util.Set.of("base", "project", "article", "annotation")),
            java.util.Map.entry("suggest", java.util.Set.of("base", "collab", "account", "project", "article",
                    "annotation", "review")),
            java.util.Map.entry("exchange", java.util.Set.of("base", "account", "project", "article", "annotation",
                    "review", "approval", "curation")),
            java.util.Map.entry("admin", java.util.Set.of("base", "account", "project")),
            java.util.Map.entry("trash", java.util.Set.of("base", "account", "project", "article", "annotation",
                    "review", "audit")),
            java.util.Map.entry("reader", java.util.Set.of("base", "collab", "account", "project", "article",
                    "annotation", "review", "suggest", "approval", "trash")),
            java.util.Map.entry("demo", java.util.Set.of("security", "account", "project", "article", "annotation",
                    "review")),
            java.util.Map.entry("progress", java.util.Set.of("base", "collab", "account", "project", "article",
                    "annotation", "approval", "curation")),
            java.util.Map.entry("api", java.util.Set.of("base", "security", "account", "project", "article",
                    "annotation", "review", "audit", "exchange", "suggest", "approval", "trash", "curation")),
            java.util.Map.entry("ops", java.util.Set.of("base", "security", "account", "collab", "article",
                    "annotation", "exchange", "suggest", "audit")),
            java.util.Map.entry("app", java.util.Set.of("base", "collab", "security", "account", "project", "article", "annotation",
                    "audit", "admin", "exchange", "reader", "review", "search", "suggest", "approval", "trash", "notify", "progress", "curation")));

    @Test
    void eachFeatureUsesOnlyTheFeaturesItsLineAllows() {
        java.util.Set<String> features = new java.util.TreeSet<>();
        CLASSES.stream().map(c -> feature(c.getPackageName())).filter(f -> !f.isEmpty()).forEach(features::add);
        assertThat(MAY_USE.keySet()).as("every feature has its line in MAY_USE").containsAll(features);
        for (String feature : features) {
            java.util.List<String> others = features.stream().filter(f -> !f.equals(feature)
                    && !MAY_USE.get(feature).contains(f)).map(f -> "org.crosscheck." + f + "..").toList();
            if (!others.isEmpty()) {
                noClasses().that().resideInAPackage("org.crosscheck." + feature + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                        .as(feature + " uses only " + MAY_USE.get(feature))
                        .check(CLASSES);
            }
        }
    }

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

    /**
     * A wall that exists only in a JPQL string is no wall: a feature's queries name only its own
     * entities, and read other features through their services (or interfaces they implement).
     */
    @Test
    void jpqlNamesOnlyTheFeaturesOwnEntities() {
        assertThat(jpqlCrossingFeatures(CLASSES)).isEmpty();
    }

    /** The check can fail: a query naming another feature's entity is reported. */
    @Test
    void aQueryNamingAnotherFeaturesEntityIsCaught() {
        assertThat(entitiesNamedIn("select count(n) from Annotation n join ContradictionSpan s on s.id = n.id"))
                .containsExactly("Annotation", "ContradictionSpan");
        JavaClasses withForeignQuery = new ClassFileImporter().importPackages("org.crosscheck.article",
                "org.crosscheck.annotation");
        assertThat(jpqlCrossingFeatures(withForeignQuery))
                .contains("ForeignQueryFixture.countAnnotations names Annotation of feature annotation");
    }

    private static java.util.List<String> jpqlCrossingFeatures(JavaClasses classes) {
        java.util.Map<String, String> featureOfEntity = new java.util.HashMap<>();
        classes.stream().filter(c -> c.isAnnotatedWith(jakarta.persistence.Entity.class))
                .forEach(c -> featureOfEntity.put(c.getSimpleName(), feature(c.getPackageName())));
        java.util.List<String> crossing = new java.util.ArrayList<>();
        for (JavaClass repository : classes) {
            if (!repository.isAssignableTo(Repository.class) || !repository.isInterface()) {
                continue;
            }
            String own = feature(repository.getPackageName());
            for (var method : repository.getMethods()) {
                if (!method.isAnnotatedWith(org.springframework.data.jpa.repository.Query.class)
                        || method.getAnnotationOfType(org.springframework.data.jpa.repository.Query.class).nativeQuery()) {
                    continue;
                }
                String jpql = method.getAnnotationOfType(org.springframework.data.jpa.repository.Query.class).value();
                for (String entity : entitiesNamedIn(jpql)) {
                    String of = featureOfEntity.get(entity);
                    if (of != null && !of.equals(own)) {
                        crossing.add(repository.getSimpleName() + "." + method.getName() + " names " + entity
                                + " of feature " + of);
                    }
                }
            }
        }
        return crossing;
    }

    private static final java.util.regex.Pattern ENTITY_IN_JPQL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:from|join|update|into)\\s+(?-i)(\\p{Lu}\\w*)");

    /** The entity names a JPQL string reads or writes (after from, join, update). */
    static java.util.List<String> entitiesNamedIn(String jpql) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = ENTITY_IN_JPQL.matcher(jpql);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** "org.crosscheck.article.ui" is the feature "article". */
    private static String feature(String packageName) {
        String rest = packageName.startsWith("org.crosscheck.") ? packageName.substring("org.crosscheck.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void theDomainDoesNotDependOnViews() {
        // The app's shell names every view: it is the top floor.
        noClasses().that().resideOutsideOfPackage("..ui..").and().resideOutsideOfPackage("org.crosscheck.security")
                .and().resideOutsideOfPackage("org.crosscheck.app..")
                .should().dependOnClassesThat().resideInAPackage("org.crosscheck..ui..")
                .check(CLASSES);
    }

    /**
     * Browser tests reach the page only through page objects: a selector in a test is one more place
     * to mend when the page changes, and one the page objects' names do not explain. Imported here
     * with the test classes (the rules above see production code only).
     */
    @Test
    void browserTestsSelectNothingThemselvesButUsePageObjects() {
        JavaClasses testsAndTheirPackages = new ClassFileImporter()
                .importPackages("org.crosscheck.browser", "org.crosscheck.api");
        noClasses().that().resideInAnyPackage("org.crosscheck.browser", "org.crosscheck.api")
                .and().haveSimpleNameEndingWith("IT")
                .should().callMethodWhere(selectsOnThePage())
                .as("browser and API tests (*IT) reach the page through page objects, not Selenide's $, $$ or shadowCss")
                .check(testsAndTheirPackages);
    }

    private static DescribedPredicate<JavaMethodCall> selectsOnThePage() {
        java.util.Set<String> selecting = java.util.Set.of(com.codeborne.selenide.Selenide.class.getName(),
                com.codeborne.selenide.SelenideDriver.class.getName(), com.codeborne.selenide.SelenideElement.class.getName());
        return DescribedPredicate.describe("select on the page (Selenide's $ or $$, or Selectors.shadowCss)", call -> {
            String owner = call.getTargetOwner().getName();
            String method = call.getName();
            return selecting.contains(owner) && (method.equals("$") || method.equals("$$"))
                    || owner.equals(com.codeborne.selenide.Selectors.class.getName()) && method.equals("shadowCss");
        });
    }
}
