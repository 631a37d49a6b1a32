package coop.khidma.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * HTTP security headers on every response: a content security policy that Vaadin's client tolerates, no framing by
 * other sites, no MIME sniffing, HSTS when the request came over HTTPS (directly or through the reverse proxy, which
 * alone can reach Payara: it listens on 127.0.0.1 in production), and no caching of anything but Vaadin's static
 * resources — a shared kiosk or office browser must not keep one member's data.
 * <p>
 * The policy, directive by directive (OWASP ASVS 5.0 V3.4.3):
 * <ul>
 *     <li>{@code connect-src 'self'} only: Khidma uses no server push ({@code @Push} nowhere; the UI talks to the
 *     server by XHR to its own origin), so no WebSocket to any host ({@code ws:}/{@code wss:}) is allowed. Turning
 *     push on would need {@code wss:} to this host only, never to any host.</li>
 *     <li>{@code script-src 'unsafe-inline'} remains because Vaadin Flow's bootstrap page ({@code index.html} made by
 *     the server) carries inline {@code <script>} elements: the initial UIDL and the client's configuration.</li>
 *     <li>{@code script-src 'unsafe-eval'} remains because Flow's client runs the JavaScript the server sends
 *     ({@code executeJs}, the components' {@code $0…} calls and property bindings) through {@code new Function()};
 *     without it no component would work. Vaadin offers no nonce or hash mode for either (24.x).</li>
 *     <li>{@code style-src 'unsafe-inline'} remains because Lumo and the web components set inline styles and inject
 *     {@code <style>} elements at run time.</li>
 * </ul>
 * What limits the damage instead: every value a user typed reaches the page as text (Vaadin sets text content, not
 * HTML; no {@code Html} component renders user input), {@code object-src 'none'}, {@code base-uri 'self'},
 * {@code form-action 'self'} and {@code frame-ancestors 'none'}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
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
