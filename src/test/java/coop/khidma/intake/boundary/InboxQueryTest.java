package coop.khidma.intake.boundary;

import coop.khidma.intake.boundary.InboxQuery.SearchKind;
import coop.khidma.support.Applications;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the inbox's one search box reads what staff type. */
class InboxQueryTest {

    @Test
    void aReferenceOrItsBeginningIsAReference() {
        assertThat(search("2026-000042")).isEqualTo(new InboxQuery.Search(SearchKind.REFERENCE, "2026-000042"));
        assertThat(search(" ٢٠٢٦-٠٠٠ ").kind()).isEqualTo(SearchKind.REFERENCE);
    }

    @Test
    void aValidNationalIdInEitherDigitsIsANationalId() {
        String id = Applications.nationalId(1234);
        StringBuilder arabic = new StringBuilder();
        id.chars().forEach(c -> arabic.append((char) ('\u0660' + c - '0')));
        assertThat(search(arabic.toString())).isEqualTo(new InboxQuery.Search(SearchKind.NATIONAL_ID, id));
    }

    @Test
    void aMobileInAnyFormIsTheCanonicalMobile() {
        assertThat(search("٠٥٠١٢٣٤٥٦٧")).isEqualTo(new InboxQuery.Search(SearchKind.MOBILE, "+966501234567"));
        assertThat(search("+966 50 123 4567").value()).isEqualTo("+966501234567");
    }

    @Test
    void anythingElseIsANameWithoutDiacritics() {
        assertThat(search("  مُحَمَّد   الشَّهْرَانِيّ ")).isEqualTo(new InboxQuery.Search(SearchKind.NAME, "محمد الشهراني"));
        assertThat(search("الدوسـري").value()).isEqualTo("الدوسري");
        assertThat(search("12345").kind()).isEqualTo(SearchKind.NAME);
        assertThat(search("  ").kind()).isEqualTo(SearchKind.NONE);
    }

    private static InboxQuery.Search search(String typed) {
        return new InboxQuery(null, null, null, typed).search();
    }
}
