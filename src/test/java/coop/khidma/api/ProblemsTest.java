package coop.khidma.api;

import coop.khidma.api.Representations.Problem;
import coop.khidma.platform.i18n.Locales;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    @Test
    void theReaderGetsTheFirstOfTheirLanguagesKhidmaSpeaksElseArabic() {
        assertThat(Problems.language(List.of())).isEqualTo(Locales.ARABIC);
        assertThat(Problems.language(List.of(Locale.forLanguageTag("en-GB")))).isEqualTo(Locales.ENGLISH);
        assertThat(Problems.language(List.of(Locale.FRENCH, Locale.forLanguageTag("en")))).isEqualTo(Locales.ENGLISH);
        assertThat(Problems.language(List.of(Locale.forLanguageTag("ar-SA"), Locale.ENGLISH))).isEqualTo(Locales.ARABIC);
        assertThat(Problems.language(List.of(Locale.GERMAN))).isEqualTo(Locales.ARABIC);
    }

    @Test
    void everyKindOfProblemHasATitleInBothLanguages() {
        for (Problems.Kind kind : Problems.Kind.values()) {
            for (Locale locale : Locales.SUPPORTED) {
                Problem problem = Problems.problem(kind, 418, locale, null, "/api/v1/x", null);
                assertThat(problem.title()).as(kind + " in " + locale).doesNotStartWith("!");
            }
        }
    }
}
