package coop.khidma.correspondence.control;

import coop.khidma.person.SaudiMobile;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The SMS provider over JSON/HTTP: {@code POST} to {@link SmsSettings#endpoint()} with the bearer token and
 * {@code {"from": sender, "to": "+9665…", "text": …}}; a 2xx answer {@code {"id": "…"}} gives the provider's message id
 * (its delivery report names it later). 429, 5xx and timeouts are temporary failures, other refusals permanent
 * ({@link DeliveryFailure}). Without {@link SmsSettings} (no {@code KHIDMA_SMS_ENDPOINT}) it is not configured.
 */
@ApplicationScoped
public class HttpSms implements SmsGateway {

    private SmsSettings settings;
    private HttpClient client;

    public HttpSms() {
        // for CDI: configured from the environment once constructed
    }

    /** A gateway to the provider the settings name (none: not configured). */
    public HttpSms(Optional<SmsSettings> settings) {
        use(settings);
    }

    @PostConstruct
    void fromEnvironment() {
        use(SmsSettings.from(System.getenv()));
    }

    private void use(Optional<SmsSettings> chosen) {
        settings = chosen.orElse(null);
        client = chosen.map(s -> HttpClient.newBuilder().connectTimeout(s.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build()).orElse(null);
    }

    @Override
    public boolean configured() {
        return settings != null;
    }

    @Override
    public String send(SaudiMobile to, String text) {
        if (settings == null) {
            throw new IllegalStateException("no SMS provider configured");
        }
        String body = Json.createObjectBuilder().add("from", settings.sender()).add("to", to.value())
                .add("text", text).build().toString();
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint()).timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.token())
                .header("Content-Type", "application/json; charset=utf-8").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException timeout) {
            throw new DeliveryFailure("provider did not answer within " + settings.timeout().toSeconds() + " s", true);
        } catch (IOException lost) {
            throw new DeliveryFailure("provider unreachable: " + lost.getClass().getSimpleName(), true);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while sending", true);
        }
        if (response.statusCode() / 100 != 2) {
            throw DeliveryFailure.ofStatus(response.statusCode());
        }
        return messageId(response.body());
    }

    /**
     * The provider's id in its answer. An answer without one fails the message for good: the provider may have taken
     * it, and trying again could send the member the same text twice.
     */
    static String messageId(String answer) {
        try {
            JsonObject object = Json.createReader(new StringReader(answer)).readObject();
            JsonValue id = object.get("id");
            if (id instanceof JsonString string && !string.getString().isBlank()
                    && string.getString().length() <= 100) {
                return string.getString();
            }
        } catch (JsonException notAnObject) {
            // falls through
        }
        throw new DeliveryFailure("provider accepted the message but gave no message id", false);
    }
}
