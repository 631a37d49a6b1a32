package coop.khidma.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * HTTP security headers on every response: a content security policy that Vaadin's client tolerates (its bootstrap
 * and theme need inline scripts and styles), no framing by other sites, no MIME sniffing, HSTS when the request came
 * over HTTPS (directly or through the reverse proxy), and no caching of anything but Vaadin's static resources —
 * a shared kiosk or office browser must not keep one member's data.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * The policy of a document the application's own pages may show in a frame (the bylaws PDF on the kiosk's shelf):
     * framed by the same origin only, still by no other site; it replaces {@link #CONTENT_SECURITY_POLICY} on that one
     * response, together with {@code X-Frame-Options: SAMEORIGIN}.
     */
    public static final String FRAMED_BY_OWN_PAGES = "default-src 'none'; frame-ancestors 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStaticResource(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }

    /**
     * Files that are the same for everyone (the bundle, icons, the theme). Not Vaadin's dynamic resources under
     * {@code /VAADIN/dynamic/}: those are a session's uploads and downloads (exports, ID scans), which the session
     * guard must see and no cache may keep.
     */
    public static boolean isStaticResource(String path) {
        return path.startsWith("/VAADIN/") && !path.startsWith("/VAADIN/dynamic/") || path.startsWith("/icons/") || path.startsWith("/images/")
                || path.startsWith("/themes/");
    }
}
