package coop.khidma.audit.boundary;

import coop.khidma.audit.control.ChainReport;
import coop.khidma.audit.control.ChainReport.Fault;
import coop.khidma.support.Deployments;
import coop.khidma.support.Failures;
import coop.khidma.support.RunAs;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit chain on Payara Micro over MariaDB: transactions appending at once still make one unbroken chain; an
 * entry edited with plain SQL by the database owner (past the append-only trigger) is named as the first broken link,
 * and the chain is whole again once the entry is put back; only an administrator verifies.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    private static final Logger LOG = Logger.getLogger(AuditChainIT.class.getName());

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditRows rows;

    @Inject
    RunAs runAs;

    @Resource
    ManagedExecutorService executor;

    @Test
    void transactionsAppendingAtOnceMakeOneUnbrokenChain() throws Exception {
        ChainReport before = runAs.admin(() -> audit.verifyChain());
        assertThat(before.intact()).as(before.toString()).isTrue();
        long started = System.nanoTime();
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            String list = "chain-writer-" + writer;
            writers.add(executor.submit(() -> {
                for (int i = 1; i <= 15; i++) {
                    long rows = i;
                    runAs.staff(() -> {
                        audit.exported(list, rows);
                        return null;
                    });
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "60 audited transactions from 4 writers at once: " + millis + " ms");

        ChainReport after = runAs.admin(() -> audit.verifyChain());
        assertThat(after.intact()).as(after.toString()).isTrue();
        assertThat(after.lastIntactNo() - before.lastIntactNo()).isGreaterThanOrEqualTo(60);
        assertThat(after.checked()).isEqualTo(after.lastIntactNo());
    }

    @Test
    void anEntryTheOwnerEditsIsNamedAsTheFirstBrokenLink() throws Exception {
        runAs.staff(() -> {
            audit.exported("chain-forgery-target", 3);
            return null;
        });
        long forged = rows.newest("chain-forgery-target");
        rows.editAsOwner(forged, "300");
        try {
            ChainReport report = runAs.admin(() -> audit.verifyChain());
            assertThat(report.intact()).isFalse();
            assertThat(report.broken().id()).isEqualTo(forged);
            assertThat(report.broken().fault()).isEqualTo(Fault.CONTENT);
            assertThat(report.lastIntactNo()).isEqualTo(report.broken().no() - 1);
        } finally {
            rows.editAsOwner(forged, "3");
        }
        ChainReport mended = runAs.admin(() -> audit.verifyChain());
        assertThat(mended.intact()).as(mended.toString()).isTrue();
    }

    @Test
    void onlyAnAdministratorVerifiesTheChain() {
        assertThatThrownBy(() -> runAs.staff(() -> audit.verifyChain())).satisfies(failure ->
                assertThat(Failures.chain(failure)).hasAtLeastOneElementOfType(EJBAccessException.class));
        assertThatThrownBy(() -> runAs.director(() -> audit.verifyChain())).satisfies(failure ->
                assertThat(Failures.chain(failure)).hasAtLeastOneElementOfType(EJBAccessException.class));
        assertThatThrownBy(() -> audit.verifyChain()).as("no role at all").isInstanceOf(EJBAccessException.class);
    }
}
