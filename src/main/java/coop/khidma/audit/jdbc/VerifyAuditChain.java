package coop.khidma.audit.jdbc;

import coop.khidma.audit.control.ChainReport;
import coop.khidma.audit.control.ChainReport.Break;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

/**
 * The operators' check of the audit chain, run by {@code server-config/verify-audit.sh} with the classes of the
 * deployed WAR and the MariaDB driver: reads {@code KHIDMA_DB_URL}, {@code KHIDMA_DB_USER} and
 * {@code KHIDMA_DB_PASSWORD} (or {@code KHIDMA_DB_PASSWORD_FILE}), prints one line and exits 0 when the chain is
 * intact, 1 when it is broken, 2 when it could not be read.
 */
public final class VerifyAuditChain {

    private VerifyAuditChain() {
    }

    public static void main(String[] args) {
        try {
            ChainReport report = check(System.getenv());
            System.out.println(describe(report));
            System.exit(report.intact() ? 0 : 1);
        } catch (Exception e) {
            System.err.println("verify-audit: could not read the audit chain: " + e.getMessage());
            System.exit(2);
        }
    }

    static ChainReport check(Map<String, String> env) throws Exception {
        String password = env.get("KHIDMA_DB_PASSWORD_FILE") != null && !env.get("KHIDMA_DB_PASSWORD_FILE").isBlank()
                ? Files.readString(Path.of(env.get("KHIDMA_DB_PASSWORD_FILE"))).strip()
                : env.getOrDefault("KHIDMA_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(required(env, "KHIDMA_DB_URL"),
                required(env, "KHIDMA_DB_USER"), password)) {
            connection.setReadOnly(true);
            return ChainStore.verify(connection);
        }
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }

    /** The report as one line for the operator (the admin screen says the same in Arabic or English). */
    public static String describe(ChainReport report) {
        String intactPart = report.lastIntactId() == null ? "no entry before it"
                : "intact up to entry " + report.lastIntactId() + " (no. " + report.lastIntactNo() + ")";
        if (report.intact()) {
            return "Audit chain intact: " + report.checked() + " entries checked, "
                    + (report.lastIntactId() == null ? "the trail is empty" : "up to entry " + report.lastIntactId()
                    + " (no. " + report.lastIntactNo() + ")") + "; head " + report.head();
        }
        Break broken = report.broken();
        String where = broken.id() == null ? "after entry no. " + report.lastIntactNo()
                : "at entry " + broken.id() + " (no. " + (broken.no() == null ? "none" : broken.no()) + ")";
        String what = switch (broken.fault()) {
            case CONTENT -> "its fields differ from what was written";
            case LINK -> "it does not follow the entry before it: that entry was rewritten, or one was removed or "
                    + "inserted";
            case GAP -> "no. " + broken.expected() + " was due: entries were removed or inserted";
            case SHORT -> "the entries from no. " + broken.expected() + " to the head are missing";
            case HEAD -> "it is not the last entry the chain's head recorded: it was rewritten";
            case OUTSIDE -> "it was written outside the application (no place in the chain)";
            case REDACTION -> "its detail is marked redacted without a redaction entry that counts it";
        };
        return "Audit chain BROKEN " + where + ": " + what + "; " + intactPart;
    }
}
