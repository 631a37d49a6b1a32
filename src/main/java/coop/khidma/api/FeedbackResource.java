package coop.khidma.api;

import coop.khidma.api.Representations.CodeRatingForm;
import coop.khidma.api.Representations.RatingForm;
import coop.khidma.api.Representations.SuggestionForm;
import coop.khidma.api.control.ClientAddress;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.satisfaction.boundary.Feedback;
import coop.khidma.satisfaction.boundary.RatingInvitations;
import coop.khidma.satisfaction.boundary.Ratings;
import coop.khidma.satisfaction.control.RatingCode;
import coop.khidma.satisfaction.boundary.Suggestions;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.RatingChannel;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.Locale;

/**
 * {@code POST /api/v1/ratings}, {@code POST /api/v1/ratings/with-code} and {@code POST /api/v1/suggestions}: a
 * website visitor rates a service or suggests an improvement, anonymously (channel WEBSITE), as at the kiosk, or rates
 * with the one-time code of an invitation (the service and channel are then the code's). The client's address only feeds the in-memory throttle
 * (one rating per address every two minutes), never the stored rating. Both answer {@code 204 No Content}.
 */
@Path("v1")
@Tag(name = "satisfaction")
public class FeedbackResource {

    static final String RATING_EXAMPLE = """
            {"service":"RECEPTION","score":4,"comment":"أقترح مقاعد أكثر في صالة الانتظار","suggestion":true,\
            "wantsReply":false}""";
    static final String SUGGESTION_EXAMPLE = """
            {"service":"SUPPORT","text":"أقترح إرسال رسالة نصية عند كل تغيير في حالة الطلب","wantsReply":true,\
            "replyName":"سعيد","replyMobile":"0501234567"}""";
    static final String SCORE_PROBLEM_EXAMPLE = """
            {"type":"urn:khidma:problem:validation","title":"Some of the data is not valid","status":422,\
            "detail":"Choose one face, from 1 to 5.","instance":"/api/v1/ratings",\
            "errors":[{"field":"score","message":"Choose one face, from 1 to 5."}]}""";
    static final String TOO_SOON_EXAMPLE = """
            {"type":"urn:khidma:problem:too-many-requests","title":"طلبات كثيرة","status":429,\
            "detail":"شكراً لك، سُجّل تقييمك قبل لحظات.","instance":"/api/v1/ratings"}""";

    static final String CODE_RATING_EXAMPLE = """
            {"code":"4821 0937","score":5,"comment":"أنهوا طلبي في يوم واحد"}""";
    static final String WRONG_CODE_EXAMPLE = """
            {"type":"urn:khidma:problem:validation","title":"Some of the data is not valid","status":422,\
            "detail":"This code is not valid: it may be mistyped, used already or expired.",\
            "instance":"/api/v1/ratings/with-code","errors":[{"field":"code",\
            "message":"This code is not valid: it may be mistyped, used already or expired."}]}""";

    @Inject
    Ratings ratings;

    @Inject
    Suggestions suggestions;

    @Inject
    RatingInvitations invitations;

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpHeaders headers;

    @POST
    @Path("ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    @FieldsOf(FieldsOf.Form.RATING)
    @Operation(summary = "Rate a service",
            description = "Anonymous: no identity is stored with the score. A comment stays with the score; a "
                    + "suggestion goes to the improvements staff study; a reply request keeps the name and mobile apart "
                    + "with the text. One rating per client address every two minutes.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RatingForm.class),
            examples = @ExampleObject(name = "rating with a suggestion", value = RATING_EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "The body is not readable JSON",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule (score, comment, reply contact, service)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class),
                    examples = @ExampleObject(name = "no score", value = SCORE_PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "429", description = "This address rated moments ago, or sent too many requests; see "
            + "Retry-After",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class),
                    examples = @ExampleObject(name = "rated moments ago", value = TOO_SOON_EXAMPLE)))
    public Response rate(RatingForm form) {
        RatingForm given = present(form);
        ratings.rate(client(), RatingChannel.WEBSITE, new Feedback(service(given.service()),
                given.score() == null ? 0 : given.score(), given.comment(), given.suggestion(), given.wantsReply(),
                given.replyName(), given.replyMobile()));
        return Response.noContent().build();
    }

    @POST
    @Path("ratings/with-code")
    @Consumes(MediaType.APPLICATION_JSON)
    @FieldsOf(FieldsOf.Form.CODE_RATING)
    @Operation(summary = "Rate a service with an invitation's code",
            description = "After a request is closed or a counter visit served, the member receives a one-time code "
                    + "(valid for " + RatingCode.VALID_DAYS + " days after the day it was sent). The code chooses the "
                    + "service; it rates once; the stored rating keeps nothing of the code, the request or the person. "
                    + "Wrong codes are counted per client address and locked for an hour after too many.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CodeRatingForm.class),
            examples = @ExampleObject(name = "rating with a code", value = CODE_RATING_EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Recorded; the code is used up")
    @APIResponse(responseCode = "400", description = "The body is not readable JSON",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule: the code (unknown, used, expired or "
            + "locked after too many wrong ones, all answered alike), the score, the comment",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class),
                    examples = @ExampleObject(name = "wrong code", value = WRONG_CODE_EXAMPLE)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    public Response rateWithCode(CodeRatingForm form) {
        CodeRatingForm given = present(form);
        invitations.rate(client(), given.code(), given.score() == null ? 0 : given.score(), given.comment());
        return Response.noContent().build();
    }

    @POST
    @Path("suggestions")
    @Consumes(MediaType.APPLICATION_JSON)
    @FieldsOf(FieldsOf.Form.SUGGESTION)
    @Operation(summary = "Suggest an improvement",
            description = "A suggestion without a rating, anonymous; staff study it, and an adopted one is published as "
                    + "\"you said, we did\" in staff's words, never the visitor's. With wantsReply, the name and mobile "
                    + "are kept for a call back.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SuggestionForm.class),
            examples = @ExampleObject(name = "suggestion with a reply", value = SUGGESTION_EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Received")
    @APIResponse(responseCode = "400", description = "The body is not readable JSON",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule (text, reply contact, service)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    public Response suggest(SuggestionForm form) {
        SuggestionForm given = present(form);
        suggestions.suggest(RatingChannel.WEBSITE, service(given.service()), given.text(), given.wantsReply(),
                given.replyName(), given.replyMobile());
        return Response.noContent().build();
    }

    /** The rated service by its code. Breaks {@code rule.website.service}. */
    static RatedService service(String code) {
        return Arrays.stream(RatedService.values())
                .filter(service -> code != null && service.name().equals(code.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new DomainException("rule.website.service",
                        Arrays.stream(RatedService.values()).map(Enum::name).toList().toString()));
    }

    private String client() {
        return "website:" + ClientAddress.of(servletRequest.getRemoteAddr(), headers.getHeaderString("X-Forwarded-For"));
    }

    private static <T> T present(T form) {
        if (form == null) {
            throw new ProcessingException("no request body");
        }
        return form;
    }
}
