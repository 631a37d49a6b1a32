package coop.khidma.intake.control;

import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.correspondence.entity.MessageState;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.LinkedMember;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requests;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.platform.i18n.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static coop.khidma.correspondence.control.BilingualLetters.assertBothLanguages;
import static coop.khidma.intake.entity.Requests.CLERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestLettersTest {

    @Test
    void theAcknowledgementGivesTheReferenceTheTypeAndTheDateInHijriAndGregorian() {
        // 2026-02-22T08:00Z is 5 Ramadan 1447, 22 February 2026 in Riyadh
        ServiceRequest request = ServiceRequest.submit("2026-000001", Requests.committeeType(), Requests.requester(),
                Channel.KIOSK, null, "kiosk", Instant.parse("2026-02-22T08:00:00Z"));
        Letter letter = RequestLetters.acknowledgement(request);
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
        Letter letter = RequestLetters.missingItems(request);
        assertBothLanguages(letter);
        assertThat(letter.bodyEnglish()).contains("• The document (bank letter not brought)")
                .doesNotContain("Identity matched");
        assertThat(letter.bodyArabic()).contains("• المستند (bank letter not brought)");
    }

    @Test
    void theAnswerQuotesWhatWasResolved() {
        ServiceRequest request = Requests.walkedTo(Requests.serviceType(), RequestStatus.RESOLVED);
        Letter letter = RequestLetters.answer(request);
        assertBothLanguages(letter);
        assertThat(letter.bodyEnglish()).contains("Certificate issued");
    }

    @Test
    void theMessageGoesByTheChannelTheRequestCameBy() {
        ServiceRequest inPerson = Requests.walkedTo(Requests.committeeType(), RequestStatus.WITH_COMMITTEE);
        Message letter = Message.queue(RequestLetters.acknowledgement(inPerson), RequestLetters.recipient(inPerson),
                Requests.at(9));
        assertThat(letter.channel()).isEqualTo(MessageChannel.LETTER);
        assertThat(letter.state()).isEqualTo(MessageState.PENDING);
        assertThat(letter.requestReference()).isEqualTo("2026-000001");
        assertThat(letter.recipientMobile().value()).isEqualTo("+966501234567");

        ServiceRequest web = ServiceRequest.application(Requests.application(), "2026-000001", Requests.requester(),
                Requests.applicant(), Channel.WEBSITE, "web", Requests.T0);
        Message email = Message.queue(RequestLetters.acknowledgement(web), RequestLetters.recipient(web),
                Requests.at(9));
        assertThat(email.channel()).isEqualTo(MessageChannel.EMAIL);
        assertThat(email.recipientEmail().value()).isEqualTo("sara@example.com");

        assertThat(RequestLetters.answering(Channel.WEBSITE, false)).isEqualTo(MessageChannel.SMS);
        assertThat(RequestLetters.answering(Channel.KIOSK, true)).isEqualTo(MessageChannel.SMS);
        assertThat(RequestLetters.answering(Channel.PHONE, false)).isEqualTo(MessageChannel.SMS);
        assertThat(RequestLetters.answering(Channel.LETTER, true)).isEqualTo(MessageChannel.LETTER);
    }

    @Test
    void theRequesterChoosesSmsEmailOrALetterPrintedAtTheCounterForEveryLetterAndNotChosenKeepsTheDefault() {
        ServiceRequest web = ServiceRequest.application(Requests.application(), "2026-000002", Requests.requester(),
                Requests.applicant(), Channel.WEBSITE, "web", Requests.T0);
        assertThat(RequestLetters.recipient(web).channel()).as("not chosen: as it came").isEqualTo(MessageChannel.EMAIL);
        Change chosen = web.preferChannel(MessageChannel.SMS, "web", Requests.at(1));
        assertThat(chosen.action()).isEqualTo("preferChannel");
        assertThat(RequestLetters.recipient(web).channel()).isEqualTo(MessageChannel.SMS);
        web.preferChannel(MessageChannel.LETTER, CLERK, Requests.at(2));
        assertThat(Message.queue(RequestLetters.answer(web), RequestLetters.recipient(web), Requests.at(3))
                .channel()).isEqualTo(MessageChannel.LETTER);

        ServiceRequest kiosk = ServiceRequest.application(Requests.application(), "2026-000003", Requests.requester(),
                Requests.applicant(), Channel.KIOSK, "kiosk", Requests.T0);
        assertThat(RequestLetters.recipient(kiosk).channel()).isEqualTo(MessageChannel.SMS);
        kiosk.preferChannel(MessageChannel.EMAIL, "kiosk", Requests.at(1));
        assertThat(RequestLetters.recipient(kiosk).channel()).isEqualTo(MessageChannel.EMAIL);

        ServiceRequest complaint = Requests.submitted(Requests.serviceType());
        assertThatThrownBy(() -> complaint.preferChannel(MessageChannel.EMAIL, CLERK, Requests.at(1)))
                .as("no address given").isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.channel.noEmail"));
        assertThat(RequestLetters.chosen(MessageChannel.EMAIL, Channel.PHONE, false)).as("an address later erased")
                .isEqualTo(MessageChannel.SMS);
        assertThat(RequestLetters.chosen(null, Channel.IN_PERSON, false)).isEqualTo(MessageChannel.LETTER);
        assertThat(RequestLetters.chosen(MessageChannel.SMS, Channel.IN_PERSON, false)).isEqualTo(MessageChannel.SMS);
        ServiceRequest byMember = Requests.submitted(Requests.serviceType());
        byMember.linkMember(new LinkedMember(7L, "NJT-2026-0001", "NJT-2026-0001", true, null, MessageChannel.LETTER),
                CLERK, Requests.at(1));
        assertThat(RequestLetters.recipient(byMember).channel()).as("the member's choice").isEqualTo(
                MessageChannel.LETTER);
        ServiceRequest ownChoice = ServiceRequest.application(Requests.application(), "2026-000004",
                Requests.requester(), Requests.applicant(), Channel.WEBSITE, "web", Requests.T0);
        ownChoice.preferChannel(MessageChannel.SMS, "web", Requests.at(1));
        ownChoice.linkMember(new LinkedMember(8L, "member 8", null, false, null, MessageChannel.LETTER), CLERK,
                Requests.at(2));
        assertThat(RequestLetters.recipient(ownChoice).channel()).as("the filing's own choice stands")
                .isEqualTo(MessageChannel.SMS);
    }
}
