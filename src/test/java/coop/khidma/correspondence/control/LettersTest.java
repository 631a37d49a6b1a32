package coop.khidma.correspondence.control;

import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.correspondence.entity.MessageState;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requests;
import coop.khidma.intake.entity.ServiceRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static coop.khidma.intake.entity.Requests.CLERK;
import static org.assertj.core.api.Assertions.assertThat;

class LettersTest {

    private static final Pattern ARABIC = Pattern.compile("\\p{InArabic}");
    private static final Pattern UNFILLED = Pattern.compile("\\{\\d}|!letter\\.");

    private static void assertBothLanguages(Letter letter) {
        assertThat(ARABIC.matcher(letter.bodyArabic()).find()).isTrue();
        assertThat(ARABIC.matcher(letter.subjectArabic()).find()).isTrue();
        assertThat(letter.subjectEnglish()).contains("2026-000001");
        assertThat(letter.subjectArabic()).contains("2026-000001");
        for (String text : new String[]{letter.subjectArabic(), letter.bodyArabic(), letter.subjectEnglish(),
                letter.bodyEnglish()}) {
            assertThat(UNFILLED.matcher(text).find()).as(text).isFalse();
        }
        assertThat(letter.bodyArabic()).contains("Sara Al-Qahtani").contains("الجمعية التعاونية السياحية بنجران");
        assertThat(letter.bodyEnglish()).startsWith("Dear Sara Al-Qahtani,")
                .contains("Tourism Cooperative Association in Najran");
    }

    @Test
    void theAcknowledgementGivesTheReferenceTheTypeAndTheDateInHijriAndGregorian() {
        // 2026-02-22T08:00Z is 5 Ramadan 1447, 22 February 2026 in Riyadh
        ServiceRequest request = ServiceRequest.submit("2026-000001", Requests.committeeType(), Requests.requester(),
                Channel.KIOSK, null, "kiosk", Instant.parse("2026-02-22T08:00:00Z"));
        Letter letter = Letters.acknowledgement(request);
        assertBothLanguages(letter);
        assertThat(letter.kind()).isEqualTo(MessageKind.ACKNOWLEDGEMENT);
        assertThat(letter.bodyEnglish()).contains("\"Support request\"").contains("5 Ramadan 1447 AH — 22 February 2026")
                .contains("research committee");
        assertThat(letter.bodyArabic()).contains("«طلب دعم»").contains("٥ رمضان ١٤٤٧ هـ — ٢٢ فبراير ٢٠٢٦ م");
    }

    @Test
    void theMissingItemsLetterListsEachItemWithItsReasonInEachLanguage() {
        ServiceRequest request = Requests.walkedTo(Requests.committeeType(), RequestStatus.IN_INTAKE);
        request.markMissing("SUPPORT_DOCUMENT", "bank letter not brought", CLERK, Requests.at(2));
        request.returnToMember(CLERK, Requests.at(3));
        Letter letter = Letters.missingItems(request);
        assertBothLanguages(letter);
        assertThat(letter.bodyEnglish()).contains("• The document (bank letter not brought)")
                .doesNotContain("Identity matched");
        assertThat(letter.bodyArabic()).contains("• المستند (bank letter not brought)");
    }

    @Test
    void theHandOverLetterGivesTheExpectedDecisionDateAcrossTheHijriMonth() {
        ServiceRequest request = Requests.walkedTo(Requests.committeeType(), RequestStatus.WITH_COMMITTEE);
        Letter letter = Letters.underReview(request, LocalDate.of(2026, 3, 12), LocalDate.of(2026, 4, 6));
        assertBothLanguages(letter);
        assertThat(letter.bodyEnglish()).contains("on 23 Ramadan 1447 AH — 12 March 2026")
                .contains("no later than 18 Shawwal 1447 AH — 6 April 2026").contains("not less than two weeks");
        assertThat(letter.bodyArabic()).contains("٢٣ رمضان ١٤٤٧ هـ — ١٢ مارس ٢٠٢٦ م")
                .contains("أقصاه ١٨ شوال ١٤٤٧ هـ — ٦ أبريل ٢٠٢٦ م");
    }

    @Test
    void aRejectionCarriesTheReasonsInTheReadersLanguage() {
        ServiceRequest request = Requests.walkedTo(Requests.committeeType(), RequestStatus.REJECTED);
        Letter letter = Letters.decision(request, false, "لم تُسدَّد قيمة الأسهم", "The shares were not paid",
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
        Letter letter = Letters.decision(application, true, null, null, LocalDate.of(2026, 4, 6));
        assertBothLanguages(letter);
        assertThat(letter.bodyEnglish()).contains("accepted your request 2026-000001 on 18 Shawwal 1447 AH")
                .contains("membership number");
        assertThat(letter.bodyArabic()).contains("رقم عضويتكم");
    }

    @Test
    void theRegistrationLetterGivesTheMembershipNumber() {
        ServiceRequest application = Requests.walkedTo(Requests.application(), RequestStatus.ACCEPTED);
        Letter letter = Letters.registrationCompleted(application, "NJT-2026-0001", LocalDate.of(2026, 4, 7));
        assertThat(letter.kind()).isEqualTo(MessageKind.REGISTRATION_COMPLETED);
        assertThat(letter.bodyEnglish()).contains("NJT-2026-0001").contains("19 Shawwal 1447 AH — 7 April 2026");
        assertThat(letter.bodyArabic()).contains("NJT-2026-0001").contains("١٩ شوال ١٤٤٧ هـ");
    }

    @Test
    void theAnswerQuotesWhatWasResolved() {
        ServiceRequest request = Requests.walkedTo(Requests.serviceType(), RequestStatus.RESOLVED);
        Letter letter = Letters.answer(request);
        assertBothLanguages(letter);
        assertThat(letter.bodyEnglish()).contains("Certificate issued");
    }

    @Test
    void theMessageGoesByTheChannelTheRequestCameBy() {
        ServiceRequest inPerson = Requests.walkedTo(Requests.committeeType(), RequestStatus.WITH_COMMITTEE);
        Message letter = Letters.toMember(inPerson, Letters.acknowledgement(inPerson), Requests.at(9));
        assertThat(letter.channel()).isEqualTo(MessageChannel.LETTER);
        assertThat(letter.state()).isEqualTo(MessageState.PENDING);
        assertThat(letter.requestReference()).isEqualTo("2026-000001");
        assertThat(letter.recipientMobile().value()).isEqualTo("+966501234567");

        ServiceRequest web = ServiceRequest.application(Requests.application(), "2026-000001", Requests.requester(),
                Requests.applicant(), Channel.WEBSITE, "web", Requests.T0);
        Message email = Letters.toMember(web, Letters.acknowledgement(web), Requests.at(9));
        assertThat(email.channel()).isEqualTo(MessageChannel.EMAIL);
        assertThat(email.recipientEmail().value()).isEqualTo("sara@example.com");

        assertThat(MessageChannel.answering(Channel.WEBSITE, false)).isEqualTo(MessageChannel.SMS);
        assertThat(MessageChannel.answering(Channel.KIOSK, true)).isEqualTo(MessageChannel.SMS);
        assertThat(MessageChannel.answering(Channel.PHONE, false)).isEqualTo(MessageChannel.SMS);
        assertThat(MessageChannel.answering(Channel.LETTER, true)).isEqualTo(MessageChannel.LETTER);
    }
}
