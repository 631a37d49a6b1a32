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
import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a JSON body as strictly as the API's contract says, before JSON-B binds it (which would keep the last of two
 * equal keys and cut {@code 10.5} shares to 10): a key given twice in one object, or a fraction where the form has a
 * whole number, is a {@code 400} naming the field; a control character, a bidirectional override or an unassigned
 * code point in a string is a {@code 422} naming the field ({@link HiddenCharacters}; line breaks and tabs are
 * allowed only in the forms' long texts). A value of the wrong kind for a form's field (a number or an object where
 * the form has text, text where it has a number or yes/no) or a whole number beyond what the form can hold is a
 * {@code 400} naming the field, where JSON-B would only say that the body cannot be read. A body that is not JSON at
 * all is left to the usual "malformed" answer.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJson implements ContainerRequestFilter {

    /** The forms' fields that hold whole numbers, found on the forms themselves. */
    static final Set<String> WHOLE_NUMBERS = fields(type -> type == int.class || type == Integer.class
            || type == long.class || type == Long.class);
    /** The JSON kinds each form field accepts, found on the forms (a name two forms type differently is left out). */
    static final Map<String, Set<JsonParser.Event>> KINDS = kinds();
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
        String topLevelKey = null;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (topLevelKey != null) {
                    Optional<Refusal> wrong = kind(topLevelKey, event, parser);
                    if (wrong.isPresent()) {
                        return wrong;
                    }
                    topLevelKey = null;
                }
                switch (event) {
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
                        topLevelKey = objects.size() == 1 ? key : null;
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

    /** Whether the value of a top-level field is of the kind its form declares, and a whole number fits. */
    private static Optional<Refusal> kind(String field, JsonParser.Event value, JsonParser parser) {
        Set<JsonParser.Event> accepted = KINDS.get(field);
        if (accepted == null) {
            return Optional.empty();
        }
        if (!accepted.contains(value)) {
            return Optional.of(new Refusal(400, "rule.json.wrongKind", field));
        }
        if (value == JsonParser.Event.VALUE_NUMBER && WHOLE_NUMBERS.contains(field)) {
            BigDecimal number = parser.getBigDecimal();
            if (number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0) {
                return Optional.of(new Refusal(400, "rule.number.range", field));
            }
        }
        return Optional.empty();
    }

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private static Map<String, Set<JsonParser.Event>> kinds() {
        Map<String, Set<JsonParser.Event>> kinds = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Arrays.stream(Representations.class.getDeclaredClasses())
                .filter(type -> type.isRecord() && type.getSimpleName().endsWith("Form"))
                .flatMap(form -> Arrays.stream(form.getRecordComponents()))
                .forEach(component -> {
                    Set<JsonParser.Event> accepted = kindsOf(component.getType());
                    if (accepted.isEmpty()) {
                        ambiguous.add(component.getName());
                    } else if (kinds.containsKey(component.getName()) && !kinds.get(component.getName()).equals(accepted)) {
                        ambiguous.add(component.getName());
                    } else {
                        kinds.put(component.getName(), accepted);
                    }
                });
        ambiguous.forEach(kinds::remove);
        return Map.copyOf(kinds);
    }

    private static Set<JsonParser.Event> kindsOf(Class<?> type) {
        if (type == String.class) {
            return Set.of(JsonParser.Event.VALUE_STRING, JsonParser.Event.VALUE_NULL);
        }
        if (type == Integer.class || type == Long.class) {
            return Set.of(JsonParser.Event.VALUE_NUMBER, JsonParser.Event.VALUE_NULL);
        }
        if (type == int.class || type == long.class) {
            return Set.of(JsonParser.Event.VALUE_NUMBER);
        }
        if (type == Boolean.class) {
            return Set.of(JsonParser.Event.VALUE_TRUE, JsonParser.Event.VALUE_FALSE, JsonParser.Event.VALUE_NULL);
        }
        if (type == boolean.class) {
            return Set.of(JsonParser.Event.VALUE_TRUE, JsonParser.Event.VALUE_FALSE);
        }
        return Set.of();
    }

    private static Set<String> fields(java.util.function.Predicate<Class<?>> kind) {
        return Arrays.stream(Representations.class.getDeclaredClasses()).filter(Class::isRecord)
                .flatMap(form -> Arrays.stream(form.getRecordComponents()))
                .filter(component -> kind.test(component.getType())).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
