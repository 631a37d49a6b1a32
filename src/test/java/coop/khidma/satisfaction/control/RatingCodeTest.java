package coop.khidma.satisfaction.control;

import coop.khidma.correspondence.control.SmsSegments;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.correspondence.entity.Recipient;
import coop.khidma.intake.entity.Channel;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.Rating;
import coop.khidma.satisfaction.entity.RatingChannel;
import coop.khidma.satisfaction.entity.RatingInvitation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingCodeTest {

    @Test
    void aCodeIsEightDigitsTypedInArabicIndicOrLatinWithSpacesAndDashesIgnored() {
        assertThat(RatingCode.normalise("٤٨٢١ ٠٩٣٧")).isEqualTo("48210937");
        assertThat(RatingCode.normalise("۴۸۲۱-۰۹۳۷")).isEqualTo("48210937");
        assertThat(RatingCode.normalise(" 4821 0937 ")).isEqualTo("48210937");
        assertThat(RatingCode.shown("48210937")).isEqualTo("4821 0937");
    }

    @Test
    void aMalformedCodeIsRefusedLikeAnUnknownOne() {
        for (String typed : new String[] {null, "", "4821093", "482109371", "4821O937", "' OR 1=1 --", "٤٨٢١٠٩٣"}) {
            assertThatThrownBy(() -> RatingCode.normalise(typed)).as(String.valueOf(typed))
                    .isInstanceOf(DomainException.class).hasMessageContaining("rule.ratingCode.wrong");
        }
    }

    @Test
    void onlyTheSha256OfTheCodeIsKept() {
        assertThat(RatingCode.hash("48210937"))
                .isEqualTo("1845c051b334e9bfce8c0599cf65356756a6f8ddc52b2a55ba66f092bb1eda8e")
                .doesNotContain("48210937");
    }

    @Test
    void freshCodesAreEightDigits() {
        Random random = new Random(15);
        for (int i = 0; i < 1000; i++) {
            assertThat(RatingCode.generate(random)).matches("[0-9]{8}");
        }
    }

    @Test
    void aCodeIssuedOnTheFirstOfOctoberRatesThroughTheEighthAndNotOnTheNinth() {
        assertThat(RatingCode.lastDay(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(RatingCode.lastDay(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2027, 1, 4));
        RatingInvitation invitation = new RatingInvitation(RatingCode.hash("48210937"), RatedService.MEMBERSHIP,
                RatingChannel.WEBSITE, LocalDate.of(2026, 10, 8));
        Rating rating = invitation.use(4, " quick ", LocalDate.of(2026, 10, 8));
        assertThat(rating.service()).isEqualTo(RatedService.MEMBERSHIP);
        assertThat(rating.channel()).isEqualTo(RatingChannel.WEBSITE);
        assertThat(rating.score()).isEqualTo(4);
        assertThat(rating.comment()).isEqualTo("quick");
        assertThat(rating.ratedOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThatThrownBy(() -> invitation.use(4, null, LocalDate.of(2026, 10, 9)))
                .isInstanceOf(DomainException.class).hasMessageContaining("rule.ratingCode.wrong");
        assertThatThrownBy(() -> invitation.use(6, null, LocalDate.of(2026, 10, 2)))
                .isInstanceOf(DomainException.class).hasMessageContaining("rule.rating.score");
    }

    @Test
    void theInvitationsSmsSaysTheCodeAndWhereWithinTwoPartsAndNoName() {
        Letter letter = RatingInvitationLetters.invitation("2026-1234567", "عبدالرحمن بن عبدالعزيز آل سعود",
                "48210937", LocalDate.of(2026, 9, 30));
        String sms = RatingInvitationLetters.sms(letter);
        assertThat(letter.kind()).isEqualTo(MessageKind.RATING_INVITATION);
        assertThat(sms.lines().toList()).hasSize(2).allSatisfy(line -> assertThat(line).contains("4821 0937"));
        assertThat(sms).doesNotContain("عبدالرحمن").contains("الكشك", "kiosk", "website");
        assertThat(SmsSegments.of(sms)).as(sms + " (" + sms.length() + ")").isLessThanOrEqualTo(SmsSegments.MAX);
        assertThat(letter.bodyArabic()).contains("4821 0937", "2026-1234567", "١٤٤٨");
        assertThat(letter.bodyEnglish()).contains("4821 0937", "until", "2026");
    }

    @Test
    void aRequesterAnsweredOnPaperIsTextedTheCodeWhenAMobileIsKnown() {
        SaudiMobile mobile = SaudiMobile.parse("0501234567");
        assertThat(RatingInvitationLetters.to(new Recipient("سعيد", mobile, null, MessageChannel.LETTER)).channel())
                .isEqualTo(MessageChannel.SMS);
        assertThat(RatingInvitationLetters.to(new Recipient("سعيد", null, null, MessageChannel.LETTER)).channel())
                .isEqualTo(MessageChannel.LETTER);
        assertThat(RatingInvitationLetters.to(new Recipient("سعيد", mobile, null, MessageChannel.EMAIL)).channel())
                .isEqualTo(MessageChannel.EMAIL);
    }

    @Test
    void aClosedRequestRatesTheServiceOfItsTypeThroughTheChannelItCameBy() {
        assertThat(InvitedRating.service("MEMBERSHIP_APPLICATION", Channel.KIOSK)).isEqualTo(RatedService.MEMBERSHIP);
        assertThat(InvitedRating.service("CERTIFICATE", Channel.WEBSITE)).isEqualTo(RatedService.MEMBERSHIP);
        assertThat(InvitedRating.service("INQUIRY", Channel.PHONE)).isEqualTo(RatedService.INQUIRY);
        assertThat(InvitedRating.service("COMPLAINT", Channel.IN_PERSON)).isEqualTo(RatedService.SUPPORT);
        assertThat(InvitedRating.service("SUPPORT", Channel.VOLUNTEERING)).isEqualTo(RatedService.VOLUNTEERING);
        assertThat(InvitedRating.channel(Channel.WEBSITE)).isEqualTo(RatingChannel.WEBSITE);
        assertThat(InvitedRating.channel(Channel.IN_PERSON)).isEqualTo(RatingChannel.COUNTER);
        assertThat(InvitedRating.channel(Channel.LETTER)).isEqualTo(RatingChannel.COUNTER);
    }
}
