package coop.khidma.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.servers.Server;

import java.io.StringReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the generated OpenAPI document one a standard linter accepts and a client generator can trust (OWASP ASVS
 * 5.0, V4 "API and web service": the documented contract is the enforced one). The annotations cannot say everything:
 * an {@code @Schema} on a record component brings its defaults along ({@code maxProperties: 0},
 * {@code exclusiveMaximum: false} without a {@code maximum}), which would make every example invalid; a list's
 * element type leaks its properties into the array schema (they become its items); examples written as text in
 * annotations become values of their schema's type (JSON bodies as objects); two resources may both call a method
 * {@code read} (operationIds made unique); every header and body says its schema; each tag appears once. The server
 * URL loses its trailing slash, the API declares that it needs no credentials (an empty security requirement: the
 * website channel is anonymous by design, its protection is the rate limit), and Payara's own {@code endpoints} field,
 * which OpenAPI 3 does not have, is left out. Registered with {@code mp.openapi.filter}; ApiIT checks the document
 * as served against what the linter reported (OpenApiFindings).
 */
public class OpenApiContract implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (zero(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (zero(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (zero(schema.getMaxItems())) {
            schema.setMaxItems(null);
        }
        if (zero(schema.getMaxLength())) {
            schema.setMaxLength(null);
        }
        if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() <= 0) {
            schema.setMultipleOf(null);
        }
        if (schema.getMaximum() == null || !Boolean.TRUE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (schema.getMinimum() == null || !Boolean.TRUE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (schema.getType() == Schema.SchemaType.ARRAY) {
            Schema items = schema.getItems();
            if (schema.getProperties() != null && (items == null || items.getType() == Schema.SchemaType.ARRAY
                    || items.getProperties() == null && items.getRef() == null)) {
                // the element's properties leaked into the list: they describe its items
                schema.setItems(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .properties(schema.getProperties()));
            } else if (items == null) {
                schema.setItems(OASFactory.createSchema().type(Schema.SchemaType.STRING));
            }
            schema.setProperties(null);
            schema.setRequired(null);
            schema.setMaxProperties(null);
            schema.setMinProperties(null);
        }
        schema.setExample(typed(schema.getType(), schema.getExample()));
        return schema;
    }

    @Override
    public Header filterHeader(Header header) {
        if (header.getSchema() == null && header.getContent() == null) {
            header.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        }
        return header;
    }

    /** An example written as text in an annotation, as the value of the schema's type. */
    static Object typed(Schema.SchemaType type, Object example) {
        if (!(example instanceof String text) || type == null) {
            return example;
        }
        try {
            return switch (type) {
                case INTEGER -> Long.valueOf(text.strip());
                case NUMBER -> new java.math.BigDecimal(text.strip());
                case BOOLEAN -> text.strip().equals("true") || text.strip().equals("false")
                        ? Boolean.valueOf(text.strip()) : example;
                case OBJECT, ARRAY -> plain(Json.createReader(new StringReader(text)).readValue());
                default -> example;
            };
        } catch (RuntimeException notOfThatType) {
            return example;
        }
    }

    /** A JSON-P value as plain maps, lists, strings, numbers and booleans, which every serializer writes. */
    static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, field) -> object.put(name, plain(field)));
                yield object;
            }
            case ARRAY -> value.asJsonArray().stream().map(OpenApiContract::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Server> servers = openAPI.getServers() == null ? List.of() : openAPI.getServers();
        servers.forEach(server -> server.setUrl(server.getUrl() == null ? "/" : withoutTrailingSlash(server.getUrl())));
        if (servers.isEmpty()) {
            openAPI.setServers(List.of(OASFactory.createServer().url("/")
                    .description("The association's host; the paths carry the API's own /api prefix")));
        }
        uniqueTags(openAPI);
        withoutRuntimeFields(openAPI);
        // Anonymous by design: the website channel has no accounts; the empty requirement says so explicitly.
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        Set<String> operationIds = new HashSet<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getValue().getServers() != null) {
                path.getValue().setServers(null);
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                operation.setServers(null);
                String id = operation.getOperationId();
                if (id == null || !operationIds.add(id)) {
                    String unique = entry.getKey().name().toLowerCase() + camel(path.getKey());
                    operation.setOperationId(unique);
                    operationIds.add(unique);
                }
                withSchemas(operation);
                withTypedExamples(operation);
            }
        }
    }

    /** The examples of bodies, written as JSON text in the annotations, as JSON documents. */
    private static void withTypedExamples(Operation operation) {
        List<Content> contents = new java.util.ArrayList<>();
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            contents.add(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().stream().map(APIResponse::getContent)
                    .filter(java.util.Objects::nonNull).forEach(contents::add);
        }
        for (Content content : contents) {
            if (content.getMediaTypes() == null) {
                continue;
            }
            for (MediaType media : content.getMediaTypes().values()) {
                if (media.getExamples() != null) {
                    media.getExamples().values().forEach(example -> example.setValue(
                            typed(Schema.SchemaType.OBJECT, example.getValue())));
                }
                media.setExample(typed(Schema.SchemaType.OBJECT, media.getExample()));
            }
        }
    }

    /**
     * Payara Micro adds its own {@code endpoints} (the context roots and their paths) to the document's root, a field
     * OpenAPI 3 does not have; the model has no standard way to drop it, so it is emptied (Payara then leaves it out) where Payara's model has one.
     */
    private static void withoutRuntimeFields(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new java.util.TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException notPayara) {
            // another implementation: nothing of the kind to drop
        }
    }

    /** Each tag once, with its description (the resources name their tag again, without one). */
    private static void uniqueTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> byName = new LinkedHashMap<>();
        for (org.eclipse.microprofile.openapi.models.tags.Tag tag : openAPI.getTags()) {
            byName.merge(tag.getName(), tag, (first, again) -> first.getDescription() == null ? again : first);
        }
        openAPI.setTags(new java.util.ArrayList<>(byName.values()));
    }

    /** Every response that has a body says what it is: a problem document where it is one. */
    private static void withSchemas(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            if (response.getHeaders() != null) {
                response.getHeaders().values().forEach(header -> new OpenApiContract().filterHeader(header));
            }
            Content content = response.getContent();
            if (content == null || content.getMediaTypes() == null) {
                continue;
            }
            for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
                if (media.getValue().getSchema() == null) {
                    media.getValue().setSchema(media.getKey().equals(Problems.MEDIA_TYPE)
                            ? OASFactory.createSchema().ref("Problem")
                            : OASFactory.createSchema().type(Schema.SchemaType.STRING));
                }
            }
        }
    }

    /** {@code http://host/khidma/} becomes {@code http://host/khidma}; a bare {@code /} stays (the host's root). */
    static String withoutTrailingSlash(String url) {
        String stripped = url;
        while (stripped.length() > 1 && stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    /** {@code /v1/requests/{reference}} becomes {@code V1RequestsReference}. */
    static String camel(String path) {
        StringBuilder name = new StringBuilder();
        for (String part : path.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static boolean zero(Integer value) {
        return value != null && value == 0;
    }
}
