package coop.khidma.platform.security;

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
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * Ends a staff session that an administrator ended (force logout, disabled account, new roles, password reset): the
 * session remembers the account's epoch on its first signed-in request; once the account's epoch differs, the
 * session is invalidated and the request goes on signed out (the console's next page is the sign-in page).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionGuard extends HttpFilter {

    static final String EPOCH = "khidma.sessionEpoch";
    private static final Logger LOG = Logger.getLogger(SessionGuard.class.getName());

    @Inject
    StaffSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller != null && session != null
                && !SecurityHeaders.isStaticResource(request.getRequestURI().substring(request.getContextPath().length()))) {
            OptionalInt current = sessions.currentEpoch(caller.getName());
            Object remembered = session.getAttribute(EPOCH);
            if (remembered == null && current.isPresent()) {
                session.setAttribute(EPOCH, current.getAsInt());
            } else if (!(remembered instanceof Integer epoch && StaffSessions.stillValid(epoch, current))) {
                LOG.info(() -> "Ended the session of '" + caller.getName() + "' (ended by an administrator)");
                request.logout();
                session.invalidate();
                if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
                    response.sendRedirect(request.getContextPath() + "/console/login");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
