package coop.khidma.ui.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Comma-separated values as spreadsheets open them: UTF-8 with a byte order mark (without it Excel reads Arabic as
 * Latin-1 gibberish), CRLF line ends, fields quoted when they hold a comma, quote or line break (RFC 4180), and a
 * cell that starts like a formula ({@code = + - @}) made plain text with a leading apostrophe, so a name typed at
 * the kiosk can never run as a formula on a staff member's computer.
 */
public final class Csv {

    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** Writes the header line and then every line; the stream is flushed, not closed. */
    public static void write(List<String> header, Iterable<List<String>> lines, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        writer.write(line(header));
        for (List<String> line : lines) {
            writer.write(line(line));
        }
        writer.flush();
    }

    static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("[-+]?\\d+([.,]\\d+)?");
    }
}
