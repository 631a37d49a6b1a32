package coop.khidma.correspondence.control;

import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.platform.time.HijriDates;

import java.time.Instant;

/**
 * How many acknowledgements by SMS or e-mail one recipient (one mobile, one address) may be sent in a day, Riyadh time:
 * filings are open to anyone and each one queues an acknowledgement to the mobile or address typed, so without a limit
 * anyone could make the association flood a stranger's phone. What staff decide (an answer, a decision, what is
 * missing) is always sent; printed letters are not limited. The website's filings are limited per filing address too
 * ({@value #PER_FILING_ADDRESS} a day), so that one client cannot reach many strangers either. Pure.
 */
public final class DailyMessageLimit {

    /** At most this many acknowledgements by SMS or by e-mail to one recipient a day. */
    public static final int PER_RECIPIENT = 5;
    /**
     * At most this many acknowledgements by SMS or by e-mail a day for the filings of one website client (one
     * address): a family or an office filing for several members stays well within it; a script writing to stranger
     * after stranger does not.
     */
    public static final int PER_FILING_ADDRESS = 20;

    private DailyMessageLimit() {
    }

    /** Whether the limit applies: to acknowledgements (anyone can cause one) sent by SMS or e-mail. */
    public static boolean applies(MessageKind kind, MessageChannel channel) {
        return kind == MessageKind.ACKNOWLEDGEMENT && channel != MessageChannel.LETTER;
    }

    /** The start of the Riyadh day {@code now} falls in: messages since then count. */
    public static Instant dayStart(Instant now) {
        return now.atZone(HijriDates.RIYADH).toLocalDate().atStartOfDay(HijriDates.RIYADH).toInstant();
    }

    /** Whether one more may be sent to a recipient who was sent {@code alreadyToday} today. */
    public static boolean allows(long alreadyToday) {
        return alreadyToday < PER_RECIPIENT;
    }

    /** Whether one more may be sent for a filing address whose filings were already acknowledged so many times today. */
    public static boolean allowsFromAddress(long alreadyToday) {
        return alreadyToday < PER_FILING_ADDRESS;
    }
}
