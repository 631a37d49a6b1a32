package coop.khidma.membership.boundary;

import coop.khidma.support.Applications;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the register's one search box reads what staff type. */
class MembersTest {

    @Test
    void theSearchBoxTellsNumbersIdsMobilesAndNames() {
        assertThat(Members.kind(null)).isEqualTo(Members.Kind.NONE);
        assertThat(Members.kind("  ")).isEqualTo(Members.Kind.NONE);
        assertThat(Members.kind("NJT-2026-0001")).isEqualTo(Members.Kind.NUMBER);
        assertThat(Members.kind("njt-2026")).isEqualTo(Members.Kind.NUMBER);
        assertThat(Members.kind("2026-0001")).isEqualTo(Members.Kind.NUMBER);
        assertThat(Members.kind(Applications.nationalId(1234))).isEqualTo(Members.Kind.NATIONAL_ID);
        assertThat(Members.kind("٠٥٠١٢٣٤٥٦٧")).isEqualTo(Members.Kind.MOBILE);
        assertThat(Members.kind("عَبْدُالله")).isEqualTo(Members.Kind.NAME);
        assertThat(Members.kind("Abdullah")).isEqualTo(Members.Kind.NAME);
    }
}
