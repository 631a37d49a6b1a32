package coop.khidma.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The SMTP server the container tests' Payara Micro sends its e-mail to (the failsafe configuration points
 * {@code KHIDMA_SMTP_HOST}/{@code _PORT} at it, with a login and its password file, STARTTLS off on loopback): a real
 * one, GreenMail, started with the deployment in the server's JVM. It accepts the suite's login only and keeps what
 * arrived; tests read it directly ({@link #receivedBy}).
 */
@ApplicationScoped
public class SuiteMailServer {

    private static final Logger LOG = Logger.getLogger(SuiteMailServer.class.getName());
    private static volatile GreenMail server;

    void start(@Observes @Initialized(ApplicationScoped.class) Object deployed) throws IOException {
        String host = System.getenv("KHIDMA_SMTP_HOST");
        if (host == null || host.isBlank() || server != null) {
            return;
        }
        int port = Integer.parseInt(System.getenv("KHIDMA_SMTP_PORT"));
        String password = Files.readString(Path.of(System.getenv("KHIDMA_SMTP_PASSWORD_FILE"))).lines().findFirst()
                .orElseThrow().strip();
        GreenMail mail = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser(System.getenv("KHIDMA_MAIL_FROM"), System.getenv("KHIDMA_SMTP_USER"), password));
        mail.start();
        server = mail;
        LOG.info(() -> "Suite SMTP server (GreenMail) listening at " + host + ":" + port);
    }

    @PreDestroy
    void stop() {
        GreenMail running = server;
        server = null;
        if (running != null) {
            running.stop();
        }
    }

    /** The e-mails that arrived for the address, oldest first. */
    public static List<MimeMessage> receivedBy(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            for (Address to : message.getAllRecipients()) {
                if (to.toString().equalsIgnoreCase(address)) {
                    found.add(message);
                }
            }
        }
        return found;
    }
}
