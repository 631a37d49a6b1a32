package coop.khidma.api;

import coop.khidma.api.Representations.Acknowledgement;
import coop.khidma.api.Representations.MembershipApplicationForm;
import coop.khidma.api.Representations.ServiceRequestForm;
import coop.khidma.api.control.ClientAddress;
import coop.khidma.api.control.Fingerprint;
import coop.khidma.api.entity.IdempotentResponse;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.review.boundary.Reviews;
import coop.khidma.intake.boundary.WebsiteRequests;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.personaldata.PrivacyNotice;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/requests} and {@code POST /api/v1/applications}: the website files a member service request or
 * a membership application (channel WEBSITE) and gets its reference back, {@code 201 Created} with a Location. With an
 * {@code Idempotency-Key} a retried POST gets the first answer again and never files twice. {@code GET
 * /api/v1/requests/{reference}} (the Location) answers with the public status to whoever also holds the mobile number.
 */
@Path("v1")
@Tag(name = "submissions")
public class SubmissionsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String MOBILE = "X-Mobile";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + IdempotentResponse.KEY_MAX + "}");
    private static final Jsonb JSON = JsonbBuilder.create();

    /** The end of a filing's example: the privacy notice in force, accepted. */
    private static final String CONSENT_FIELDS = "\"privacyNoticeVersion\":\"" + PrivacyNotice.VERSION
            + "\",\"privacyNoticeAccepted\":true}";
    static final String REQUEST_EXAMPLE = """
            {"type":"CERTIFICATE","name":"سعيد بن علي القحطاني","mobile":"0501234567",\
            "details":"أحتاج شهادة عضوية لتقديمها للبنك",""" + CONSENT_FIELDS;
    static final String APPLICATION_EXAMPLE = """
            {"nationalId":"1000000008","nameArabic":"سعيد بن علي القحطاني","nameLatin":"Saeed Ali Alqahtani",\
            "mobile":"0501234567","email":"saeed@example.com","city":"نجران","shares":10,""" + CONSENT_FIELDS;
    static final String ACKNOWLEDGEMENT_EXAMPLE = """
            {"reference":"2026-000042","submittedAt":"2026-11-25T10:15:30.123456Z"}""";
    static final String VALIDATION_EXAMPLE = """
            {"type":"urn:khidma:problem:validation","title":"Some of the data is not valid","status":422,\
            "detail":"This is not a valid Saudi mobile number. Please enter 10 digits starting with 05.",\
            "instance":"/api/v1/requests","errors":[{"field":"mobile","message":"This is not a valid Saudi mobile \
            number. Please enter 10 digits starting with 05."}]}""";
    static final String UNKNOWN_TYPE_EXAMPLE = """
            {"type":"urn:khidma:problem:unknown-type","title":"هذا النوع من الطلبات غير متاح","status":422,\
            "detail":"لا يوجد نوع طلب باسم PARKING.","instance":"/api/v1/requests",\
            "errors":[{"field":"type","message":"لا يوجد نوع طلب باسم PARKING."}]}""";

    static final String CONSENT_EXAMPLE = """
            {"type":"urn:khidma:problem:validation","title":"Some of the data is not valid","status":422,\
            "detail":"Please read the privacy notice and accept it; nothing is filed without it.",\
            "instance":"/api/v1/requests","errors":[{"field":"privacyNoticeAccepted","message":"Please read the \
            privacy notice and accept it; nothing is filed without it."}]}""";
    static final String CONSENT_RULE = " The person must first be shown the association's privacy notice (GET "
            + "/api/v1/privacy-notice, version " + PrivacyNotice.VERSION + ") and accept it: privacyNoticeVersion and "
            + "privacyNoticeAccepted=true are required, and the version, the moment and the channel are recorded with "
            + "the filing.";

    @Inject
    WebsiteRequests website;

    @Inject
    KioskRequests tracking;

    @Inject
    Reviews reviews;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @FieldsOf(FieldsOf.Form.REQUEST)
    @Operation(summary = "File a member service request",
            description = "Any active request type except MEMBERSHIP_APPLICATION (use /applications). The request is "
                    + "recorded with channel WEBSITE; the member is sent an acknowledgement." + CONSENT_RULE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ServiceRequestForm.class),
            examples = @ExampleObject(name = "certificate", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Filed; Location names the request",
            headers = @Header(name = "Location", description = "/api/v1/requests/{reference}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Acknowledgement.class),
                    examples = @ExampleObject(name = "filed", value = ACKNOWLEDGEMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is not readable JSON, or the Idempotency-Key is not valid",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule, the privacy notice was not accepted (or "
            + "not in its current version), the type is unknown, or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class),
                    examples = {@ExampleObject(name = "invalid mobile", value = VALIDATION_EXAMPLE),
                            @ExampleObject(name = "privacy notice not accepted", value = CONSENT_EXAMPLE),
                            @ExampleObject(name = "unknown type", value = UNKNOWN_TYPE_EXAMPLE)}))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    public Response submitRequest(ServiceRequestForm form, @Parameter(in = ParameterIn.HEADER,
            description = "A unique key (e.g. a UUID) per submission; a retry with the same key gets the first answer",
            example = "5f0c6a2e-2b1d-4c1e-9a57-0e2b7c8d9f10") @HeaderParam(IDEMPOTENCY_KEY) String key) {
        ServiceRequestForm given = present(form);
        return answer(key, "v1/requests", JSON.toJson(given), () -> created(website.submitRequest(given.type(),
                given.name(), given.mobile(), given.details(), given.notice(), client())));
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @FieldsOf(FieldsOf.Form.APPLICATION)
    @Operation(summary = "Apply for membership",
            description = "A membership application, recorded with channel WEBSITE; staff verify every item and the "
                    + "research committee decides. The applicant is sent an acknowledgement." + CONSENT_RULE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MembershipApplicationForm.class),
            examples = @ExampleObject(name = "application", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Filed; Location names the request",
            headers = @Header(name = "Location", description = "/api/v1/requests/{reference}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Acknowledgement.class),
                    examples = @ExampleObject(name = "filed", value = ACKNOWLEDGEMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is not readable JSON, or the Idempotency-Key is not valid",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule, the privacy notice was not accepted (or "
            + "not in its current version), or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class),
                    examples = @ExampleObject(name = "privacy notice not accepted", value = CONSENT_EXAMPLE)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    public Response submitApplication(MembershipApplicationForm form, @Parameter(in = ParameterIn.HEADER,
            description = "A unique key (e.g. a UUID) per submission; a retry with the same key gets the first answer")
                                      @HeaderParam(IDEMPOTENCY_KEY) String key) {
        MembershipApplicationForm given = present(form);
        return answer(key, "v1/applications", JSON.toJson(given),
                () -> created(website.submitApplication(given.toApplication(), given.notice(), client())));
    }

    @GET
    @Path("requests/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    @FieldsOf(FieldsOf.Form.TRACKING)
    @Tag(name = "tracking")
    @Operation(summary = "Where a filed request stands (the Location of a submission)",
            description = "Needs the mobile number given with the request in the X-Mobile header; the same answer as "
                    + "POST /api/v1/tracking.")
    @APIResponse(responseCode = "200", description = "The public status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Representations.TrackingStatus.class)))
    @APIResponse(responseCode = "404", description = "No request with this reference and mobile number",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    public Representations.TrackingStatus status(@PathParam("reference") String reference,
                                                 @Parameter(in = ParameterIn.HEADER, required = true,
                                                         description = "The mobile number given with the request")
                                                 @HeaderParam(MOBILE) String mobile) {
        return Representations.TrackingStatus.of(tracking.track(reference, mobile), reviews);
    }

    /** The client's fingerprint (never its address): the outbox limits the acknowledgements of its filings. */
    private String client() {
        return Fingerprint.client(ClientAddress.of(servletRequest.getRemoteAddr(),
                headers.getHeaderString("X-Forwarded-For")));
    }

    private Response answer(String key, String path, String canonicalBody, Supplier<Idempotency.Answer> submission) {
        Idempotency.Answer answer = key == null ? submission.get()
                : idempotency.once(ClientAddress.of(servletRequest.getRemoteAddr(),
                        headers.getHeaderString("X-Forwarded-For")), checked(key),
                Fingerprint.of("POST", path, canonicalBody), submission);
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(answer.body());
        if (answer.location() != null) {
            response.location(uri.getBaseUriBuilder().path(answer.location()).build());
        }
        if (answer.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    private static Idempotency.Answer created(KioskRequests.Acknowledgement acknowledgement) {
        return new Idempotency.Answer(Response.Status.CREATED.getStatusCode(),
                "v1/requests/" + acknowledgement.reference(), JSON.toJson(Acknowledgement.of(acknowledgement)), false);
    }

    private String checked(String key) {
        if (!KEY.matcher(key).matches()) {
            var locale = Problems.language(headers.getAcceptableLanguages());
            throw new WebApplicationException(Problems.of(Problems.Kind.MALFORMED_REQUEST, locale,
                    Messages.get(locale, "api.problem.idempotency-key.detail", IdempotentResponse.KEY_MAX),
                    uri.getRequestUri().getPath(), null));
        }
        return key;
    }

    private static <T> T present(T form) {
        if (form == null) {
            throw new ProcessingException("no request body");
        }
        return form;
    }
}
