package coop.khidma.api;

import coop.khidma.api.Representations.FieldError;
import coop.khidma.api.Representations.Problem;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/**
 * RFC 9457 problem details in the reader's language ({@code Accept-Language}: Arabic unless English is preferred).
 * Each kind of problem has a stable {@code type} URI and its title in the {@code api.problem.*} texts.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The kinds of problem the API reports, each with its status and {@code type}. */
    public enum Kind {
        VALIDATION(422, "urn:khidma:problem:validation"),
        UNKNOWN_TYPE(422, "urn:khidma:problem:unknown-type"),
        NOT_FOUND(404, "urn:khidma:problem:not-found"),
        MALFORMED_REQUEST(400, "urn:khidma:problem:malformed-request"),
        IDEMPOTENCY_KEY_REUSED(422, "urn:khidma:problem:idempotency-key-reused"),
        IDEMPOTENCY_KEY_IN_USE(409, "urn:khidma:problem:idempotency-key-in-use"),
        TOO_MANY_REQUESTS(429, "urn:khidma:problem:too-many-requests"),
        PAYLOAD_TOO_LARGE(413, "urn:khidma:problem:payload-too-large"),
        HTTP(0, "about:blank"),
        SERVICE_UNAVAILABLE(503, "urn:khidma:problem:service-unavailable"),
        UNEXPECTED(500, "urn:khidma:problem:unexpected");

        final int status;
        final String type;

        Kind(int status, String type) {
            this.status = status;
            this.type = type;
        }

        String titleKey() {
            return "api.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".title";
        }
    }

    private Problems() {
    }

    /** The reader's language from the {@code Accept-Language} preferences (in order of preference). */
    public static Locale language(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            String language = wanted.getLanguage();
            if (language.equals(Locales.ARABIC.getLanguage()) || language.equals(Locales.ENGLISH.getLanguage())) {
                return Locales.supported(wanted);
            }
        }
        return Locales.ARABIC;
    }

    public static Response of(Kind kind, Locale locale, String detail, String instance, List<FieldError> errors) {
        return of(kind, kind.status, locale, detail, instance, errors);
    }

    public static Response of(Kind kind, int status, Locale locale, String detail, String instance,
                              List<FieldError> errors) {
        return Response.status(status).type(MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(problem(kind, status, locale, detail, instance, errors)).build();
    }

    /** The problem document itself; {@code errors} only when there are some. */
    static Problem problem(Kind kind, int status, Locale locale, String detail, String instance,
                           List<FieldError> errors) {
        return new Problem(kind.type, Messages.get(locale, kind.titleKey()), status, detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
    }
}
