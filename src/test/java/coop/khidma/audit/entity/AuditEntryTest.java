package coop.khidma.audit.entity;

import coop.khidma.audit.control.AuditChain;
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
        AuditEntry entry = AuditEntry.of(CHANGE, 2, 7, AuditChain.GENESIS);
        assertThat(entry.change()).isEqualTo(CHANGE);
        assertThat(entry.seq()).isEqualTo(2);
        assertThat(entry.chainNo()).isEqualTo(7);
        assertThat(entry.chainPrevious()).isEqualTo(AuditChain.GENESIS);
        assertThat(entry.chainHash()).isEqualTo(AuditChain.hash(AuditChain.GENESIS, 7, CHANGE, 2)).hasSize(64);
    }

    @Test
    void anEntryKeepsItsInstantAsTheDatabaseDoesSoItsHashHoldsWhenReadBack() {
        Change nanos = new Change("REQUEST", "2026-000001", "completeIntake", null, null, "fatima",
                Instant.parse("2026-03-01T06:00:00.123456789Z"), null);
        AuditEntry entry = AuditEntry.of(nanos, 1, 1, AuditChain.GENESIS);
        assertThat(entry.at()).isEqualTo(Instant.parse("2026-03-01T06:00:00.123456Z"));
        assertThat(entry.chainHash()).isEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, entry.change(), 1));
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
