package coop.khidma.api;

import coop.khidma.api.control.ClientAddress;
import coop.khidma.api.control.RateLimiter;
import coop.khidma.platform.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.time.Clock;
import java.util.Locale;

/**
 * The public API's rate limit per client address: {@code KHIDMA_API_RATE_PER_MINUTE} requests a minute (default
 * {@value #DEFAULT_PER_MINUTE}), in bursts up to that many; beyond it {@code 429 Too Many Requests} with
 * {@code Retry-After} in seconds. Behind the reverse proxy on this machine the client is taken from
 * {@code X-Forwarded-For}; see {@link ClientAddress}.
 */
@Provider
@PreMatching
public class RateLimit implements ContainerRequestFilter {

    public static final int DEFAULT_PER_MINUTE = 60;

    private static final RateLimiter LIMITER = new RateLimiter(RateLimiter.configuredPerMinute(
            System.getenv("KHIDMA_API_RATE_PER_MINUTE"), System.getProperty("khidma.api.ratePerMinute"),
            DEFAULT_PER_MINUTE), Clock.systemUTC());

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String client = ClientAddress.of(servletRequest.getRemoteAddr(), request.getHeaderString("X-Forwarded-For"));
        RateLimiter.Decision decision = LIMITER.tryAcquire(client);
        if (!decision.allowed()) {
            Locale locale = Problems.language(request.getAcceptableLanguages());
            Response problem = Problems.of(Problems.Kind.TOO_MANY_REQUESTS, locale,
                    Messages.get(locale, "api.problem.too-many-requests.detail", decision.retryAfterSeconds()),
                    request.getUriInfo().getRequestUri().getPath(), null);
            request.abortWith(Response.fromResponse(problem)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds())).build());
        }
    }
}
