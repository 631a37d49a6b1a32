package coop.khidma.audit.control;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.personaldata.Anonymised;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * How an audit entry is chained to the one before it: {@code hash = SHA-256(previous hash + "\n" + canonical text)},
 * hex-encoded, the first entry's previous hash being {@link #GENESIS}. The canonical text names every stored field
 * of the entry and its place in the chain, each field with its length so that no two entries share a text.
 * <p>
 * Since V40 (format {@code khidma-audit-v2}) the canonical text holds the SHA-256 {@link #digest} of the free-text
 * detail instead of the detail itself, and the digest is stored beside it: a detail that named a person can then be
 * redacted on erasure or by the retention purge ({@link #REDACTED}, recorded by a redaction entry of the chain) while
 * every link still verifies, and an edit of any other field, of a detail not redacted, or of the digest still breaks
 * it. The entries written before V40 used {@code khidma-audit-v1} ({@link #legacyHash}); V40 re-chained them.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** What a redacted detail says instead (the same marker as any anonymised free text). */
    public static final String REDACTED = Anonymised.TEXT;

    /** The redaction entry's kind of record and verb: its "after" state is how many entries it redacted. */
    public static final String REDACTION_TYPE = "AUDIT";
    public static final String REDACTION_ACTION = "redactDetails";

    private static final String FORMAT = "khidma-audit-v2";
    private static final String LEGACY_FORMAT = "khidma-audit-v1";

    private AuditChain() {
    }

    /** The hash of the {@code no}-th entry of the chain, which follows the entry whose hash is {@code previous}. */
    public static String hash(String previous, long no, Change change, int seq) {
        return hash(previous, no, change, seq, digest(change.detail()));
    }

    /** The same, with the detail's digest as stored (the detail itself may have been redacted since). */
    public static String hash(String previous, long no, Change change, int seq, String detailDigest) {
        return sha256(previous + "\n" + canonical(no, change, seq, detailDigest));
    }

    /** The entry as one unambiguous line of text: {@code khidma-audit-v2|1:7|…}, {@code ~} for an empty field. */
    public static String canonical(long no, Change change, int seq) {
        return canonical(no, change, seq, digest(change.detail()));
    }

    static String canonical(long no, Change change, int seq, String detailDigest) {
        return text(FORMAT, no, change, seq, detailDigest);
    }

    /** The SHA-256 of a detail (hex), or {@code null} for none. */
    public static String digest(String detail) {
        return detail == null ? null : sha256(detail);
    }

    /** The hash as entries were chained before V40 (the detail in clear): V22 and V40's check of the old chain. */
    public static String legacyHash(String previous, long no, Change change, int seq) {
        return sha256(previous + "\n" + legacyCanonical(no, change, seq));
    }

    static String legacyCanonical(long no, Change change, int seq) {
        return text(LEGACY_FORMAT, no, change, seq, change.detail());
    }

    private static String text(String format, long no, Change change, int seq, String detail) {
        StringBuilder text = new StringBuilder(format);
        for (String field : new String[]{Long.toString(no), instant(change.at()), change.actor(), change.subjectType(),
                change.subject(), change.action(), change.before(), change.after(), detail,
                Integer.toString(seq)}) {
            text.append('|');
            if (field == null) {
                text.append('~');
            } else {
                text.append(field.length()).append(':').append(field);
            }
        }
        return text.toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The instant as the database keeps it ({@code DATETIME(6)}: microseconds), so a stored entry hashes the same. */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static String instant(Instant at) {
        Instant stored = stored(at);
        return stored.getEpochSecond() + "." + String.format("%06d", stored.getNano() / 1000);
    }
}
