package coop.khidma.audit.boundary;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit viewer's filters as a query: only what was given, days counted in Riyadh, items found with their request. */
class AuditQueryTest {

    @Test
    void noFilterMeansEverything() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        assertThat(new AuditQuery(" ", "", null, null, null).where(parameters)).isEqualTo(" WHERE 1 = 1");
        assertThat(parameters).isEmpty();
    }

    @Test
    void eachFilterNarrowsAndDaysAreRiyadhDays() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = new AuditQuery("staff1", "REQUEST", " 2026-000042 ", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30)).where(parameters);
        assertThat(where).contains("a.actor = :actor", "a.subjectType = :subjectType", "a.subject LIKE :items",
                "a.at >= :from", "a.at < :to");
        assertThat(parameters).containsEntry("actor", "staff1").containsEntry("subject", "2026-000042")
                .containsEntry("items", "2026-000042/%")
                .containsEntry("from", Instant.parse("2026-10-31T21:00:00Z"))
                .containsEntry("to", Instant.parse("2026-11-30T21:00:00Z"));
    }
}
