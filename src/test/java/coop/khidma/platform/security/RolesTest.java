package coop.khidma.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {

    @Test
    void onlyACallerWhoIsTheCommitteeAndNothingElseReadsAsTheCommitteeOnly() {
        assertThat(Roles.committeeOnly(Set.of("COMMITTEE")::contains)).isTrue();
        assertThat(Roles.committeeOnly(Set.of("COMMITTEE", "STAFF")::contains)).isFalse();
        assertThat(Roles.committeeOnly(Set.of("COMMITTEE", "ADMIN")::contains)).isFalse();
        assertThat(Roles.committeeOnly(Set.of("DIRECTOR")::contains)).isFalse();
        assertThat(Roles.committeeOnly(Set.of()::contains)).isFalse();
        assertThat(Roles.committeeOnly(Set.of("committee")::contains)).as("role names are exact").isFalse();
    }
}
