package edu.aum.course.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of the README's "How the code is laid out", as rules that fail the build:
 * features meet only at their front doors ({@code <feature>.api}), {@code platform} knows no feature,
 * nothing knows the demo data, there are no cycles between features, services and entities know no
 * screen technology, entities have no public setters, and views leave the database to services.
 */
class ArchitectureTest {

    static final String BASE = "edu.aum.course";

    /** Features from the bottom up; each may use the front doors of those before it (README). */
    static final List<String> FEATURES = List.of(
            "notification",
            "university",
            "account",
            "enrollment",
            "essay",
            "grading",
            "certificate",
            "partner",
            "audit",
            "report");

    private static final Pattern TOP = Pattern.compile(Pattern.quote(BASE) + "\\.([a-z]+)(\\.([a-z]+))?.*");

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    void platformImportsNoFeatureAndNothingImportsTheDemo() {
        check(noClasses()
                .that()
                .resideInAPackage(BASE + ".platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(featurePackages())
                .because("platform is the ground every feature stands on"));
        check(noClasses()
                .that()
                .resideOutsideOfPackage(BASE + ".demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".demo..")
                .because("demo data sits above every feature"));
    }

    @Test
    void featuresUseEachOtherOnlyThroughTheirFrontDoors() {
        check(classes().that().resideInAnyPackage(featurePackages()).should(useOtherFeaturesOnlyThroughApi()));
    }

    @Test
    void theDemoDrivesFeaturesThroughServicesNotScreens() {
        check(noClasses()
                .that()
                .resideInAPackage(BASE + ".demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(BASE + ".*.view..", BASE + ".*.boundary..")
                .because("demo data is made through the features' services and entities, as users' actions make it"));
    }

    @Test
    void featuresFormNoCycles() {
        check(slices().matching(BASE + ".(*)..").should().beFreeOfCycles());
    }

    @Test
    void featuresOnlyUseTheFeaturesBelowThem() {
        check(classes().that().resideInAnyPackage(featurePackages()).should(useOnlyFeaturesBelow()));
    }

    @Test
    void servicesAndEntitiesKnowNoScreenTechnology() {
        check(noClasses()
                .that(servicesOrEntities())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .because("a service must not know which screen called it"));
    }

    @Test
    void entitiesHaveNoPublicSetters() {
        check(methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Entity.class)
                .or()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Embeddable.class)
                .or()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(MappedSuperclass.class)
                .and()
                .haveNameMatching("set[A-Z].*")
                .should()
                .notBePublic()
                .allowEmptyShould(true) // today no entity has a setter-named method at all
                .because("entities change state through intention-revealing methods"));
    }

    @Test
    void viewsLeaveTheDatabaseToServices() {
        check(noClasses()
                .that()
                .resideInAPackage("..view..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .because("queries and transactions belong to the services"));
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> folders = Files.walk(Path.of("src", "main", "java"))) {
            List<Path> silent = folders.filter(Files::isDirectory)
                    .filter(ArchitectureTest::holdsJava)
                    .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                    .toList();
            assertEquals(List.of(), silent, "packages without a package-info.java");
        }
    }

    private static boolean holdsJava(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }

    private static String[] featurePackages() {
        return FEATURES.stream().map(f -> BASE + "." + f + "..").toArray(String[]::new);
    }

    private static DescribedPredicate<JavaClass> servicesOrEntities() {
        return resideInAnyPackage("..control..", "..entity..")
                .or(DescribedPredicate.describe(
                        "an entity",
                        (JavaClass c) -> c.isAnnotatedWith(Entity.class)
                                || c.isAnnotatedWith(Embeddable.class)
                                || c.isAnnotatedWith(MappedSuperclass.class)))
                .or(DescribedPredicate.describe(
                        "an EJB",
                        (JavaClass c) -> c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class)))
                .and(not(resideInAPackage("..view..")));
    }

    private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughApi() {
        return new ArchCondition<>("use other features only through their api package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = feature(origin.getPackageName()).orElseThrow();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = TOP.matcher(dependency.getTargetClass().getPackageName());
                    if (target.matches()
                            && FEATURES.contains(target.group(1))
                            && !target.group(1).equals(from)
                            && !"api".equals(target.group(3))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOnlyFeaturesBelow() {
        return new ArchCondition<>("use only the features listed below their own") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                int from = FEATURES.indexOf(feature(origin.getPackageName()).orElseThrow());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> to = feature(dependency.getTargetClass().getPackageName());
                    if (to.isPresent() && FEATURES.indexOf(to.get()) > from) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> feature(String packageName) {
        Matcher matcher = TOP.matcher(packageName);
        return matcher.matches() && FEATURES.contains(matcher.group(1))
                ? Optional.of(matcher.group(1))
                : Optional.empty();
    }
}
