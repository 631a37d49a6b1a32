package coop.khidma.bench;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A Vaadin Flow client over HTTP, for the load test: it speaks to the server exactly what the browser's Flow client
 * speaks — the UI's first JSON ({@code ?v-r=init}), then one UIDL round trip ({@code ?v-r=uidl}) per tap, typed
 * value, navigation or grid page — and keeps the server's state tree as the browser does, so the test can find a
 * component by its id, read its text, tap it and type into it. It renders nothing and runs no page script, so one
 * machine can play many people without starving the server it measures (a headless Chromium costs several times
 * the server's own processor time per tap). What it does not do: run the components' own JavaScript (a field's
 * client-side checks, the kiosk's idle countdown), which the browser journeys of the test command cover.
 */
final class FlowClient {

    /** Feature numbers of Flow's state tree ({@code com.vaadin.flow.internal.nodefeature.NodeFeatures}). */
    private static final int DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASSES = 11;
    private static final int VIRTUAL_CHILDREN = 24;

    /** One node of the server's state tree, as far as the client needs it. */
    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonValue>> maps = new HashMap<>();
        final Map<Integer, List<Object>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        Map<String, JsonValue> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new HashMap<>());
        }

        List<Object> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        String string(int feature, String key) {
            JsonValue value = map(feature).get(key);
            return value == null || value.getType() == JsonType.NULL ? null : value.asString();
        }

        String tag() {
            return string(DATA, "tag");
        }

        String attribute(String name) {
            return string(ATTRIBUTES, name);
        }
    }

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final String deviceCookie;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonObject> constants = new HashMap<>();
    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;
    private String location = "";
    private boolean ended;

    /**
     * A client of {@code base}, presenting {@code deviceCookie} as the kiosk's device cookie ({@code null}: not a
     * kiosk).
     */
    FlowClient(URI base, String deviceCookie) {
        this.base = base;
        this.deviceCookie = deviceCookie;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        startAgain();
    }

    /** Forgets the session (its cookie, its UI), as a browser whose session the server ended; the device stays. */
    void startAgain() {
        cookies.getCookieStore().removeAll();
        if (deviceCookie != null && !deviceCookie.isEmpty()) {
            HttpCookie device = new HttpCookie("khidma-kiosk", deviceCookie);
            device.setPath("/");
            device.setVersion(0);
            cookies.getCookieStore().add(base, device);
        }
        nodes.clear();
        constants.clear();
        csrfToken = null;
        ended = false;
    }

    /** Opens {@code route} as a page load: the page, a new UI, and the navigation to the route. */
    void open(String route) {
        nodes.clear();
        constants.clear();
        ended = false;
        send(get(""), false);
        String query = "v-r=init&location=" + encode(route) + "&query=";
        JsonObject init = Json.parse(send(get("?" + query), true));
        JsonObject config = init.getObject("appConfig");
        uiId = (int) config.getNumber("v-uiId");
        apply(config.getObject("uidl"));
        location = route;
        navigate(route);
    }

    /** Navigates inside the open UI, as a router link or a menu item does in the browser. */
    void navigate(String route) {
        JsonObject data = Json.createObject();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        JsonObject state = Json.createObject();
        state.put("idx", 0);
        data.put("historyState", state);
        data.put("trigger", "");
        JsonObject event = rpc("event", 1);
        event.put("event", "ui-navigate");
        event.put("data", data);
        roundTrip(event);
        location = route;
    }

    /**
     * Taps the component that ends the visit ("done"): the server ends the session, and the browser loads the
     * welcome screen afresh for the next visitor, in a new session on the same device.
     */
    void leave(String id) {
        click(id);
        if (!ended) {
            throw new AssertionError("#" + id + " on " + location + " did not end the session");
        }
        open("");
    }

    /**
     * Signs in at the console's door (its login form's "login" event, as the form sends it), then loads the console
     * as the browser does when the sign-in sends it there; an assertion error when the console's home did not open.
     */
    void signIn(String username, String password) {
        open("console/login");
        Node form = first(node -> "vaadin-login-form".equals(node.tag()))
                .orElseThrow(() -> new AssertionError("no login form at console/login"));
        JsonObject data = Json.createObject();
        data.put("event.detail.username", username);
        data.put("event.detail.password", password);
        JsonObject login = rpc("event", form.id);
        login.put("event", "login");
        login.put("data", data);
        roundTrip(login);
        open("console");
        find("home");
    }

    /** The component with this id, if it is on the screen now. */
    Optional<Node> byId(String id) {
        return first(node -> id.equals(node.attribute("id")));
    }

    /** The component with this id; an assertion error naming what is on the screen when it is not. */
    Node find(String id) {
        return byId(id).orElseThrow(() -> new AssertionError("no #" + id + " on " + location + " (screen: "
                + shown() + ")" + notices()));
    }

    boolean present(String id) {
        return byId(id).isPresent();
    }

    /** The text the component shows (its text nodes', in order). */
    String text(String id) {
        return textOf(find(id));
    }

    /** Taps the component, as a touch or click fires its "click" listener (or follows it, when it is a link). */
    void click(String id) {
        click(find(id));
    }

    void click(Node node) {
        String href = node.attribute("href");
        if ("a".equals(node.tag()) && href != null) {
            // a link: the Flow client turns a router link into a navigation of the open UI; any other link loads the page
            String route = href.startsWith("./") ? href.substring(2) : href;
            if (node.map(ATTRIBUTES).containsKey("router-link")) {
                navigate(route);
            } else {
                open(route);
            }
            return;
        }
        if ("vaadin-side-nav-item".equals(node.tag()) && node.attribute("path") != null) {
            navigate(node.attribute("path")); // a menu item: the side navigation routes in the page
            return;
        }
        JsonObject event = rpc("event", node.id);
        event.put("event", "click");
        event.put("data", eventData(node, "click"));
        roundTrip(event);
    }

    /**
     * Types {@code value} into a field and leaves it: its {@code value} property synchronised and its "change"
     * event fired, in one round trip, as the browser sends them.
     */
    void type(String id, String value) {
        synchronise(find(id), "value", Json.create(value), "change");
    }

    /** Ticks a check box ({@code checked} synchronised, its "checked-changed" event fired). */
    void check(String id) {
        synchronise(find(id), "checked", Json.create(true), "checked-changed");
    }

    private void synchronise(Node node, String property, JsonValue value, String event) {
        JsonObject sync = rpc("mSync", node.id);
        sync.put("feature", PROPERTIES);
        sync.put("property", property);
        sync.put("value", value);
        JsonObject fired = rpc("event", node.id);
        fired.put("event", event);
        fired.put("data", eventData(node, event));
        roundTrip(sync, fired);
    }

    /** The element of class {@code className} that shows {@code text} (a grid's link to a row, say). */
    Optional<Node> byClassAndText(String className, String text) {
        return first(node -> node.list(CLASSES).stream().anyMatch(name -> name instanceof JsonValue value
                && value.getType() == JsonType.STRING && value.asString().equals(className))
                && text.equals(textOf(node)));
    }

    /** The first node on the screen (reachable from the UI) that matches. */
    Optional<Node> first(Predicate<Node> test) {
        Deque<Node> open = new ArrayDeque<>();
        open.add(node(1));
        while (!open.isEmpty()) {
            Node node = open.poll();
            if (test.test(node)) {
                return Optional.of(node);
            }
            for (int feature : new int[]{CHILDREN, VIRTUAL_CHILDREN}) {
                for (Object child : node.list(feature)) {
                    if (child instanceof Integer id && nodes.containsKey(id)) {
                        open.add(nodes.get(id));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The text under a node, in order. */
    String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        collectText(node, text);
        return text.toString().strip();
    }

    private void collectText(Node node, StringBuilder text) {
        String own = node.string(TEXT, "text");
        if (own != null) {
            text.append(own);
        }
        for (Object child : node.list(CHILDREN)) {
            if (child instanceof Integer id && nodes.containsKey(id)) {
                collectText(nodes.get(id), text);
            }
        }
    }

    /** The ids on the screen, for a failure's message. */
    private String shown() {
        List<String> ids = new ArrayList<>();
        first(node -> {
            String id = node.attribute("id");
            if (id != null && ids.size() < 40) {
                ids.add(id);
            }
            return false;
        });
        return String.join(" ", ids);
    }

    /**
     * What open notifications say (the application's error handler tells a person what went wrong in one), and the
     * error page's text when the screen is the error page.
     */
    private String notices() {
        List<String> said = new ArrayList<>();
        first(node -> {
            if ("vaadin-notification".equals(node.tag()) && node.string(PROPERTIES, "text") != null) {
                said.add(node.string(PROPERTIES, "text"));
            }
            return false;
        });
        String page = byId("error-page-text").map(this::textOf).map(text -> "; error page: " + text).orElse("");
        return (said.isEmpty() ? "" : "; notification: " + String.join(" | ", said)) + page;
    }

    /** A failure of a person's expectation, with what the screen says (notifications, the error page). */
    AssertionError failure(String expected) {
        return new AssertionError(expected + " on " + location + notices());
    }

    /**
     * What the listener of {@code event} asked the browser to send: each expression it named, with a plain value (a
     * key's modifier not held, coordinates 0, a single click), as a touch at the kiosk would give it.
     */
    JsonObject eventData(Node node, String event) {
        JsonObject data = Json.createObject();
        JsonValue listener = node.map(LISTENERS).get(event);
        if (listener == null) {
            return data;
        }
        JsonObject expressions = listener.getType() == JsonType.STRING ? constants.get(listener.asString())
                : (JsonObject) listener;
        if (expressions == null) {
            return data;
        }
        for (String expression : expressions.keys()) {
            if (expression.startsWith("}")) {
                continue; // a property synchronised with the event: sent by mSync
            }
            if (expression.endsWith("Key") || expression.startsWith("!") || expression.contains("===")
                    || expression.contains("||") || expression.contains("&&")) {
                data.put(expression, !expression.endsWith("Key"));
            } else if (expression.equals("event.detail")) {
                data.put(expression, 1);
            } else {
                data.put(expression, 0);
            }
        }
        return data;
    }

    private JsonObject rpc(String type, int node) {
        JsonObject rpc = Json.createObject();
        rpc.put("type", type);
        rpc.put("node", node);
        return rpc;
    }

    private void roundTrip(JsonObject... calls) {
        if (ended) {
            throw new AssertionError("the session had ended on " + location + " before this round trip");
        }
        JsonObject message = Json.createObject();
        message.put("csrfToken", csrfToken);
        JsonArray rpc = Json.createArray();
        for (JsonObject call : calls) {
            rpc.set(rpc.length(), call);
        }
        message.put("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpRequest request = request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toJson(), StandardCharsets.UTF_8)).build();
        String body = send(request, true);
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonValue parsed = Json.instance().parse(json);
        JsonObject answer = parsed.getType() == JsonType.ARRAY ? ((JsonArray) parsed).getObject(0) : (JsonObject) parsed;
        if (answer.hasKey("meta")) {
            JsonObject meta = answer.getObject("meta");
            if (meta.hasKey("sessionExpired")) {
                ended = true; // the server ended the session in this round trip: the browser loads the page again
                return;
            }
            if (meta.hasKey("appError")) {
                throw new AssertionError("the server reported an error on " + location + ": " + meta.toJson());
            }
        }
        apply(answer);
    }

    /** One message from the server applied to the tree, its counters and the CSRF token kept. */
    void apply(JsonObject uidl) {
        if (uidl.hasKey("Vaadin-Security-Key")) {
            csrfToken = uidl.getString("Vaadin-Security-Key");
        }
        if (uidl.hasKey("syncId")) {
            syncId = (int) uidl.getNumber("syncId");
        }
        if (uidl.hasKey("clientId")) {
            clientId = (int) uidl.getNumber("clientId");
        }
        if (uidl.hasKey("constants")) {
            JsonObject given = uidl.getObject("constants");
            for (String key : given.keys()) {
                constants.put(key, given.getObject(key));
            }
        }
        if (!uidl.hasKey("changes")) {
            return;
        }
        JsonArray changes = uidl.getArray("changes");
        for (int i = 0; i < changes.length(); i++) {
            change(changes.getObject(i));
        }
    }

    private void change(JsonObject change) {
        int id = (int) change.getNumber("node");
        String type = change.getString("type");
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        Node node = node(id);
        int feature = change.hasKey("feat") ? (int) change.getNumber("feat") : -1;
        switch (type) {
            case "attach" -> {
                // the node exists from now on; its features follow
            }
            case "put" -> node.map(feature).put(change.getString("key"), change.hasKey("nodeValue")
                    ? Json.create(change.getNumber("nodeValue")) : change.get("value"));
            case "remove" -> node.map(feature).remove(change.getString("key"));
            case "clear" -> {
                node.map(feature).clear();
                node.list(feature).clear();
            }
            case "splice" -> splice(node.list(feature), change);
            default -> throw new IllegalStateException("a change this client does not know: " + change.toJson());
        }
    }

    private static void splice(List<Object> list, JsonObject change) {
        int index = (int) change.getNumber("index");
        int remove = change.hasKey("remove") ? (int) change.getNumber("remove") : 0;
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        List<Object> added = new ArrayList<>();
        if (change.hasKey("addNodes")) {
            JsonArray ids = change.getArray("addNodes");
            for (int i = 0; i < ids.length(); i++) {
                added.add((int) ids.getNumber(i));
            }
        } else if (change.hasKey("add")) {
            JsonArray values = change.getArray("add");
            for (int i = 0; i < values.length(); i++) {
                added.add(values.get(i));
            }
        }
        list.addAll(Math.min(index, list.size()), added);
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private HttpRequest.Builder request(String query) {
        return HttpRequest.newBuilder(base.resolve(query)).timeout(Duration.ofSeconds(60));
    }

    private HttpRequest get(String query) {
        return request(query).GET().build();
    }

    private String send(HttpRequest request, boolean json) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new AssertionError(request.method() + " " + request.uri().getRawQuery() + " on " + location
                        + " answered " + answer.statusCode() + ": " + visibleText(answer.body()));
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped", e);
        }
    }

    /** A page's words without its markup, the first 300 characters: what a person would have seen of it. */
    static String visibleText(String page) {
        String text = page.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ").strip();
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
