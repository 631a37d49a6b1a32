package coop.khidma.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Production's session cookie is Secure whatever the request; development over plain HTTP keeps a cookie it can use. */
class SecureSessionCookieTest {

    @Test
    void productionAlwaysMarksTheSessionCookieSecure() {
        assertThat(SecureSessionCookie.required(Map.of("KHIDMA_MODE", "production"))).isTrue();
        assertThat(SecureSessionCookie.required(Map.of("KHIDMA_MODE", " Production "))).isTrue();
    }

    @Test
    void developmentAndAnUnknownModeLeaveItToTheRequestsScheme() {
        assertThat(SecureSessionCookie.required(Map.of())).isFalse();
        assertThat(SecureSessionCookie.required(Map.of("KHIDMA_MODE", "development"))).isFalse();
        assertThat(SecureSessionCookie.required(Map.of("KHIDMA_MODE", "productionish"))).isFalse();
    }
}
