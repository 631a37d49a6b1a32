package coop.khidma.bench;

import coop.khidma.audit.control.AuditChain;
import coop.khidma.audit.entity.Change;
import coop.khidma.support.Applications;
import coop.khidma.support.EmbeddedMariaDb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P1's limit: the membership application's workflow as hand-written JDBC, one connection per client, each step one
 * transaction with the statements the application's step sends to MariaDB (read with the general query log:
 * {@code -Dkhidma.bench.generalLog=…}), without an ORM, an EJB container or a connection pool in between. The letters'
 * texts are short fixed strings: composing them is the application's work, storing them is the database's.
 */
final class RawWorkflow {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final AtomicLong SERIALS = new AtomicLong(80_000_000L);
    private static final String BY = "bench-raw";
    private static final String MOBILE = "+966501234567";
    /** Letters of about the application's length (its letters run to some 600 characters a language). */
    private static final String LETTER_ARABIC = "نص رسالة الجمعية إلى العضو ".repeat(22);
    private static final String LETTER_ENGLISH = "The association's letter to the member ".repeat(15);

    private final EmbeddedMariaDb database;

    RawWorkflow(EmbeddedMariaDb database) {
        this.database = database;
    }

    /** {@code clients} connections, each walking {@code workflows} applications, started together. */
    Latencies run(int clients, int workflows) throws Exception {
        Together.Timings timings = timings(clients, workflows);
        return Latencies.of(timings.wallNanos(), timings.latencies());
    }

    /** As {@link #run}, every step's latency kept in order (each client's workflows, one client after another). */
    Together.Timings timings(int clients, int workflows) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Connection> connections = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Connection connection = database.connect();
                connection.setAutoCommit(false);
                connections.add(connection);
            }
            Together.Timings timings = Together.run(threads, clients, workflows,
                    (client, latencies) -> workflow(connections.get(client), latencies));
            for (Connection connection : connections) {
                connection.close();
            }
            return timings;
        } finally {
            threads.shutdownNow();
        }
    }

    private interface Step<T> {
        T in(Connection connection) throws SQLException;
    }

    /** The audit chain's place of the transaction under way on this client's thread (as AuditTrail keeps it). */
    private static final ThreadLocal<Chain> CHAIN = new ThreadLocal<>();

    private static final class Chain {
        int seq;
        long no;
        String hash;
    }

    private static <T> T transaction(Connection connection, List<Long> latencies, Step<T> step) throws SQLException {
        long began = System.nanoTime();
        CHAIN.remove();
        try {
            T result = step.in(connection);
            Chain chain = CHAIN.get();
            if (chain != null) { // the head moves once per transaction, after its entries
                update(connection, "UPDATE audit_chain_head SET last_no = ?, last_hash = ? WHERE id = 1", chain.no,
                        chain.hash);
                CHAIN.remove();
            }
            connection.commit();
            latencies.add(System.nanoTime() - began);
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** A request as a screen holds it: id, reference, version, its items' ids and codes. */
    private record Held(long id, String reference, long version, List<Long> itemIds, List<String> itemCodes) {

        /** The same request one version on, as the step that changed it leaves it. */
        Held next() {
            return new Held(id, reference, version + 1, itemIds, itemCodes);
        }
    }

    private void workflow(Connection connection, List<Long> latencies) throws SQLException {
        String nationalId = Applications.nationalId(SERIALS.incrementAndGet());
        String reference = transaction(connection, latencies, c -> submit(c, nationalId));
        Held opened = transaction(connection, latencies, c -> page(c, reference));
        Held intake = transaction(connection, latencies, c -> startIntake(c, opened));
        Held current = intake;
        for (int i = 0; i < intake.itemIds().size(); i++) {
            Held before = current;
            int item = i;
            current = transaction(connection, latencies, c -> verify(c, before, item));
        }
        Held verified = current;
        transaction(connection, latencies, c -> completeIntake(c, verified));
        Held handing = transaction(connection, latencies, c -> page(c, reference));
        long agendaId = transaction(connection, latencies, c -> handToCommittee(c, handing));
        transaction(connection, latencies, c -> overrideFloor(c, agendaId));
        transaction(connection, latencies, c -> decide(c, agendaId));
        Held accepted = transaction(connection, latencies, c -> page(c, reference));
        transaction(connection, latencies, c -> complete(c, accepted, nationalId));
    }

    // ---- the steps: each the statements the application's step sends, in its order ----------------------------

    private static String submit(Connection c, String nationalId) throws SQLException {
        Instant now = now();
        List<Object[]> checklist = type(c, "MEMBERSHIP_APPLICATION");
        int year = now.atZone(RIYADH).getYear();
        String reference = String.format("%d-%06d", year + 1000, nextInSequence(c, "request", year));
        holidays(c);
        long id = insert(c, "INSERT INTO service_request (reference, type_code, channel, status, requester_name, "
                        + "requester_mobile, applicant_national_id, applicant_name_ar, applicant_name_latin, applicant_city, "
                        + "applicant_shares, submitted_by, submitted_at, status_changed_at, due_on, version) "
                        + "VALUES (?, ?, 'WEBSITE', 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, 'website', ?, ?, ?, 1)", reference,
                "MEMBERSHIP_APPLICATION", "عضو قياس الأداء", MOBILE, nationalId, "عضو قياس الأداء",
                "Bench Member", "نجران", 5, ts(now), ts(now), due(now));
        for (int position = 0; position < checklist.size(); position++) {
            Object[] item = checklist.get(position);
            boolean provided = "FIELD".equals(item[1]) && Boolean.TRUE.equals(item[4]);
            insert(c, "INSERT INTO request_item (request_id, position, item_code, label_ar, label_en, kind, mandatory, "
                            + "state, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, position,
                    item[0], item[2], item[3], item[1], item[4], provided ? "PROVIDED" : "PENDING",
                    provided ? "website" : null, provided ? ts(now) : null);
        }
        letter(c, reference, "ACKNOWLEDGEMENT", now,
                () -> audit(c, "REQUEST", reference, "submit", null, "SUBMITTED", "website", now));
        return reference;
    }

    /** The request with its type's row, as one statement (the application joins them), by reference or by id. */
    private static final String REQUEST = "SELECT r.id, r.reference, r.version, r.status, r.type_code, r.assignee, "
            + "r.channel, r.details, r.requester_name, r.requester_mobile, r.submitted_at, r.applicant_national_id, "
            + "r.member_id, t.code, t.active, t.kiosk_position, t.name_ar, t.name_en, t.needs_committee, t.version "
            + "FROM service_request r JOIN request_type t ON t.code = r.type_code WHERE ";

    /** What a step reads first: the request with its type, then its items. */
    private static Held open(Connection c, String reference) throws SQLException {
        return withItems(c, query(c, REQUEST + "r.reference = ?", reference).get(0));
    }

    /** What the request page reads: the request and its items, then what its view adds. */
    private static Held page(Connection c, String reference) throws SQLException {
        return viewed(c, open(c, reference));
    }

    /**
     * What the request's view (returned by the page and by each intake verb) reads besides the request: its papers
     * (without their content) and the office calendar, for the due day's urgency.
     */
    private static Held viewed(Connection c, Held held) throws SQLException {
        query(c, "SELECT id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at "
                + "FROM request_attachment WHERE request_id = ? ORDER BY uploaded_at, id", held.id());
        holidays(c);
        return held;
    }

    private static Held withItems(Connection c, Object[] request) throws SQLException {
        long id = ((Number) request[0]).longValue();
        List<Long> itemIds = new ArrayList<>();
        List<String> itemCodes = new ArrayList<>();
        for (Object[] item : query(c, "SELECT id, item_code, state, kind, mandatory, label_ar, label_en, method, "
                + "verified_by, verified_at, missing_reason FROM request_item WHERE request_id = ? ORDER BY position", id)) {
            itemIds.add(((Number) item[0]).longValue());
            itemCodes.add((String) item[1]);
        }
        return new Held(id, (String) request[1], ((Number) request[2]).longValue(), itemIds, itemCodes);
    }

    private static Held startIntake(Connection c, Held held) throws SQLException {
        requireVersion(open(c, held.reference()), held);
        Instant now = now();
        audit(c, "REQUEST", held.reference(), "startIntake", "SUBMITTED", "IN_INTAKE", BY, now);
        update(c, "UPDATE service_request SET assignee = ?, status = 'IN_INTAKE', status_changed_at = ?, version = ? "
                + "WHERE id = ? AND version = ?", BY, ts(now), held.version() + 1, held.id(), held.version());
        return viewed(c, held.next());
    }

    private static Held verify(Connection c, Held held, int item) throws SQLException {
        requireVersion(open(c, held.reference()), held);
        Instant now = now();
        audit(c, "ITEM", held.reference() + "/" + held.itemCodes().get(item), "verifyItem", "PENDING", "VERIFIED", BY,
                now);
        update(c, "UPDATE service_request SET version = ? WHERE id = ? AND version = ?", held.version() + 1, held.id(),
                held.version());
        update(c, "UPDATE request_item SET method = 'ORIGINAL_SEEN', verified_by = ?, verified_at = ?, "
                + "state = 'VERIFIED', changed_by = ?, changed_at = ? WHERE id = ?", BY, ts(now), BY, ts(now),
                held.itemIds().get(item));
        return viewed(c, held.next());
    }

    private static Held completeIntake(Connection c, Held held) throws SQLException {
        requireVersion(open(c, held.reference()), held);
        Instant now = now();
        audit(c, "REQUEST", held.reference(), "completeIntake", "IN_INTAKE", "VERIFIED", BY, now);
        update(c, "UPDATE service_request SET status = 'VERIFIED', status_changed_at = ?, version = ? "
                + "WHERE id = ? AND version = ?", ts(now), held.version() + 1, held.id(), held.version());
        return viewed(c, held.next());
    }

    private static long handToCommittee(Connection c, Held held) throws SQLException {
        requireVersion(open(c, held.reference()), held);
        Instant now = now();
        Object[] settings = query(c, "SELECT id, floor_working_days, ceiling_working_days, reminder_working_days, "
                + "version FROM review_settings WHERE id = 1").get(0);
        update(c, "UPDATE service_request SET status = 'WITH_COMMITTEE', status_changed_at = ?, due_on = ?, "
                + "version = ? WHERE id = ? AND version = ?", ts(now), due(now), held.version() + 1, held.id(),
                held.version());
        long agendaId = insert(c, "INSERT INTO agenda_item (request_id, request_reference, handed_over_on, "
                        + "handed_over_by, handed_over_at, floor_working_days, ceiling_working_days, deferrals, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1)", held.id(), held.reference(), today(now), BY, ts(now),
                settings[1], settings[2]);
        holidays(c);
        audit(c, "REQUEST", held.reference(), "handToCommittee", "VERIFIED", "WITH_COMMITTEE", BY, now);
        letter(c, held.reference(), "UNDER_REVIEW", now,
                () -> audit(c, "AGENDA", held.reference(), "handOver", null, "OPEN", BY, now));
        return agendaId;
    }

    private static Void overrideFloor(Connection c, long agendaId) throws SQLException {
        Instant now = now();
        Object[] item = agenda(c, agendaId);
        audit(c, "AGENDA", (String) item[2], "overrideFloor", null, null, BY, now);
        update(c, "UPDATE agenda_item SET floor_overridden_at = ?, floor_overridden_by = ?, floor_override_reason = ?, "
                + "version = ? WHERE id = ? AND version = ?", ts(now), BY, "قياس الأداء",
                ((Number) item[1]).longValue() + 1, agendaId, item[1]);
        return null;
    }

    private static Void decide(Connection c, long agendaId) throws SQLException {
        Instant now = now();
        Object[] item = agenda(c, agendaId);
        holidays(c);
        Held request = withItems(c, query(c, REQUEST + "r.id = ?", item[3]).get(0));
        audit(c, "AGENDA", request.reference(), "decide", "OPEN", "ACCEPT", BY, now);
        letter(c, request.reference(), "DECISION", now,
                () -> audit(c, "REQUEST", request.reference(), "accept", "WITH_COMMITTEE", "ACCEPTED", BY, now));
        // one calendar read serves the committee's window and the registration's answer day (Khidma reads it once a
        // transaction too)
        update(c, "UPDATE service_request SET status = 'ACCEPTED', status_changed_at = ?, due_on = ?, version = ? "
                + "WHERE id = ? AND version = ?", ts(now), due(now), request.version() + 1, request.id(),
                request.version());
        update(c, "UPDATE agenda_item SET decided_at = ?, decided_by = ?, decision = 'ACCEPT', version = ? "
                + "WHERE id = ? AND version = ?", ts(now), BY, ((Number) item[1]).longValue() + 1, agendaId, item[1]);
        return null;
    }

    private static Void complete(Connection c, Held held, String nationalId) throws SQLException {
        requireVersion(open(c, held.reference()), held);
        Instant now = now();
        query(c, "SELECT id, activated_at, applied_at, city, membership_number, name_ar, name_latin, shares, status, "
                + "status_reason, version, email, mobile, national_id FROM member WHERE national_id = ?", nationalId);
        audit(c, "MEMBER", "applicant", "apply", null, "APPLICANT", BY, now);
        long memberId = insert(c, "INSERT INTO member (national_id, name_ar, name_latin, mobile, city, shares, status, "
                        + "applied_at, version) VALUES (?, ?, ?, ?, ?, ?, 'APPLICANT', ?, 1)", nationalId,
                "عضو قياس الأداء", "Bench Member", MOBILE, "نجران", 5, ts(now));
        int year = now.atZone(RIYADH).getYear();
        String number = String.format("BR-%d-%06d", year, nextInSequence(c, "membership", year));
        letter(c, held.reference(), "REGISTRATION_COMPLETED", now, () -> {
            audit(c, "MEMBER", number, "activate", "APPLICANT", "ACTIVE", BY, now);
            audit(c, "REQUEST", held.reference(), "linkMember", "ACCEPTED", "ACCEPTED", BY, now);
            audit(c, "REQUEST", held.reference(), "complete", "ACCEPTED", "COMPLETED", BY, now);
        });
        update(c, "UPDATE member SET membership_number = ?, status = 'ACTIVE', activated_at = ?, version = 2 "
                + "WHERE id = ? AND version = 1", number, ts(now), memberId);
        update(c, "UPDATE service_request SET closed_at = ?, due_on = NULL, status = 'COMPLETED', status_changed_at = ?, "
                + "member_id = ?, version = ? WHERE id = ? AND version = ?", ts(now), ts(now), memberId,
                held.version() + 1, held.id(), held.version());
        return null;
    }

    // ---- statements -------------------------------------------------------------------------------------------

    /** An agenda item with its pauses. */
    private static Object[] agenda(Connection c, long agendaId) throws SQLException {
        Object[] item = query(c, "SELECT id, version, request_reference, request_id, decision, handed_over_on, "
                + "floor_working_days, ceiling_working_days, deferrals, floor_overridden_at FROM agenda_item "
                + "WHERE id = ?", agendaId).get(0);
        query(c, "SELECT paused_from, paused_by, reason, paused_to, position FROM agenda_pause WHERE agenda_item_id = ?",
                agendaId);
        return item;
    }

    /** A request type and its checklist (code, kind, Arabic and English labels, mandatory) in order: filing reads both. */
    private static List<Object[]> type(Connection c, String code) throws SQLException {
        query(c, "SELECT code, active, name_ar, name_en, needs_committee, version FROM request_type WHERE code = ?", code);
        return query(c, "SELECT code, kind, label_ar, label_en, mandatory, position FROM request_type_item "
                + "WHERE request_type_code = ? ORDER BY position", code);
    }

    /**
     * The office calendar, read whole: a minimal implementation without a copy per node reads it in each transaction
     * that computes a day (Khidma reads one row, the calendar's stamp, and the holidays only when it changed).
     */
    private static void holidays(Connection c) throws SQLException {
        query(c, "SELECT holiday_date FROM holiday");
    }

    private static long nextInSequence(Connection c, String name, int period) throws SQLException {
        update(c, "INSERT INTO sequence_counter (name, period, last_value) VALUES (?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE last_value = last_value + 1", "bench-" + name, period);
        return ((Number) query(c, "SELECT last_value FROM sequence_counter WHERE name = ? AND period = ?",
                "bench-" + name, period).get(0)[0]).longValue();
    }

    private static void audit(Connection c, String type, String subject, String action, String before, String after,
                              String by, Instant at) throws SQLException {
        Chain chain = CHAIN.get();
        if (chain == null) { // the transaction's first entry locks the chain's head until commit
            Object[] head = query(c, "SELECT last_no, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").get(0);
            chain = new Chain();
            chain.no = ((Number) head[0]).longValue();
            chain.hash = (String) head[1];
            CHAIN.set(chain);
        }
        Instant stored = AuditChain.stored(at);
        String previous = chain.hash;
        chain.hash = AuditChain.hash(previous, ++chain.no, Change.of(type, subject, action, before, after, by, stored,
                null), ++chain.seq);
        insert(c, "INSERT INTO audit_entry (occurred_at, actor, subject_type, subject, action, state_before, "
                        + "state_after, detail, seq, chain_no, chain_prev, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, "
                        + "?, ?, ?, ?)", ts(stored), by, type, subject, action, before, after, chain.seq, chain.no,
                previous, chain.hash);
    }

    private interface Audits {
        void record() throws SQLException;
    }

    /** A letter queued in the outbox: its audit entry, the step's own audit entries, then the message itself. */
    private static void letter(Connection c, String reference, String kind, Instant at, Audits step) throws SQLException {
        audit(c, "MESSAGE", reference, "queue", null, "PENDING", "system", at);
        step.record();
        insert(c, "INSERT INTO message (request_reference, recipient_mobile, channel, kind, subject_ar, body_ar, "
                        + "subject_en, body_en, created_at, state, version) VALUES (?, ?, 'SMS', ?, ?, ?, ?, ?, ?, "
                        + "'PENDING', 1)", reference, MOBILE, kind, "جمعية السياحة التعاونية بنجران",
                LETTER_ARABIC + reference, "Tourism Cooperative Association in Najran", LETTER_ENGLISH + reference, ts(at));
    }

    private static void requireVersion(Held current, Held seen) {
        if (current.version() != seen.version()) {
            throw new IllegalStateException("someone else changed " + seen.reference());
        }
    }

    private static List<Object[]> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = result.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            if (statement.executeUpdate() == 0 && sql.contains("version = ?")) {
                throw new IllegalStateException("someone else changed the row: " + sql);
            }
        }
    }

    private static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet key = statement.getGeneratedKeys()) {
                return key.next() ? key.getLong(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    /** A due day a week on (the statement's shape is what counts here, not the working-day arithmetic). */
    private static LocalDate due(Instant at) {
        return today(at).plusDays(7);
    }

    private static LocalDate today(Instant at) {
        return at.atZone(RIYADH).toLocalDate();
    }
}
