package coop.khidma.knowledge.entity;

import coop.khidma.audit.entity.Change;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class BylawsDocumentTest {

    private static final Instant AT = Instant.parse("2026-06-01T07:30:00Z");
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfBecomesAnEditionWithItsFingerprint() {
        BylawsDocument document = BylawsDocument.upload(3, "C:\\board\\اللائحة الأساسية.pdf", PDF, "admin", AT);
        assertThat(document.edition()).isEqualTo(3);
        assertThat(document.fileName()).isEqualTo("اللائحة الأساسية.pdf");
        assertThat(document.sizeBytes()).isEqualTo(PDF.length);
        assertThat(document.content()).isEqualTo(PDF);
        Change uploaded = document.uploaded();
        assertThat(uploaded.subject()).isEqualTo("edition 3");
        assertThat(uploaded.detail()).startsWith(PDF.length + " bytes, sha256 ");
    }

    @Test
    void onlyTheBytesOfAPdfAreTakenWhateverTheNameSays() {
        assertBroken("rule.bylaws.notPdf", () -> BylawsDocument.upload(1, "bylaws.pdf",
                "MZ\u0090\u0000 an executable renamed".getBytes(StandardCharsets.ISO_8859_1), "admin", AT));
        assertBroken("rule.bylaws.notPdf", () -> BylawsDocument.upload(1, "bylaws.pdf",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "admin", AT));
        assertBroken("rule.bylaws.notPdf", () -> BylawsDocument.upload(1, "bylaws.pdf",
                new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}, "admin", AT));
        assertBroken("rule.bylaws.notPdf", () -> BylawsDocument.check("%PD".getBytes(StandardCharsets.US_ASCII)));
        assertBroken("rule.bylaws.empty", () -> BylawsDocument.check(new byte[0]));
        assertBroken("rule.bylaws.empty", () -> BylawsDocument.check(null));
    }

    @Test
    void twentyMegabytesAreTheLimitToTheByte() {
        byte[] limit = Arrays.copyOf(PDF, 20 * 1024 * 1024);
        BylawsDocument.check(limit);
        byte[] over = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        assertBroken("rule.bylaws.tooLarge", () -> BylawsDocument.check(over));
    }
}
