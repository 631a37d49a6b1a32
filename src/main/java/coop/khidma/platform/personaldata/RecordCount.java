package coop.khidma.platform.personaldata;

/** How many records of one kind a right or a purge touched, as the audit trail says it: {@code members 1}. */
public record RecordCount(String records, int count) {

    @Override
    public String toString() {
        return records + " " + count;
    }
}
