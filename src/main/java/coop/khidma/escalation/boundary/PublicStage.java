package coop.khidma.escalation.boundary;

/**
 * What the member may know of an escalation: the level (a role) that holds the request — "under review by the
 * member-services supervisor" — never a person. {@link #labelKey()} names it in the {@code rules} bundles.
 */
public record PublicStage(String reference, String levelCode) {

    public String labelKey() {
        return "escalation.level." + levelCode;
    }
}
