package coop.khidma.satisfaction.boundary;

import coop.khidma.satisfaction.entity.RatedService;

/**
 * What a visitor gives at the kiosk: a service and a score, optionally a text (a comment, or a suggestion for
 * improvement) and, only if they want a reply to that text, a name and a mobile number.
 */
public record Feedback(RatedService service, int score, String text, boolean suggestion, boolean wantsReply,
                       String replyName, String replyMobile) {

    /** Just a score. */
    public static Feedback score(RatedService service, int score) {
        return new Feedback(service, score, null, false, false, null, null);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
