package coop.khidma.platform.security;

import coop.khidma.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in session keeps its roles on every request, however many sessions are busy at once. The load test found
 * staff shown "not allowed" and refused by the EJBs now and then while others worked: Payara's session-restored
 * identity (Payara issue 6145) lost its groups under concurrency. Six sessions of one account, each signed in through
 * the console's door, ask 150 times each, all at once, who they are; an anonymous client asks too.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleSessionsIT {

    private static final int SESSIONS = 6;
    private static final int REQUESTS = 150;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void everyRequestOfManySessionsAtOnceCarriesItsCallerAndRoles() throws Exception {
        URI probe = deployed.toURI().resolve("test/session-probe");
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(20)).build();
            assertThat(send(session, HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=staff1")).build())).isEqualTo("SIGNED_IN");
            sessions.add(session);
        }
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        ExecutorService callers = Executors.newFixedThreadPool(SESSIONS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (HttpClient session : sessions) {
                running.add(callers.submit(() -> {
                    for (int i = 0; i < REQUESTS; i++) {
                        answers.add(send(session, HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(60)).build()));
                    }
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                caller.get(5, TimeUnit.MINUTES);
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(answers).hasSize(SESSIONS * REQUESTS).containsOnly("staff1 true");
        assertThat(send(HttpClient.newHttpClient(), HttpRequest.newBuilder(probe).build())).isEqualTo("- false");
    }

    private static String send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? answer.body() : "HTTP " + answer.statusCode();
    }
}
