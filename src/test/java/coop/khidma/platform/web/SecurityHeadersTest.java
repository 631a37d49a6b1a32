package coop.khidma.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The content security policy: no push, so no WebSocket to any host; nothing but this origin to connect to. */
class SecurityHeadersTest {

    @Test
    void thePolicyAllowsNoWebSocketToAnyHost() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("connect-src 'self';")
                .doesNotContain("ws:").doesNotContain("wss:").contains("object-src 'none'")
                .contains("frame-ancestors 'none'");
    }
}
