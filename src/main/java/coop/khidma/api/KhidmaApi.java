package coop.khidma.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The website channel's API at {@code /api}, version 1 under {@code /api/v1}. JAX-RS's mapping is more specific than
 * Vaadin's {@code /*}, so the two live side by side. Payara Micro serves its OpenAPI document at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Khidma website channel API", version = "1",
                description = "The association's website files member service requests and membership applications "
                        + "(channel WEBSITE), offers the request types with their checklists in Arabic and English, and "
                        + "lets members follow a request up with its reference and their mobile number; visitors rate services and "
                        + "suggest improvements anonymously and read the public knowledge base. Errors are RFC "
                        + "9457 problem details in the language of Accept-Language (Arabic by default, or English). "
                        + "POSTs accept an Idempotency-Key header; every endpoint is rate-limited per client address "
                        + "(429 with Retry-After). While the association's database is away (a restart, an outage) every endpoint "
                        + "answers 503 with Retry-After and files nothing: send the same POST again later, with the same "
                        + "Idempotency-Key.",
                contact = @Contact(name = "Tourism Cooperative Association in Najran")),
        tags = {
                @Tag(name = "request types", description = "What the website may offer"),
                @Tag(name = "submissions", description = "Filing requests and applications"),
                @Tag(name = "tracking", description = "Following a request up"),
                @Tag(name = "satisfaction", description = "Ratings and suggestions, anonymous"),
                @Tag(name = "knowledge", description = "The bylaws, the policy guide and frequent questions")})
public class KhidmaApi extends Application {
}
