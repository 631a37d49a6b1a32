package coop.khidma.correspondence.control;

import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageKind;
import org.junit.jupiter.api.Test;

import static coop.khidma.correspondence.control.BilingualLetters.assertBothLanguages;
import static org.assertj.core.api.Assertions.assertThat;

class LettersTest {

    @Test
    void aLetterIsFramedWithTheGreetingAndTheClosingAndFiledUnderItsReference() {
        Letter letter = Letters.write(MessageKind.ANSWER, "2026-000001", "Sara Al-Qahtani", "letter.answer",
                locale -> "نص / text");
        assertBothLanguages(letter);
        assertThat(letter.reference()).isEqualTo("2026-000001");
        assertThat(letter.kind()).isEqualTo(MessageKind.ANSWER);
    }

    @Test
    void aVolunteerIsGreetedByNameUnderTheirOwnReference() {
        Letter letter = Letters.toPerson(MessageKind.VOLUNTEERING, "VOL-7", "Sara Al-Qahtani",
                "letter.volunteerDeclined", "No opportunities this month");
        assertThat(letter.reference()).isEqualTo("VOL-7");
        assertThat(letter.bodyEnglish()).startsWith("Dear Sara Al-Qahtani,").contains("No opportunities this month");
        assertThat(letter.subjectEnglish()).isEqualTo("About your volunteering sign-up");
    }
}
