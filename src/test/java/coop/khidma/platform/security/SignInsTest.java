package coop.khidma.platform.security;

import coop.khidma.platform.web.SecurityHeaders;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes a sign-in cost the same for every name, and what the session guard must see. */
class SignInsTest {

    @Test
    void theStandInForAMissingAccountCostsWhatARealHashCosts() {
        String[] parts = SignIns.UNKNOWN.split(":");
        assertThat(parts).hasSize(4);
        assertThat("Pbkdf2PasswordHash.Algorithm=" + parts[0]).isEqualTo(SecurityConfiguration.ALGORITHM);
        assertThat(parts[1]).isEqualTo("600000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32); // SaltSizeBytes=32
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32); // KeySizeBytes=32
    }

    @Test
    void aLongOrStrangeTypedNameIsKeptOnlyAsItsDigest() {
        assertThat(SignIns.subjectOf("sara.q")).isEqualTo("sara.q");
        assertThat(SignIns.subjectOf("x".repeat(61))).startsWith("sha256:").hasSize(71);
        assertThat(SignIns.subjectOf("admin'\n--")).startsWith("sha256:");
        assertThat(SignIns.subjectOf("مدير")).startsWith("sha256:");
    }

    @Test
    void vaadinsDynamicDownloadsAndUploadsAreNotStaticFiles() {
        assertThat(SecurityHeaders.isStaticResource("/VAADIN/build/FlowClient.js")).isTrue();
        assertThat(SecurityHeaders.isStaticResource("/VAADIN/dynamic/resource/0/4f1c/scan.pdf")).isFalse();
        assertThat(SecurityHeaders.isStaticResource("/VAADIN/dynamic/resource/1/9a2b/upload")).isFalse();
        assertThat(SecurityHeaders.isStaticResource("/console/inbox")).isFalse();
    }
}
