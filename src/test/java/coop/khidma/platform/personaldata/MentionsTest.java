package coop.khidma.platform.personaldata;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which free texts name a person being erased, and which name someone else who merely looks alike. */
class MentionsTest {

    private static final Mentions SALEM = Mentions.of(Subject.of("1012345672", "0501234567"),
            List.of("سالم علي القحطاني", "Salem Ali Qahtani", "Salem", Anonymised.TEXT));

    @Test
    void aNameHeldForThePersonIsFoundAsAWholeWithoutCaseOrHarakat() {
        assertThat(SALEM.in("The clerk was rude to salem ali QAHTANI at the counter")).isTrue();
        assertThat(SALEM.in("تأخر طلب سَالِم عليّ القحطـاني كثيرا")).isTrue();
        assertThat(SALEM.in("Salem  Ali\nQahtani called twice")).isTrue();
    }

    @Test
    void aSimilarNameIsSomeoneElse() {
        assertThat(SALEM.in("Salem Ali Qahtanii called")).isFalse();
        assertThat(SALEM.in("Salem Ali Al-Qahtani called")).isFalse();
        assertThat(SALEM.in("سالم علي القحطانية")).isFalse();
        assertThat(SALEM.in("Salem was very helpful")).as("a lone first name names nobody").isFalse();
        assertThat(SALEM.in(Anonymised.TEXT)).isFalse();
    }

    @Test
    void theNationalIdAndTheMobileAreFoundHoweverTheyAreWritten() {
        assertThat(SALEM.in("ID 1012345672 checked")).isTrue();
        assertThat(SALEM.in("هويته ١٠١٢٣٤٥٦٧٢")).isTrue();
        assertThat(SALEM.in("call +966501234567")).isTrue();
        assertThat(SALEM.in("call 00966501234567")).isTrue();
        assertThat(SALEM.in("call 050 123 4567")).isTrue();
        assertThat(SALEM.in("call 050-123-4567")).isTrue();
        assertThat(SALEM.in("جواله ٠٥٠١٢٣٤٥٦٧")).isTrue();
        assertThat(SALEM.in("call 501234567.")).isTrue();
    }

    @Test
    void aLongerNumberThatContainsThemIsNot() {
        assertThat(SALEM.in("order 21012345672")).isFalse();
        assertThat(SALEM.in("ref 10123456729")).isFalse();
        assertThat(SALEM.in("call 0501234568")).isFalse();
        assertThat(SALEM.in("call 1501234567")).isFalse();
        assertThat(SALEM.in(null)).isFalse();
    }

    @Test
    void theDatabaseIsAskedForFragmentsEveryMentionContains() {
        assertThat(SALEM.fragments()).containsExactly("القحطاني", "qahtani", "45672", "٤٥٦٧٢", "34567", "٣٤٥٦٧");
        Mentions noMobile = Mentions.of(Subject.of("1012345672", null), List.of());
        assertThat(noMobile.isEmpty()).isFalse();
        assertThat(noMobile.in("0501234567")).isFalse();
    }
}
