package coop.khidma.privacy.control;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.DataCategory;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private final RetentionRule rule = new RetentionRule(Map.of(DataCategory.CLOSED_REQUESTS, 365));

    @Test
    void aRecordClosedBeforeThePeriodIsPastRetentionAndOneClosedWithinIsNot() {
        assertThat(rule.isPast(DataCategory.CLOSED_REQUESTS, NOW.minusSeconds(366L * 86400), NOW)).isTrue();
        assertThat(rule.isPast(DataCategory.CLOSED_REQUESTS, NOW.minusSeconds(364L * 86400), NOW)).isFalse();
        assertThat(rule.cutoff(DataCategory.CLOSED_REQUESTS, NOW)).isEqualTo(Instant.parse("2025-11-25T10:00:00Z"));
    }

    @Test
    void theCutoffItselfIsStillKept() {
        Instant cutoff = rule.cutoff(DataCategory.CLOSED_REQUESTS, NOW);
        assertThat(rule.isPast(DataCategory.CLOSED_REQUESTS, cutoff, NOW)).isFalse();
        assertThat(rule.isPast(DataCategory.CLOSED_REQUESTS, cutoff.minusNanos(1000), NOW)).isTrue();
    }

    @Test
    void anOpenRecordIsNeverPastRetention() {
        assertThat(rule.isPast(DataCategory.CLOSED_REQUESTS, null, NOW)).isFalse();
    }

    @Test
    void aCategoryWithoutASettingKeepsItsDefault() {
        assertThat(rule.days(DataCategory.DECLINED_VOLUNTEERS)).isEqualTo(365);
        assertThat(rule.days(DataCategory.IDEMPOTENCY_KEYS)).isEqualTo(30);
        assertThat(rule.cutoff(DataCategory.SUGGESTION_CONTACTS, NOW)).isEqualTo(NOW.minusSeconds(180L * 86400));
    }

    @Test
    void aPurgeAsOfTheFutureIsRefusedAndThePastAllowed() {
        assertThatThrownBy(() -> RetentionRule.checkAsOf(NOW.plusSeconds(1), CLOCK))
                .isInstanceOf(DomainException.class).hasMessage("rule.retention.ahead");
        assertThat(RetentionRule.checkAsOf(NOW.minusSeconds(86400), CLOCK)).isEqualTo(NOW.minusSeconds(86400));
        assertThat(RetentionRule.checkAsOf(NOW, CLOCK)).isEqualTo(NOW);
    }

    @Test
    void theDailySlotOpensAtThreeInTheMorningRiyadhTime() {
        // 23:59 UTC = 02:59 in Riyadh: not yet; 00:00 UTC = 03:00: today's slot, named by the Riyadh date
        assertThat(RetentionRule.dailySlot(Clock.fixed(Instant.parse("2026-11-25T23:59:00Z"), ZoneOffset.UTC)))
                .isEmpty();
        assertThat(RetentionRule.dailySlot(Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC)))
                .contains("2026-11-26");
        assertThat(RetentionRule.dailySlot(CLOCK)).contains("2026-11-25");
    }
}
