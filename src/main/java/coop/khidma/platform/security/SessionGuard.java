package coop.khidma.platform.security;

import coop.khidma.platform.persistence.DatabaseUnavailable;
import coop.khidma.platform.web.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * Ends a staff session that must end: one that an administrator ended (force logout, disabled account, new roles,
 * password reset) or that its holder ended by choosing a new password elsewhere — the session remembers the
 * account's epoch on its first signed-in request, and once the account's epoch differs the session is invalidated —
 * and one older than {@link #LIFETIME} since its sign-in, however busy (ASVS 5.0, 7.3.2; the idle timeout is the
 * servlet container's). The request then goes on signed out (the console's next page is the sign-in page). Vaadin's
 * dynamic resources (a session's downloads and uploads under {@code /VAADIN/dynamic/}) are guarded too. While the
 * database is away the epoch cannot be read: that request goes on (the lifetime still counts), and the next one checks.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionGuard extends HttpFilter {

    static final String EPOCH = "khidma.sessionEpoch";
    static final String SIGNED_IN_AT = "khidma.signedInAt";
    /** The longest a staff session lasts after its sign-in. */
    public static final Duration LIFETIME = Duration.ofHours(12);
    private static final Logger LOG = Logger.getLogger(SessionGuard.class.getName());

    @Inject
    StaffSessions sessions;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller != null && session != null
                && !SecurityHeaders.isStaticResource(request.getRequestURI().substring(request.getContextPath().length()))) {
            OptionalInt current = currentEpoch(caller);
            Object remembered = session.getAttribute(EPOCH);
            if (remembered == null && current != null && current.isPresent()) {
                session.setAttribute(EPOCH, current.getAsInt());
                remembered = current.getAsInt();
            }
            String ending = current != null
                    && !(remembered instanceof Integer epoch && StaffSessions.stillValid(epoch, current))
                    ? "ended by an administrator or a new password"
                    : session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                    && !clock.instant().isBefore(signedInAt.plus(LIFETIME))
                    ? "older than " + LIFETIME.toHours() + " hours" : null;
            if (ending != null && end(request, response, session, caller, ending)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The account's epoch, or null while the database is away: the check waits for the next request (nothing can be
     * read or saved through the session meanwhile, and an administrator cannot end one either), so the screen can
     * say "try again in a moment" instead of the container's error page.
     */
    private OptionalInt currentEpoch(Principal caller) {
        try {
            return sessions.currentEpoch(caller.getName());
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.explains(failure)) {
                throw failure;
            }
            LOG.warning("Session check skipped for this request: the database does not answer");
            return null;
        }
    }

    /** Ends the session; a page is sent to the sign-in page (true), anything else goes on signed out (false). */
    private static boolean end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                               Principal caller, String why) throws IOException, ServletException {
        LOG.info(() -> "Ended the session of '" + caller.getName() + "' (" + why + ")");
        request.logout();
        session.invalidate();
        if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
            response.sendRedirect(request.getContextPath() + "/console/login");
            return true;
        }
        return false;
    }

    /**
     * The holder changed their own password in this session (see {@link StaffAccounts#changePassword}): their other
     * sessions end, this one goes on at the account's new epoch.
     */
    public static void keep(HttpSession session, int epoch) {
        session.setAttribute(EPOCH, epoch);
    }
}
