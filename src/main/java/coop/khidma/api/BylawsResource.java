package coop.khidma.api;

import coop.khidma.knowledge.boundary.Bylaws;
import coop.khidma.platform.i18n.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/bylaws}: the association's bylaws as the real document an administrator uploaded (the newest
 * edition), a PDF to show and print on the website; a 404 problem while none was uploaded.
 */
@Path("v1/bylaws")
@Tag(name = "knowledge")
public class BylawsResource {

    @Inject
    Bylaws bylaws;

    @GET
    @Produces({Bylaws.PDF_TYPE, Problems.MEDIA_TYPE})
    @Operation(summary = "The association's bylaws (PDF)",
            description = "The newest edition of the bylaws document, as uploaded by the association; its edition "
                    + "number is in the X-Bylaws-Edition header.")
    @APIResponse(responseCode = "200", description = "The bylaws",
            content = @Content(mediaType = Bylaws.PDF_TYPE))
    @APIResponse(responseCode = "404", description = "No bylaws document has been published yet",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    public Response read() {
        Bylaws.Pdf pdf = bylaws.pdf().orElseThrow(() -> new DomainException("rule.bylaws.none"));
        return Response.ok(pdf.content(), Bylaws.PDF_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"bylaws-edition-" + pdf.edition().edition() + ".pdf\"")
                .header("X-Bylaws-Edition", pdf.edition().edition())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }
}
