package coop.khidma.api;

import coop.khidma.api.Representations.FieldError;
import coop.khidma.platform.i18n.HiddenCharacters;
import coop.khidma.platform.i18n.Messages;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a JSON body as strictly as the API's contract says, before JSON-B binds it (which would keep the last of two
 * equal keys and cut {@code 10.5} shares to 10): a key given twice in one object, or a fraction where the form has a
 * whole number, is a {@code 400} naming the field; a control character, a bidirectional override or an unassigned
 * code point in a string is a {@code 422} naming the field ({@link HiddenCharacters}; line breaks and tabs are
 * allowed only in the forms' long texts). A body that is not JSON at all is left to the usual "malformed" answer.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJson implements ContainerRequestFilter {

    /** The forms' fields that hold whole numbers, found on the forms themselves. */
    static final Set<String> WHOLE_NUMBERS = fields(type -> type == int.class || type == Integer.class
            || type == long.class || type == Long.class);
    /** The forms' long texts, where line breaks belong. */
    static final Set<String> LONG_TEXTS = Set.of("details", "comment", "text", "question");

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(BodyLimit.LIMIT_BYTES + 1);
        request.setEntityStream(new ByteArrayInputStream(body));
        Optional<Refusal> refusal;
        try {
            refusal = check(body);
        } catch (JsonException | IllegalStateException notJson) {
            return; // JSON-B will say the body cannot be read
        }
        refusal.ifPresent(found -> {
            Locale locale = Problems.language(request.getAcceptableLanguages());
            String message = Messages.get(locale, found.rule(), found.field());
            request.abortWith(Problems.of(found.status() == 400 ? Problems.Kind.MALFORMED_REQUEST
                            : Problems.Kind.VALIDATION, locale, message, request.getUriInfo().getRequestUri().getPath(),
                    List.of(new FieldError(found.field(), message))));
        });
    }

    /** What is wrong with the body, if anything: the rule, the field and the status. */
    record Refusal(int status, String rule, String field) {
    }

    static Optional<Refusal> check(byte[] body) {
        Deque<Set<String>> objects = new ArrayDeque<>();
        String key = null;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT -> objects.push(new HashSet<>());
                    case END_OBJECT -> objects.pop();
                    case KEY_NAME -> {
                        key = parser.getString();
                        if (!objects.isEmpty() && !objects.peek().add(key)) {
                            return Optional.of(new Refusal(400, "rule.json.duplicateKey", key));
                        }
                        Optional<String> hidden = HiddenCharacters.problem(key, true);
                        if (hidden.isPresent()) {
                            return Optional.of(new Refusal(422, hidden.get(), "?"));
                        }
                    }
                    case VALUE_NUMBER -> {
                        if (key != null && WHOLE_NUMBERS.contains(key) && parser.getBigDecimal().stripTrailingZeros().scale() > 0) {
                            return Optional.of(new Refusal(400, "rule.number.whole", key));
                        }
                    }
                    case VALUE_STRING -> {
                        Optional<String> hidden = HiddenCharacters.problem(parser.getString(),
                                key == null || !LONG_TEXTS.contains(key));
                        if (hidden.isPresent()) {
                            return Optional.of(new Refusal(422, hidden.get(), key == null ? "?" : key));
                        }
                    }
                    default -> {
                        // arrays, booleans and null need no check of their own
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> fields(java.util.function.Predicate<Class<?>> kind) {
        return Arrays.stream(Representations.class.getDeclaredClasses()).filter(Class::isRecord)
                .flatMap(form -> Arrays.stream(form.getRecordComponents()))
                .filter(component -> kind.test(component.getType())).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
