package coop.khidma.membership.control;

import coop.khidma.correspondence.control.SmsSegments;
import coop.khidma.correspondence.control.SmsText;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requests;
import coop.khidma.intake.entity.ServiceRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipLettersTest {

    @Test
    void theRegistrationLetterGivesTheMembershipNumber() {
        ServiceRequest application = Requests.walkedTo(Requests.application(), RequestStatus.ACCEPTED);
        Letter letter = MembershipLetters.registrationCompleted(application.reference(),
                application.requester().name(), "NJT-2026-0001", LocalDate.of(2026, 4, 7));
        assertThat(letter.kind()).isEqualTo(MessageKind.REGISTRATION_COMPLETED);
        assertThat(letter.bodyEnglish()).contains("NJT-2026-0001").contains("19 Shawwal 1447 AH — 7 April 2026");
        assertThat(letter.bodyArabic()).contains("NJT-2026-0001").contains("١٩ شوال ١٤٤٧ هـ");
    }

    @Test
    void theNewMemberIsTextedTheMembershipNumberTheDayAndWhereTheCertificateIsWithinTwoParts() {
        Letter letter = MembershipLetters.registrationCompleted("2026-000125", "سارة", "NJT-2026-0001",
                LocalDate.of(2026, 4, 7));
        String sms = SmsText.of(letter.kind(), letter.reference(), Instant.parse("2026-04-07T09:00:00Z"),
                letter.subjectArabic(), letter.subjectEnglish());
        assertThat(sms).isEqualTo("عضويتكم رقم NJT-2026-0001 منذ ١٩ شوال ١٤٤٧ هـ (٧/٤/٢٠٢٦م)، الشهادة بالكشك\n"
                + "Member no. NJT-2026-0001, certificate at the kiosk");
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
            Letter longest = MembershipLetters.registrationCompleted("2026-999999", "x", "NJT-2026-9999", day);
            assertThat(SmsSegments.of(SmsText.of(longest.kind(), longest.reference(), Instant.EPOCH,
                    longest.subjectArabic(), longest.subjectEnglish()))).as(day.toString())
                    .isLessThanOrEqualTo(SmsSegments.MAX);
        }
    }
}
