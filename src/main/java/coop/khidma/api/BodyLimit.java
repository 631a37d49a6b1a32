package coop.khidma.api;

import coop.khidma.platform.i18n.Messages;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The website API reads no body larger than {@value #LIMIT_BYTES} bytes (a request, an application or a rating is a
 * few hundred bytes; papers are not uploaded through the API): a larger one is refused with {@code 413} and a
 * problem document before anything parses it. A declared {@code Content-Length} is refused at once; a body sent in
 * chunks is read only up to the limit, so no client can make the server hold more than that in memory.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {

    public static final int LIMIT_BYTES = 64 * 1024;
    /**
     * How much of a refused body is read and thrown away (never kept) so that the client, still sending, reads the
     * answer rather than a closed connection; beyond it the connection is closed with the answer.
     */
    static final long DISCARD_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        long declared = request.getLength();
        if (declared > LIMIT_BYTES) {
            refuse(request, declared <= DISCARD_BYTES && discard(request.getEntityStream()));
            return;
        }
        if (declared < 0 && request.hasEntity()) {
            InputStream in = request.getEntityStream();
            byte[] body = in.readNBytes(LIMIT_BYTES + 1);
            if (body.length > LIMIT_BYTES) {
                refuse(request, discard(in));
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    /** Reads the rest of the body into nothing, up to {@link #DISCARD_BYTES}; true when it ended within them. */
    static boolean discard(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > DISCARD_BYTES) {
                return false;
            }
        }
        return true;
    }

    private static void refuse(ContainerRequestContext request, boolean connectionReusable) {
        Locale locale = Problems.language(request.getAcceptableLanguages());
        Response problem = Problems.of(Problems.Kind.PAYLOAD_TOO_LARGE, locale,
                Messages.get(locale, "api.problem.payload-too-large.detail", LIMIT_BYTES / 1024),
                request.getUriInfo().getRequestUri().getPath(), null);
        request.abortWith(connectionReusable ? problem
                : Response.fromResponse(problem).header("Connection", "close").build());
    }
}
