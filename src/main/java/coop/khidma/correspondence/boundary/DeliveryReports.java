package coop.khidma.correspondence.boundary;

import coop.khidma.correspondence.control.DeliveryReport;
import coop.khidma.correspondence.control.ReportSecret;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code POST /sms/reports}: the SMS provider's delivery-report callback ({@link DeliveryReport}), authenticated by
 * the shared secret of {@link ReportSecret#FILE}. 204 when taken (a repeated report too: it changes nothing), 401
 * without the secret, 400 for a body that is not a report, 404 for an id no message has, or when no secret is
 * configured (the endpoint is off).
 */
@WebServlet(urlPatterns = "/sms/reports")
public class DeliveryReports extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(DeliveryReports.class.getName());

    @Inject
    transient Outbox outbox;

    private transient Optional<ReportSecret> secret;

    @Override
    public void init() {
        secret = ReportSecret.from(System.getenv());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (secret.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!secret.get().shownIn(request.getHeader("Authorization"))) {
            LOG.warning(() -> "SMS delivery report refused: wrong or no secret from " + request.getRemoteAddr());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Optional<DeliveryReport> report = DeliveryReport.parse(body(request));
        if (report.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DeliveryReport taken = report.get();
        boolean known = outbox.report(taken.providerId(), taken.delivered(), taken.reason());
        response.setStatus(known ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_NOT_FOUND);
    }

    /** The body, or null when it is longer than a report can be. */
    private static String body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(DeliveryReport.MAX_BODY + 1);
            return bytes.length > DeliveryReport.MAX_BODY ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
