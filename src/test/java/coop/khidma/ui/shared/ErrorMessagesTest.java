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

    @Test
    void theDatabaseAwayAsksToTryAgainInAMomentWithoutACode() {
        Exception wrapped = new jakarta.ejb.EJBException(new jakarta.persistence.PersistenceException(
                new java.sql.SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306", "08000")));

        assertThat(ErrorMessages.messageFor(wrapped, Locales.ENGLISH)).isEqualTo(
                "The service cannot reach its records right now and nothing was saved. Please try again in a moment.");
        assertThat(ErrorMessages.messageFor(wrapped, Locales.ARABIC)).isEqualTo(
                "لا تستطيع الخدمة الوصول إلى سجلاتها الآن ولم يُحفظ شيء. يرجى المحاولة مرة أخرى بعد لحظات.");
    }
}
