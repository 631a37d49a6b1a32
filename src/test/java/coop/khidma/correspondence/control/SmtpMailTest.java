package coop.khidma.correspondence.control;

import coop.khidma.person.EmailAddress;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpMailTest {

    private static final Map<String, String> HOST = Map.of(MailSettings.HOST, "smtp.example.sa",
            MailSettings.FROM, "noreply@najran-tourism.coop");

    @Test
    void theEmailCarriesTheArabicAndEnglishPartsAndABilingualSubjectEachReadBackExactly() throws Exception {
        Session session = MailSettings.from(HOST).orElseThrow().session();
        MimeMessage composed = SmtpMail.compose(session, EmailAddress.parse("hind@example.sa"),
                "استلمنا طلبكم رقم REQ-2026-00042", "السلام عليكم هند،\n\nاستلمنا طلبكم رقم REQ-2026-00042.",
                "We received your request REQ-2026-00042", "Dear Hind,\n\nWe received your request REQ-2026-00042.");
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        composed.writeTo(wire);
        String raw = wire.toString(StandardCharsets.US_ASCII);
        assertThat(raw).as("7-bit on the wire: nothing left to a server's guess").matches("\\p{ASCII}*")
                .contains("Subject: =?UTF-8?").contains("Content-Language: ar").contains("Content-Language: en");

        MimeMessage read = new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));
        assertThat(read.getSubject())
                .isEqualTo("استلمنا طلبكم رقم REQ-2026-00042 | We received your request REQ-2026-00042");
        assertThat(read.getFrom()[0].toString()).isEqualTo("noreply@najran-tourism.coop");
        assertThat(read.getAllRecipients()[0].toString()).isEqualTo("hind@example.sa");
        Multipart parts = (Multipart) read.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(text(parts.getBodyPart(0))).isEqualTo("السلام عليكم هند،\n\nاستلمنا طلبكم رقم REQ-2026-00042.");
        assertThat(parts.getBodyPart(0).getHeader("Content-Language")).containsExactly("ar");
        assertThat(parts.getBodyPart(0).getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(text(parts.getBodyPart(1))).isEqualTo("Dear Hind,\n\nWe received your request REQ-2026-00042.");
        assertThat(parts.getBodyPart(1).getHeader("Content-Language")).containsExactly("en");
    }

    @Test
    void aLineBreakInASubjectCannotAddAHeader() throws Exception {
        Session session = MailSettings.from(HOST).orElseThrow().session();
        MimeMessage composed = SmtpMail.compose(session, EmailAddress.parse("hind@example.sa"),
                "طلب\r\nBcc: victim@example.com", "نص", "Request\nBcc: victim@example.com", "text");
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        composed.writeTo(wire);
        assertThat(composed.getHeader("Bcc")).isNull();
        assertThat(wire.toString(StandardCharsets.US_ASCII)).doesNotContain("\nBcc:");
        assertThat(MimeUtility.unfold(composed.getHeader("Subject")[0])).doesNotContain("\n");
    }

    @Test
    void withoutAHostThereIsNoMailAndAHostNeedsASenderAddressAndItsPasswordFile(@TempDir Path dir)
            throws IOException {
        assertThat(new SmtpMail(MailSettings.from(Map.of())).configured()).isFalse();
        assertThat(new SmtpMail(MailSettings.from(Map.of(MailSettings.HOST, " "))).configured()).isFalse();
        assertThatThrownBy(() -> MailSettings.from(Map.of(MailSettings.HOST, "smtp.example.sa")))
                .hasMessageContaining(MailSettings.FROM);
        assertThatThrownBy(() -> MailSettings.from(with(MailSettings.USER, "khidma")))
                .hasMessageContaining(MailSettings.PASSWORD_FILE);
        assertThatThrownBy(() -> MailSettings.from(with(MailSettings.PORT, "70000")))
                .hasMessageContaining(MailSettings.PORT);
        assertThatThrownBy(() -> MailSettings.from(with(MailSettings.STARTTLS, "maybe")))
                .hasMessageContaining(MailSettings.STARTTLS);

        MailSettings plain = MailSettings.from(HOST).orElseThrow();
        assertThat(plain.port()).isEqualTo(587);
        assertThat(plain.startTls()).as("STARTTLS unless turned off").isTrue();
        assertThat(plain.session().getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(plain.session().getProperty("mail.smtp.auth")).isEqualTo("false");

        Path password = Files.writeString(dir.resolve("smtp.pw"), "s3cret-from-file\nignored\n");
        Map<String, String> login = new HashMap<>(HOST);
        login.putAll(Map.of(MailSettings.USER, "khidma", MailSettings.PASSWORD_FILE, password.toString(),
                MailSettings.PORT, "٢٥", MailSettings.STARTTLS, "false"));
        MailSettings settings = MailSettings.from(login).orElseThrow();
        assertThat(settings.password()).isEqualTo("s3cret-from-file");
        assertThat(settings.port()).as("Arabic-Indic digits").isEqualTo(25);
        assertThat(settings.toString()).doesNotContain("s3cret").doesNotContain("khidma:");
        Session session = settings.session();
        assertThat(session.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.starttls.enable")).isEqualTo("false");
        assertThat(session.getProperty("mail.smtp.timeout")).isEqualTo("10000");
        assertThat(session.requestPasswordAuthentication(null, 25, "smtp", null, "khidma").getPassword())
                .isEqualTo("s3cret-from-file");
        assertThat(new SmtpMail(Optional.of(settings)).configured()).isTrue();
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> env = new HashMap<>(HOST);
        env.put(name, value);
        return env;
    }

    private static String text(Part part) throws Exception {
        return (String) part.getContent();
    }
}
