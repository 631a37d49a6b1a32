package coop.khidma.platform.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What may not hide in typed text, and what Arabic typing needs to keep. */
class HiddenCharactersTest {

    @Test
    void aTextOfBlanksAndJoinersShowsNothing() {
        assertThat(HiddenCharacters.invisible("\u00A0\u202F\u3000 \t")).isTrue();
        assertThat(HiddenCharacters.invisible("\u200C\u200D\uFEFF")).isTrue();
        assertThat(HiddenCharacters.invisible(null)).isTrue();
        assertThat(HiddenCharacters.invisible("\u200Cسعيد")).isFalse();
        assertThat(HiddenCharacters.invisible("👍")).isFalse();
    }

    @Test
    void controlsBidiOverridesAndUnassignedCodePointsAreNamed() {
        assertThat(HiddenCharacters.problem("سعيد\u0000", false)).contains("rule.text.control");
        assertThat(HiddenCharacters.problem("Saeed\nAli", true)).contains("rule.text.control");
        assertThat(HiddenCharacters.problem("سعيد\u202Eيلع", false)).contains("rule.text.bidi");
        assertThat(HiddenCharacters.problem("\u2066admin\u2069", false)).contains("rule.text.bidi");
        assertThat(HiddenCharacters.problem("name\u0378", false)).contains("rule.text.unassigned"); // Greek gap
        assertThat(HiddenCharacters.problem("bad\uD800pair", false)).contains("rule.text.unassigned");
    }

    @Test
    void arabicWithItsJoinersMarksAndLineBreaksInLongTextsIsFine() {
        assertThat(HiddenCharacters.problem("عبدُ اللهِ بنُ سعيدٍ القحطانيّ", true)).isEmpty();
        assertThat(HiddenCharacters.problem("می\u200Cخواهم \u200Fنجران\u200E", true)).isEmpty();
        assertThat(HiddenCharacters.problem("السطر الأول\nالسطر الثاني\tبعد جدولة", false)).isEmpty();
        assertThat(HiddenCharacters.problem("نخلة \uD83C\uDF34", true)).isEmpty();
        assertThat(HiddenCharacters.problem(null, true)).isEmpty();
    }
}
