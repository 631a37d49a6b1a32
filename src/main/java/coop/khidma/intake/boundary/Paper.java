package coop.khidma.intake.boundary;

/** A file as staff hand it over (from the scanner, or the member's own copy): its name and its bytes. */
public record Paper(String fileName, byte[] content) {

    /** The largest file kept with a request, in bytes (the screens refuse a larger one before it is sent). */
    public static final int MAX_BYTES = coop.khidma.intake.entity.Attachment.MAX_BYTES;

    /** The file as it was kept, to open: its name, its type (checked when it was kept) and its bytes. */
    public record Kept(String fileName, String contentType, byte[] content) {
    }
}
