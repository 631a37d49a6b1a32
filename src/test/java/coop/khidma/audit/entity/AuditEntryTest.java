package coop.khidma.audit.entity;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTest {

    private static final Change CHANGE = new Change("REQUEST", "2026-000001", "completeIntake", "IN_INTAKE",
            "VERIFIED", "fatima", Instant.parse("2026-03-01T06:00:00Z"), null);

    @Test
    void anEntryRecordsTheChangeAsItWas() {
        assertThat(AuditEntry.of(CHANGE, 2).change()).isEqualTo(CHANGE);
        assertThat(AuditEntry.of(CHANGE, 2).seq()).isEqualTo(2);
    }

    @Test
    void anEntryHasNoSetterAndNoPublicConstructor() {
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> method.getParameterCount() > 0)
                .map(method -> method.getName()))
                .containsExactly("of");
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredConstructors())
                .filter(constructor -> Modifier.isPublic(constructor.getModifiers()))).isEmpty();
    }

    @Test
    void aLongDetailIsCutToTheColumn() {
        Change change = new Change("REQUEST", "x", "a", null, null, "fatima", Instant.EPOCH, "x".repeat(5000));
        assertThat(change.detail()).hasSize(Change.DETAIL_MAX).endsWith("…");
    }
}
