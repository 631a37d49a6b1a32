package coop.khidma;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code WEB-INF/beans.xml} keeps packages out of CDI discovery (fewer beans for Weld to build at every start); a class
 * in such a package is no bean, so it must need none: no scope, EJB or CDI annotation, no injection, producer or
 * observer of its own, and no injection point anywhere of its type.
 */
class BeanDiscoveryTest {

    private static final JavaClasses KHIDMA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("coop.khidma");

    @Test
    void anExcludedPackageHoldsNoClassThatNeedsToBeABean() throws Exception {
        List<String> excluded = excludedPackages();
        assertThat(excluded).contains("coop.khidma.intake.entity", "coop.khidma.intake.control");
        List<String> needs = new ArrayList<>();
        for (JavaClass type : KHIDMA) {
            if (!excluded.contains(type.getPackageName())) {
                continue;
            }
            Stream.concat(type.getAnnotations().stream(), members(type).flatMap(m -> m.getAnnotations().stream()))
                    .map(JavaAnnotation::getRawType).map(JavaClass::getName).filter(BeanDiscoveryTest::isCdiOrEjb)
                    .forEach(annotation -> needs.add(type.getName() + " carries @" + annotation));
            type.getCodeUnits().stream().flatMap(unit -> unit.getParameters().stream())
                    .flatMap(parameter -> parameter.getAnnotations().stream())
                    .map(annotation -> annotation.getRawType().getName()).filter(BeanDiscoveryTest::isCdiOrEjb)
                    .forEach(annotation -> needs.add(type.getName() + " has a parameter @" + annotation));
        }
        for (JavaClass type : KHIDMA) {
            for (JavaField field : type.getFields()) {
                if (field.isAnnotatedWith("jakarta.inject.Inject") && excluded.contains(field.getRawType().getPackageName())) {
                    needs.add(type.getName() + "." + field.getName() + " injects " + field.getRawType().getName());
                }
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (unit.isAnnotatedWith("jakarta.inject.Inject")) {
                    unit.getRawParameterTypes().stream().filter(p -> excluded.contains(p.getPackageName()))
                            .forEach(p -> needs.add(unit.getFullName() + " injects " + p.getName()));
                }
            }
        }
        assertThat(needs).as("classes in packages beans.xml excludes that need to be beans").isEmpty();
    }

    private static Stream<JavaMember> members(JavaClass type) {
        return Stream.concat(type.getFields().stream(), type.getCodeUnits().stream());
    }

    /** CDI's, EJB's (but @ApplicationException, which the EJB container reads whatever CDI discovers), Vaadin's. */
    private static boolean isCdiOrEjb(String annotation) {
        return !annotation.equals("jakarta.ejb.ApplicationException") && (annotation.startsWith("jakarta.enterprise.")
                || annotation.startsWith("jakarta.ejb.")
                || annotation.startsWith("jakarta.inject.") || annotation.startsWith("jakarta.interceptor.")
                || annotation.startsWith("com.vaadin.cdi.") || annotation.startsWith("com.vaadin.flow.router.Route")
                || annotation.startsWith("org.eclipse.microprofile.health."));
    }

    private static List<String> excludedPackages() throws Exception {
        String beans = Files.readString(Path.of("src/main/webapp/WEB-INF/beans.xml"));
        Matcher exclude = Pattern.compile("<exclude name=\"([\\w.]+)\\.\\*\"\\s*/>").matcher(beans);
        List<String> packages = new ArrayList<>();
        while (exclude.find()) {
            packages.add(exclude.group(1));
        }
        return packages;
    }
}
