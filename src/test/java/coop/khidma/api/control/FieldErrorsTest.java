package coop.khidma.api.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldErrorsTest {

    @Test
    void aServiceRequestsBrokenRulesPointAtItsFields() {
        assertThat(FieldErrors.REQUEST.fieldOf("rule.mobile.invalid")).contains("mobile");
        assertThat(FieldErrors.REQUEST.fieldOf("rule.mobile.required")).contains("mobile");
        assertThat(FieldErrors.REQUEST.fieldOf("rule.name.tooLong")).contains("name");
        assertThat(FieldErrors.REQUEST.fieldOf("rule.question.required")).contains("details");
        assertThat(FieldErrors.REQUEST.fieldOf("rule.request.unknownType")).contains("type");
        assertThat(FieldErrors.REQUEST.fieldOf("rule.request.typeRetired")).contains("type");
    }

    @Test
    void anApplicationsRequesterNameIsItsArabicName() {
        assertThat(FieldErrors.APPLICATION.fieldOf("rule.nationalId.checkDigit")).contains("nationalId");
        assertThat(FieldErrors.APPLICATION.fieldOf("rule.name.required")).contains("nameArabic");
        assertThat(FieldErrors.APPLICATION.fieldOf("rule.member.arabicName")).contains("nameArabic");
        assertThat(FieldErrors.APPLICATION.fieldOf("rule.member.latinName")).contains("nameLatin");
        assertThat(FieldErrors.APPLICATION.fieldOf("rule.member.city")).contains("city");
        assertThat(FieldErrors.APPLICATION.fieldOf("rule.member.shares")).contains("shares");
        assertThat(FieldErrors.APPLICATION.fieldOf("rule.email.invalid")).contains("email");
    }

    @Test
    void aFilingWithoutThePrivacyNoticeAcceptedPointsAtTheTickOrTheVersion() {
        for (FieldErrors form : new FieldErrors[]{FieldErrors.REQUEST, FieldErrors.APPLICATION}) {
            assertThat(form.fieldOf("rule.consent.required")).contains("privacyNoticeAccepted");
            assertThat(form.fieldOf("rule.consent.versionRequired")).contains("privacyNoticeVersion");
            assertThat(form.fieldOf("rule.consent.outdated")).contains("privacyNoticeVersion");
        }
    }

    @Test
    void aRatingsAndASuggestionsBrokenRulesPointAtTheirFields() {
        assertThat(FieldErrors.RATING.fieldOf("rule.rating.score")).contains("score");
        assertThat(FieldErrors.RATING.fieldOf("rule.rating.commentTooLong")).contains("comment");
        assertThat(FieldErrors.RATING.fieldOf("rule.mobile.required")).contains("replyMobile");
        assertThat(FieldErrors.RATING.fieldOf("rule.name.required")).contains("replyName");
        assertThat(FieldErrors.RATING.fieldOf("rule.website.service")).contains("service");
        assertThat(FieldErrors.RATING.fieldOf("rule.rating.tooSoon")).isEmpty();
        assertThat(FieldErrors.SUGGESTION.fieldOf("rule.suggestion.text")).contains("text");
        assertThat(FieldErrors.SUGGESTION.fieldOf("rule.mobile.invalid")).contains("replyMobile");
        assertThat(FieldErrors.ARTICLES.fieldOf("rule.website.category")).contains("category");
    }

    @Test
    void aRuleAboutNoFieldHasNone() {
        assertThat(FieldErrors.REQUEST.fieldOf("rule.request.illegalTransition")).isEmpty();
        assertThat(FieldErrors.TRACKING.fieldOf("rule.tracking.notFound")).isEmpty();
        assertThat(FieldErrors.REQUEST.fieldOf("rule.mobileX")).isEmpty();
        assertThat(FieldErrors.REQUEST.fieldOf(null)).isEmpty();
    }

    @Test
    void theFingerprintIgnoresNothingButIsTheSameForTheSameRequest() {
        String first = Fingerprint.of("POST", "v1/requests", "{\"type\":\"CERTIFICATE\"}");

        assertThat(first).hasSize(64).isEqualTo(Fingerprint.of("POST", "v1/requests", "{\"type\":\"CERTIFICATE\"}"));
        assertThat(first).isNotEqualTo(Fingerprint.of("POST", "v1/applications", "{\"type\":\"CERTIFICATE\"}"))
                .isNotEqualTo(Fingerprint.of("POST", "v1/requests", "{\"type\":\"SUPPORT\"}"));
    }
}
