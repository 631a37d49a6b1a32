package coop.khidma.intake.entity;

import org.junit.jupiter.api.Test;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicantTest {

    @Test
    void sharesAreChecked() {
        assertBroken("rule.member.shares", () -> Applicant.checkShares(0));
        assertThat(Applicant.checkShares(1)).isEqualTo(1);
    }
}
