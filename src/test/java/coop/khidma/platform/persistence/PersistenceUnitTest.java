package coop.khidma.platform.persistence;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persistence unit lists its managed classes (so EclipseLink reads no other class of the WAR at start-up): the list
 * must be exactly the classes annotated as entity, embeddable, mapped superclass or converter — a new entity left out
 * would be "not a known entity type" at its first use.
 */
class PersistenceUnitTest {

    @Test
    void listsEveryManagedClassAndNothingElse() throws Exception {
        Set<String> annotated = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("coop.khidma").stream()
                .filter(type -> type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(Embeddable.class)
                        || type.isAnnotatedWith(MappedSuperclass.class) || type.isAnnotatedWith(Converter.class))
                .map(JavaClass::getName).collect(Collectors.toSet());
        String unit;
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            unit = new String(xml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher listed = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>").matcher(unit);
        Set<String> classes = new java.util.HashSet<>();
        while (listed.find()) {
            classes.add(listed.group(1));
        }
        assertThat(annotated).hasSizeGreaterThan(40);
        assertThat(classes).containsExactlyInAnyOrderElementsOf(annotated);
        assertThat(unit).contains("<exclude-unlisted-classes>true</exclude-unlisted-classes>");
    }
}
