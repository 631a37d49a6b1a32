package coop.khidma.api;

import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.personaldata.PrivacyNotice;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/privacy-notice}: the privacy notice in force, its version and its text in Arabic and English, as
 * the kiosk shows it. The website shows it before asking anything personal and sends its version, accepted, with each
 * filing.
 */
@Path("v1/privacy-notice")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "submissions")
public class PrivacyNoticeResource {

    /** The notice's text in the bundles (the kiosk's filing screen shows the same). */
    static final String TEXT = "kiosk.request.privacy";

    @GET
    @Operation(summary = "The privacy notice to show before a filing",
            description = "Its version and its text in Arabic and English. A filing (POST /api/v1/requests or "
                    + "/api/v1/applications) must carry this version as privacyNoticeVersion with "
                    + "privacyNoticeAccepted=true.")
    @APIResponse(responseCode = "200", description = "The notice in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Representations.PrivacyNoticeText.class)))
    public Representations.PrivacyNoticeText current() {
        return new Representations.PrivacyNoticeText(PrivacyNotice.VERSION, Messages.get(Locales.ARABIC, TEXT),
                Messages.get(Locales.ENGLISH, TEXT));
    }
}
