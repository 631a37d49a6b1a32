package coop.khidma.assembly.entity;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;

/** Meetings for the assembly's unit tests: scheduled 1 September 2026, meeting Thursday 1 October 2026 at 16:00 Riyadh. */
final class Meetings {

    static final Instant SCHEDULED = Instant.parse("2026-09-01T07:00:00Z");
    static final Instant FIRST = Instant.parse("2026-10-01T13:00:00Z");
    static final Instant SECOND = Instant.parse("2026-10-01T14:00:00Z");
    static final LocalDate RECORD_DATE = LocalDate.of(2026, 9, 30);

    private Meetings() {
    }

    static GeneralAssembly.Plan plan() {
        return new GeneralAssembly.Plan(AssemblyKind.ORDINARY, FIRST, SECOND, "مقر الجمعية، نجران", RECORD_DATE);
    }

    /** A scheduled meeting with the given id and an agenda of one item. */
    static GeneralAssembly meeting(long id) {
        GeneralAssembly assembly = GeneralAssembly.schedule(plan(), true, 15, false, SCHEDULED, "admin");
        set(assembly, "id", id);
        assembly.addItem(new AgendaItem.Text("اعتماد القوائم المالية", "Approving the financial statements", null,
                null), DecisionRule.MAJORITY, SCHEDULED, "admin");
        return assembly;
    }

    static void set(Object target, String field, Object value) {
        try {
            Field declared = target.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
