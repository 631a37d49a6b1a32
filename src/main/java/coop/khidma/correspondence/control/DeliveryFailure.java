package coop.khidma.correspondence.control;

/**
 * The SMS provider or the SMTP server did not accept a message: temporarily (429, 5xx, a timeout, the connection lost:
 * the outbox tries again with back-off) or permanently (any other refusal, e.g. 400 for a bad number, a recipient the
 * mail server refuses: FAILED at once). Its message is the reason kept on the message; it never holds the number, the
 * address or the text.
 */
public class DeliveryFailure extends RuntimeException {

    private final boolean temporary;

    public DeliveryFailure(String reason, boolean temporary) {
        super(reason);
        this.temporary = temporary;
    }

    public boolean temporary() {
        return temporary;
    }

    /** The failure an HTTP status other than 2xx means: 408, 425, 429 and 5xx are temporary. */
    public static DeliveryFailure ofStatus(int status) {
        boolean temporary = status == 408 || status == 425 || status == 429 || status >= 500;
        return new DeliveryFailure("provider answered HTTP " + status, temporary);
    }
}
