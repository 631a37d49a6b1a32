package coop.khidma.api;

import coop.khidma.api.Representations.FieldError;
import coop.khidma.api.control.FieldErrors;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.persistence.DatabaseUnavailable;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.satisfaction.control.RatingThrottle;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that goes wrong in the API becomes an RFC 9457 problem in the reader's language: a broken rule as 422
 * with the field it is about (an unknown request type too), a request/mobile pair that does not match as 404 without
 * saying which part was wrong, unreadable JSON as 400, HTTP errors with their own status, anything else as 500 with a
 * code that finds the stack trace in the (masked) log. While the database is away ({@link DatabaseUnavailable}) the
 * answer is 503 with {@code Retry-After}: nothing was stored, the same request (with the same {@code Idempotency-Key})
 * may simply be sent again.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = Problems.language(headers.getAcceptableLanguages());
        String instance = uri.getRequestUri().getPath();
        if (failure instanceof WebApplicationException answered && answered.getResponse().hasEntity()) {
            return answered.getResponse(); // already a problem
        }
        Optional<DomainException> broken = find(failure, DomainException.class);
        if (broken.isPresent()) {
            return brokenRule(broken.get(), locale, instance);
        }
        if (find(failure, JsonbException.class).isPresent() || failure instanceof ProcessingException
                || failure instanceof BadRequestException) { // Jersey's answer to an entity it could not read
            return Problems.of(Problems.Kind.MALFORMED_REQUEST, locale, Messages.get(locale, "api.problem.malformed-request.detail"),
                    instance, null);
        }
        if (DatabaseUnavailable.explains(failure)) {
            LOG.warning(() -> "API request to " + instance + " refused with 503: the database does not answer ("
                    + failure.getClass().getSimpleName() + ")");
            return databaseUnavailable(locale, instance);
        }
        if (failure instanceof WebApplicationException http && http.getResponse().getStatus() < 500) {
            int status = http.getResponse().getStatus();
            return Problems.of(Problems.Kind.HTTP, status, locale, Response.Status.fromStatusCode(status) == null
                    ? null : Response.Status.fromStatusCode(status).getReasonPhrase(), instance, null);
        }
        String code = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected API failure, code " + code, failure);
        return Problems.of(Problems.Kind.UNEXPECTED, locale, Messages.get(locale, "error.unexpected", code), instance,
                null);
    }

    /** 503 with {@code Retry-After} and "try again in a moment" in the reader's language. */
    static Response databaseUnavailable(Locale locale, String instance) {
        long seconds = DatabaseUnavailable.RETRY_AFTER.toSeconds();
        return Response.fromResponse(Problems.of(Problems.Kind.SERVICE_UNAVAILABLE, locale,
                        Messages.get(locale, "api.problem.service-unavailable.detail", seconds), instance, null))
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private Response brokenRule(DomainException broken, Locale locale, String instance) {
        String message = Messages.of(broken, locale);
        switch (broken.key()) {
            case "rule.tracking.notFound", "rule.article.notFound", "rule.bylaws.none":
                return Problems.of(Problems.Kind.NOT_FOUND, locale, message, instance, null);
            case "rule.api.idempotencyKeyReused":
                return Problems.of(Problems.Kind.IDEMPOTENCY_KEY_REUSED, locale, message, instance, null);
            case "rule.rating.tooSoon":
                return Response.fromResponse(Problems.of(Problems.Kind.TOO_MANY_REQUESTS, locale, message, instance, null))
                        .header(HttpHeaders.RETRY_AFTER, RatingThrottle.DEFAULT_WINDOW.toSeconds()).build();
            case "rule.api.idempotencyKeyInUse":
                return Problems.of(Problems.Kind.IDEMPOTENCY_KEY_IN_USE, locale, message, instance, null);
            default:
                Optional<String> field = fields().fieldOf(broken.key());
                Problems.Kind kind = broken.key().equals("rule.request.unknownType")
                        ? Problems.Kind.UNKNOWN_TYPE : Problems.Kind.VALIDATION;
                return Problems.of(kind, locale, message, instance,
                        field.map(name -> List.of(new FieldError(name, message))).orElse(null));
        }
    }

    private FieldErrors fields() {
        Method method = resource == null ? null : resource.getResourceMethod();
        FieldsOf form = method == null ? null : method.getAnnotation(FieldsOf.class);
        if (form == null) {
            return FieldErrors.REQUEST;
        }
        return switch (form.value()) {
            case REQUEST -> FieldErrors.REQUEST;
            case APPLICATION -> FieldErrors.APPLICATION;
            case TRACKING -> FieldErrors.TRACKING;
            case RATING -> FieldErrors.RATING;
            case CODE_RATING -> FieldErrors.CODE_RATING;
            case SUGGESTION -> FieldErrors.SUGGESTION;
            case ARTICLES -> FieldErrors.ARTICLES;
        };
    }

    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
