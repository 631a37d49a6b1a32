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
                LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 6));
        assertBothLanguages(letter);
        assertThat(letter.bodyEnglish()).contains("on 23 Ramadan 1447 AH — 12 March 2026")
                .contains("not less than two weeks: its decision is not taken before 12 Shawwal 1447 AH — 31 March 2026")
                .contains("no later than 18 Shawwal 1447 AH — 6 April 2026");
        assertThat(letter.bodyArabic()).contains("٢٣ رمضان ١٤٤٧ هـ — ١٢ مارس ٢٠٢٦ م")
                .contains("لا تقل عن أسبوعين، فلا يصدر قرارها قبل ١٢ شوال ١٤٤٧ هـ — ٣١ مارس ٢٠٢٦ م")
                .contains("أقصاه ١٨ شوال ١٤٤٧ هـ — ٦ أبريل ٢٠٢٦ م");
    }

    @Test
    void theMemberIsToldWhenTheCommitteesClockStopsForThemAndWhenItRunsAgainWithTheNewDate() {
        Letter stopped = ReviewLetters.clockStopped("2026-000001", "Sara Al-Qahtani", LocalDate.of(2026, 3, 12),
                "صورة الترخيص السياحي");
        assertBothLanguages(stopped);
        assertThat(stopped.kind()).isEqualTo(MessageKind.CLOCK_STOPPED);
        assertThat(stopped.subjectEnglish()).isEqualTo("Your request 2026-000001: the committee is waiting for you");
        assertThat(stopped.bodyEnglish()).contains("The research committee's time for your request 2026-000001 "
                + "stopped on 23 Ramadan 1447 AH — 12 March 2026 while we wait for you: صورة الترخيص السياحي");
        assertThat(stopped.bodyArabic()).contains("بتاريخ ٢٣ رمضان ١٤٤٧ هـ — ١٢ مارس ٢٠٢٦ م");

        Letter resumed = ReviewLetters.clockResumed("2026-000001", "Sara Al-Qahtani", LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 4, 9));
        assertBothLanguages(resumed);
        assertThat(resumed.subjectEnglish()).isEqualTo("Your request 2026-000001: the committee's time runs again");
        assertThat(resumed.bodyEnglish()).contains("runs again from 27 Ramadan 1447 AH — 16 March 2026")
                .contains("no later than 21 Shawwal 1447 AH — 9 April 2026");
        assertThat(resumed.bodyArabic()).contains("أقصاه ٢١ شوال ١٤٤٧ هـ — ٩ أبريل ٢٠٢٦ م");
    }

    @Test
    void aRejectionCarriesTheReasonsInTheReadersLanguage() {
        ServiceRequest request = Requests.walkedTo(Requests.committeeType(), RequestStatus.REJECTED);
        Letter letter = ReviewLetters.decision(request.reference(), request.requester().name(),
                request.isApplication(), false, "لم تُسدَّد قيمة الأسهم", "The shares were not paid",
                LocalDate.of(2026, 4, 6), null);
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
                application.isApplication(), true, null, null, LocalDate.of(2026, 4, 6), null);
        assertBothLanguages(letter);
        assertThat(letter.bodyEnglish()).contains("accepted your request 2026-000001 on 18 Shawwal 1447 AH")
                .contains("membership number");
        assertThat(letter.bodyArabic()).contains("رقم عضويتكم");
    }

    @Test
    void aDecisionBeforeTheTwoWeeksTellsTheMemberItWasTheBoardsException() {
        ServiceRequest application = Requests.walkedTo(Requests.application(), RequestStatus.ACCEPTED);
        Letter letter = ReviewLetters.decision(application.reference(), application.requester().name(),
                application.isApplication(), true, null, null, LocalDate.of(2026, 1, 7),
                new ReviewLetters.EarlyDecision(LocalDate.of(2026, 1, 18), "1447/23", "The member travels abroad"));
        assertBothLanguages(letter);
        // 18 January 2026 is 29 Rajab 1447
        assertThat(letter.bodyEnglish()).contains("decided before 29 Rajab 1447 AH — 18 January 2026")
                .contains("not less than two weeks").contains("board of directors 1447/23")
                .contains("The member travels abroad").contains("membership number");
        assertThat(letter.bodyArabic()).contains("قبل ٢٩ رجب ١٤٤٧ هـ — ١٨ يناير ٢٠٢٦ م")
                .contains("لا تقل عن أسبوعين").contains("قرار مجلس الإدارة رقم 1447/23");
    }
}
