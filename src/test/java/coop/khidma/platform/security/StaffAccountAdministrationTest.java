package coop.khidma.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.OptionalInt;
import java.util.Set;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

/** What administrators do to staff accounts, and when a signed-in session must end. */
class StaffAccountAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private static StaffAccount invited() {
        return StaffAccount.invite(" Sara.Q ", "سارة القحطاني", "hash-1", Set.of(Roles.STAFF), "admin", NOW);
    }

    @Test
    void anInvitedPersonMustChangeTheOneTimePassword() {
        StaffAccount account = invited();
        assertThat(account.username()).isEqualTo("sara.q");
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.isEnabled()).isTrue();
        assertThat(account.roles()).containsExactly(Roles.STAFF);
        account.changePassword("hash-2");
        assertThat(account.mustChangePassword()).isFalse();
    }

    @Test
    void invitationsAreChecked() {
        assertBroken("rule.account.username", () -> StaffAccount.invite("س", "سارة", "h", Set.of(Roles.STAFF), "admin", NOW));
        assertBroken("rule.account.username", () -> StaffAccount.invite("1abc", "سارة", "h", Set.of(Roles.STAFF), "admin", NOW));
        assertBroken("rule.account.displayName", () -> StaffAccount.invite("sara", " ", "h", Set.of(Roles.STAFF), "admin", NOW));
        assertBroken("rule.account.roles", () -> StaffAccount.invite("sara", "سارة", "h", Set.of(), "admin", NOW));
        assertBroken("rule.account.roles", () -> StaffAccount.invite("sara", "سارة", "h", Set.of("ROOT"), "admin", NOW));
    }

    @Test
    void theSystemsOwnNamesCannotBeTakenInAnyCase() {
        for (String name : new String[]{"system", "SYSTEM", "Kiosk", " website "}) {
            assertBroken("rule.account.reserved", () -> StaffAccount.invite(name, "منتحل", "h", Set.of(Roles.ADMIN),
                    "admin", NOW));
        }
    }

    @Test
    void aOneTimePasswordSignsInForSeventyTwoHoursOnly() {
        StaffAccount account = invited(); // invited at NOW
        assertThat(account.oneTimePasswordExpired(NOW.plus(java.time.Duration.ofHours(71).plusMinutes(59))))
                .isFalse();
        assertThat(account.oneTimePasswordExpired(NOW.plus(java.time.Duration.ofHours(72)))).isTrue();
        account.resetPassword("again", "admin", NOW.plus(java.time.Duration.ofDays(5)));
        assertThat(account.oneTimePasswordExpired(NOW.plus(java.time.Duration.ofDays(7)))).isFalse();
        assertThat(account.oneTimePasswordExpired(NOW.plus(java.time.Duration.ofDays(8)))).isTrue();
        account.changePassword("own");
        assertThat(account.oneTimePasswordExpired(NOW.plus(java.time.Duration.ofDays(400))))
                .as("one's own password does not expire").isFalse();
    }

    @Test
    void disablingResettingAndNewRolesEndTheOpenSessions() {
        StaffAccount account = invited();
        int epoch = account.sessionEpoch();
        account.changePassword("own");
        assertThat(account.sessionEpoch()).as("one's own new password ends one's other sessions").isEqualTo(epoch + 1);
        account.endSessions();
        assertThat(account.sessionEpoch()).isEqualTo(epoch + 2);
        account.changeRoles(Set.of(Roles.STAFF, Roles.SUPERVISOR), "admin");
        assertThat(account.sessionEpoch()).isEqualTo(epoch + 3);
        assertThat(account.describeRoles()).isEqualTo("STAFF,SUPERVISOR");
        account.resetPassword("fresh", "admin", NOW);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.sessionEpoch()).isEqualTo(epoch + 4);
        account.disable("admin");
        assertThat(account.isEnabled()).isFalse();
        assertThat(account.sessionEpoch()).isEqualTo(epoch + 5);
        account.enable();
        assertThat(account.isEnabled()).isTrue();
    }

    @Test
    void administratorsCannotLockThemselvesOut() {
        StaffAccount admin = StaffAccount.invite("admin2", "مدير", "h", Set.of(Roles.ADMIN, Roles.STAFF), "admin", NOW);
        assertBroken("rule.account.self", () -> admin.disable("admin2"));
        assertBroken("rule.account.self", () -> admin.resetPassword("h2", "admin2", NOW));
        assertBroken("rule.account.self", () -> admin.disable("ADMIN2"));
        assertBroken("rule.account.self", () -> admin.changeRoles(Set.of(Roles.STAFF), "Admin2"));
        assertBroken("rule.account.self", () -> admin.changeRoles(Set.of(Roles.STAFF), "admin2"));
        admin.changeRoles(Set.of(Roles.ADMIN), "admin2");
        assertThat(admin.roles()).containsExactly(Roles.ADMIN);
    }

    @Test
    void aSessionGoesOnOnlyAtTheAccountsCurrentEpochWhileEnabled() {
        assertThat(StaffSessions.stillValid(3, OptionalInt.of(3))).isTrue();
        assertThat(StaffSessions.stillValid(3, OptionalInt.of(4))).isFalse();
        assertThat(StaffSessions.stillValid(3, OptionalInt.empty())).isFalse();
    }
}
