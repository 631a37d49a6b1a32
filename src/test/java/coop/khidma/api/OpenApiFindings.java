package coop.khidma.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The errors a standard OpenAPI linter (Redocly CLI, recommended rules) reports, checked on the document as served:
 * the structure of OpenAPI 3.0, and the rules the generated document used to break — an array schema with
 * properties, an operation without a response or a response body without a schema, a duplicate operationId, a
 * server URL with a trailing slash, no security declared, {@code maxProperties: 0}, {@code exclusiveMaximum} (or
 * minimum) without its bound, an example its schema refuses (the default constraints made every example invalid).
 */
final class OpenApiFindings {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final List<String> findings = new ArrayList<>();
    private final Map<?, ?> schemas;

    private OpenApiFindings(Map<?, ?> document) {
        Map<?, ?> components = map(document.get("components"));
        schemas = components == null ? Map.of() : nonNull(map(components.get("schemas")));
    }

    static List<String> of(Map<?, ?> document) {
        OpenApiFindings check = new OpenApiFindings(document);
        check.document(document);
        return check.findings;
    }

    private static final Set<String> ROOT_FIELDS = Set.of("openapi", "info", "servers", "paths", "components",
            "security", "tags", "externalDocs");

    private void document(Map<?, ?> document) {
        document.keySet().stream().map(String::valueOf)
                .filter(field -> !ROOT_FIELDS.contains(field) && !field.startsWith("x-"))
                .forEach(field -> findings.add("struct: property " + field + " is not expected at the root"));
        if (!String.valueOf(document.get("openapi")).startsWith("3.")) {
            findings.add("openapi: not a 3.x document");
        }
        Map<?, ?> info = map(document.get("info"));
        if (info == null || info.get("title") == null || info.get("version") == null) {
            findings.add("info: title and version are required");
        }
        List<?> servers = list(document.get("servers"));
        if (servers == null || servers.isEmpty()) {
            findings.add("servers: none declared");
        } else {
            for (Object server : servers) {
                String url = String.valueOf(map(server).get("url"));
                if (url.endsWith("/")) {
                    findings.add("no-server-trailing-slash: " + url);
                }
            }
        }
        List<?> tags = list(document.get("tags"));
        if (tags != null) {
            Set<String> names = new HashSet<>();
            tags.forEach(tag -> {
                if (!names.add(String.valueOf(map(tag).get("name")))) {
                    findings.add("no-duplicated-tag-names: " + map(tag).get("name"));
                }
            });
        }
        boolean globalSecurity = document.get("security") instanceof List<?>;
        Set<String> operationIds = new HashSet<>();
        Map<?, ?> paths = map(document.get("paths"));
        if (paths == null || paths.isEmpty()) {
            findings.add("paths: none");
            return;
        }
        paths.forEach((path, item) -> map(item).forEach((method, value) -> {
            if (!HTTP_METHODS.contains(String.valueOf(method))) {
                return;
            }
            String where = method + " " + path;
            Map<?, ?> operation = map(value);
            Object id = operation.get("operationId");
            if (id == null) {
                findings.add("operation-operationId: " + where);
            } else if (!operationIds.add(String.valueOf(id))) {
                findings.add("operation-operationId-unique: " + id + " at " + where);
            }
            if (!globalSecurity && !(operation.get("security") instanceof List<?>)) {
                findings.add("security-defined: " + where);
            }
            Map<?, ?> responses = map(operation.get("responses"));
            if (responses == null || responses.isEmpty()) {
                findings.add("operation without responses: " + where);
            } else if (responses.keySet().stream().map(String::valueOf).noneMatch(code -> code.startsWith("2")
                    || code.startsWith("3"))) {
                findings.add("operation-2xx-response: " + where);
            }
            if (responses != null) {
                responses.forEach((code, response) -> {
                    content(where + " " + code, map(map(response).get("content")));
                    Map<?, ?> headers = map(map(response).get("headers"));
                    if (headers != null) {
                        headers.forEach((name, header) -> withSchema(where + " " + code + " header " + name, map(header)));
                    }
                });
            }
            List<?> parameters = list(operation.get("parameters"));
            if (parameters != null) {
                parameters.forEach(parameter -> withSchema(where + " parameter " + map(parameter).get("name"),
                        map(parameter)));
            }
            Map<?, ?> body = map(operation.get("requestBody"));
            if (body != null) {
                content(where + " request body", map(body.get("content")));
            }
        }));
        schemas.forEach((name, schema) -> schema("#/components/schemas/" + name, map(schema)));
    }

    /** A parameter or a header must say what it holds (struct: "at least one of schema, content"). */
    private void withSchema(String where, Map<?, ?> parameter) {
        if (parameter.get("schema") == null && parameter.get("content") == null) {
            findings.add("struct: neither schema nor content at " + where);
        }
    }

    private void content(String where, Map<?, ?> content) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            Map<?, ?> schema = map(map(media).get("schema"));
            if (schema == null) {
                findings.add("response/body without a schema: " + where + " " + type);
                return;
            }
            schema(where + " " + type, schema);
            Map<?, ?> examples = map(map(media).get("examples"));
            if (examples != null) {
                examples.forEach((name, example) -> example(where + " example " + name, schema,
                        map(example).get("value")));
            }
        });
    }

    private void schema(String where, Map<?, ?> schema) {
        if (schema == null) {
            return;
        }
        Object ref = schema.get("$ref");
        if (ref != null) {
            String name = String.valueOf(ref).replace("#/components/schemas/", "");
            if (!schemas.containsKey(name)) {
                findings.add("no-unresolved-refs: " + ref + " at " + where);
            }
            return;
        }
        if ("array".equals(schema.get("type"))) {
            if (schema.containsKey("properties")) {
                findings.add("array schema with properties: " + where);
            }
            if (schema.get("items") == null) {
                findings.add("array schema without items: " + where);
            }
        }
        if (isZero(schema.get("maxProperties"))) {
            findings.add("maxProperties: 0 at " + where);
        }
        if (schema.containsKey("exclusiveMaximum") && !schema.containsKey("maximum")) {
            findings.add("exclusiveMaximum without maximum at " + where);
        }
        if (schema.containsKey("exclusiveMinimum") && !schema.containsKey("minimum")) {
            findings.add("exclusiveMinimum without minimum at " + where);
        }
        if (isZero(schema.get("maxLength"))) {
            findings.add("maxLength: 0 at " + where);
        }
        if (schema.containsKey("example")) {
            example(where + " example", schema, schema.get("example"));
        }
        Map<?, ?> properties = map(schema.get("properties"));
        if (properties != null) {
            properties.forEach((name, property) -> schema(where + "." + name, map(property)));
        }
        schema(where + "[]", map(schema.get("items")));
    }

    /** Whether an example fits its schema (types, required properties, lengths and bounds; refs followed). */
    private void example(String where, Map<?, ?> schema, Object value) {
        if (schema == null || value == null) {
            return;
        }
        if (schema.get("$ref") != null) {
            example(where, map(schemas.get(String.valueOf(schema.get("$ref")).replace("#/components/schemas/", ""))),
                    value instanceof String text && text.startsWith("{") ? new org.openqa.selenium.json.Json()
                            .toType(text, Map.class) : value);
            return;
        }
        Object type = schema.get("type");
        if ("object".equals(type) && value instanceof String text && text.startsWith("{")) {
            value = new org.openqa.selenium.json.Json().toType(text, Map.class);
        }
        if (value instanceof String text) {
            Number max = number(schema.get("maxLength"));
            if (max != null && text.length() > max.intValue()) {
                findings.add("no-invalid-schema-examples: longer than maxLength at " + where);
            }
        }
        if (value instanceof Number amount) {
            Number maximum = number(schema.get("maximum"));
            Number minimum = number(schema.get("minimum"));
            if (maximum != null && amount.doubleValue() > maximum.doubleValue()
                    || minimum != null && amount.doubleValue() < minimum.doubleValue()) {
                findings.add("no-invalid-schema-examples: out of bounds at " + where);
            }
        }
        if (value instanceof Map<?, ?> object) {
            Number maxProperties = number(schema.get("maxProperties"));
            if (maxProperties != null && object.size() > maxProperties.intValue()) {
                findings.add("no-invalid-media-type-examples: more than maxProperties at " + where);
            }
            List<?> required = list(schema.get("required"));
            if (required != null) {
                for (Object name : required) {
                    if (!object.containsKey(String.valueOf(name))) {
                        findings.add("no-invalid-media-type-examples: " + name + " missing at " + where);
                    }
                }
            }
            Map<?, ?> properties = map(schema.get("properties"));
            if (properties != null) {
                object.forEach((name, field) -> example(where + "." + name, map(properties.get(name)), field));
            }
        }
    }

    private static boolean isZero(Object value) {
        return value instanceof Number number && number.doubleValue() == 0;
    }

    private static Number number(Object value) {
        return value instanceof Number number ? number : null;
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : null;
    }

    private static Map<?, ?> nonNull(Map<?, ?> map) {
        return map == null ? Map.of() : map;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : null;
    }
}
