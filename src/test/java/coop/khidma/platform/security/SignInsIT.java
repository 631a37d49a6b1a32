package coop.khidma.platform.security;

import coop.khidma.audit.boundary.AuditTrail;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.security.SignIns.Attempt;
import coop.khidma.platform.security.SignIns.Lock;
import coop.khidma.platform.security.SignIns.Outcome;
import coop.khidma.support.Deployments;
import coop.khidma.support.RunAs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's door attacked on Payara Micro over MariaDB: guesses then the right password, a guessed name
 * that has no account, a lock and its lifting by an administrator, one address trying many names, a disabled account,
 * an expired one-time password, a hostile name and eight attempts at once from one address — each answered without telling whether the account exists, and
 * each written to the audit trail with where it came from.
 */
@ExtendWith(ArquillianExtension.class)
class SignInsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    SignIns signIns;

    @Inject
    Accounts accounts;

    @Inject
    SignInRows rows;

    @Inject
    AuditTrail audit;

    @Inject
    RunAs runAs;

    @Test
    void guessesAreCountedAndThenEvenTheRightPasswordWaits() throws Exception {
        String password = invite("guess.target");
        for (int i = 0; i < 3; i++) {
            assertThat(signIns.attempt("guess.target", "wrong-guess-" + i, "203.0.113.5").outcome())
                    .isEqualTo(Outcome.REFUSED);
        }
        assertThat(rows.failures("account:guess.target")).isEqualTo(3);
        assertThat(signInsOf("guess.target")).extracting(Change::action)
                .containsExactly("failed", "failed", "failed");
        assertThat(signInsOf("guess.target")).extracting(Change::detail).containsOnly("from 203.0.113.5");

        // a hash takes seconds on a loaded test machine, so the waits are set rather than raced: 8 failures → 32 s
        rows.standing("account:guess.target", 8, Instant.now());
        Attempt right = signIns.attempt("Guess.Target", password, "203.0.113.6");
        assertThat(right.outcome()).as("the right password, from another address").isEqualTo(Outcome.THROTTLED);
        assertThat(Duration.between(Instant.now(), right.retryAt())).isBetween(Duration.ofSeconds(20),
                Duration.ofSeconds(32));
        assertThat(signInsOf("guess.target")).extracting(Change::action).last().isEqualTo("throttled");

        rows.standing("account:guess.target", 3, Instant.now().minusSeconds(5));
        Attempt later = signIns.attempt(" guess.target ", password, "203.0.113.6");
        assertThat(later.outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(later.username()).isEqualTo("guess.target");
        assertThat(rows.failures("account:guess.target")).as("a right password starts afresh").isZero();
    }

    @Test
    void aNameWithoutAnAccountIsCountedAndThrottledExactlyAlike() {
        assertThat(signIns.attempt("no.such.person", "Any-password-1", "203.0.113.7").outcome())
                .isEqualTo(Outcome.REFUSED);
        assertThat(rows.failures("account:no.such.person")).isEqualTo(1);
        rows.standing("account:no.such.person", 8, Instant.now());
        assertThat(signIns.attempt("no.such.person", "Any-password-1", "203.0.113.7").outcome())
                .isEqualTo(Outcome.THROTTLED);
    }

    @Test
    void theTenthFailureLocksTheNameUntilAnAdministratorLiftsIt() throws Exception {
        String password = invite("lock.target");
        rows.standing(SignInStanding.ACCOUNT + "lock.target", 9, Instant.now().minusSeconds(70));

        assertThat(signIns.attempt("lock.target", "tenth-wrong-one", "198.51.100.20").outcome())
                .isEqualTo(Outcome.REFUSED);
        Attempt locked = signIns.attempt("lock.target", password, "198.51.100.21");
        assertThat(locked.outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(Duration.between(Instant.now(), locked.retryAt())).as("locked for a quarter of an hour")
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        assertThat(runAs.admin(() -> signIns.locks())).extracting(Lock::subject).contains("account:lock.target");
        assertThat(runAs.admin(() -> audit.history("lock.target"))).extracting(Change::action).contains("lockedName");

        runAs.admin(() -> {
            signIns.unlock("account:lock.target");
            return null;
        });
        assertThat(signIns.attempt("lock.target", password, "198.51.100.21").outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(runAs.admin(() -> audit.history("account:lock.target"))).extracting(Change::action)
                .containsExactly("unlocked");
    }

    @Test
    void oneAddressTryingManyNamesIsThrottledWhateverTheName() {
        rows.standing(SignInStanding.ADDRESS + "192.0.2.99", 10, Instant.now());
        assertThat(signIns.attempt("staff1", "Journey-Pass-2026", "192.0.2.99").outcome())
                .as("even the right password of an existing account").isEqualTo(Outcome.THROTTLED);
        assertThat(signIns.attempt("someone.else", "x", "192.0.2.99").outcome()).isEqualTo(Outcome.THROTTLED);
    }

    /**
     * The office load test's finding: staff signing in at once from the office's one address deadlocked on that
     * address's standing (each attempt's insert of an existing row took a shared lock, then both wanted it exclusive),
     * and an attempt failed with a server error. Eight at once are each answered, and each failure is counted.
     */
    @Test
    void anOfficeSigningInAtOnceFromOneAddressIsAnsweredAndCountedWithoutADeadlock() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "office.desk" + i;
                outcomes.add(pool.submit(() -> signIns.attempt(name, "wrong-all-at-once", "198.51.100.77").outcome()));
            }
            for (Future<Outcome> outcome : outcomes) {
                assertThat(outcome.get(3, TimeUnit.MINUTES)).isEqualTo(Outcome.REFUSED);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows.failures(SignInStanding.ADDRESS + "198.51.100.77")).isEqualTo(8);
        assertThat(rows.failures(SignInStanding.ACCOUNT + "office.desk3")).isEqualTo(1);
    }

    @Test
    void aDisabledAccountDoesNotSignInWithItsRightPassword() throws Exception {
        String password = invite("gone.person");
        long version = runAs.admin(() -> accounts.accounts()).stream()
                .filter(row -> row.username().equals("gone.person")).findFirst().orElseThrow().version();
        runAs.admin(() -> {
            accounts.disable("gone.person", version);
            return null;
        });
        assertThat(signIns.attempt("gone.person", password, "203.0.113.8").outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void aOneTimePasswordOlderThanSeventyTwoHoursNoLongerSignsIn() throws Exception {
        String password = invite("late.starter");
        rows.oneTimePasswordIssued("late.starter", Instant.now().minus(Duration.ofHours(73)));
        assertThat(signIns.attempt("late.starter", password, "203.0.113.9").outcome())
                .isEqualTo(Outcome.ONE_TIME_EXPIRED);
    }

    @Test
    void aHostileNameIsRefusedAndNeverWrittenIntoTheAuditTrail() throws Exception {
        String hostile = "admin'; DROP TABLE staff_account; --\u202E\n\u0000";
        assertThat(signIns.attempt(hostile, "x", "203.0.113.10").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(runAs.admin(() -> audit.history("(not a user name)"))).extracting(Change::detail)
                .contains("from 203.0.113.10");
        assertThat(runAs.admin(() -> accounts.accounts())).isNotEmpty();
    }

    private java.util.List<Change> signInsOf(String name) throws Exception {
        return runAs.admin(() -> audit.history(name)).stream()
                .filter(change -> change.subjectType().equals(SignIns.SIGN_IN)).toList();
    }

    private String invite(String username) throws Exception {
        return runAs.admin(() -> accounts.invite(username, "اختبار الدخول", Set.of(Roles.STAFF))).password();
    }
}
