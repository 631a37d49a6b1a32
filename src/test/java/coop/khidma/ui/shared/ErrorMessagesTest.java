package coop.khidma.ui.shared;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Locales;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one error handler: whatever the EJBs wrap around a failure, the person reads what it means. */
class ErrorMessagesTest {

    @Test
    void aBrokenRuleIsSaidInTheReadersLanguage() {
        DomainException broken = new DomainException("rule.mobile.invalid");

        assertThat(ErrorMessages.messageFor(broken, Locales.ARABIC)).startsWith("رقم الجوال غير صحيح");
        assertThat(ErrorMessages.messageFor(broken, Locales.ENGLISH)).containsIgnoringCase("mobile");
    }

    @Test
    void aConcurrentChangeWrappedByTheContainerAsksToReload() {
        Exception wrapped = new EJBTransactionRolledbackException("rolled back",
                new OptimisticLockException("2026-000001"));

        assertThat(ErrorMessages.messageFor(wrapped, Locales.ENGLISH)).startsWith("Someone else changed this");
        assertThat(ErrorMessages.messageFor(wrapped, Locales.ARABIC)).startsWith("عدّل شخص آخر");
    }

    @Test
    void aMissingRoleIsNotAllowed() {
        assertThat(ErrorMessages.messageFor(new EJBAccessException("no"), Locales.ENGLISH))
                .isEqualTo("You are not allowed to do this.");
    }

    @Test
    void anythingElseGivesACodeToFindItInTheLogWithoutTheDetails() {
        String message = ErrorMessages.messageFor(new IllegalStateException("0551234567 secret"), Locales.ENGLISH);

        assertThat(message).startsWith("Something went wrong").doesNotContain("0551234567").matches(".*[0-9a-f]{8}$");
    }
}
