package coop.khidma.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * P5: the board's reports over the requests P4 seeded, as their first page asks them — report 1 (volume: this
 * Gregorian month and the one before, each counted by channel, type and status), report 2 (promises: this month's
 * requests' type and four moments from one index, and the ten oldest open), report 3 (the committee: agenda items
 * grouped by decision, lateness and category, and their clock stops), report 5 (backlog: the open requests counted by
 * status in four ranges of filing days), report 6 (reception: this month's tickets' service, status and moments),
 * report 7 (satisfaction: ratings counted by service and score) and report 8 (the board pack: all of them and the
 * referrals for this month). The limit sends the same queries in hand-written SQL; its age buckets count Sunday to
 * Thursday without holidays (the cost of a count does not depend on them).
 */
final class ReportsAtScale {

    static final String[] OPEN = {"SUBMITTED", "IN_INTAKE", "RETURNED", "VERIFIED", "WITH_COMMITTEE", "BEING_SERVED",
            "ACCEPTED"};
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private ReportsAtScale() {
    }

    static int rawVolume(Connection connection) throws SQLException {
        LocalDate first = LocalDate.now(RIYADH).withDayOfMonth(1);
        return volume(connection, first, first.plusMonths(1)) + volume(connection, first.minusMonths(1), first);
    }

    private static int volume(Connection connection, LocalDate from, LocalDate until) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT channel, type_code, status, COUNT(*) "
                + "FROM service_request WHERE submitted_at >= ? AND submitted_at < ? "
                + "GROUP BY channel, type_code, status")) {
            count.setTimestamp(1, start(from));
            count.setTimestamp(2, start(until));
            return rows(count);
        }
    }

    /** Report 2: the month's requests by their index's columns, the types, and the ten oldest open requests. */
    static int rawPromises(Connection connection) throws SQLException {
        LocalDate first = LocalDate.now(RIYADH).withDayOfMonth(1);
        int rows;
        try (PreparedStatement filed = connection.prepareStatement("SELECT type_code, submitted_at, "
                + "intake_completed_at, answered_at, answer_promised_on FROM service_request "
                + "WHERE submitted_at >= ? AND submitted_at < ?")) {
            filed.setTimestamp(1, start(first));
            filed.setTimestamp(2, start(first.plusMonths(1)));
            rows = read(filed);
        }
        try (PreparedStatement types = connection.prepareStatement(
                "SELECT code, needs_committee, answer_working_days FROM request_type ORDER BY code")) {
            rows += read(types);
        }
        try (PreparedStatement oldest = connection.prepareStatement("SELECT reference, status, submitted_at "
                + "FROM service_request WHERE status IN (?,?,?,?,?,?,?) ORDER BY submitted_at, id LIMIT 10")) {
            for (int i = 0; i < OPEN.length; i++) {
                oldest.setString(i + 1, OPEN[i]);
            }
            rows += read(oldest);
        }
        return rows;
    }

    /** Report 3: the month's agenda items grouped by decision, lateness and category, and their clock stops. */
    static int rawCommittee(Connection connection) throws SQLException {
        LocalDate first = LocalDate.now(RIYADH).withDayOfMonth(1);
        int rows;
        try (PreparedStatement count = connection.prepareStatement("SELECT decision, decided_after_ceiling, "
                + "rejection_category, COUNT(*), COUNT(decided_before_floor_on) FROM agenda_item "
                + "WHERE handed_over_on >= ? AND handed_over_on <= ? "
                + "GROUP BY decision, decided_after_ceiling, rejection_category")) {
            count.setObject(1, first);
            count.setObject(2, first.plusMonths(1).minusDays(1));
            rows = read(count);
        }
        try (PreparedStatement stops = connection.prepareStatement("SELECT p.paused_from, p.paused_to "
                + "FROM agenda_item a JOIN agenda_pause p ON p.agenda_item_id = a.id "
                + "WHERE a.handed_over_on >= ? AND a.handed_over_on <= ?")) {
            stops.setObject(1, first);
            stops.setObject(2, first.plusMonths(1).minusDays(1));
            rows += read(stops);
        }
        return rows;
    }

    /** Report 4 (in the pack): the month's referrals by level and state, and the answered ones' two moments. */
    static int rawReferrals(Connection connection) throws SQLException {
        LocalDate first = LocalDate.now(RIYADH).withDayOfMonth(1);
        int rows;
        try (PreparedStatement count = connection.prepareStatement("SELECT level_code, state, COUNT(*) "
                + "FROM escalation WHERE raised_at >= ? AND raised_at < ? GROUP BY level_code, state")) {
            count.setTimestamp(1, start(first));
            count.setTimestamp(2, start(first.plusMonths(1)));
            rows = read(count);
        }
        try (PreparedStatement answered = connection.prepareStatement("SELECT level_code, raised_at, answered_at "
                + "FROM escalation WHERE raised_at >= ? AND raised_at < ? AND state = 'ANSWERED'")) {
            answered.setTimestamp(1, start(first));
            answered.setTimestamp(2, start(first.plusMonths(1)));
            rows += read(answered);
        }
        return rows;
    }

    /** Report 6: the month's tickets by service, status and their three moments. */
    static int rawReception(Connection connection) throws SQLException {
        LocalDate first = LocalDate.now(RIYADH).withDayOfMonth(1);
        try (PreparedStatement tickets = connection.prepareStatement("SELECT service, status, taken_at, called_at, "
                + "closed_at FROM queue_ticket WHERE service_day >= ? AND service_day <= ?")) {
            tickets.setObject(1, first);
            tickets.setObject(2, first.plusMonths(1).minusDays(1));
            return read(tickets);
        }
    }

    /** Report 7: the month's ratings counted by service and score. */
    static int rawSatisfaction(Connection connection) throws SQLException {
        LocalDate first = LocalDate.now(RIYADH).withDayOfMonth(1);
        try (PreparedStatement count = connection.prepareStatement("SELECT service, score, COUNT(*) FROM rating "
                + "WHERE rated_on BETWEEN ? AND ? GROUP BY service, score")) {
            count.setObject(1, first);
            count.setObject(2, first.plusMonths(1).minusDays(1));
            return read(count);
        }
    }

    /** Report 8: the board pack of this month, every report's queries one after the other. */
    static int rawPack(Connection connection) throws SQLException {
        return rawVolume(connection) + rawPromises(connection) + rawCommittee(connection) + rawReferrals(connection)
                + rawBacklog(connection) + rawReception(connection) + rawSatisfaction(connection);
    }

    /** The raw limit of each report the driver's {@code /bench/report?name=} asks. */
    static Raw raw(String report) {
        return switch (report) {
            case "volume" -> ReportsAtScale::rawVolume;
            case "promises" -> ReportsAtScale::rawPromises;
            case "committee" -> ReportsAtScale::rawCommittee;
            case "backlog" -> ReportsAtScale::rawBacklog;
            case "reception" -> ReportsAtScale::rawReception;
            case "satisfaction" -> ReportsAtScale::rawSatisfaction;
            case "pack" -> ReportsAtScale::rawPack;
            default -> throw new IllegalArgumentException(report);
        };
    }

    static int rawBacklog(Connection connection) throws SQLException {
        LocalDate today = LocalDate.now(RIYADH);
        LocalDate[] starts = {filedOnOrAfter(today, 2), filedOnOrAfter(today, 5), filedOnOrAfter(today, 10),
                LocalDate.of(1970, 1, 1)};
        LocalDate until = today.plusDays(1);
        int rows = 0;
        for (LocalDate from : starts) {
            try (PreparedStatement count = connection.prepareStatement("SELECT status, COUNT(*) FROM service_request "
                    + "WHERE status IN (?,?,?,?,?,?,?) AND submitted_at >= ? AND submitted_at < ? GROUP BY status")) {
                for (int i = 0; i < OPEN.length; i++) {
                    count.setString(i + 1, OPEN[i]);
                }
                count.setTimestamp(8, start(from));
                count.setTimestamp(9, start(until));
                rows += rows(count);
            }
            until = from;
        }
        return rows;
    }

    private static LocalDate filedOnOrAfter(LocalDate today, int most) {
        LocalDate filed = today;
        int age = 0;
        while (true) {
            boolean working = filed.getDayOfWeek() != DayOfWeek.FRIDAY && filed.getDayOfWeek() != DayOfWeek.SATURDAY;
            if (age + (working ? 1 : 0) > most) {
                return filed;
            }
            age += working ? 1 : 0;
            filed = filed.minusDays(1);
        }
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(RIYADH).toInstant());
    }

    private static int rows(PreparedStatement statement) throws SQLException {
        int rows = 0;
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows += (int) result.getLong(result.getMetaData().getColumnCount());
            }
        }
        return rows;
    }

    /** Reads every row the statement returns, as the application reads them. */
    private static int read(PreparedStatement statement) throws SQLException {
        int rows = 0;
        try (ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    result.getObject(column);
                }
                rows++;
            }
        }
        return rows;
    }

    interface Raw {
        int run(Connection connection) throws SQLException;
    }

    static List<Long> timedRaw(Connection connection, Raw raw, int repeats) throws SQLException {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long began = System.nanoTime();
            raw.run(connection);
            latencies.add(System.nanoTime() - began);
        }
        return latencies;
    }
}
