package coop.khidma.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.Map;
import java.util.logging.Logger;

/**
 * In production the session cookie is always {@code Secure}: production is reached only through nginx over HTTPS
 * (Payara listens on 127.0.0.1, {@code server-config/pre-boot-production.asadmin}), so the browser must never send
 * the session over plain HTTP, even if someone types {@code http://}. Payara also marks it {@code Secure} on its own
 * whenever the original request was HTTPS (the pre-boot file maps {@code X-Forwarded-Proto} to the request's scheme,
 * so {@code request.isSecure()} holds behind the proxy, which the kiosk's device cookie relies on too); this listener
 * makes it hold in production even if that mapping were lost. Development over plain HTTP keeps a usable cookie.
 * OWASP ASVS 5.0 V3.3.1.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SecureSessionCookie.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (required(System.getenv())) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("Session cookie: Secure (production)");
        }
    }

    /** Whether this environment is production, where every cookie travels over HTTPS only. */
    static boolean required(Map<String, String> env) {
        return "production".equalsIgnoreCase(env.getOrDefault("KHIDMA_MODE", "").strip());
    }
}
