package coop.khidma.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the development run's first start printed that a newcomer needs next: the kiosk's one-time enrolment link and
 * the first administrator's one-time password line, read from the server's log as it passes, so that the "ready" line
 * can give both (a fresh browser at the kiosk address is not a registered kiosk until it opens that link once).
 */
final class FirstStart {

    private static final Pattern ENROLMENT = Pattern.compile("==== Khidma first start: open (/kiosk/enrol/[A-Za-z0-9]+)");
    private static final Pattern ADMIN = Pattern.compile("(==== Khidma first start: sign in to /console .*====)");

    private String enrolment;
    private String admin;

    /** Looks at one line of the server's output. */
    synchronized void read(String line) {
        Matcher link = ENROLMENT.matcher(line);
        if (link.find()) {
            enrolment = link.group(1);
        }
        Matcher password = ADMIN.matcher(line);
        if (password.find()) {
            admin = password.group(1);
        }
    }

    /** The block printed once the kiosk answers: the addresses, and on a first start what to open and sign in with. */
    synchronized String ready(int port, double seconds) {
        String base = "http://localhost:" + port;
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%nKhidma is ready in %.1f s: kiosk %s/ , staff console %s/console%n", seconds, base, base));
        Optional.ofNullable(enrolment).ifPresent(path -> text.append("  First start: open ").append(base).append(path)
                .append(" once in this browser to make it the kiosk (it then shows the welcome screen)").append('\n'));
        Optional.ofNullable(admin).ifPresent(line -> text.append("  ").append(line).append('\n'));
        return text.toString();
    }
}
