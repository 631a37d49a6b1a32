package coop.khidma.membership.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class MemberTest {

    private static final Instant AT = Instant.parse("2026-03-01T06:00:00Z");

    private static Member applicant() {
        Member member = Member.applicant(NationalId.parse("1000000008"), "سارة القحطاني", "Sara Al-Qahtani",
                SaudiMobile.parse("0501234567"), EmailAddress.optional(""), "نجران", new Member.Subscription(5, "R-1447-0311", "2026-000042"), "fatima", AT);
        try { // stored: the database gave it its id
            Field id = Member.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(member, 7L);
        } catch (ReflectiveOperationException impossible) {
            throw new AssertionError(impossible);
        }
        return member;
    }

    @Test
    void aNewMemberIsAnApplicantWithoutANumber() {
        Member member = applicant();
        assertThat(member.status()).isEqualTo(MemberStatus.APPLICANT);
        assertThat(member.membershipNumber()).isNull();
        assertThat(member.email()).isNull();
        assertThat(member.created("fatima")).containsExactly(new Change("MEMBER", "member 7", "apply", null,
                "APPLICANT", "fatima", AT, null), new Change("MEMBER", "member 7", "subscribe", "0", "5", "fatima", AT,
                "+5 — R-1447-0311 — 2026-000042"));
        assertThat(member.auditSubjects()).containsExactly("member 7");
    }

    @Test
    void onlyAnApplicantIsActivatedAndOnlyOnce() {
        Member member = applicant();
        assertBroken("rule.member.numberRequired", () -> member.activate(" ", "fatima", AT));
        Change activated = member.activate("NJT-2026-0001", "fatima", AT.plusSeconds(60));
        assertThat(activated).isEqualTo(new Change("MEMBER", "NJT-2026-0001", "activate", "APPLICANT", "ACTIVE",
                "fatima", AT.plusSeconds(60), "NJT-2026-0001"));
        assertThat(member.auditSubjects()).containsExactly("member 7", "NJT-2026-0001");
        assertThat(member.activatedAt()).isEqualTo(AT.plusSeconds(60));
        assertBroken("rule.member.notApplicant", () -> member.activate("NJT-2026-0002", "fatima", AT));
        assertThat(member.membershipNumber()).isEqualTo("NJT-2026-0001");
    }

    @Test
    void suspensionReinstatementAndWithdrawalFollowTheStatus() {
        Member member = applicant();
        assertBroken("rule.member.illegalTransition", () -> member.suspend("12/1447", "late dues", "admin", AT));
        assertBroken("rule.member.illegalTransition", () -> member.reinstate("admin", AT));
        member.activate("NJT-2026-0001", "fatima", AT);
        assertBroken("rule.reason.required", () -> member.suspend("12/1447", " ", "admin", AT));
        assertBroken("rule.member.boardDecisionRequired", () -> member.suspend(" ", "late dues", "admin", AT));
        assertBroken("rule.member.boardDecisionRequired", () -> member.suspend(null, "late dues", "admin", AT));
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
        Change suspended = member.suspend("Board decision 12/1447", "Dues unpaid for two years", "admin", AT);
        assertThat(suspended).isEqualTo(new Change("MEMBER", "NJT-2026-0001", "suspend", "ACTIVE", "SUSPENDED",
                "admin", AT, "Board decision 12/1447 — Dues unpaid for two years"));
        assertThat(member.statusDecision()).isEqualTo("Board decision 12/1447");
        assertBroken("rule.member.illegalTransition", () -> member.suspend("13/1447", "again", "admin", AT));
        assertBroken("rule.member.notApplicant", () -> member.activate("NJT-2026-0003", "fatima", AT));
        assertThat(member.reinstate("admin", AT).after()).isEqualTo("ACTIVE");
        assertThat(member.statusDecision()).isNull();
        assertThat(member.withdraw("Member asked to leave", "admin", AT).after()).isEqualTo("WITHDRAWN");
        assertBroken("rule.member.illegalTransition", () -> member.withdraw("again", "admin", AT));
        assertBroken("rule.member.illegalTransition", () -> member.changeContact(SaudiMobile.parse("0551234567"),
                null, "نجران", "admin", AT));
    }

    @Test
    void anApplicantMayWithdrawAndContactDetailsChange() {
        Member member = applicant();
        member.changeContact(SaudiMobile.parse("0551234567"), EmailAddress.parse("s@example.sa"), "شرورة", "fatima",
                AT);
        assertThat(member.mobile().value()).isEqualTo("+966551234567");
        assertThat(member.city()).isEqualTo("شرورة");
        assertThat(member.withdraw("Changed her mind", "fatima", AT).before()).isEqualTo("APPLICANT");
    }

    @Test
    void aDataUpdateChangesOnlyWhatIsGivenAndNamesTheFieldsNotTheirValues() {
        Member member = applicant();
        member.activate("NJT-2026-0001", "fatima", AT);
        Change changed = member.changeContact(null, EmailAddress.parse("sara@example.sa"), "شرورة", "fatima", AT);
        assertThat(changed).isEqualTo(new Change("MEMBER", "NJT-2026-0001", "changeContact", "ACTIVE", "ACTIVE",
                "fatima", AT, "email, city"));
        assertThat(member.mobile().value()).isEqualTo("+966501234567");
        assertThat(member.email().value()).isEqualTo("sara@example.sa");
        assertBroken("rule.member.nothingChanged", () -> member.changeContact(SaudiMobile.parse("0501234567"),
                null, "شرورة", "fatima", AT));
        assertBroken("rule.member.nothingChanged", () -> member.changeContact(null, null, null, "fatima", AT));
        assertBroken("rule.member.city", () -> member.changeContact(null, null, "<".repeat(61), "fatima", AT));
    }

    @Test
    void theMemberChoosesSmsEmailOrALetterEmailOnlyWithAnAddressAndTheChangeNamesBeforeAndAfter() {
        Member member = applicant();
        member.activate("NJT-2026-0001", "fatima", AT);
        assertThat(member.preferredChannel()).isNull();
        assertBroken("rule.channel.noEmail", () -> member.preferChannel(MessageChannel.EMAIL, "fatima", AT));
        assertThat(member.preferChannel(MessageChannel.LETTER, "fatima", AT)).isEqualTo(new Change("MEMBER",
                "NJT-2026-0001", "preferChannel", "ACTIVE", "ACTIVE", "fatima", AT, "none → LETTER"));
        assertBroken("rule.member.nothingChanged", () -> member.preferChannel(MessageChannel.LETTER, "fatima", AT));
        member.changeContact(null, EmailAddress.parse("sara@example.sa"), null, "fatima", AT);
        assertThat(member.preferChannel(MessageChannel.EMAIL, "fatima", AT).detail()).isEqualTo("LETTER → EMAIL");
        assertThat(member.preferChannel(null, "fatima", AT).detail()).isEqualTo("EMAIL → none");
        member.withdraw("Moved away", "fatima", AT);
        assertBroken("rule.member.illegalTransition", () -> member.preferChannel(MessageChannel.SMS, "fatima", AT));
    }
}
