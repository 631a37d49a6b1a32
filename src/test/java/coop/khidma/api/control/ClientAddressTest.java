package coop.khidma.api.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void aDirectClientIsItsPeerAddressWhateverItClaims() {
        assertThat(ClientAddress.of("198.51.100.9", null)).isEqualTo("198.51.100.9");
        assertThat(ClientAddress.of("198.51.100.9", "203.0.113.5")).isEqualTo("198.51.100.9");
        assertThat(ClientAddress.of("2001:db8::9", "203.0.113.5")).isEqualTo("2001:db8::9");
    }

    @Test
    void behindTheLocalProxyTheClientIsTheAddressTheProxyAppended() {
        assertThat(ClientAddress.of("127.0.0.1", "203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(ClientAddress.of("::1", "203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(ClientAddress.of("0:0:0:0:0:0:0:1", "2001:db8::5")).isEqualTo("2001:db8::5");
        // the client may prepend anything; only the proxy's own last entry counts
        assertThat(ClientAddress.of("127.0.0.1", "10.9.9.9, 203.0.113.5")).isEqualTo("203.0.113.5");
    }

    @Test
    void aForwardedValueThatIsNotAnAddressIsIgnoredAndNeverResolved() {
        assertThat(ClientAddress.of("127.0.0.1", "")).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", "evil.example")).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("localhost", "203.0.113.5")).isEqualTo("localhost");
        assertThat(ClientAddress.of(null, "203.0.113.5")).isEqualTo("unknown");
    }
}
