package coop.khidma;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The seams of {@code shared/DESIGN.md} ("The seams an architecture test holds"), checked over the compiled
 * application; each test is named in the design's words. A failure names the class and the line that crossed a seam.
 */
class ArchitectureTest {

    /** The business components, each named after a clause of the policy. */
    static final List<String> COMPONENTS = List.of("intake", "escalation", "review", "membership", "correspondence",
            "satisfaction", "volunteering", "knowledge", "reception", "privacy", "assembly", "board");

    private static final JavaClasses KHIDMA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("coop.khidma");

    private static String[] packagesOf(Stream<String> names) {
        return names.map(name -> "coop.khidma." + name + "..").toArray(String[]::new);
    }

    private static String[] businessComponents() {
        return packagesOf(COMPONENTS.stream());
    }

    @Test
    void plumbingAndTheAuditTrailImportNoBusinessComponentNoUiAndNoApi() {
        noClasses().that().resideInAnyPackage("coop.khidma.platform..", "coop.khidma.audit..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(Stream.concat(COMPONENTS.stream(),
                        Stream.of("ui", "api"))))
                .because("where plumbing must reach the business it defines an interface that each component implements")
                .check(KHIDMA);
    }

    @Test
    void noBusinessComponentImportsUiOrApi() {
        noClasses().that().resideInAnyPackage(businessComponents())
                .should().dependOnClassesThat().resideInAnyPackage("coop.khidma.ui..", "coop.khidma.api..")
                .check(KHIDMA);
    }

    @Test
    void valuesSharedBySeveralComponentsLiveInOneSmallPackageOfTheirOwn() {
        noClasses().that().resideInAPackage("coop.khidma.person..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(Stream.concat(COMPONENTS.stream(),
                        Stream.of("ui", "api", "audit"))))
                .check(KHIDMA);
    }

    @Test
    void correspondenceSendsLettersToRecipientsAndKnowsNoRequests() {
        noClasses().that().resideInAPackage("coop.khidma.correspondence..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(COMPONENTS.stream()
                        .filter(name -> !name.equals("correspondence"))))
                .because("each component composes its own letters")
                .check(KHIDMA);
    }

    @Test
    void theUiNeverCallsAnotherComponentsControl() {
        noClasses().that().resideInAPackage("coop.khidma.ui..")
                .should().callCodeUnitWhere(aRuleOfAControl())
                .because("rules are decided in the components; the ui reads the values their boundaries return")
                .check(KHIDMA);
    }

    @Test
    void theUiReadsEntitiesAtMostAndNeverCallsAnEntitysVerb() {
        noClasses().that().resideInAPackage("coop.khidma.ui..")
                .should().callCodeUnitWhere(aVerbOfAnEntity())
                .because("only a component's boundary changes its aggregates")
                .check(KHIDMA);
    }

    static Stream<String> components() {
        return COMPONENTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("components")
    void eachAggregateHasOneWriterOnlyItsOwnComponentChangesIt(String component) {
        String own = "coop.khidma." + component;
        noClasses().that().resideOutsideOfPackage(own + "..")
                .should().callCodeUnitWhere(aVerbOfAnEntity().and(ownedBy(own + ".entity")))
                .because("others call its boundary's verbs or react to its events")
                .allowEmptyShould(true)
                .check(KHIDMA);
    }

    @Test
    void businessComponentsDependOnEachOtherWithoutCycles() {
        slices().matching("coop.khidma.(*)..")
                .that(DescribedPredicate.describe("is a business component",
                        slice -> COMPONENTS.contains(slice.getDescription().replace("Slice ", ""))))
                .should().beFreeOfCycles()
                .because("a component reaches one above it only through an interface it owns, or an event")
                .check(KHIDMA);
    }

    /**
     * What changes an aggregate: creating a JPA entity (its constructors and static factories) and any of its methods
     * that return nothing (its verbs); reading methods return what they read.
     */
    private static DescribedPredicate<JavaCall<?>> aVerbOfAnEntity() {
        return DescribedPredicate.describe("a verb of a JPA entity (a constructor, a static factory or a void method)",
                call -> {
                    JavaClass owner = call.getTargetOwner();
                    if (!owner.isAnnotatedWith(Entity.class)) {
                        return false;
                    }
                    AccessTarget.CodeUnitCallTarget target = call.getTarget();
                    if (target.getName().startsWith("require") || target.getName().startsWith("check")) {
                        return false; // a guard that throws when a rule is broken changes nothing
                    }
                    return target.getName().equals(JavaConstructor.CONSTRUCTOR_NAME)
                            || target.getRawReturnType().getName().equals("void")
                            || target.resolveMember().map(unit -> unit.getModifiers().contains(JavaModifier.STATIC)
                                    && unit.getRawReturnType().equals(owner)).orElse(false);
                });
    }

    /**
     * Calling a component's control: any of its methods or constructors, but for reading a value it returned (a
     * record's accessors, an enum constant's name and order).
     */
    private static DescribedPredicate<JavaCall<?>> aRuleOfAControl() {
        return DescribedPredicate.describe("a rule of a component's control", call -> {
            JavaClass owner = call.getTargetOwner();
            if (!owner.getPackageName().matches("coop\\.khidma\\.[a-z]+\\.control")) {
                return false;
            }
            String name = call.getTarget().getName();
            if (owner.isEnum() && READ_ENUM.contains(name)) {
                return false;
            }
            boolean accessor = call.getTarget().getRawParameterTypes().isEmpty() && owner.reflect().isRecord()
                    && Stream.of(owner.reflect().getRecordComponents()).anyMatch(part -> part.getName().equals(name));
            return !accessor && !READ_OBJECT.contains(name);
        });
    }

    private static final Set<String> READ_ENUM = Set.of("values", "valueOf", "name", "ordinal", "compareTo");
    private static final Set<String> READ_OBJECT = Set.of("equals", "hashCode", "toString");

    private static DescribedPredicate<JavaCall<?>> ownedBy(String entityPackage) {
        return DescribedPredicate.describe("of " + entityPackage,
                call -> call.getTargetOwner().getPackageName().equals(entityPackage));
    }
}
