package coop.khidma.privacy.control;

import coop.khidma.platform.personaldata.PersonalRecords.Bilingual;
import coop.khidma.platform.personaldata.PersonalRecords.Entry;
import coop.khidma.platform.personaldata.PersonalRecords.Field;
import coop.khidma.platform.personaldata.PersonalRecords.Key;
import coop.khidma.platform.personaldata.PersonalRecords.Section;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectExportTest {

    private static final Instant AT = Instant.parse("2026-02-22T09:30:00Z");

    private static String page() {
        return SubjectExport.html("2026-000042", AT, List.of(
                new Section("privacy.export.requests", "privacy.export.none", List.of(new Entry("2026-000007", List.of(
                        new Field("privacy.field.name", "سارة <script>alert(1)</script>"),
                        new Field("privacy.field.status", new Key("status.RESOLVED")),
                        new Field("privacy.field.submittedAt", AT),
                        new Field("privacy.field.message", new Bilingual("رسالة بالعربية", "A message in English")),
                        new Field("privacy.field.email", null))))),
                new Section("privacy.export.volunteering", "privacy.export.none", List.of())));
    }

    @Test
    void thePageSaysEverythingInArabicRightToLeftThenInEnglish() {
        String page = page();
        assertThat(page).contains("<section lang=\"ar\" dir=\"rtl\">", "<section lang=\"en\" dir=\"ltr\">",
                "<meta charset=\"UTF-8\">");
        assertThat(page.indexOf("الطلبات")).isLessThan(page.indexOf("Requests"));
        assertThat(page).contains("بياناتك الشخصية", "Your personal data", "2026-000042", "2026-000007");
        assertThat(page).contains("منجز", "Resolved").doesNotContain("!status.");
        assertThat(page).contains("رسالة بالعربية", "A message in English");
        assertThat(page).contains("لا يوجد.", "None.");
    }

    @Test
    void datesAreHijriBesideGregorianInEachLanguage() {
        String page = page();
        assertThat(page).contains("5 Ramadan 1447 AH", "22 February 2026", "12:30");
        assertThat(page).contains("رمضان", "فبراير");
    }

    @Test
    void theDataIsShownNeverInterpreted() {
        assertThat(page()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(SubjectExport.escape("a&b\"c'")).isEqualTo("a&amp;b&quot;c&#39;");
    }
}
