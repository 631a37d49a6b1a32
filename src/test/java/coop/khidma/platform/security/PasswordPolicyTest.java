package coop.khidma.platform.security;

import coop.khidma.platform.i18n.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff passwords as ASVS 5.0 (6.2) asks: long enough, long allowed, no composition rules, not a breached one. */
class PasswordPolicyTest {

    @Test
    void twelveCharactersAtLeastAndUpToAHundredAndTwentyEight() {
        broken("Najran-2026", "rule.password.tooShort"); // 11
        PasswordPolicy.check("Najran-20261"); // 12
        PasswordPolicy.check("a".repeat(40) + "x".repeat(88)); // 128
        broken("a".repeat(129), "rule.password.tooLong");
        broken(null, "rule.password.tooShort");
        // characters, not UTF-16 units: twelve Arabic letters with a surrogate pair among them
        PasswordPolicy.check("نجران الخير\uD83C\uDF34");
    }

    @Test
    void noCompositionRulesAPassphraseWithoutDigitsIsFine() {
        PasswordPolicy.check("camels cross the empty quarter");
        PasswordPolicy.check("واحة نجران الخضراء");
    }

    @Test
    void passwordsFromPublishedBreachListsAreRefusedInAnyCase() {
        broken("password1234", "rule.password.common");
        broken("PASSWORD1234", "rule.password.common");
        broken("123456789012", "rule.password.common");
        broken("qwertyuiopasdfgh", "rule.password.common");
    }

    @Test
    void oneTimePasswordsMeetThePolicy() {
        for (int i = 0; i < 50; i++) {
            PasswordPolicy.check(PasswordPolicy.oneTimePassword());
        }
        assertThat(PasswordPolicy.oneTimePassword()).hasSize(17);
    }

    private static void broken(String password, String rule) {
        assertThatThrownBy(() -> PasswordPolicy.check(password)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key()).isEqualTo(rule);
    }
}
