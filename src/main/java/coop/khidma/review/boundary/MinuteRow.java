package coop.khidma.review.boundary;

import coop.khidma.review.entity.Decision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One decision of the committee as its meeting minutes record it: which request, what was decided, why, by whom —
 * and, when it was taken before the floor (the member's two weeks) by an exception, the floor it came before
 * ({@code beforeFloor}, else {@code null}), the board's decision that allowed it, the reason and the administrator
 * who recorded it.
 */
public record MinuteRow(String reference, String typeCode, Decision decision, String reasonArabic,
                        String reasonEnglish, String decidedBy, Instant decidedAt, LocalDate beforeFloor,
                        String exceptionBoardReference, String exceptionReason, String exceptionBy) {

    /** Taken before the floor, by an exception. */
    public boolean early() {
        return beforeFloor != null;
    }
}
