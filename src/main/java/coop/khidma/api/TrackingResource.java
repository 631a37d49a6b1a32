package coop.khidma.api;

import coop.khidma.api.Representations.TrackingForm;
import coop.khidma.api.Representations.TrackingStatus;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.review.boundary.Reviews;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/tracking}: a member follows a request up with its reference and the mobile number given with
 * it (in the body, never in a URL that proxies log). The answer is the stage, what is missing and whether the higher
 * authority answered a referral (when, never who), never anyone's data; a reference and mobile that do not belong
 * together are a 404 that does not say which part was wrong.
 */
@Path("v1/tracking")
@Tag(name = "tracking")
public class TrackingResource {

    static final String FORM_EXAMPLE = """
            {"reference":"2026-000042","mobile":"0501234567"}""";
    static final String STATUS_EXAMPLE = """
            {"reference":"2026-000042","type":"MEMBERSHIP_APPLICATION","status":"RETURNED",\
            "submittedAt":"2026-11-25T10:15:30.123456Z","missing":[{"labelArabic":"صورة الهوية الوطنية أو الإقامة \
            سارية المفعول","labelEnglish":"Copy of a valid national ID or iqama","reason":"الصورة غير واضحة"}]}""";
    static final String ANSWERED_EXAMPLE = """
            {"reference":"2026-000043","type":"COMPLAINT","status":"VERIFIED",\
            "submittedAt":"2026-11-25T10:15:30.123456Z","missing":[],"referralAnswered":\
            {"answeredAt":"2026-12-03T12:00:00Z","dateArabic":"٢٣ جمادى الآخرة ١٤٤٨ هـ — ٣ ديسمبر ٢٠٢٦ م",\
            "dateEnglish":"23 Jumada al-Akhirah 1448 AH — 3 December 2026"}}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type":"urn:khidma:problem:not-found","title":"Not found","status":404,"detail":"We could not find a \
            request with this reference and mobile number. Check both and try again.","instance":"/api/v1/tracking"}""";

    @Inject
    KioskRequests requests;

    @Inject
    Reviews reviews;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @FieldsOf(FieldsOf.Form.TRACKING)
    @Operation(summary = "Follow a request up",
            description = "Where the request stands, which level of the higher authority holds it when referred up, "
                    + "when the higher authority answered the member's question (never who answered), what the "
                    + "member still has to bring, and for a request the research committee decides, the window of "
                    + "its decision (not less than two weeks) in Gregorian and Hijri.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrackingForm.class),
            examples = @ExampleObject(name = "tracking", value = FORM_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The public status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrackingStatus.class),
                    examples = {@ExampleObject(name = "returned", value = STATUS_EXAMPLE),
                            @ExampleObject(name = "referral answered", value = ANSWERED_EXAMPLE)}))
    @APIResponse(responseCode = "404", description = "No request with this reference and mobile number",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class),
                    examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "The mobile number is missing or not a Saudi mobile number",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    public TrackingStatus track(TrackingForm form) {
        if (form == null) {
            throw new ProcessingException("no request body");
        }
        return TrackingStatus.of(requests.track(form.reference(), form.mobile()), reviews);
    }
}
