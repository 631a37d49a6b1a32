package coop.khidma.correspondence.control;

import com.sun.net.httpserver.HttpServer;
import coop.khidma.person.SaudiMobile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMS adapter against a real HTTP server (the JDK's, on a free port) playing the provider. */
class HttpSmsTest {

    private static final SaudiMobile MOBILE = SaudiMobile.parse("0501234567");

    private HttpServer provider;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> authorisations = new CopyOnWriteArrayList<>();
    private volatile int status;
    private volatile String answer;
    private volatile long delayMillis;

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/v1/messages", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorisations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            } catch (IOException clientGone) {
                // the timeout case: the client stopped listening
            }
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    private HttpSms gateway() {
        URI endpoint = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/v1/messages");
        return new HttpSms(Optional.of(new SmsSettings(endpoint, "KhidmaCoop", "test-token-1", Duration.ofMillis(700))));
    }

    private void answers(int code, String body) {
        status = code;
        answer = body;
    }

    @Test
    void anAcceptedMessageGivesTheProvidersIdAndSendsSenderNumberAndTextAsJson() {
        answers(202, "{\"id\":\"prov-123\",\"status\":\"queued\"}");
        assertThat(gateway().send(MOBILE, "استلمنا طلبكم 2026-000001")).isEqualTo("prov-123");
        assertThat(received).containsExactly(
                "{\"from\":\"KhidmaCoop\",\"to\":\"+966501234567\",\"text\":\"استلمنا طلبكم 2026-000001\"}");
        assertThat(authorisations).containsExactly("Bearer test-token-1");
    }

    @Test
    void aBadNumberIsRefusedForGood() {
        answers(400, "{\"error\":\"invalid destination\"}");
        assertThatThrownBy(() -> gateway().send(MOBILE, "x")).isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
            assertThat(failure.temporary()).isFalse();
            assertThat(failure.getMessage()).isEqualTo("provider answered HTTP 400").doesNotContain("0501234567");
        });
    }

    @Test
    void tooManyRequestsAndServerErrorsAreTemporary() {
        for (int code : new int[] {429, 500, 502, 503}) {
            answers(code, "{}");
            assertThatThrownBy(() -> gateway().send(MOBILE, "x")).isInstanceOfSatisfying(DeliveryFailure.class,
                    failure -> {
                        assertThat(failure.temporary()).as("HTTP " + code).isTrue();
                        assertThat(failure.getMessage()).isEqualTo("provider answered HTTP " + code);
                    });
        }
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeIsATemporaryFailure() {
        answers(200, "{\"id\":\"late\"}");
        delayMillis = 2_000;
        assertThatThrownBy(() -> gateway().send(MOBILE, "x")).isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
            assertThat(failure.temporary()).isTrue();
            assertThat(failure.getMessage()).startsWith("provider did not answer within");
        });
    }

    @Test
    void aProviderThatIsDownIsATemporaryFailure() {
        HttpSms gateway = gateway();
        provider.stop(0);
        assertThatThrownBy(() -> gateway.send(MOBILE, "x")).isInstanceOfSatisfying(DeliveryFailure.class,
                failure -> assertThat(failure.temporary()).isTrue());
    }

    @Test
    void anAcceptanceWithoutAnIdFailsForGoodRatherThanRiskSendingTwice() {
        for (String body : new String[] {"{}", "{\"id\":\"\"}", "{\"id\":42}", "[\"prov-1\"]", "not json", ""}) {
            answers(200, body);
            assertThatThrownBy(() -> gateway().send(MOBILE, "x")).as(body).isInstanceOfSatisfying(DeliveryFailure.class,
                    failure -> assertThat(failure.temporary()).isFalse());
        }
    }

    @Test
    void withoutAnEndpointThereIsNoGateway(@TempDir Path dir) throws IOException {
        assertThat(new HttpSms(SmsSettings.from(Map.of())).configured()).isFalse();
        assertThat(new HttpSms(SmsSettings.from(Map.of(SmsSettings.ENDPOINT, " "))).configured()).isFalse();
        Path token = Files.writeString(dir.resolve("sms-token"), "secret-from-file\nignored\n");
        SmsSettings settings = SmsSettings.from(Map.of(SmsSettings.ENDPOINT, "https://sms.example/v1/messages",
                SmsSettings.SENDER, "KhidmaCoop", SmsSettings.TOKEN_FILE, token.toString())).orElseThrow();
        assertThat(settings.token()).isEqualTo("secret-from-file");
        assertThat(settings.toString()).doesNotContain("secret");
        assertThat(new HttpSms(Optional.of(settings)).configured()).isTrue();
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theWaitForTheProviderIsOneToSixtyWholeSeconds(@TempDir Path dir) throws IOException {
        Path token = Files.writeString(dir.resolve("sms-token"), "secret-from-file\n");
        Map<String, String> env = Map.of(SmsSettings.ENDPOINT, "https://sms.example/v1/messages",
                SmsSettings.SENDER, "KhidmaCoop", SmsSettings.TOKEN_FILE, token.toString());
        java.util.function.Function<String, Optional<SmsSettings>> with = seconds -> {
            Map<String, String> more = new java.util.HashMap<>(env);
            more.put(SmsSettings.TIMEOUT_SECONDS, seconds);
            return SmsSettings.from(more);
        };
        assertThat(with.apply(" 2 ").orElseThrow().timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(with.apply("60").orElseThrow().timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(with.apply("٣").orElseThrow().timeout()).as("Arabic-Indic digits").isEqualTo(Duration.ofSeconds(3));
        for (String wrong : new String[] {"0", "61", "-5", "2.5", "ten"}) {
            assertThatThrownBy(() -> with.apply(wrong)).as(wrong).hasMessageContaining(SmsSettings.TIMEOUT_SECONDS);
        }
    }

    @Test
    void anEndpointWithoutSenderOrTokenIsRefusedAtStart(@TempDir Path dir) throws IOException {
        String endpoint = "https://sms.example/v1/messages";
        assertThatThrownBy(() -> SmsSettings.from(Map.of(SmsSettings.ENDPOINT, endpoint, SmsSettings.SENDER, "K")))
                .hasMessageContaining(SmsSettings.TOKEN_FILE);
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThatThrownBy(() -> SmsSettings.from(Map.of(SmsSettings.ENDPOINT, endpoint, SmsSettings.SENDER, "K",
                SmsSettings.TOKEN_FILE, empty.toString()))).hasMessageContaining("gives no token");
        Path token = Files.writeString(dir.resolve("token"), "t");
        assertThatThrownBy(() -> SmsSettings.from(Map.of(SmsSettings.ENDPOINT, endpoint,
                SmsSettings.TOKEN_FILE, token.toString()))).hasMessageContaining(SmsSettings.SENDER);
        assertThatThrownBy(() -> SmsSettings.from(Map.of(SmsSettings.ENDPOINT, "file:///etc/passwd",
                SmsSettings.SENDER, "K", SmsSettings.TOKEN_FILE, token.toString()))).hasMessageContaining("http(s)");
    }
}
