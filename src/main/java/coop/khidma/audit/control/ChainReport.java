package coop.khidma.audit.control;

/**
 * What a verification of the audit chain found: how many entries it checked and the last intact one, and either
 * nothing more (the chain is intact) or the first broken link.
 *
 * @param checked       entries whose link held
 * @param lastIntactId  the id of the last entry whose link held, or {@code null} when none did
 * @param lastIntactNo  its number in the chain (0 when none)
 * @param head          the hash the chain ends with (an operator may write it down to compare later)
 * @param broken        the first broken link, or {@code null} when the chain is intact
 */
public record ChainReport(long checked, Long lastIntactId, long lastIntactNo, String head, Break broken) {

    public boolean intact() {
        return broken == null;
    }

    /** Why a link is broken; each names what differs. */
    public enum Fault {
        /** The entry's fields no longer give the hash written with it: the entry was edited. */
        CONTENT,
        /** The entry does not name the hash of the one before it: that one was rewritten, or one was removed or inserted. */
        LINK,
        /** The entry's number is not the next one: entries were removed (or one was inserted with a number of its own). */
        GAP,
        /** The chain ends before the number its head names: its last entries were removed. */
        SHORT,
        /** The last entry is not the one the chain's head recorded: it was rewritten with a hash of its own. */
        HEAD,
        /** An entry outside the chain (no number, or a number beyond the head): written past the application. */
        OUTSIDE,
        /**
         * The entry's detail is marked redacted without a redaction entry of the chain that counts it (redacted past
         * the application), or a redaction entry counts other entries than those marked with it.
         */
        REDACTION
    }

    /**
     * The first broken link.
     *
     * @param id       the entry's id (as the audit screen lists it), or {@code null} when the entry is missing
     * @param no       its number in the chain, or the number found where another was due
     * @param fault    what differs
     * @param expected the number that was due there (for {@link Fault#GAP} and {@link Fault#SHORT})
     */
    public record Break(Long id, Long no, Fault fault, long expected) {
    }
}
