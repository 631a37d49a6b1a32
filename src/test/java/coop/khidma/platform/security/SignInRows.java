package coop.khidma.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** {@link SignInsIT}'s way to put time behind a sign-in standing or a one-time password, as if it had passed. */
@Stateless
@PermitAll
public class SignInRows {

    @PersistenceContext
    EntityManager em;

    public void standing(String subject, int failures, Instant lastFailureAt) {
        em.createNativeQuery("INSERT INTO sign_in_standing (subject, failures, last_failure_at, version) "
                        + "VALUES (?, ?, ?, 0) ON DUPLICATE KEY UPDATE failures = VALUES(failures), "
                        + "last_failure_at = VALUES(last_failure_at), locked_until = NULL")
                .setParameter(1, subject).setParameter(2, failures).setParameter(3, lastFailureAt).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(SignInStanding.class);
    }

    public int failures(String subject) {
        return ((Number) em.createNativeQuery("SELECT failures FROM sign_in_standing WHERE subject = ?")
                .setParameter(1, subject).getSingleResult()).intValue();
    }

    public void oneTimePasswordIssued(String username, Instant at) {
        em.createNativeQuery("UPDATE staff_account SET one_time_password_at = ? WHERE username = ?")
                .setParameter(1, at).setParameter(2, username).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(StaffAccount.class);
    }
}
