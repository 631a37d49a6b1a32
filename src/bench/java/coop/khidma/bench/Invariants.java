package coop.khidma.bench;

import coop.khidma.audit.control.ChainReport;
import coop.khidma.audit.jdbc.ChainStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What must hold in the database after a load run whatever happened during it (issue 19: "no workflow step is
 * half-written"), over the rows the run added: every request whole (its type's checklist, one audit entry of its
 * filing, its status what its audited steps say, a website filing's stored answer, no escalation or agenda item as
 * no step of the run goes that far), every reference a person or the
 * website was given stored, request references and ticket numbers gap-free from where they stood, and the audit chain
 * intact. Each check is counted in violations, so a run can say which held.
 */
final class Invariants {

    /** Where the tables stood before the run: the last ids, and the last serial of each reference year and ticket day. */
    record Marks(long request, long audit, long ticket, Map<String, Long> serials, Map<String, Long> tickets) {
    }

    /** One check, and how many rows broke it (with the first of them). */
    record Check(String what, long violations, String first) {
    }

    private Invariants() {
    }

    static Marks mark(Connection db) throws SQLException {
        return new Marks(number(db, "SELECT COALESCE(MAX(id), 0) FROM service_request"),
                number(db, "SELECT COALESCE(MAX(id), 0) FROM audit_entry"),
                number(db, "SELECT COALESCE(MAX(id), 0) FROM queue_ticket"),
                lasts(db, "SELECT SUBSTRING_INDEX(reference, '-', 1), MAX(CAST(SUBSTRING_INDEX(reference, '-', -1) "
                        + "AS UNSIGNED)) FROM service_request GROUP BY 1"),
                lasts(db, "SELECT CONCAT(service, ' ', service_day), MAX(number) FROM queue_ticket GROUP BY 1"));
    }

    static List<Check> check(Connection db, Marks marks, Set<String> given) throws SQLException {
        List<Check> checks = new ArrayList<>();
        long since = marks.request();
        checks.add(rows(db, "requests whose checklist is not their type's, whole", "SELECT r.reference FROM "
                + "service_request r WHERE r.id > ? AND ((SELECT COUNT(*) FROM request_item i WHERE i.request_id = r.id) "
                + "<> (SELECT COUNT(*) FROM request_type_item t WHERE t.request_type_code = r.type_code) "
                + "OR NOT EXISTS (SELECT 1 FROM request_item i WHERE i.request_id = r.id))", since));
        checks.add(rows(db, "requests without exactly one audit entry of their filing", "SELECT r.reference FROM "
                + "service_request r WHERE r.id > ? AND (SELECT COUNT(*) FROM audit_entry a WHERE a.subject = "
                + "r.reference AND a.subject_type = 'REQUEST' AND a.action = 'submit') <> 1", since));
        checks.add(rows(db, "audited filings with no request", "SELECT a.subject FROM audit_entry a WHERE a.id > ? "
                + "AND a.subject_type = 'REQUEST' AND a.action = 'submit' AND NOT EXISTS (SELECT 1 FROM service_request r "
                + "WHERE r.reference = a.subject)", marks.audit()));
        checks.add(rows(db, "requests whose status is not what their audited steps say (submitted with no intake "
                + "started, or in intake with it started once)", "SELECT CONCAT(reference, ' ', status) FROM (SELECT "
                + "r.reference, r.status, (SELECT COUNT(*) FROM audit_entry a WHERE a.subject = r.reference AND "
                + "a.subject_type = 'REQUEST' AND a.action = 'startIntake') AS started FROM service_request r WHERE r.id > ?) "
                + "steps WHERE NOT ((status = 'SUBMITTED' AND started = 0) OR (status = 'IN_INTAKE' AND started = 1))",
                since));
        checks.add(rows(db, "website filings without exactly one stored answer for their Idempotency-Key", "SELECT "
                + "r.reference FROM service_request r WHERE r.id > ? AND r.channel = 'WEBSITE' AND (SELECT COUNT(*) FROM "
                + "api_idempotency k WHERE k.location = CONCAT('v1/requests/', r.reference)) <> 1", since));
        checks.add(rows(db, "escalations or agenda items of the run's requests (no step of the run reaches them)",
                "SELECT reference FROM (SELECT request_id, request_reference AS reference FROM escalation UNION ALL "
                        + "SELECT request_id, request_reference FROM agenda_item) later WHERE request_id > ?", since));
        checks.add(missing(db, given));
        checks.add(gaps("request references not gap-free from where they stood", marks.serials(), lists(db,
                "SELECT SUBSTRING_INDEX(reference, '-', 1), CAST(SUBSTRING_INDEX(reference, '-', -1) AS UNSIGNED) "
                        + "FROM service_request WHERE id > " + since + " ORDER BY 1, 2")));
        checks.add(gaps("ticket numbers not gap-free from where each day's stood", marks.tickets(), lists(db,
                "SELECT CONCAT(service, ' ', service_day), number FROM queue_ticket WHERE id > " + marks.ticket()
                        + " ORDER BY 1, 2")));
        ChainReport chain = ChainStore.verify(db);
        checks.add(new Check("audit chain broken", chain.intact() ? 0 : 1, chain.intact() ? "" : chain.toString()));
        return checks;
    }

    /** The rows that break a check (the query's first column names each), past {@code since}. */
    private static Check rows(Connection db, String what, String sql, long since) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, since);
            long count = 0;
            String first = "";
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (count++ == 0) {
                        first = rows.getString(1);
                    }
                }
            }
            return new Check(what, count, first);
        }
    }

    private static Check missing(Connection db, Set<String> given) throws SQLException {
        long count = 0;
        String first = "";
        try (PreparedStatement statement = db.prepareStatement("SELECT 1 FROM service_request WHERE reference = ?")) {
            for (String reference : given) {
                statement.setString(1, reference);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next() && count++ == 0) {
                        first = reference;
                    }
                }
            }
        }
        return new Check("references given to a person or the website but not stored", count, first);
    }

    /** Each group's numbers must run on from its last before the run, one by one. */
    static Check gaps(String what, Map<String, Long> lastBefore, Map<String, List<Long>> added) {
        long count = 0;
        String first = "";
        for (var group : added.entrySet()) {
            long expected = lastBefore.getOrDefault(group.getKey(), 0L) + 1;
            for (long number : group.getValue()) {
                if (number != expected && count++ == 0) {
                    first = group.getKey() + ": " + number + " where " + expected + " was next";
                }
                expected = number + 1;
            }
        }
        return new Check(what, count, first);
    }

    private static long number(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Map<String, Long> lasts(Connection db, String sql) throws SQLException {
        Map<String, Long> lasts = new HashMap<>();
        lists(db, sql).forEach((group, values) -> lasts.put(group, values.get(0)));
        return lasts;
    }

    private static Map<String, List<Long>> lists(Connection db, String sql) throws SQLException {
        Map<String, List<Long>> lists = new TreeMap<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                lists.computeIfAbsent(rows.getString(1), any -> new ArrayList<>()).add(rows.getLong(2));
            }
        }
        return lists;
    }
}
