package coop.khidma.platform.personaldata;

import org.junit.jupiter.api.Test;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class PrivacyNoticeTest {

    @Test
    void onlyTheNoticeInForceAcceptedLetsAFilingThrough() {
        assertThat(new PrivacyNotice.Acceptance("2026-12", true).check()).isEqualTo("2026-12");
        assertThat(PrivacyNotice.Acceptance.ofCurrent(true).check()).isEqualTo("2026-12");

        assertBroken("rule.consent.required", () -> new PrivacyNotice.Acceptance("2026-12", false).check());
        assertBroken("rule.consent.required", () -> new PrivacyNotice.Acceptance("2026-12", null).check());
        assertBroken("rule.consent.required", () -> PrivacyNotice.Acceptance.ofCurrent(false).check());
        assertBroken("rule.consent.versionRequired", () -> new PrivacyNotice.Acceptance(null, true).check());
        assertBroken("rule.consent.versionRequired", () -> new PrivacyNotice.Acceptance("  ", true).check());
        assertBroken("rule.consent.outdated", () -> new PrivacyNotice.Acceptance("2025-01", true).check());
        assertBroken("rule.consent.outdated", () -> new PrivacyNotice.Acceptance("2026-12'; DROP TABLE x; --", true)
                .check());
    }
}
