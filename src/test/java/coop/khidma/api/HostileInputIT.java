package coop.khidma.api;

import coop.khidma.support.Applications;
import coop.khidma.support.Deployments;
import coop.khidma.support.ItDatabase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based attack on every POST of the website API (OWASP ASVS 5.0, 1.2, 2.2, 4.x): for each field of each
 * form, {@value #PER_FIELD} hostile values generated with jqwik (control characters, bidirectional overrides,
 * unassigned code points and lone surrogates, overlong texts, SQL, HTML and template fragments, numbers out of range
 * or with fractions, values of the wrong kind, nulls where a value is required, Arabic-Indic digits and emoji where
 * digits belong) are sent over HTTP, each in an otherwise valid body from a client address of its own, half asking
 * for Arabic and half for English. Every answer is a 4xx problem+json that names the field in the asked language
 * (a tracking reference that matches nothing is a 404 that by design does not say which part was wrong), none is a
 * 5xx, and nothing with the run's marker was stored.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    static final int PER_FIELD = 1000;
    private static final AtomicInteger CLIENTS = new AtomicInteger(0x10000);
    private static final Json JSON = new Json();
    private static final String NOTICE = "2026-12";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    /** A field of a form and what is hostile for it. */
    record Field(String path, String name, Arbitrary<Object> hostile) {
    }

    /** A JSON text sent as it is (a number no Java type holds, a nested object). */
    record Raw(String json) {
    }

    @Test
    void hostileValuesInEveryFieldOfEveryPostAreNamedProblemsAndNothingIsStored() throws Exception {
        URI base = new URI("http", null, "127.0.0.1", deployed.getPort(), deployed.getPath(), null, null);
        String marker = "Zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
        List<Field> fields = fields();
        long started = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> named = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Field field : fields) {
                List<Object> values = field.hostile().sampleStream().limit(PER_FIELD).toList();
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    boolean english = i % 2 == 1;
                    sent.add(pool.submit(() -> {
                        String body = body(field, value, marker);
                        String outcome = attack(http, base, field, body, english);
                        if (outcome != null) {
                            failures.add(field.path() + "." + field.name() + " = " + shown(body) + " -> " + outcome);
                        } else {
                            named.computeIfAbsent(field.path() + "." + field.name() + (english ? " en" : " ar"),
                                    key -> new AtomicInteger()).incrementAndGet();
                        }
                    }));
                }
            }
            for (Future<?> one : sent) {
                one.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("HostileInputIT: %d fields x %d values in %d ms%n", fields.size(), PER_FIELD,
                (System.nanoTime() - started) / 1_000_000);

        assertThat(failures).as("hostile values not answered as a named problem (first 20 of %d)", failures.size())
                .isEmpty();
        for (Field field : fields) {
            assertThat(named.get(field.path() + "." + field.name() + " ar")).as(field.name() + " in Arabic").isNotNull();
            assertThat(named.get(field.path() + "." + field.name() + " en")).as(field.name() + " in English").isNotNull();
        }
        assertThat(count("SELECT COUNT(*) FROM service_request WHERE details LIKE ? OR requester_name LIKE ? "
                + "OR applicant_name_latin LIKE ?", marker)).as("requests stored").isZero();
        assertThat(count("SELECT COUNT(*) FROM rating WHERE comment LIKE ?", marker)).as("ratings stored").isZero();
        assertThat(count("SELECT COUNT(*) FROM suggestion WHERE text LIKE ?", marker)).as("suggestions stored").isZero();
    }

    /** Null when the answer is as it should be, otherwise what was wrong with it. */
    private static String attack(HttpClient http, URI base, Field field, String body, boolean english) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/v1/" + field.path()))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Accept-Language", english ? "en" : "ar")
                .header("X-Forwarded-For", "2001:db8:f::" + Integer.toHexString(CLIENTS.incrementAndGet()))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception failed) {
            return failed.toString();
        }
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            return status + " " + shown(response.body());
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return status + " not a problem: " + response.headers().firstValue("Content-Type");
        }
        if (!response.headers().firstValue("Content-Language").orElse("").equals(english ? "en" : "ar")) {
            return status + " in the wrong language " + response.headers().firstValue("Content-Language");
        }
        Map<?, ?> problem = JSON.toType(response.body(), Map.class);
        if (field.path().equals("tracking") && field.name().equals("reference") && status == 404) {
            return null; // a reference that matches nothing: 404, never saying which of the two was wrong
        }
        List<?> errors = problem.get("errors") instanceof List<?> list ? list : List.of();
        boolean namesIt = errors.stream().map(error -> (Map<?, ?>) error)
                .anyMatch(error -> field.name().equals(error.get("field")) && error.get("message") instanceof String text
                        && !text.isBlank() && (english || arabic(text)));
        return namesIt ? null : status + " does not name the field: " + shown(response.body());
    }

    private static boolean arabic(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    }

    private static String shown(String text) {
        String escaped = text.codePoints().mapToObj(c -> c < 0x20 || c > 0x7E && c < 0xA0 || c >= 0x2000 && c < 0x2070
                || c > 0xFFFF ? String.format("\\u{%X}", c) : Character.toString(c)).collect(Collectors.joining());
        return escaped.length() > 200 ? escaped.substring(0, 200) + "…(" + escaped.length() + ")" : escaped;
    }

    // ---- the forms and their fields ----------------------------------------------------------------------------

    private static Map<String, Object> valid(String path, String marker) {
        Map<String, Object> form = new LinkedHashMap<>();
        switch (path) {
            case "requests" -> {
                form.put("type", "CERTIFICATE");
                form.put("name", "عضو " + marker);
                form.put("mobile", "0501112233");
                form.put("details", "أحتاج شهادة " + marker);
                form.put("privacyNoticeVersion", NOTICE);
                form.put("privacyNoticeAccepted", true);
            }
            case "applications" -> {
                form.put("nationalId", Applications.nationalId(880_001));
                form.put("nameArabic", "سعيد بن علي القحطاني");
                form.put("nameLatin", "Saeed " + marker + " Alqahtani");
                form.put("mobile", "0508880001");
                form.put("email", "saeed@example.com");
                form.put("city", "نجران");
                form.put("shares", 10);
                form.put("privacyNoticeVersion", NOTICE);
                form.put("privacyNoticeAccepted", true);
            }
            case "tracking" -> {
                form.put("reference", "2026-999999");
                form.put("mobile", "0501112233");
            }
            case "ratings" -> {
                form.put("service", "RECEPTION");
                form.put("score", 4);
                form.put("comment", "خدمة جيدة " + marker);
                form.put("suggestion", false);
                form.put("wantsReply", true);
                form.put("replyName", "سعيد");
                form.put("replyMobile", "0501234567");
            }
            case "suggestions" -> {
                form.put("service", "SUPPORT");
                form.put("text", "أقترح رسالة نصية " + marker);
                form.put("wantsReply", true);
                form.put("replyName", "سعيد");
                form.put("replyMobile", "0501234567");
            }
            default -> throw new IllegalArgumentException(path);
        }
        return form;
    }

    private static String body(Field field, Object value, String marker) {
        Map<String, Object> form = valid(field.path(), marker);
        form.put(field.name(), value);
        return json(form);
    }

    static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("requests", "type", code()));
        fields.add(new Field("requests", "name", text(120, true, false)));
        fields.add(new Field("requests", "mobile", digits(true)));
        fields.add(new Field("requests", "details", text(2000, false, true)));
        fields.add(new Field("requests", "privacyNoticeVersion", code()));
        fields.add(new Field("requests", "privacyNoticeAccepted", consent()));
        fields.add(new Field("applications", "nationalId", digits(true)));
        fields.add(new Field("applications", "nameArabic", text(120, true, false)));
        fields.add(new Field("applications", "nameLatin", text(120, true, false)));
        fields.add(new Field("applications", "mobile", digits(true)));
        fields.add(new Field("applications", "email", email()));
        fields.add(new Field("applications", "city", text(60, true, false)));
        fields.add(new Field("applications", "shares", count(1, null)));
        fields.add(new Field("applications", "privacyNoticeVersion", code()));
        fields.add(new Field("applications", "privacyNoticeAccepted", consent()));
        fields.add(new Field("tracking", "reference", code()));
        fields.add(new Field("tracking", "mobile", digits(true)));
        fields.add(new Field("ratings", "service", code()));
        fields.add(new Field("ratings", "score", count(1, 5)));
        fields.add(new Field("ratings", "comment", text(1000, false, true)));
        fields.add(new Field("ratings", "suggestion", yesNo()));
        fields.add(new Field("ratings", "wantsReply", yesNo()));
        fields.add(new Field("ratings", "replyName", text(120, true, false)));
        fields.add(new Field("ratings", "replyMobile", digits(true)));
        fields.add(new Field("suggestions", "service", code()));
        fields.add(new Field("suggestions", "text", text(1000, true, true)));
        fields.add(new Field("suggestions", "wantsReply", yesNo()));
        fields.add(new Field("suggestions", "replyName", text(120, true, false)));
        fields.add(new Field("suggestions", "replyMobile", digits(true)));
        return fields;
    }

    // ---- the hostile values -------------------------------------------------------------------------------------

    private static final List<String> FRAGMENTS = List.of("' OR '1'='1", "'; DROP TABLE service_request; --",
            "1; SELECT SLEEP(5)", "\" OR \"\"=\"", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://example.invalid/a}", "#{7*7}", "../../etc/passwd",
            "%00", "\\u0000", "😀🔥👍🏽", "ﷺ", "‮", "١٢٣٤", "NaN", "null", "undefined", "true", "[]", "{}", "𝕬𝖉𝖒𝖎𝖓",
            "a\u0301\u0301\u0301\u0301", "Robert'); DROP TABLE rating;--", "UNION SELECT password FROM account",
            "=cmd|' /C calc'!A0", "\\\\server\\share", "admin\u200Badmin");

    /** One character a person cannot see or that reorders what others read. */
    private static Arbitrary<String> hidden() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u0008').map(String::valueOf),
                Arbitraries.chars().range('\u000B', '\u000C').map(String::valueOf),
                Arbitraries.chars().range('\u000E', '\u001F').map(String::valueOf),
                Arbitraries.chars().range('\u007F', '\u009F').map(String::valueOf),
                Arbitraries.of(0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069)
                        .map(Character::toString),
                Arbitraries.integers().between(0x40000, 0xDFFFF).map(Character::toString), // planes 4-13: unassigned
                Arbitraries.of(0x0378, 0x0379, 0x0380, 0x038B, 0x03A2, 0xFDD0, 0xFFFE, 0xFFFF).map(Character::toString),
                Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf)); // a lone surrogate
    }

    /** Something plausible with something hidden put somewhere in it. */
    private static Arbitrary<Object> withHidden() {
        return Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().alpha().ofMaxLength(12),
                        Arbitraries.of("سعيد", "0501234567", "CERTIFICATE", "2026-12", "نجران"))
                .flatMap(text -> hidden().flatMap(bad -> Arbitraries.integers().between(0, text.length())
                        .map(at -> (Object) (text.substring(0, at) + bad + text.substring(at)))));
    }

    /** Text longer than the field holds, of letters, emoji and fragments. */
    private static Arbitrary<Object> overlong(int max) {
        return Arbitraries.integers().between(max + 1, max + 3000).flatMap(length -> Arbitraries.oneOf(
                Arbitraries.of("ن", "a", "😀", "' OR 1=1 ", "<b>", "١").map(unit -> unit.repeat(length / unit.length() + 1)),
                Arbitraries.strings().withChars("سعيدبنعليabcXYZ ").ofLength(length))
                .filter(text -> text.strip().replaceAll("\\s+", " ").length() > max) // too long even with blanks folded
                .map(text -> (Object) text));
    }

    /** A value of a kind the field does not have. */
    private static Arbitrary<Object> wrongKind(boolean text) {
        return wrongKind(text, true);
    }

    private static Arbitrary<Object> wrongKind(boolean text, boolean booleansToo) {
        List<Arbitrary<Object>> kinds = new ArrayList<>(List.of(
                Arbitraries.of(List.of(), List.of("سعيد"), List.of(1, 2)).map(value -> (Object) value),
                Arbitraries.of(new Raw("{}"), new Raw("{\"$ne\":null}"), new Raw("{\"$gt\":\"\"}")).map(v -> (Object) v)));
        if (booleansToo) {
            kinds.add(Arbitraries.of(true, false).map(value -> (Object) value));
        }
        if (text) {
            kinds.add(Arbitraries.longs().map(value -> (Object) value));
            kinds.add(Arbitraries.of(new Raw("1e400"), new Raw("-0"), new Raw("0.5")).map(value -> (Object) value));
        } else {
            kinds.add(Arbitraries.of(FRAGMENTS).map(value -> (Object) value));
            kinds.add(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(value -> (Object) value));
        }
        return Arbitraries.oneOf(kinds);
    }

    private static Arbitrary<Object> nothing() {
        return Arbitraries.of(new Raw("null"), "", "   ", "\u00A0\u00A0", "\u200C").map(value -> (Object) value);
    }

    /** A one-line or long text with at most {@code max} characters; optional texts are not attacked with blanks. */
    private static Arbitrary<Object> text(int max, boolean required, boolean longText) {
        List<Arbitrary<Object>> kinds = new ArrayList<>(List.of(withHidden(), overlong(max), wrongKind(true)));
        if (required) {
            kinds.add(nothing());
        }
        return Arbitraries.oneOf(kinds);
    }

    /** Where digits belong: Arabic-Indic digits of the wrong count, letters, emoji, fragments, too long. */
    private static Arbitrary<Object> digits(boolean required) {
        Arbitrary<String> arabicIndic = Arbitraries.strings().withCharRange('\u0660', '\u0669').ofMinLength(1)
                .ofMaxLength(30).filter(text -> text.length() != 10 // 05…, 5… and 9665… are mobile numbers
                        && !(text.length() == 9 && text.startsWith("٥")) && !(text.length() == 12 && text.startsWith("٩٦٦٥")));
        Arbitrary<String> easternArabicIndic = Arbitraries.strings().withCharRange('\u06F0', '\u06F9')
                .ofMinLength(11).ofMaxLength(30);
        Arbitrary<String> latin = Arbitraries.strings().numeric().ofMinLength(11).ofMaxLength(40);
        Arbitrary<String> mixed = Arbitraries.of("05٠١٢٣abcd", "٠٥😀١٢٣٤٥٦٧", "0501234５６７", "05-0123-4567x",
                "+966 5O1234567", "0000000000", "٠٠٠٠٠٠٠٠٠٠", "9999999999", "05012345678901234567890",
                "٠٥٠١٢٣٤٥٦", "٠٥٠١٢٣٤٥٦٧٨", "۰۵۰۱۲۳۴۵۶", "𝟎𝟓𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕");
        List<Arbitrary<Object>> kinds = new ArrayList<>(List.of(withHidden(), overlong(40), wrongKind(true),
                Arbitraries.oneOf(arabicIndic, easternArabicIndic, latin, mixed, Arbitraries.of(FRAGMENTS))
                        .map(value -> (Object) value)));
        if (required) {
            kinds.add(nothing());
        }
        return Arbitraries.oneOf(kinds);
    }

    /** A code (type, service, notice version, reference): fragments, lookalikes, anything but a valid one. */
    private static Arbitrary<Object> code() {
        Arbitrary<Object> lookalikes = Arbitraries.of("2025-12", "2026-13", "9999-99", "RECEPTİON", "MEMBERSHIP_APPLICATION",
                "WEBSITE", "2026-999999' OR '1'='1").map(value -> (Object) value);
        return Arbitraries.oneOf(withHidden(), overlong(200), wrongKind(true), nothing(), lookalikes,
                Arbitraries.of(FRAGMENTS).map(value -> (Object) value),
                Arbitraries.strings().withChars("XQZJ_").ofMinLength(1).ofMaxLength(40).map(value -> (Object) value));
    }

    private static Arbitrary<Object> email() {
        return Arbitraries.oneOf(withHidden(), overlong(320), wrongKind(true),
                Arbitraries.of("saeed@", "@example.com", "saeed@@example.com", "<script>@x.sa", "سعيد at example",
                        "a@b", "saeed@example.com' OR '1'='1", "saeed@example.com\"><svg onload=alert(1)>",
                        "saeed@-example.com", "saeed example@example.com").map(value -> (Object) value));
    }

    /** A whole number out of range, a fraction, or no number at all. */
    private static Arbitrary<Object> count(int min, Integer max) {
        List<Arbitrary<Object>> kinds = new ArrayList<>(List.of(
                Arbitraries.integers().between(Integer.MIN_VALUE, min - 1).map(value -> (Object) value),
                Arbitraries.bigDecimals().between(new BigDecimal(min), new BigDecimal(max == null ? 1000 : max))
                        .ofScale(2).filter(value -> value.stripTrailingZeros().scale() > 0).map(value -> (Object) value),
                Arbitraries.of(new Raw("1e400"), new Raw("-1e400"), new Raw("99999999999999999999"), new Raw("-0.5"),
                        new Raw("null")).map(value -> (Object) value),
                wrongKind(false)));
        if (max != null) {
            kinds.add(Arbitraries.integers().between(max + 1, Integer.MAX_VALUE).map(value -> (Object) value));
        }
        return Arbitraries.oneOf(kinds);
    }

    private static Arbitrary<Object> consent() {
        return Arbitraries.oneOf(Arbitraries.of(false).map(value -> (Object) value), Arbitraries.of(new Raw("null")),
                wrongKind(false, false), Arbitraries.longs().map(value -> (Object) value));
    }

    private static Arbitrary<Object> yesNo() {
        return Arbitraries.oneOf(Arbitraries.of(new Raw("null")), wrongKind(false, false),
                Arbitraries.longs().map(value -> (Object) value));
    }

    // ---- JSON, written by hand so that every hostile value arrives as generated -----------------------------------

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Raw raw) {
            return raw.json();
        }
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder("\"");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1)))
                        && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HostileInputIT::json).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> json(String.valueOf(entry.getKey())) + ":" + json(entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        throw new IllegalArgumentException(value.getClass().getName());
    }

    private static long count(String sql, String marker) throws Exception {
        try (Connection connection = ItDatabase.database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setString(i, "%" + marker + "%");
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
