package coop.khidma.api;

import coop.khidma.knowledge.boundary.ArticleView;
import coop.khidma.knowledge.boundary.Articles;
import coop.khidma.knowledge.entity.ArticleCategory;
import coop.khidma.platform.i18n.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/articles}: the published public entries of the knowledge base (bylaws, the member-support policy
 * guide, frequent questions) in Arabic and English, by shelf or searched in either language; drafts and staff-only
 * articles are never listed, and reading one by its code is a 404 like an article that does not exist.
 */
@Path("v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "knowledge")
public class ArticlesResource {

    static final String LIST_EXAMPLE = """
            [{"code":"FAQ_TRACK","category":"FAQ","titleArabic":"كيف أتابع طلبي؟","titleEnglish":"How do I follow my \
            request up?","bodyArabic":"برقم الطلب ورقم الجوال الذي قدمته معه.","bodyEnglish":"With the reference and \
            the mobile number you gave with it.","updatedAt":"2026-11-25T10:15:30.123456Z"}]""";
    static final String CATEGORY_PROBLEM_EXAMPLE = """
            {"type":"urn:khidma:problem:validation","title":"Some of the data is not valid","status":422,\
            "detail":"There is no shelf of that name. Choose one of [BYLAWS, POLICY_GUIDE, FAQ].",\
            "instance":"/api/v1/articles","errors":[{"field":"category","message":"There is no shelf of that name. \
            Choose one of [BYLAWS, POLICY_GUIDE, FAQ]."}]}""";

    @Inject
    Articles articles;

    @GET
    @FieldsOf(FieldsOf.Form.ARTICLES)
    @Operation(summary = "The public knowledge base",
            description = "Published public articles in Arabic and English, shelf by shelf in their order; with "
                    + "category only that shelf, with q only the articles whose words match in either language "
                    + "(Arabic with or without diacritics and hamza forms).")
    @APIResponse(responseCode = "200", description = "The articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Representations.Article.class),
                    examples = @ExampleObject(name = "frequent question", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "No shelf of that name",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class),
                    examples = @ExampleObject(name = "unknown shelf", value = CATEGORY_PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    public List<Representations.Article> list(
            @Parameter(description = "BYLAWS, POLICY_GUIDE or FAQ", example = "FAQ") @QueryParam("category") String category,
            @Parameter(description = "Words to look for, in Arabic or English", example = "العضوية") @QueryParam("q")
            String words) {
        List<ArticleView> found = words != null && !words.isBlank() ? articles.search(words)
                : category != null ? articles.shelf(shelf(category)) : articles.published();
        return found.stream().filter(article -> category == null || article.category() == shelf(category))
                .map(Representations.Article::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One public article by its code")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Representations.Article.class)))
    @APIResponse(responseCode = "404", description = "No published public article with this code",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Representations.Problem.class)))
    public Representations.Article read(@PathParam("code") String code) {
        return articles.read(code).map(Representations.Article::of)
                .orElseThrow(() -> new DomainException("rule.article.notFound", code));
    }

    /** Breaks {@code rule.website.category}. */
    private static ArticleCategory shelf(String name) {
        return Arrays.stream(ArticleCategory.values())
                .filter(shelf -> shelf.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new DomainException("rule.website.category",
                        Arrays.stream(ArticleCategory.values()).map(Enum::name).toList().toString()));
    }
}
