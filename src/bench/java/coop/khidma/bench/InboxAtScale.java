package coop.khidma.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * P4: many requests in the database, and the inbox's first page with its count asked for with the raw indexed SQL
 * (the limit) — the application's side asks {@code Requests.inbox/inboxCount} through the driver. The seeded requests
 * spread over every status, type and channel and two years, with Arabic names (some with diacritics).
 */
final class InboxAtScale {

    /** The console's filters measured: a status filter, and the search box given a mobile number. */
    record Filter(String name, List<String> statuses, String mobile) {
    }

    static final String[] STATUSES = {"SUBMITTED", "IN_INTAKE", "RETURNED", "VERIFIED", "WITH_COMMITTEE",
            "BEING_SERVED", "ACCEPTED", "REJECTED", "RESOLVED", "COMPLETED", "WITHDRAWN"};
    private static final String[] TYPES = {"MEMBERSHIP_APPLICATION", "MEMBERSHIP_UPDATE", "SUPPORT", "INQUIRY",
            "COMPLAINT", "SUGGESTION", "CERTIFICATE", "WITHDRAWAL"};
    private static final String[] CHANNELS = {"IN_PERSON", "PHONE", "SOCIAL_MEDIA", "LETTER", "WEBSITE", "KIOSK"};
    private static final String[] FIRST = {"مُحَمَّد", "محمد", "عبدالله", "سعيد", "فاطمة", "نورة", "خالد", "سارة",
            "عَلِيّ", "علي", "هند", "ناصر"};
    private static final String[] FAMILY = {"القحطاني", "اليامي", "الشهراني", "آل منصور", "الدوسري", "العجمي",
            "آل سالم", "الوادعي"};
    private static final String ROW = "SELECT reference, type_code, channel, status, requester_name, submitted_at "
            + "FROM service_request";

    /** A mobile number given with a handful of the seeded requests, as typed in the search box and as stored. */
    static final String SEARCHED_MOBILE = "0559990001";
    private static final String SEARCHED_MOBILE_STORED = "+966559990001";

    private InboxAtScale() {
    }

    /** Adds {@code count} requests (references 1990-000001 …), a thousand to a statement. */
    static void seed(Connection connection, int count) throws SQLException {
        Random random = new Random(7);
        Instant newest = Instant.now().truncatedTo(ChronoUnit.MICROS);
        connection.setAutoCommit(false);
        int batch = 1000;
        for (int first = 1; first <= count; first += batch) {
            int rows = Math.min(batch, count - first + 1);
            StringBuilder sql = new StringBuilder("INSERT INTO service_request (reference, type_code, channel, status, "
                    + "requester_name, requester_mobile, submitted_at, status_changed_at, intake_completed_at, answered_at, "
                    + "answer_promised_on, submitted_by) VALUES ");
            for (int i = 0; i < rows; i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,'bench')");
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int p = 1;
                for (int i = 0; i < rows; i++) {
                    int n = first + i;
                    Instant filed = newest.minusSeconds(random.nextInt(2 * 365 * 24 * 3600));
                    Timestamp at = Timestamp.from(filed);
                    int status = random.nextInt(STATUSES.length);
                    insert.setString(p++, String.format("1990-%06d", n));
                    insert.setString(p++, TYPES[random.nextInt(TYPES.length)]);
                    insert.setString(p++, CHANNELS[random.nextInt(CHANNELS.length)]);
                    insert.setString(p++, STATUSES[status]);
                    insert.setString(p++, FIRST[random.nextInt(FIRST.length)] + " " + FIRST[random.nextInt(FIRST.length)]
                            + " " + FAMILY[random.nextInt(FAMILY.length)]);
                    insert.setString(p++, n % 20_000 == 1 ? SEARCHED_MOBILE_STORED : String.format("+9665%08d", n));
                    insert.setTimestamp(p++, at);
                    insert.setTimestamp(p++, at);
                    // report 2's moments: intake done a day later past the intake stages, answered 1–14 days after
                    // filing once served or decided, against a promise a week after filing
                    boolean intakeDone = status >= 3 && status <= 9;
                    boolean answered = status >= 6 && status <= 9;
                    insert.setTimestamp(p++, intakeDone ? Timestamp.from(filed.plus(1, ChronoUnit.DAYS)) : null);
                    insert.setTimestamp(p++, answered
                            ? Timestamp.from(filed.plus(1 + random.nextInt(14), ChronoUnit.DAYS)) : null);
                    insert.setObject(p++, answered
                            ? LocalDate.ofInstant(filed, ZoneId.of("Asia/Riyadh")).plusDays(7) : null);
                }
                insert.executeUpdate();
            }
            connection.commit();
        }
        connection.setAutoCommit(true);
    }

    /** The limit: the first page and the count with hand-written SQL on the table's indexes. */
    static int rawFirstPage(Connection connection, Filter filter) throws SQLException {
        String where = filter.mobile() != null ? " WHERE requester_mobile = ?"
                : " WHERE status IN (" + String.join(",", filter.statuses().stream().map(s -> "?").toList()) + ")";
        int rows = 0;
        try (PreparedStatement page = connection.prepareStatement(ROW + where
                + " ORDER BY submitted_at DESC, id DESC LIMIT " + WorkflowDriver.PAGE)) {
            bind(page, filter);
            try (ResultSet result = page.executeQuery()) {
                while (result.next()) {
                    rows++;
                    result.getString(1);
                    result.getString(5);
                    result.getTimestamp(6);
                }
            }
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM service_request" + where)) {
            bind(count, filter);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return rows + (int) result.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Filter filter) throws SQLException {
        if (filter.mobile() != null) {
            statement.setString(1, filter.mobile().equals(SEARCHED_MOBILE) ? SEARCHED_MOBILE_STORED : filter.mobile());
        } else {
            for (int i = 0; i < filter.statuses().size(); i++) {
                statement.setString(i + 1, filter.statuses().get(i));
            }
        }
    }

    static List<Long> timedRaw(Connection connection, Filter filter, int repeats) throws SQLException {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long began = System.nanoTime();
            rawFirstPage(connection, filter);
            latencies.add(System.nanoTime() - began);
        }
        return latencies;
    }
}
