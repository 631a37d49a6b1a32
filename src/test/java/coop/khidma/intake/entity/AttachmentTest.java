package coop.khidma.intake.entity;

import coop.khidma.audit.entity.Change;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static coop.khidma.intake.entity.Requests.CLERK;
import static coop.khidma.intake.entity.Requests.at;
import static coop.khidma.intake.entity.Requests.serviceType;
import static coop.khidma.intake.entity.Requests.submitted;
import static coop.khidma.intake.entity.Requests.walkedTo;
import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTest {

    private static final byte[] PDF = "%PDF-1.7\n…".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};

    @Test
    void theTypeComesFromTheFirstBytesNeverFromTheName() {
        assertThat(Attachment.typeOf(PDF)).isEqualTo(Attachment.PDF);
        assertThat(Attachment.typeOf(JPEG)).isEqualTo(Attachment.JPEG);
        assertThat(Attachment.typeOf(PNG)).isEqualTo(Attachment.PNG);
        ServiceRequest request = submitted(serviceType());
        assertBroken("rule.attachment.type", () -> request.attach("letter.pdf",
                "MZ\u0090 an executable renamed".getBytes(StandardCharsets.ISO_8859_1), CLERK, at(1)));
        assertBroken("rule.attachment.type", () -> request.attach("scan.png", "%PDF".getBytes(StandardCharsets.US_ASCII),
                CLERK, at(1)));
    }

    @Test
    void anEmptyFileOrOneOverTenMegabytesIsRefused() {
        ServiceRequest request = submitted(serviceType());
        assertBroken("rule.attachment.empty", () -> request.attach("empty.pdf", new byte[0], CLERK, at(1)));
        byte[] tooLarge = new byte[Attachment.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertBroken("rule.attachment.tooLarge", () -> request.attach("big.pdf", tooLarge, CLERK, at(1)));
        byte[] largest = new byte[Attachment.MAX_BYTES];
        System.arraycopy(PDF, 0, largest, 0, PDF.length);
        assertThat(request.attach("largest.pdf", largest, CLERK, at(1)).sizeBytes()).isEqualTo(Attachment.MAX_BYTES);
    }

    @Test
    void theNameKeepsNoFolderAndTheAuditFactNoName() {
        ServiceRequest request = submitted(serviceType());
        Attachment attachment = request.attach("C:\\Users\\fatima\\Desktop\\خطاب سعد.pdf", PDF, CLERK, at(2));
        assertThat(attachment.fileName()).isEqualTo("خطاب سعد.pdf");
        assertThat(attachment.sha256()).hasSize(64).matches("[0-9a-f]+");
        Change attached = attachment.attached();
        assertThat(attached.action()).isEqualTo("attach");
        assertThat(attached.subject()).isEqualTo(request.reference());
        assertThat(attached.detail()).doesNotContain("خطاب").contains(attachment.sha256().substring(0, 16));
        assertThat(request.attach(" ", PNG, CLERK, at(3)).fileName()).isEqualTo("scan.png");
    }

    @Test
    void aClosedRequestTakesNoMorePapers() {
        ServiceRequest request = walkedTo(serviceType(), RequestStatus.RESOLVED);
        assertBroken("rule.request.illegalTransition", () -> request.attach("late.pdf", PDF, CLERK, at(99)));
    }
}
