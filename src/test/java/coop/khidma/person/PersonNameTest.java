package coop.khidma.person;

import coop.khidma.platform.i18n.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "محمد بن سعد آل منصور", "مُحَمَّد بن سَعْد آل مَنْصُور", "عبدالله", "Abdullah O'Neil-Al Harbi",
            "Sara Al-Qahtani", "سارة Sara", "س", "Sara 2", "سارة ٢"})
    void aNameInAnyScriptIsKeptAsGiven(String name) {
        assertThat(PersonName.check(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'  سارة   القحطاني '|سارة القحطاني",
            "'\tSara\r\nAl-Qahtani\n'|Sara Al-Qahtani",
            "'مُحَمَّد \t\t سَعْد'|مُحَمَّد سَعْد"})
    void blanksAroundAreDroppedAndEachRunInsideBecomesOneSpace(String typed, String kept) {
        assertThat(PersonName.check(typed)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\r\n", " \t \n ", "\u00A0\u00A0", "\u200C", " \u200D\u202F\u3000"})
    void aBlankNameIsRequired(String blank) {
        assertBroken("rule.name.required", () -> PersonName.check(blank));
    }

    @Test
    void noNameIsRequired() {
        assertBroken("rule.name.required", () -> PersonName.check(null));
        assertBroken("rule.name.required", () -> PersonName.of(null));
    }

    @Test
    void atMostOneHundredAndTwentyCharactersAfterTheBlanksAreFolded() {
        assertThat(PersonName.check("س".repeat(120))).hasSize(120);
        assertThat(PersonName.check("  " + "a".repeat(60) + "     " + "b".repeat(59) + "  ")).hasSize(120);
        DomainException tooLong = assertBroken("rule.name.tooLong", () -> PersonName.check("س".repeat(121)));
        assertThat(tooLong.arguments()).containsExactly(120);
        assertBroken("rule.name.tooLong", () -> PersonName.check("Sara ".repeat(24) + "S"));
    }

    @Test
    void diacriticsCountAsCharactersOfTheColumn() {
        assertThat(PersonName.check("سَ".repeat(60))).hasSize(120);
        assertBroken("rule.name.tooLong", () -> PersonName.check("سَ".repeat(61)));
    }

    @Test
    void valueSemanticsAndAMaskedToString() {
        PersonName name = PersonName.of("  سارة   القحطاني ");
        assertThat(name.value()).isEqualTo("سارة القحطاني");
        assertThat(name).isEqualTo(PersonName.of("سارة القحطاني")).hasSameHashCodeAs(PersonName.of("سارة\tالقحطاني"));
        assertThat(name).isNotEqualTo(PersonName.of("سارة"));
        assertThat(name.toString()).isEqualTo("س***").doesNotContain("القحطاني");
        assertThat(PersonName.of("Sara").toString()).isEqualTo("S***");
    }

    @Test
    void aNameAskedInArabicOrInLatinLettersKeepsToItsScript() {
        assertBroken("rule.member.arabicName", () -> PersonName.arabic("Sara"));
        assertBroken("rule.member.arabicName", () -> PersonName.arabic("سارة Sara"));
        assertBroken("rule.member.arabicName", () -> PersonName.arabic(" "));
        assertBroken("rule.name.tooLong", () -> PersonName.arabic("س".repeat(121)));
        assertThat(PersonName.arabic("  سارة   القحطاني ").value()).isEqualTo("سارة القحطاني");
        assertBroken("rule.member.latinName", () -> PersonName.latin("سارة"));
        assertBroken("rule.member.latinName", () -> PersonName.latin("Sara 2"));
        assertBroken("rule.member.latinNameTooLong", () -> PersonName.latin("Sara ".repeat(30)));
        assertThat(PersonName.latin("Abdullah O'Neil-Al Harbi").value()).isEqualTo("Abdullah O'Neil-Al Harbi");
    }

    @Test
    void theWidthOfEveryPersonNameColumn() {
        assertThat(PersonName.MAX).isEqualTo(120);
    }
}
