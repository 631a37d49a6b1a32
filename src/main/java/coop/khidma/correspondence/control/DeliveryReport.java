package coop.khidma.correspondence.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.Optional;
import java.util.Set;

/**
 * The SMS provider's delivery report, {@code {"id": "…", "status": "DELIVERED", "reason": "…"}}: the id it gave the
 * message when it accepted it, and whether the message reached the phone (DELIVERED) or not (FAILED, UNDELIVERED,
 * EXPIRED, REJECTED, with the provider's reason if any).
 */
public record DeliveryReport(String providerId, boolean delivered, String reason) {

    public static final int MAX_BODY = 4096;
    private static final Set<String> NOT_DELIVERED = Set.of("FAILED", "UNDELIVERED", "EXPIRED", "REJECTED");

    /** The report in the body; empty for anything else (not JSON, no id, an unknown status, too long). */
    public static Optional<DeliveryReport> parse(String body) {
        if (body == null || body.length() > MAX_BODY) {
            return Optional.empty();
        }
        try {
            JsonObject report = Json.createReader(new StringReader(body)).readObject();
            if (!(report.get("id") instanceof JsonString id) || id.getString().isBlank()
                    || id.getString().length() > 100 || !(report.get("status") instanceof JsonString status)) {
                return Optional.empty();
            }
            String state = status.getString().strip().toUpperCase(java.util.Locale.ROOT);
            if (!"DELIVERED".equals(state) && !NOT_DELIVERED.contains(state)) {
                return Optional.empty();
            }
            String reason = report.get("reason") instanceof JsonString text && !text.getString().isBlank()
                    ? text.getString().strip() : state.toLowerCase(java.util.Locale.ROOT);
            return Optional.of(new DeliveryReport(id.getString(), "DELIVERED".equals(state), reason));
        } catch (JsonException notAReport) {
            return Optional.empty();
        }
    }
}
