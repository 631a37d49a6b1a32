package coop.khidma.api;

import coop.khidma.intake.boundary.WebsiteRequests;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code GET /api/v1/request-types}: the active request types with their checklists in Arabic and English. */
@Path("v1/request-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "request types")
public class RequestTypesResource {

    static final String EXAMPLE = """
            [{"code":"CERTIFICATE","nameArabic":"شهادة عضوية","nameEnglish":"Membership certificate",\
            "needsCommittee":false,"checklist":[{"code":"MEMBERSHIP_NUMBER","labelArabic":"رقم العضوية",\
            "labelEnglish":"Membership number","kind":"FIELD","mandatory":true}]}]""";

    @Inject
    WebsiteRequests website;

    @GET
    @Operation(summary = "Request types the website may offer",
            description = "Every active request type, its names in Arabic and English and its intake checklist: the "
                    + "documents to bring and the fields to give, mandatory or not.")
    @APIResponse(responseCode = "200", description = "The active request types",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Representations.RequestType.class),
                    examples = @ExampleObject(name = "certificate", value = EXAMPLE)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    schema = @Schema(implementation = Representations.Problem.class)))
    public List<Representations.RequestType> list() {
        return website.activeTypes().stream().map(Representations.RequestType::of).toList();
    }
}
