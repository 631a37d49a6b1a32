package coop.khidma.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, as text that tests compare: every table's rows (the restore drill, the upgrade test) and the
 * shape of the schema from {@code information_schema} (tables, columns, indexes, constraints, triggers, routines), free
 * of what legitimately differs between two databases of the same schema (names of the schema, counters, row counts).
 */
public final class Schemas {

    /** The schema's description, category by category: each a sorted list of one line per object. */
    private static final Map<String, String> SHAPE = new LinkedHashMap<>();

    static {
        SHAPE.put("tables", "SELECT table_name, table_type, engine, table_collation, create_options, table_comment "
                + "FROM information_schema.tables WHERE table_schema = ?");
        SHAPE.put("columns", "SELECT table_name, ordinal_position, column_name, column_type, is_nullable, column_default, "
                + "collation_name, extra, column_comment, generation_expression "
                + "FROM information_schema.columns WHERE table_schema = ?");
        SHAPE.put("indexes", "SELECT table_name, index_name, seq_in_index, column_name, non_unique, sub_part, index_type "
                + "FROM information_schema.statistics WHERE table_schema = ?");
        SHAPE.put("constraints", "SELECT table_name, constraint_name, constraint_type "
                + "FROM information_schema.table_constraints WHERE constraint_schema = ?");
        SHAPE.put("checks", "SELECT table_name, constraint_name, check_clause "
                + "FROM information_schema.check_constraints WHERE constraint_schema = ?");
        SHAPE.put("foreign keys", "SELECT k.table_name, k.constraint_name, k.ordinal_position, k.column_name, "
                + "k.referenced_table_name, k.referenced_column_name, r.update_rule, r.delete_rule "
                + "FROM information_schema.key_column_usage k JOIN information_schema.referential_constraints r "
                + "ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name "
                + "AND r.table_name = k.table_name WHERE k.constraint_schema = ?");
        SHAPE.put("triggers", "SELECT trigger_name, event_object_table, action_timing, event_manipulation, "
                + "action_orientation, action_statement, sql_mode FROM information_schema.triggers WHERE trigger_schema = ?");
        SHAPE.put("routines", "SELECT routine_name, routine_type, data_type, routine_definition, sql_mode "
                + "FROM information_schema.routines WHERE routine_schema = ?");
    }

    private Schemas() {
    }

    /** The shape of {@code schema}: tables, columns, indexes, constraints, foreign keys, triggers and routines. */
    public static Map<String, List<String>> shape(Connection connection, String schema) throws SQLException {
        Map<String, List<String>> shape = new LinkedHashMap<>();
        for (var category : SHAPE.entrySet()) {
            try (PreparedStatement query = connection.prepareStatement(category.getValue())) {
                query.setString(1, schema);
                shape.put(category.getKey(), lines(query.executeQuery()));
            }
        }
        return shape;
    }

    /** The columns of every base table of the connection's database, in their order. */
    public static Map<String, List<String>> columns(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.table_name, c.column_name "
                + "FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema "
                + "AND t.table_name = c.table_name WHERE c.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' "
                + "ORDER BY c.table_name, c.ordinal_position"); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), table -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return columns;
    }

    /** Every row of every base table, each as {@code column=value|…}, sorted. */
    public static Map<String, List<String>> rows(Connection connection) throws SQLException {
        return rows(connection, columns(connection));
    }

    /** The rows of the tables given, only the columns given (what an older schema had), each sorted. */
    public static Map<String, List<String>> rows(Connection connection, Map<String, List<String>> columnsByTable)
            throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (var table : columnsByTable.entrySet()) {
                String columns = String.join(", ", table.getValue().stream().map(c -> "`" + c + "`").toList());
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT " + columns + " FROM `" + table.getKey() + "`")) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= table.getValue().size(); c++) {
                            row.append(table.getValue().get(c - 1)).append('=').append(rs.getString(c)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table.getKey(), rows);
            }
        }
        return tables;
    }

    private static List<String> lines(ResultSet rs) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (rs) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    line.append(c == 1 ? "" : " | ").append(rs.getString(c));
                }
                lines.add(line.toString());
            }
        }
        lines.sort(null);
        return lines;
    }
}
