package coop.khidma.ui.shared;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV as spreadsheets open it: a UTF-8 BOM for Arabic, RFC 4180 quoting, formulas neutralised. */
class CsvTest {

    @Test
    void arabicComesOutAsUtf8AfterAByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(List.of("المرجع", "الاسم"), List.of(List.of("2026-000001", "هيا آل سالم")), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF - 256, 0xBB - 256, 0xBF - 256);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFالمرجع,الاسم\r\n2026-000001,هيا آل سالم\r\n");
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.field("he said \"no\"")).isEqualTo("\"he said \"\"no\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void aCellThatLooksLikeAFormulaIsKeptAsText() {
        assertThat(Csv.field("=HYPERLINK(\"http://evil\")")).startsWith("\"'=HYPERLINK");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("+966501234567")).isEqualTo("+966501234567");
        assertThat(Csv.field("-12")).isEqualTo("-12");
        assertThat(Csv.field("-cmd")).isEqualTo("'-cmd");
    }

    @Test
    void listsInMemoryArePagedLikeTheBoundaries() {
        CsvExport.Pages<Integer> pages = CsvExport.all(List.of(1, 2, 3, 4, 5));
        assertThat(pages.apply(0, 2)).containsExactly(1, 2);
        assertThat(pages.apply(4, 2)).containsExactly(5);
        assertThat(pages.apply(6, 2)).isEmpty();
    }
}
