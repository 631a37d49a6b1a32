package coop.khidma.correspondence.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryReportTest {

    @Test
    void aReportNamesTheProvidersIdAndWhetherItReachedThePhone() {
        assertThat(DeliveryReport.parse("{\"id\":\"prov-1\",\"status\":\"DELIVERED\"}"))
                .contains(new DeliveryReport("prov-1", true, "delivered"));
        assertThat(DeliveryReport.parse("{\"id\":\"prov-2\",\"status\":\"undelivered\",\"reason\":\"absent subscriber\"}"))
                .contains(new DeliveryReport("prov-2", false, "absent subscriber"));
        assertThat(DeliveryReport.parse("{\"id\":\"prov-3\",\"status\":\"EXPIRED\"}"))
                .contains(new DeliveryReport("prov-3", false, "expired"));
    }

    @Test
    void anythingElseIsNotAReport() {
        for (String body : new String[] {null, "", "not json", "[]", "{}", "{\"id\":\"p\"}",
                "{\"status\":\"DELIVERED\"}", "{\"id\":7,\"status\":\"DELIVERED\"}", "{\"id\":\" \",\"status\":\"DELIVERED\"}",
                "{\"id\":\"p\",\"status\":\"READ\"}", "{\"id\":\"" + "x".repeat(101) + "\",\"status\":\"DELIVERED\"}",
                "{\"id\":\"p\",\"status\":\"DELIVERED\",\"pad\":\"" + "x".repeat(4096) + "\"}"}) {
            assertThat(DeliveryReport.parse(body)).as(String.valueOf(body)).isEmpty();
        }
    }

    @Test
    void onlyTheSharedSecretFromItsFileOpensTheEndpoint(@TempDir Path dir) throws IOException {
        assertThat(ReportSecret.from(Map.of())).isEmpty();
        Path file = Files.writeString(dir.resolve("report-secret"), "s3cret-report-key-2026\n");
        ReportSecret secret = ReportSecret.from(Map.of(ReportSecret.FILE, file.toString())).orElseThrow();
        assertThat(secret.shownIn("Bearer s3cret-report-key-2026")).isTrue();
        assertThat(secret.shownIn("Bearer s3cret-report-key-2027")).isFalse();
        assertThat(secret.shownIn("Bearer s3cret-report-key-2026x")).isFalse();
        assertThat(secret.shownIn("s3cret-report-key-2026")).isFalse();
        assertThat(secret.shownIn("Bearer ")).isFalse();
        assertThat(secret.shownIn(null)).isFalse();
        assertThat(secret.toString()).doesNotContain("s3cret");
        Path weak = Files.writeString(dir.resolve("weak"), "short\n");
        assertThatThrownBy(() -> ReportSecret.from(Map.of(ReportSecret.FILE, weak.toString())))
                .hasMessageContaining("at least 16");
    }
}
