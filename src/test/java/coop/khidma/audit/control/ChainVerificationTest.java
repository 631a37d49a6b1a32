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
    void theHashIsSha256OfThePreviousHashAndTheCanonicalText() {
        Change change = new Change("ITEM", "2026-000001/ID_COPY", "verifyItem", null, "VERIFIED", "ali",
                Instant.parse("2026-03-01T06:00:00Z"), "a|b");
        assertThat(AuditChain.canonical(3, change, 2)).isEqualTo("khidma-audit-v1|1:3|17:1772344800.000000|3:ali"
                + "|4:ITEM|19:2026-000001/ID_COPY|10:verifyItem|~|8:VERIFIED|3:a|b|1:2");
        // printf "0000…0000\n<canonical>" | sha256sum
        assertThat(AuditChain.hash(AuditChain.GENESIS, 3, change, 2))
                .isEqualTo("3caa3814e2e30fd5fdbfc6c315da3c738f17d9f2e2876d0a86c4ec2a49138d94");
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
