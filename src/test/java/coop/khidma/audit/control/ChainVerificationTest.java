package coop.khidma.audit.control;

import coop.khidma.audit.control.ChainReport.Fault;
import coop.khidma.audit.entity.Change;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tiny literal chains, broken every way a database owner could: an edited field, an entry removed from the middle or
 * the end, an entry inserted, an edited entry whose hash was recomputed, the chain's last entry rewritten.
 */
class ChainVerificationTest {

    private static final Instant AT = Instant.parse("2026-03-01T06:00:00.123456Z");

    /** One stored row: its id, number, fields, seq and the two hashes. */
    private record Row(long id, Long no, Change change, int seq, String previous, String hash) {
        Row with(Change edited) {
            return new Row(id, no, edited, seq, previous, hash);
        }
    }

    private static Change change(String subject, String action, String detail) {
        return new Change("REQUEST", subject, action, "SUBMITTED", "IN_INTAKE", "fatima", AT, detail);
    }

    /** Entries 1..n chained as the application writes them; ids start at 101. */
    private static List<Row> chain(int n) {
        List<Row> rows = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            Change change = change("2026-00000" + i, "startIntake", i % 2 == 0 ? null : "at the counter");
            String hash = AuditChain.hash(previous, i, change, 1);
            rows.add(new Row(100 + i, (long) i, change, 1, previous, hash));
            previous = hash;
        }
        return rows;
    }

    private static ChainReport verify(List<Row> rows, long headNo, String headHash) {
        ChainVerification verification = new ChainVerification(headNo, headHash);
        for (Row row : rows) {
            if (!verification.next(row.id(), row.no(), row.change(), row.seq(), row.previous(), row.hash())) {
                break;
            }
        }
        return verification.report();
    }

    private static ChainReport verify(List<Row> rows) {
        Row last = rows.get(rows.size() - 1);
        return verify(rows, last.no(), last.hash());
    }

    @Test
    void theLegacyHashIsSha256OfThePreviousHashAndTheCanonicalTextWithTheDetail() {
        Change change = new Change("ITEM", "2026-000001/ID_COPY", "verifyItem", null, "VERIFIED", "ali",
                Instant.parse("2026-03-01T06:00:00Z"), "a|b");
        assertThat(AuditChain.legacyCanonical(3, change, 2)).isEqualTo("khidma-audit-v1|1:3|17:1772344800.000000|3:ali"
                + "|4:ITEM|19:2026-000001/ID_COPY|10:verifyItem|~|8:VERIFIED|3:a|b|1:2");
        // printf "0000…0000\n<canonical>" | sha256sum
        assertThat(AuditChain.legacyHash(AuditChain.GENESIS, 3, change, 2))
                .isEqualTo("3caa3814e2e30fd5fdbfc6c315da3c738f17d9f2e2876d0a86c4ec2a49138d94");
    }

    @Test
    void theHashCoversTheDigestOfTheDetailInsteadOfTheDetail() {
        Change change = new Change("ITEM", "2026-000001/ID_COPY", "verifyItem", null, "VERIFIED", "ali",
                Instant.parse("2026-03-01T06:00:00Z"), "a|b");
        // printf '%s' 'a|b' | sha256sum
        assertThat(AuditChain.digest("a|b")).isEqualTo("0eab8a0a3380abf4c7d1fb0b43b66aafbb64a4b953e4eb2dccca579461912d0c");
        assertThat(AuditChain.canonical(3, change, 2)).isEqualTo("khidma-audit-v2|1:3|17:1772344800.000000|3:ali"
                + "|4:ITEM|19:2026-000001/ID_COPY|10:verifyItem|~|8:VERIFIED"
                + "|64:0eab8a0a3380abf4c7d1fb0b43b66aafbb64a4b953e4eb2dccca579461912d0c|1:2");
        assertThat(AuditChain.hash(AuditChain.GENESIS, 3, change, 2))
                .isEqualTo("9fc9fae1b420ee747161f6c762c1c87cd9ded9a89276c08b1688d1e113dc81eb");
        assertThat(AuditChain.digest(null)).isNull();
    }

    // ---- redaction ---------------------------------------------------------------------------------------------

    /** A stored row of format v2: its digest and the redaction that redacted it. */
    private record Stored(Row row, String digest, Long redactedIn) {
    }

    /** Entries 1..3 (2 names a person), entry 4 the redaction of entry 2 when {@code redact}. */
    private static List<Stored> redactedChain(boolean redact) {
        List<Stored> rows = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= 4; i++) {
            Change change = i == 4 ? new Change("AUDIT", "2026-000009", "redactDetails", null, "1", "huda", AT, null)
                    : change("2026-00000" + i, "returnItem", i == 2 ? "Salem Ali Qahtani is travelling" : null);
            String hash = AuditChain.hash(previous, i, change, 1);
            rows.add(new Stored(new Row(100 + i, (long) i, change, 1, previous, hash),
                    AuditChain.digest(change.detail()), null));
            previous = hash;
        }
        if (redact) {
            Stored named = rows.get(1);
            rows.set(1, new Stored(named.row().with(withDetail(named.row().change(), AuditChain.REDACTED)),
                    named.digest(), 4L));
        }
        return rows;
    }

    private static Change withDetail(Change c, String detail) {
        return new Change(c.subjectType(), c.subject(), c.action(), c.before(), c.after(), c.actor(), c.at(), detail);
    }

    private static ChainReport verifyStored(List<Stored> rows) {
        Row last = rows.get(rows.size() - 1).row();
        ChainVerification verification = new ChainVerification(last.no(), last.hash());
        for (Stored stored : rows) {
            Row row = stored.row();
            if (!verification.next(row.id(), row.no(), row.change(), row.seq(), row.previous(), row.hash(),
                    stored.digest(), stored.redactedIn())) {
                break;
            }
        }
        return verification.report();
    }

    @Test
    void aDetailRedactedByARecordedRedactionStillVerifies() {
        ChainReport report = verifyStored(redactedChain(true));
        assertThat(report.intact()).as(String.valueOf(report.broken())).isTrue();
        assertThat(report.checked()).isEqualTo(4);
    }

    @Test
    void aDetailTheOwnerEditsIsFoundWhetherOrNotItWasRedacted() {
        List<Stored> rows = redactedChain(false);
        Stored named = rows.get(1);
        rows.set(1, new Stored(named.row().with(withDetail(named.row().change(), "Someone else is travelling")),
                named.digest(), null));
        assertThat(verifyStored(rows).broken()).isEqualTo(new ChainReport.Break(102L, 2L, Fault.CONTENT, 2));

        List<Stored> redacted = redactedChain(true);
        Stored marked = redacted.get(1);
        redacted.set(1, new Stored(marked.row().with(withDetail(marked.row().change(), "back in clear")),
                marked.digest(), 4L));
        assertThat(verifyStored(redacted).broken()).isEqualTo(new ChainReport.Break(102L, 2L, Fault.CONTENT, 2));
    }

    @Test
    void aDigestTheOwnerRewritesBreaksTheChain() {
        List<Stored> rows = redactedChain(true);
        Stored marked = rows.get(1);
        rows.set(1, new Stored(marked.row(), AuditChain.digest("another text"), 4L));
        assertThat(verifyStored(rows).broken()).isEqualTo(new ChainReport.Break(102L, 2L, Fault.CONTENT, 2));

        List<Stored> clear = redactedChain(false);
        Stored plain = clear.get(0);
        clear.set(0, new Stored(plain.row(), "f".repeat(64), null));
        assertThat(verifyStored(clear).broken()).isEqualTo(new ChainReport.Break(101L, 1L, Fault.CONTENT, 1));
    }

    @Test
    void aRedactionNoEntryOfTheChainCountsIsARedactionFault() {
        // the owner blanks entry 1's detail and names the redaction entry 4, which counts only entry 2
        List<Stored> rows = redactedChain(true);
        Change first = change("2026-000001", "returnItem", "Huda Saad Shahrani called");
        String hash = AuditChain.hash(AuditChain.GENESIS, 1, first, 1);
        rows.set(0, new Stored(new Row(101, 1L, withDetail(first, AuditChain.REDACTED), 1, AuditChain.GENESIS, hash),
                AuditChain.digest(first.detail()), 4L));
        Stored second = rows.get(1);
        rows.set(1, new Stored(new Row(102, 2L, second.row().change(), 1, hash,
                AuditChain.hash(hash, 2, second.row().change(), 1, second.digest())), second.digest(), 4L));
        // re-link 3 and 4 so that only the redaction's count differs
        String previous = rows.get(1).row().hash();
        for (int i = 2; i < 4; i++) {
            Stored stored = rows.get(i);
            String relinked = AuditChain.hash(previous, i + 1, stored.row().change(), 1);
            rows.set(i, new Stored(new Row(stored.row().id(), (long) i + 1, stored.row().change(), 1, previous,
                    relinked), stored.digest(), null));
            previous = relinked;
        }
        assertThat(verifyStored(rows).broken()).isEqualTo(new ChainReport.Break(101L, 1L, Fault.REDACTION, 4));

        // and a detail marked redacted by an entry that is no redaction, or by none that comes later
        List<Stored> none = redactedChain(true);
        Stored marked = none.get(1);
        none.set(1, new Stored(marked.row(), marked.digest(), 3L));
        assertThat(verifyStored(none).broken()).isEqualTo(new ChainReport.Break(102L, 2L, Fault.REDACTION, 3));
        none.set(1, new Stored(marked.row(), marked.digest(), 1L));
        assertThat(verifyStored(none).broken()).isEqualTo(new ChainReport.Break(102L, 2L, Fault.REDACTION, 2));
    }

    @Test
    void aRedactionEntryCountingMoreThanItRedactedIsARedactionFault() {
        List<Stored> rows = redactedChain(false);
        assertThat(verifyStored(rows).broken()).isEqualTo(new ChainReport.Break(104L, 4L, Fault.REDACTION, 4));
    }

    @Test
    void fieldsCannotBeShiftedIntoTheirNeighbours() {
        Change one = new Change("REQUEST", "a|1:b", "x", null, null, "fatima", AT, null);
        Change other = new Change("REQUEST", "a", "x", null, null, "fatima", AT, "b");
        assertThat(AuditChain.canonical(1, one, 1)).isNotEqualTo(AuditChain.canonical(1, other, 1));
        assertThat(AuditChain.canonical(1, change("s", "a", null), 1))
                .isNotEqualTo(AuditChain.canonical(1, change("s", "a", ""), 1));
    }

    @Test
    void anUntouchedChainIsIntactUpToItsLastEntry() {
        ChainReport report = verify(chain(3));
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(3);
        assertThat(report.lastIntactId()).isEqualTo(103L);
        assertThat(report.lastIntactNo()).isEqualTo(3);
        assertThat(report.head()).isEqualTo(chain(3).get(2).hash());
    }

    @Test
    void anEmptyTrailIsIntact() {
        ChainReport report = verify(List.of(), 0, AuditChain.GENESIS);
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isZero();
        assertThat(report.lastIntactId()).isNull();
    }

    @Test
    void anEditedFieldBreaksTheChainAtThatEntry() {
        List<Row> rows = chain(4);
        rows.set(1, rows.get(1).with(new Change("REQUEST", "2026-000002", "startIntake", "SUBMITTED", "REJECTED",
                "fatima", AT, null)));
        ChainReport report = verify(rows);
        assertThat(report.broken()).isEqualTo(new ChainReport.Break(102L, 2L, Fault.CONTENT, 2));
        assertThat(report.lastIntactId()).isEqualTo(101L);
        assertThat(report.checked()).isEqualTo(1);
    }

    @Test
    void anEditedInstantOrActorOrSeqBreaksItToo() {
        List<Row> rows = chain(2);
        Row first = rows.get(0);
        Change c = first.change();
        for (Change edited : List.of(
                new Change(c.subjectType(), c.subject(), c.action(), c.before(), c.after(), c.actor(),
                        AT.plusNanos(1000), c.detail()),
                new Change(c.subjectType(), c.subject(), c.action(), c.before(), c.after(), "director", AT, c.detail()))) {
            rows.set(0, first.with(edited));
            assertThat(verify(rows).broken().fault()).isEqualTo(Fault.CONTENT);
        }
        rows.set(0, new Row(first.id(), first.no(), c, 2, first.previous(), first.hash()));
        assertThat(verify(rows).broken()).isEqualTo(new ChainReport.Break(101L, 1L, Fault.CONTENT, 1));
    }

    @Test
    void anEditWhoseHashWasRecomputedIsFoundAtTheNextEntry() {
        List<Row> rows = chain(3);
        Row second = rows.get(1);
        Change forged = change("2026-000002", "startIntake", "forged");
        rows.set(1, new Row(second.id(), second.no(), forged, 1, second.previous(),
                AuditChain.hash(second.previous(), 2, forged, 1)));
        assertThat(verify(rows).broken()).isEqualTo(new ChainReport.Break(103L, 3L, Fault.LINK, 3));
    }

    @Test
    void aRemovedEntryLeavesAGap() {
        List<Row> rows = chain(4);
        rows.remove(1);
        assertThat(verify(rows, 4, chain(4).get(3).hash()).broken())
                .isEqualTo(new ChainReport.Break(103L, 3L, Fault.GAP, 2));
    }

    @Test
    void removedLastEntriesLeaveTheChainShortOfItsHead() {
        List<Row> full = chain(4);
        ChainReport report = verify(full.subList(0, 2), 4, full.get(3).hash());
        assertThat(report.broken()).isEqualTo(new ChainReport.Break(null, null, Fault.SHORT, 3));
        assertThat(report.lastIntactId()).isEqualTo(102L);
    }

    @Test
    void aRewrittenLastEntryDiffersFromTheHead() {
        List<Row> rows = chain(2);
        Row last = rows.get(1);
        Change forged = change("2026-000002", "cancel", null);
        rows.set(1, new Row(last.id(), 2L, forged, 1, last.previous(), AuditChain.hash(last.previous(), 2, forged, 1)));
        assertThat(verify(rows, 2, last.hash()).broken()).isEqualTo(new ChainReport.Break(102L, 2L, Fault.HEAD, 2));
    }

    @Test
    void anEntryWithoutANumberOrBeyondTheHeadIsOutsideTheChain() {
        List<Row> rows = chain(2);
        Row last = rows.get(1);
        rows.add(new Row(200, null, change("x", "y", null), 1, last.hash(), "f".repeat(64)));
        assertThat(verify(rows, 2, last.hash()).broken()).isEqualTo(new ChainReport.Break(200L, null, Fault.OUTSIDE, 3));
        ChainVerification verification = new ChainVerification(2, last.hash());
        chain(2).forEach(row -> verification.next(row.id(), row.no(), row.change(), row.seq(), row.previous(), row.hash()));
        verification.outside(300, 9L);
        assertThat(verification.report().broken()).isEqualTo(new ChainReport.Break(300L, 9L, Fault.OUTSIDE, 3));
    }

    @Test
    void theFirstBreakIsTheOneReported() {
        List<Row> rows = chain(5);
        rows.set(3, rows.get(3).with(change("2026-000004", "startIntake", "later edit")));
        rows.set(1, rows.get(1).with(change("2026-000002", "startIntake", "earlier edit")));
        assertThat(verify(rows).broken().id()).isEqualTo(102L);
    }
}
