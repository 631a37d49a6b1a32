package coop.khidma.privacy.entity;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.DataCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreachIncidentTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static BreachIncident incident() {
        return BreachIncident.record("A printed list of applicants was left at the counter", NOW.minusSeconds(3600),
                "names and mobile numbers", 12, "List collected and shredded; staff reminded", "admin", NOW);
    }

    @Test
    void anIncidentNeedsItsFactsAndCannotBeDiscoveredInTheFuture() {
        assertThatThrownBy(() -> BreachIncident.record(" ", NOW, "names", 1, "m", "admin", NOW))
                .isInstanceOf(DomainException.class).hasMessage("rule.breach.summary");
        assertThatThrownBy(() -> BreachIncident.record("s", NOW, "names", -1, "m", "admin", NOW))
                .hasMessage("rule.breach.people");
        assertThatThrownBy(() -> BreachIncident.record("s", NOW.plusSeconds(60), "names", 1, "m", "admin", NOW))
                .hasMessage("rule.breach.discoveredInFuture");
        assertThatThrownBy(() -> BreachIncident.record("s", NOW, "", 1, "m", "admin", NOW))
                .hasMessage("rule.breach.categories");
    }

    @Test
    void eachNotificationIsRecordedOnceAndAuditedWithoutTheDescription() {
        BreachIncident incident = incident();
        assertThat(incident.recorded().detail()).doesNotContain("applicants").contains("12");
        var change = incident.notifyAuthority("admin", NOW.plusSeconds(3600));
        assertThat(change.action()).isEqualTo("notifyAuthority");
        assertThat(change.detail()).isEqualTo("within 72 hours");
        assertThat(incident.clock().notifiedLate()).isFalse();
        assertThatThrownBy(() -> incident.notifyAuthority("admin", NOW.plusSeconds(7200)))
                .hasMessage("rule.breach.alreadyNotified");
        incident.notifySubjects("admin", NOW.plusSeconds(7200));
        assertThat(incident.subjectsNotifiedAt()).isEqualTo(NOW.plusSeconds(7200));
        assertThatThrownBy(() -> incident.notifySubjects("admin", NOW.plusSeconds(9000)))
                .hasMessage("rule.breach.alreadyNotified");
    }

    @Test
    void aRetentionPeriodStaysBetweenAMonthAndTenYears() {
        RetentionSetting setting = RetentionSetting.defaultFor(DataCategory.CLOSED_REQUESTS);
        assertThat(setting.days()).isEqualTo(1825);
        assertThatThrownBy(() -> setting.change(29, "admin", NOW)).hasMessage("rule.retention.days");
        assertThatThrownBy(() -> setting.change(3651, "admin", NOW)).hasMessage("rule.retention.days");
        var change = setting.change(400, "admin", NOW);
        assertThat(setting.days()).isEqualTo(400);
        assertThat(change.before()).isEqualTo("1825");
        assertThat(change.after()).isEqualTo("400");
    }
}
