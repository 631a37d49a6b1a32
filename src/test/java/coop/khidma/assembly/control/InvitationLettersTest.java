package coop.khidma.assembly.control;

import coop.khidma.assembly.entity.AssemblyKind;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.correspondence.control.SmsSegments;
import coop.khidma.correspondence.control.SmsText;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationLettersTest {

    private static final Instant SCHEDULED = Instant.parse("2025-12-01T07:00:00Z");

    /** A meeting as stored (its id 7 names it {@code GA-7}), first meeting at {@code first}. */
    private static GeneralAssembly meeting(AssemblyKind kind, String first) throws ReflectiveOperationException {
        Instant at = Instant.parse(first);
        GeneralAssembly assembly = GeneralAssembly.schedule(new GeneralAssembly.Plan(kind, at, null,
                "مقر الجمعية، نجران", LocalDate.parse(first.substring(0, 10))), true, 15, false, SCHEDULED, "admin");
        Field id = GeneralAssembly.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(assembly, 7L);
        return assembly;
    }

    @Test
    void theInvitationsTextMessageIsItsSubjectTheDayTheTimeAndTheCodeWithinTwoParts() throws Exception {
        // 28 Nov 2026 is 18 Jumada al-Akhirah 1448 (Umm al-Qura), one of the longest Hijri month names
        Letter letter = InvitationLetters.invitation(meeting(AssemblyKind.EXTRAORDINARY, "2026-11-28T13:00:00Z"),
                "عضو مساهم", "987654");
        String sms = SmsText.of(MessageKind.ASSEMBLY_INVITATION, letter.reference(), SCHEDULED,
                letter.subjectArabic(), letter.subjectEnglish());

        assertThat(sms.lines().toList()).containsExactly(
                "الجمعية العمومية غير العادية ١٨ جمادى الآخرة ١٤٤٨ هـ (٢٨/١١/٢٠٢٦م) ١٦:٠٠، الرمز 987654",
                "General Assembly 28 Nov 2026 16:00, code 987654");
        assertThat(SmsSegments.of(sms)).isLessThanOrEqualTo(SmsSegments.MAX);
        assertThat(sms).doesNotContain("عضو مساهم", "نجران");
    }

    @Test
    void everyMeetingDayOfTwoYearsFitsInTwoParts() throws Exception {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
            for (AssemblyKind kind : AssemblyKind.values()) {
                Letter letter = InvitationLetters.invitation(meeting(kind, day + "T20:59:00Z"), "x", "000000");
                String sms = SmsText.of(MessageKind.ASSEMBLY_INVITATION, letter.reference(), SCHEDULED,
                        letter.subjectArabic(), letter.subjectEnglish());
                assertThat(SmsSegments.of(sms)).as(sms).isLessThanOrEqualTo(SmsSegments.MAX);
            }
        }
    }

    @Test
    void theNoticeGoesAsTheMemberChoseBesideThePrintedLetter() {
        assertThat(InvitationLetters.notice(null, true)).isEqualTo(MessageChannel.SMS);
        assertThat(InvitationLetters.notice(MessageChannel.SMS, true)).isEqualTo(MessageChannel.SMS);
        assertThat(InvitationLetters.notice(MessageChannel.EMAIL, true)).isEqualTo(MessageChannel.EMAIL);
        assertThat(InvitationLetters.notice(MessageChannel.EMAIL, false)).as("address erased since")
                .isEqualTo(MessageChannel.SMS);
        assertThat(InvitationLetters.notice(MessageChannel.LETTER, true)).as("the printed letter only").isNull();
    }
}
