package coop.khidma.assembly.entity;

import coop.khidma.audit.entity.Change;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class AssemblyRulesTest {

    private static final Instant AT = Instant.parse("2026-09-01T07:00:00Z");

    private static AssemblyRules.Figures figures(int notice, int limit, int first, boolean second, int secondPercent) {
        return new AssemblyRules.Figures(notice, true, false, limit, QuorumBasis.SHARES, first, second, secondPercent,
                true);
    }

    @Test
    void theSeededFiguresArePlaceholdersUntilAnAdminSavesTheBylawsOwn() {
        AssemblyRules rules = AssemblyRules.defaults();
        assertThat(rules.confirmed()).isFalse();
        assertThat(rules.figures()).isEqualTo(new AssemblyRules.Figures(15, false, false, 1, QuorumBasis.MEMBERS, 50,
                true, 25, false));

        Change changed = rules.change(figures(21, 2, 51, true, 30), "admin", AT);

        assertThat(rules.confirmed()).isTrue();
        assertThat(rules.confirmedAt()).isEqualTo(AT);
        assertThat(rules.noticeInWorkingDays()).isTrue();
        assertThat(rules.quorumBasis()).isEqualTo(QuorumBasis.SHARES);
        assertThat(changed.detail()).isEqualTo("notice 15 calendar days, proxies 1, quorum MEMBERS 50% / second 25%"
                + " → notice 21 working days, proxies 2, quorum SHARES 51% / second 30%, kiosk voting");
    }

    @Test
    void figuresOutsideTheirRangesAreRefused() {
        AssemblyRules rules = AssemblyRules.defaults();
        assertBroken("rule.assemblyRules.notice", () -> rules.change(figures(-1, 1, 50, true, 25), "admin", AT));
        assertBroken("rule.assemblyRules.notice", () -> rules.change(figures(121, 1, 50, true, 25), "admin", AT));
        assertBroken("rule.assemblyRules.proxyLimit", () -> rules.change(figures(15, -1, 50, true, 25), "admin", AT));
        assertBroken("rule.assemblyRules.percent", () -> rules.change(figures(15, 1, 0, true, 25), "admin", AT));
        assertBroken("rule.assemblyRules.percent", () -> rules.change(figures(15, 1, 50, true, 101), "admin", AT));
        assertBroken("rule.assemblyRules.basisRequired", () -> rules.change(new AssemblyRules.Figures(15, false,
                false, 1, null, 50, false, 25, false), "admin", AT));
        assertThat(rules.confirmed()).as("nothing refused is kept").isFalse();

        rules.change(figures(15, 0, 50, false, 0), "admin", AT);
        assertThat(rules.secondMeetingAllowed()).isFalse();
        assertThat(rules.secondQuorumPercent()).as("kept as it was, unused").isEqualTo(25);
    }
}
