package coop.khidma.membership.control;

import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requests;
import coop.khidma.intake.entity.ServiceRequest;
import org.junit.jupiter.api.Test;

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
}
