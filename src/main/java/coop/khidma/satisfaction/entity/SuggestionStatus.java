package coop.khidma.satisfaction.entity;

/** Where a suggestion stands: received, being studied, adopted (an improvement) or declined with a reason. */
public enum SuggestionStatus {
    RECEIVED,
    STUDYING,
    ADOPTED,
    DECLINED;

    public boolean isOpen() {
        return this == RECEIVED || this == STUDYING;
    }
}
