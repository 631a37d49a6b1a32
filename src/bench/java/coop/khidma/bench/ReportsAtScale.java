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
 * Gregorian month and the one before, each counted by channel, type and status) and report 5 (backlog: the open
 * requests counted by status in four ranges of filing days). The limit sends the same grouped counts in hand-written
 * SQL; its age buckets count Sunday to Thursday without holidays (the cost of a count does not depend on them).
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
