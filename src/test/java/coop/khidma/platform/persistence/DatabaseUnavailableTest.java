package coop.khidma.platform.persistence;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void aLostConnectionDeepInsideTheContainersWrappersIsAnOutage() {
        SQLException driver = new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306", "08000");
        Throwable asTheBoundaryThrowsIt = new EJBException(new PersistenceException("Exception [EclipseLink-4002]",
                new RuntimeException("Internal Exception", driver)));
        assertThat(DatabaseUnavailable.explains(asTheBoundaryThrowsIt)).isTrue();
    }

    @Test
    void aConnectionLostAtCommitReportedByTheTransactionManagerIsAnOutage() {
        // as DatabaseOutageIT met it: SystemException <- XAException("LocalTransactionException: (conn=7) Socket error")
        jakarta.transaction.SystemException atCommit = new jakarta.transaction.SystemException();
        atCommit.initCause(new javax.transaction.xa.XAException(
                "jakarta.resource.spi.LocalTransactionException: (conn=7) Socket error"));
        assertThat(DatabaseUnavailable.explains(new EJBException(atCommit))).isTrue();
        assertThat(DatabaseUnavailable.explains(new jakarta.transaction.SystemException("no resource involved")))
                .as("a transaction manager's failure that names no resource").isFalse();
    }

    @Test
    void thePoolRefusingAConnectionIsAnOutage() {
        SQLException pool = new SQLException("Error in allocating a connection. Cause: Connection could not be allocated",
                new ResourceAllocationException("In-use connections equal max-pool-size and expired max-wait-time"));
        assertThat(DatabaseUnavailable.explains(new EJBTransactionRolledbackException("rolled back",
                new PersistenceException(pool)))).isTrue();
        assertThat(DatabaseUnavailable.explains(new SQLTransientConnectionException("timeout"))).isTrue();
    }

    @Test
    void anySqlStateOfClass08IsAnOutageEvenAsAChainedException() {
        SQLException head = new SQLException("batch failed", "HY000");
        head.setNextException(new SQLException("Communications link failure", "08S01"));
        assertThat(DatabaseUnavailable.explains(head)).isTrue();
        assertThat(DatabaseUnavailable.explains(new SQLException("connection refused", "08001"))).isTrue();
    }

    @Test
    void brokenRulesConflictsAndBugsAreNotOutages() {
        assertThat(DatabaseUnavailable.explains(new OptimisticLockException("changed meanwhile"))).isFalse();
        assertThat(DatabaseUnavailable.explains(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry 'REQ-2026-00001'", "23000")))).isFalse();
        assertThat(DatabaseUnavailable.explains(new EJBException(new SQLSyntaxErrorException("bad SQL", "42000"))))
                .isFalse();
        assertThat(DatabaseUnavailable.explains(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.explains(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.explains(null)).isFalse();
    }

    @Test
    void aCauseThatPointsBackAtItselfEnds() {
        SQLException first = new SQLException("first", "HY000");
        SQLException second = new SQLException("second", "HY000", first);
        first.setNextException(second);
        assertThat(DatabaseUnavailable.explains(first)).isFalse();
    }
}
