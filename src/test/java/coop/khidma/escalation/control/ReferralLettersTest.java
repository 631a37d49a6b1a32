package coop.khidma.escalation.control;

import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static coop.khidma.correspondence.control.BilingualLetters.assertBothLanguages;
import static org.assertj.core.api.Assertions.assertThat;

class ReferralLettersTest {

    @Test
    void theMemberIsWrittenTheAnswerWithTheReferenceAndTheDayInRiyadhHijriBesideGregorian() {
        // Thursday 3 December 2026 at 23:30 in Riyadh (20:30 UTC): the letter says the 3rd
        Letter letter = ReferralLetters.answered("2026-000001", "Sara Al-Qahtani", "Shares are 100 SAR each.",
                Instant.parse("2026-12-03T20:30:00Z"));

        assertBothLanguages(letter);
        assertThat(letter.kind()).isEqualTo(MessageKind.REFERRAL_ANSWERED);
        assertThat(letter.reference()).isEqualTo("2026-000001");
        assertThat(letter.bodyEnglish()).contains("your request 2026-000001").contains("higher authority")
                .contains("on 23 Jumada al-Akhirah 1448 AH — 3 December 2026").contains("Shares are 100 SAR each.");
        assertThat(letter.bodyArabic()).contains("2026-000001").contains("الجهة الأعلى")
                .contains("٢٣ جمادى الآخرة ١٤٤٨ هـ — ٣ ديسمبر ٢٠٢٦ م").contains("Shares are 100 SAR each.");
    }

    @Test
    void theLetterNeverSaysWhoAnsweredNorAtWhichLevelAndKeepsTheAnswerAsWritten() {
        String hostile = "نعم، يشمل الدعم رسوم التجديد {0} '{1}' %s";
        Letter letter = ReferralLetters.answered("2026-000042", "فهد", hostile, Instant.parse("2026-12-03T12:00:00Z"));
        assertThat(letter.bodyArabic()).contains(hostile);
        assertThat(letter.bodyEnglish()).contains(hostile);
        for (String body : new String[] {letter.bodyArabic(), letter.bodyEnglish()}) {
            assertThat(body).doesNotContainIgnoringCase("supervisor").doesNotContainIgnoringCase("director")
                    .doesNotContainIgnoringCase("board").doesNotContain("مشرف", "المدير", "مجلس الإدارة");
        }
    }
}
