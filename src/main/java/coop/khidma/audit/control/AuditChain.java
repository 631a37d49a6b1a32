package coop.khidma.audit.control;

import coop.khidma.audit.entity.Change;

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
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "khidma-audit-v1";

    private AuditChain() {
    }

    /** The hash of the {@code no}-th entry of the chain, which follows the entry whose hash is {@code previous}. */
    public static String hash(String previous, long no, Change change, int seq) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((previous + "\n" + canonical(no, change, seq)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The entry as one unambiguous line of text: {@code khidma-audit-v1|1:7|…}, {@code ~} for an empty field. */
    public static String canonical(long no, Change change, int seq) {
        StringBuilder text = new StringBuilder(FORMAT);
        for (String field : new String[]{Long.toString(no), instant(change.at()), change.actor(), change.subjectType(),
                change.subject(), change.action(), change.before(), change.after(), change.detail(),
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

    /** The instant as the database keeps it ({@code DATETIME(6)}: microseconds), so a stored entry hashes the same. */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static String instant(Instant at) {
        Instant stored = stored(at);
        return stored.getEpochSecond() + "." + String.format("%06d", stored.getNano() / 1000);
    }
}
