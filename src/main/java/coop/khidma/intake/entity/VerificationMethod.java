package coop.khidma.intake.entity;

/** How a staff member confirmed an item (policy item 2: "match the data and confirm its validity"). */
public enum VerificationMethod {
    /** The original document or the person was seen at the desk. */
    ORIGINAL_SEEN,
    /** Matched against a register (the member register, Absher/Yakeen, the bank statement). */
    MATCHED_REGISTRY,
    /** A copy was received and kept; the original was not seen. Not enough for a {@link ItemKind#FIELD}. */
    COPY_RECEIVED;

    /** A typed field is confirmed by seeing or matching it; a copy of a field means nothing. */
    public boolean fits(ItemKind kind) {
        return this != COPY_RECEIVED || kind != ItemKind.FIELD;
    }
}
