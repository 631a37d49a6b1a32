package coop.khidma.platform.safety;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.PasswordPolicy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The configurations Khidma refuses to run with, each with the reason an administrator reads in the log:
 * <ul>
 *     <li>production ({@code KHIDMA_MODE=production}) on the embedded development database, unless
 *     {@code KHIDMA_ALLOW_EMBEDDED_DB=true} says it is meant;</li>
 *     <li>production with a database connection to a host that is not this machine whose server certificate is not
 *     verified: anything but {@code sslMode=verify-full} or {@code sslMode=verify-ca} (no {@code sslMode},
 *     {@code disable}, {@code trust}) lets member data cross the network readable, or lets a machine in the middle
 *     read it (OWASP ASVS 5.0 V12.3);</li>
 *     <li>production with the development kiosk token {@code KHIDMA_KIOSK_DEVICE_TOKEN} set: in production a kiosk
 *     is registered by an administrator's one-time enrolment link, never by a token in the environment;</li>
 *     <li>no database configured at all;</li>
 *     <li>a first administrator's password ({@code KHIDMA_ADMIN_PASSWORD}) that the password policy refuses.</li>
 * </ul>
 */
public final class ConfigurationCheck {

    private static final Logger LOG = Logger.getLogger(ConfigurationCheck.class.getName());

    private ConfigurationCheck() {
    }

    /**
     * Called first thing at start-up (before migrations touch the database): logs every problem and refuses to go
     * on, so the deployment fails and says why.
     */
    public static void refuseUnsafe(Map<String, String> env) {
        List<String> problems = problems(env);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> LOG.severe("Khidma will not start: " + problem));
            throw new IllegalStateException("Unsafe configuration: " + String.join("; ", problems));
        }
    }

    /** Why this environment is unsafe; empty when it is fine. */
    public static List<String> problems(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        boolean production = "production".equalsIgnoreCase(env.getOrDefault("KHIDMA_MODE", ""));
        String url = env.getOrDefault("KHIDMA_DB_URL", "");
        if (url.isBlank()) {
            problems.add("KHIDMA_DB_URL is not set: Khidma needs a MariaDB (see README, Configuration)");
        }
        if (production && "true".equals(env.get("KHIDMA_EMBEDDED_DB"))
                && !"true".equals(env.get("KHIDMA_ALLOW_EMBEDDED_DB"))) {
            problems.add("KHIDMA_MODE=production on the embedded development database: point KHIDMA_DB_URL at the "
                    + "association's MariaDB, or set KHIDMA_ALLOW_EMBEDDED_DB=true if this is intended");
        }
        if (production && !url.isBlank() && !isLocal(url) && !VERIFIED_TLS.contains(sslMode(url))) {
            problems.add("KHIDMA_MODE=production with a remote database and sslMode=" + sslMode(url) + ": the "
                    + "connection must be encrypted and the server's certificate verified; add sslMode=verify-full "
                    + "(or verify-ca) to KHIDMA_DB_URL, with the CA in serverSslCert or the system trust store");
        }
        String kioskToken = env.get("KHIDMA_KIOSK_DEVICE_TOKEN");
        if (production && kioskToken != null && !kioskToken.isBlank()) {
            problems.add("KHIDMA_MODE=production with KHIDMA_KIOSK_DEVICE_TOKEN set: that token is for development "
                    + "and tests only; remove it and register each kiosk with an administrator's enrolment link");
        }
        String adminPassword = env.get("KHIDMA_ADMIN_PASSWORD");
        if (adminPassword != null && !adminPassword.isBlank()) {
            try {
                PasswordPolicy.check(adminPassword);
            } catch (DomainException weak) {
                problems.add("KHIDMA_ADMIN_PASSWORD does not meet the password policy (at least "
                        + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                        + " characters, not one of the common passwords of published breach lists)");
            }
        }
        return problems;
    }

    private static final Set<String> VERIFIED_TLS = Set.of("verify-full", "verify-ca");

    /** The URL's {@code sslMode} option ({@code none} when absent, the driver's default: no TLS). */
    static String sslMode(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return "none";
        }
        String mode = "none";
        for (String option : jdbcUrl.substring(query + 1).split("&")) {
            int equals = option.indexOf('=');
            if (equals > 0 && option.substring(0, equals).strip().equalsIgnoreCase("sslMode")) {
                mode = option.substring(equals + 1).strip().toLowerCase(Locale.ROOT);
            }
        }
        return mode;
    }

    static boolean isLocal(String jdbcUrl) {
        try {
            String host = URI.create(jdbcUrl.substring(jdbcUrl.indexOf(':') + 1)).getHost();
            return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
