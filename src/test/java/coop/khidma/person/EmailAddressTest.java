package coop.khidma.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

    @Test
    void theDomainIsLowerCasedAndTheAddressMaskedInLogs() {
        EmailAddress email = EmailAddress.parse("  Sara.Q@Example.COM.sa ");
        assertThat(email.value()).isEqualTo("Sara.Q@example.com.sa");
        assertThat(email).hasToString("S***@example.com.sa");
        assertThat(EmailAddress.optional("  ")).isNull();
        assertThat(EmailAddress.optional("a@b.co")).isEqualTo(EmailAddress.parse("a@b.co"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sara", "sara@", "@example.com", "sara@example", "sara@@example.com",
            "sara..q@example.com", ".sara@example.com", "sara.@example.com", "sa ra@example.com", "سارة@example.com"})
    void implausibleAddressesAreRefused(String raw) {
        assertBroken("rule.email.invalid", () -> EmailAddress.parse(raw));
    }

    @Test
    void anAddressLongerThanTheStandardIsRefused() {
        assertBroken("rule.email.invalid", () -> EmailAddress.parse("a".repeat(64) + "@" + "b".repeat(186) + ".com"));
        EmailAddress.parse("a".repeat(64) + "@" + "b".repeat(60) + ".com");
    }
}
