package coop.khidma.correspondence.control;

import coop.khidma.correspondence.entity.Letter;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What every letter to the test requester (Sara Al-Qahtani, request 2026-000001) holds, whoever composed it. */
public final class BilingualLetters {

    private static final Pattern ARABIC = Pattern.compile("\\p{InArabic}");
    private static final Pattern UNFILLED = Pattern.compile("\\{\\d}|!letter\\.");

    private BilingualLetters() {
    }

    public static void assertBothLanguages(Letter letter) {
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
}
