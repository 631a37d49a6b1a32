package coop.khidma.platform.logging;

/**
 * A copy of an exception whose messages (and its causes') are masked, keeping its type name and stack trace, so
 * a logged failure never prints a national ID or a mobile number.
 */
final class MaskedThrowable extends RuntimeException {

    private final String type;

    private MaskedThrowable(String type, String message, Throwable cause, StackTraceElement[] trace) {
        super(Masking.mask(message), cause, false, true);
        this.type = type;
        setStackTrace(trace);
    }

    static Throwable of(Throwable original) {
        if (original == null || original instanceof MaskedThrowable) {
            return original;
        }
        Throwable cause = original.getCause() == original ? null : of(original.getCause());
        return new MaskedThrowable(original.getClass().getName(), original.getMessage(), cause,
                original.getStackTrace());
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? type : type + ": " + message;
    }
}
