package coop.khidma.review.control;

import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requests;
import coop.khidma.intake.entity.ServiceRequest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static coop.khidma.correspondence.control.BilingualLetters.assertBothLanguages;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewLettersTest {

    @Test
    void theHandOverLetterGivesTheExpectedDecisionDateAcrossTheHijriMonth() {
        ServiceRequest request = Requests.walkedTo(Requests.committeeType(), RequestStatus.WITH_COMMITTEE);
        Letter letter = ReviewLetters.underReview(request.reference(), request.requester().name(),
                LocalDate.of(2026, 3, 12), LocalDate.of(2026, 4, 6));
        assertBothLanguages(letter);
        assertThat(letter.bodyEnglish()).contains("on 23 Ramadan 1447 AH — 12 March 2026")
                .contains("no later than 18 Shawwal 1447 AH — 6 April 2026").contains("not less than two weeks");
        assertThat(letter.bodyArabic()).contains("٢٣ رمضان ١٤٤٧ هـ — ١٢ مارس ٢٠٢٦ م")
                .contains("أقصاه ١٨ شوال ١٤٤٧ هـ — ٦ أبريل ٢٠٢٦ م");
    }

    @Test
    void aRejectionCarriesTheReasonsInTheReadersLanguage() {
        ServiceRequest request = Requests.walkedTo(Requests.committeeType(), RequestStatus.REJECTED);
        Letter letter = ReviewLetters.decision(request.reference(), request.requester().name(),
                request.isApplication(), false, "لم تُسدَّد قيمة الأسهم", "The shares were not paid",
                LocalDate.of(2026, 4, 6));
        assertBothLanguages(letter);
        assertThat(letter.kind()).isEqualTo(MessageKind.DECISION);
        assertThat(letter.bodyEnglish()).contains("did not accept").contains("The shares were not paid")
                .doesNotContain("لم");
        assertThat(letter.bodyArabic()).contains("لم تُسدَّد قيمة الأسهم").doesNotContain("shares were");
    }

    @Test
    void anAcceptedApplicationIsToldRegistrationFollows() {
        ServiceRequest application = Requests.walkedTo(Requests.application(), RequestStatus.ACCEPTED);
        Letter letter = ReviewLetters.decision(application.reference(), application.requester().name(),
                application.isApplication(), true, null, null, LocalDate.of(2026, 4, 6));
        assertBothLanguages(letter);
        assertThat(letter.bodyEnglish()).contains("accepted your request 2026-000001 on 18 Shawwal 1447 AH")
                .contains("membership number");
        assertThat(letter.bodyArabic()).contains("رقم عضويتكم");
    }
}
