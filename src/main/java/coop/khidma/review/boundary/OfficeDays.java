package coop.khidma.review.boundary;

import coop.khidma.platform.time.OfficeCalendar;
import coop.khidma.platform.time.WorkingDays;
import coop.khidma.review.control.NodeCalendar;
import coop.khidma.review.control.ReviewCalendar;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.LocalDate;
import java.util.Set;

/**
 * The office's working days for every component (intake's answer dates, the committee's window): Sunday–Thursday
 * less every holiday row, in the caller's transaction. A plain bean, not an EJB: its callers are boundaries that have
 * already checked the caller's role and begun the transaction, and the calendar is public knowledge.
 * <p>
 * A transaction reads the calendar's stamp once (one row) and takes this node's copy of the holidays if it has that
 * stamp ({@link NodeCalendar}); a change to the holidays on any node has given the row a new stamp in its own
 * transaction, so the first transaction to read after its commit reads the holidays again.
 */
@ApplicationScoped
public class OfficeDays implements OfficeCalendar {

    /** The calendar a transaction has read, for its further deadline computations. */
    private static final Object READ_IN_THIS_TRANSACTION = OfficeDays.class.getName() + ".calendar";

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** This node's copy of the calendar (one, as this bean is one per application). */
    private final NodeCalendar nodeCalendar = new NodeCalendar();

    @Override
    public WorkingDays workingDays() {
        return calendar();
    }

    /** The calendar as it stands for the caller's transaction. */
    public ReviewCalendar calendar() {
        boolean inTransaction = transaction.getTransactionStatus() == Status.STATUS_ACTIVE;
        ReviewCalendar read = inTransaction ? (ReviewCalendar) transaction.getResource(READ_IN_THIS_TRANSACTION) : null;
        if (read == null) {
            String stamp = (String) em.createNativeQuery("SELECT stamp FROM calendar_version WHERE id = 1")
                    .setFlushMode(FlushModeType.COMMIT) // the closed days do not depend on what the caller changed so far
                    .getSingleResult();
            read = nodeCalendar.calendar(stamp, () -> Set.copyOf(em.createQuery("SELECT h.day FROM Holiday h",
                    LocalDate.class).setFlushMode(FlushModeType.COMMIT).getResultList()));
            if (inTransaction) {
                transaction.putResource(READ_IN_THIS_TRANSACTION, read);
            }
        }
        return read;
    }

    /** The caller's transaction changes the holidays: its later deadline computations read the calendar again. */
    void forgetTheCalendarRead() {
        transaction.putResource(READ_IN_THIS_TRANSACTION, null);
    }
}
