package coop.khidma.api;

import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.satisfaction.control.RatingCode;
import coop.khidma.support.Applications;
import coop.khidma.support.Deployments;
import coop.khidma.support.ItDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The website channel's API as the website sees it: the WAR as built on Payara Micro over MariaDB, spoken to over
 * HTTP only. Every request says it comes through the local reverse proxy from its own documentation address
 * ({@code X-Forwarded-For}), so the rate limit of one test never touches another's.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);
    private static final AtomicInteger PEOPLE = new AtomicInteger(1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Selenium's JSON reader, already on the test class path, reads the answers into maps and lists. */
    private static final Json JSON = new Json();

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    /** The application's base, reached over loopback as the reverse proxy would. */
    URI base;

    @BeforeEach
    void overLoopback() throws Exception {
        base = new URI("http", null, "127.0.0.1", deployed.getPort(), deployed.getPath(), null, null);
    }

    @Test
    void requestTypesComeWithTheirChecklistsInArabicAndEnglish() throws Exception {
        HttpResponse<String> response = send(get("api/v1/request-types"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        List<Map<String, Object>> types = list(response);
        assertThat(types).extracting(type -> type.get("code")).contains("MEMBERSHIP_APPLICATION", "CERTIFICATE");
        Map<String, Object> application = types.stream()
                .filter(type -> type.get("code").equals("MEMBERSHIP_APPLICATION")).findFirst().orElseThrow();
        assertThat(application).containsEntry("nameArabic", "طلب عضوية")
                .containsEntry("nameEnglish", "Membership application").containsEntry("needsCommittee", true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> checklist = (List<Map<String, Object>>) application.get("checklist");
        assertThat(checklist.get(0)).containsEntry("code", "NATIONAL_ID_COPY")
                .containsEntry("labelEnglish", "Copy of a valid national ID or iqama").containsEntry("mandatory", true)
                .containsKey("labelArabic").containsEntry("kind", "DOCUMENT");
    }

    @Test
    void theSmsDeliveryReportEndpointRefusesAGuessedSecret() throws Exception {
        assertThat(send(get("sms/reports")).statusCode()).as("the report servlet, not the console, answers")
                .isEqualTo(405);
        HttpResponse<String> report = send(post("sms/reports", "{\"id\":\"prov-1\",\"status\":\"DELIVERED\"}")
                .header("Authorization", "Bearer guessed-secret-000000"));
        assertThat(report.statusCode()).as("the test server's KHIDMA_SMS_REPORT_SECRET_FILE holds another")
                .isEqualTo(401);
    }

    @Test
    void aServiceRequestIsFiledThroughTheWebsiteChannelWithItsLocation() throws Exception {
        String name = person();
        HttpResponse<String> response = send(post("api/v1/requests", request("CERTIFICATE", name, "0501112233",
                "أحتاج شهادة عضوية")));

        assertThat(response.statusCode()).isEqualTo(201);
        Map<String, Object> acknowledgement = map(response);
        String reference = (String) acknowledgement.get("reference");
        assertThat(reference).matches("\\d{4}-\\d{6}");
        assertThat(acknowledgement).containsKey("submittedAt");
        assertThat(response.headers().firstValue("Location")).get().asString()
                .endsWith("/api/v1/requests/" + reference);
        assertThat(column("SELECT channel FROM service_request WHERE reference = ?", reference)).containsExactly("WEBSITE");

        HttpResponse<String> located = send(get(URI.create(response.headers().firstValue("Location").orElseThrow())
                .getPath().substring(base.getPath().length())).header("X-Mobile", "0501112233"));
        assertThat(located.statusCode()).isEqualTo(200);
        assertThat(map(located)).containsEntry("reference", reference).containsEntry("type", "CERTIFICATE")
                .containsEntry("status", "SUBMITTED");
    }

    @Test
    void aMembershipApplicationIsFiledWithItsDetails() throws Exception {
        String body = application(Applications.nationalId(770_001), "0507770001");

        HttpResponse<String> response = send(post("api/v1/applications", body));

        assertThat(response.statusCode()).isEqualTo(201);
        String reference = (String) map(response).get("reference");
        assertThat(column("SELECT CONCAT(channel, ' ', type_code, ' ', applicant_city) FROM service_request "
                + "WHERE reference = ?", reference)).containsExactly("WEBSITE MEMBERSHIP_APPLICATION نجران");

        assertThat(column("SELECT COALESCE(preferred_channel, 'none') FROM service_request WHERE reference = ?",
                reference)).containsExactly("none");

        // with an e-mail address the applicant may choose: here a letter printed at the counter, acknowledgement too
        Map<String, Object> withEmail = new java.util.HashMap<>(JSON.toType(application(
                Applications.nationalId(770_011), "0507770011"), Map.class));
        withEmail.put("email", "saeed.770011@example.com");
        withEmail.put("preferredChannel", "letter");
        HttpResponse<String> chosen = send(post("api/v1/applications", JSON.toJson(withEmail)));
        assertThat(chosen.statusCode()).isEqualTo(201);
        String chosenReference = (String) map(chosen).get("reference");
        assertThat(column("SELECT CONCAT(r.preferred_channel, ' ', m.channel) FROM service_request r JOIN message m "
                + "ON m.request_reference = r.reference WHERE r.reference = ?", chosenReference))
                .containsExactly("LETTER LETTER");

        Map<String, Object> emailWithoutAddress = new java.util.HashMap<>(JSON.toType(application(
                Applications.nationalId(770_012), "0507770012"), Map.class));
        emailWithoutAddress.put("preferredChannel", "EMAIL");
        HttpResponse<String> refused = send(post("api/v1/applications", JSON.toJson(emailWithoutAddress))
                .header("Accept-Language", "en"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(errors(map(refused))).extracting(error -> error.get("field")).containsExactly("preferredChannel");
        emailWithoutAddress.put("preferredChannel", "PIGEON");
        assertThat(errors(map(send(post("api/v1/applications", JSON.toJson(emailWithoutAddress))))))
                .extracting(error -> error.get("field")).containsExactly("preferredChannel");
    }

    @Test
    void brokenRulesAreProblemsWithFieldMessagesInArabicUnlessEnglishIsAskedFor() throws Exception {
        String badMobile = request("CERTIFICATE", person(), "12345", null);

        HttpResponse<String> arabic = send(post("api/v1/requests", badMobile));
        HttpResponse<String> english = send(post("api/v1/requests", badMobile).header("Accept-Language", "en-GB,en;q=0.8"));

        assertThat(arabic.statusCode()).isEqualTo(422);
        assertThat(arabic.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        Map<String, Object> problem = map(arabic);
        assertThat(problem).containsEntry("type", "urn:khidma:problem:validation").containsEntry("status", 422L)
                .containsEntry("title", "بعض البيانات غير صحيحة");
        assertThat((String) problem.get("instance")).endsWith("/api/v1/requests");
        assertThat(errors(problem)).containsExactly(Map.of("field", "mobile",
                "message", "رقم الجوال غير صحيح، يرجى إدخال رقم جوال سعودي من عشرة أرقام يبدأ بـ ٠٥."));
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.headers().firstValue("Content-Language")).contains("en");
        assertThat(errors(map(english))).containsExactly(Map.of("field", "mobile",
                "message", "This is not a valid Saudi mobile number. Please enter 10 digits starting with 05."));

        HttpResponse<String> badId = send(post("api/v1/applications", application("1234567890", "0507770002"))
                .header("Accept-Language", "en"));
        assertThat(badId.statusCode()).isEqualTo(422);
        assertThat(errors(map(badId))).extracting(error -> error.get("field")).containsExactly("nationalId");

        HttpResponse<String> noName = send(post("api/v1/requests", request("SUPPORT", " ", "0501112233", null))
                .header("Accept-Language", "fr, en;q=0.5"));
        assertThat(errors(map(noName))).containsExactly(Map.of("field", "name", "message", "Please enter your name."));
    }

    @Test
    void aFilingWithoutThePrivacyNoticeInForceAcceptedIs422NamingTheFieldAndTheFilingKeepsIt() throws Exception {
        HttpResponse<String> notice = send(get("api/v1/privacy-notice"));
        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(map(notice)).containsEntry("version", "2026-12");
        assertThat((String) map(notice).get("textEnglish")).contains("Personal Data Protection Law");
        assertThat((String) map(notice).get("textArabic")).contains("نظام حماية البيانات الشخصية");

        String name = person();
        String withoutConsent = JSON.toJson(Map.of("type", "CERTIFICATE", "name", name, "mobile", "0501119911"));
        HttpResponse<String> arabic = send(post("api/v1/requests", withoutConsent));
        HttpResponse<String> english = send(post("api/v1/requests", withoutConsent).header("Accept-Language", "en"));
        assertThat(arabic.statusCode()).isEqualTo(422);
        assertThat(map(arabic)).containsEntry("type", "urn:khidma:problem:validation");
        assertThat(errors(map(arabic))).containsExactly(Map.of("field", "privacyNoticeAccepted",
                "message", "يرجى قراءة إشعار الخصوصية والموافقة عليه؛ لا يُقدَّم أي طلب دون ذلك."));
        assertThat(errors(map(english))).containsExactly(Map.of("field", "privacyNoticeAccepted",
                "message", "Please read the privacy notice and accept it; nothing is filed without it."));

        HttpResponse<String> refused = send(post("api/v1/requests", JSON.toJson(Map.of("type", "CERTIFICATE",
                "name", name, "mobile", "0501119911", "privacyNoticeVersion", "2026-12",
                "privacyNoticeAccepted", false))).header("Accept-Language", "en"));
        assertThat(errors(map(refused))).extracting(error -> error.get("field")).containsExactly("privacyNoticeAccepted");
        HttpResponse<String> oldNotice = send(post("api/v1/applications", application(
                Applications.nationalId(770_004), "0507770004").replace("\"2026-12\"", "\"2025-01\""))
                .header("Accept-Language", "en"));
        assertThat(oldNotice.statusCode()).isEqualTo(422);
        assertThat(errors(map(oldNotice))).containsExactly(Map.of("field", "privacyNoticeVersion",
                "message", "The privacy notice accepted (version 2025-01) is not the current one (version 2026-12). "
                        + "Please show the current notice and ask again."));
        assertThat(column("SELECT reference FROM service_request WHERE requester_name = ?", name))
                .as("nothing filed").isEmpty();

        HttpResponse<String> filed = send(post("api/v1/requests", request("CERTIFICATE", name, "0501119911", null)));
        assertThat(filed.statusCode()).isEqualTo(201);
        assertThat(column("SELECT CONCAT(consent_notice_version, ' ', consent_channel, ' ', "
                + "consent_accepted_at = submitted_at) FROM service_request WHERE reference = ?",
                (String) map(filed).get("reference"))).containsExactly("2026-12 WEBSITE 1");
    }

    @Test
    void anUnknownTypeIs422AndUnreadableJsonIs400() throws Exception {
        HttpResponse<String> unknown = send(post("api/v1/requests", request("PARKING", person(), "0501112233", null))
                .header("Accept-Language", "en"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(map(unknown)).containsEntry("type", "urn:khidma:problem:unknown-type");
        assertThat(errors(map(unknown))).extracting(error -> error.get("field")).containsExactly("type");

        HttpResponse<String> wrongForm = send(post("api/v1/requests", request("MEMBERSHIP_APPLICATION", person(),
                "0501112233", null)));
        assertThat(wrongForm.statusCode()).isEqualTo(422);

        for (String malformed : new String[]{"{\"type\": \"CERTIFICATE\",", "[1, 2]", "{\"shares\": \"many\"}", ""}) {
            String path = malformed.contains("shares") ? "api/v1/applications" : "api/v1/requests";
            HttpResponse<String> response = send(post(path, malformed));
            assertThat(response.statusCode()).as(malformed).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(map(response)).containsEntry("type", "urn:khidma:problem:malformed-request");
        }

        HttpResponse<String> nowhere = send(get("api/v1/nowhere"));
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(map(nowhere)).containsEntry("status", 404L);
    }

    @Test
    void aRetriedPostWithTheSameKeyGetsTheFirstAnswerAndFilesOnce() throws Exception {
        String client = "2001:db8:1d::" + Integer.toHexString(CLIENTS.incrementAndGet());
        String name = person();
        String body = request("SUPPORT", name, "0503334455", "طلب دعم");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = sendFrom(client, post("api/v1/requests", body).header("Idempotency-Key", key));
        HttpResponse<String> retry = sendFrom(client, post("api/v1/requests", body.replace(",", " , "))
                .header("Idempotency-Key", key));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(column("SELECT reference FROM service_request WHERE requester_name = ?", name)).hasSize(1);

        HttpResponse<String> otherBody = sendFrom(client, post("api/v1/requests", request("SUPPORT", name, "0503334455", "آخر"))
                .header("Idempotency-Key", key).header("Accept-Language", "en"));
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(map(otherBody)).containsEntry("type", "urn:khidma:problem:idempotency-key-reused");
        assertThat(column("SELECT reference FROM service_request WHERE requester_name = ?", name)).hasSize(1);

        HttpResponse<String> otherEndpoint = sendFrom(client, post("api/v1/applications",
                application(Applications.nationalId(770_003), "0507770003")).header("Idempotency-Key", key));
        assertThat(otherEndpoint.statusCode()).isEqualTo(422);

        String raceKey = UUID.randomUUID().toString();
        String racer = person();
        String raceBody = request("SUPPORT", racer, "0503334466", null);
        List<CompletableFuture<HttpResponse<String>>> racing = List.of(
                sendAsyncFrom(client, post("api/v1/requests", raceBody).header("Idempotency-Key", raceKey)),
                sendAsyncFrom(client, post("api/v1/requests", raceBody).header("Idempotency-Key", raceKey)));
        assertThat(racing).extracting(future -> future.get().statusCode()).containsAnyOf(201).allMatch(
                status -> status == 201 || status == 409);
        assertThat(column("SELECT reference FROM service_request WHERE requester_name = ?", racer)).hasSize(1);

        HttpResponse<String> badKey = sendFrom(client, post("api/v1/requests", body).header("Idempotency-Key", "has spaces"));
        assertThat(badKey.statusCode()).isEqualTo(400);

        String afterFailure = UUID.randomUUID().toString();
        HttpResponse<String> refused = sendFrom(client, post("api/v1/requests", request("SUPPORT", person(), "bad", null))
                .header("Idempotency-Key", afterFailure));
        HttpResponse<String> corrected = sendFrom(client, post("api/v1/requests", request("SUPPORT", person(), "0503334455", null))
                .header("Idempotency-Key", afterFailure));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(corrected.statusCode()).as("a refused attempt does not use the key up").isEqualTo(201);

        // a key belongs to the client that sent it: another client's same key is its own, and learns nothing
        String stranger = person();
        HttpResponse<String> otherClient = send(post("api/v1/requests", request("SUPPORT", stranger, "0503334477",
                "طلب دعم")).header("Idempotency-Key", key));
        assertThat(otherClient.statusCode()).isEqualTo(201);
        assertThat(otherClient.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(otherClient.body()).isNotEqualTo(first.body());
        assertThat(column("SELECT reference FROM service_request WHERE requester_name = ?", stranger)).hasSize(1);
    }

    @Test
    void trackingTellsTheStatusToTheRightPairAndNothingToAnyoneElse() throws Exception {
        String mine = person();
        String theirs = person();
        String myReference = (String) map(send(post("api/v1/requests",
                request("CERTIFICATE", mine, "0505550001", null)))).get("reference");
        String theirReference = (String) map(send(post("api/v1/requests",
                request("COMPLAINT", theirs, "0505550002", "شكوى خاصة")))).get("reference");

        HttpResponse<String> own = send(post("api/v1/tracking", tracking(myReference, "+966 50 555 0001")));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(map(own)).containsEntry("reference", myReference).containsEntry("status", "SUBMITTED")
                .as("the committee does not decide a certificate").doesNotContainKey("committeeDecision");
        assertThat(own.body()).doesNotContain(mine, "0505550001", "+966505550001");

        // a request the committee decides: the same window as the kiosk's, not less than two weeks, in both calendars
        String support = (String) map(send(post("api/v1/requests",
                request("SUPPORT", mine, "0505550001", "طلب دعم لتجديد الترخيص")))).get("reference");
        @SuppressWarnings("unchecked")
        Map<String, Object> committee = (Map<String, Object>) map(send(post("api/v1/tracking",
                tracking(support, "0505550001")))).get("committeeDecision");
        LocalDate earliest = LocalDate.parse((String) committee.get("earliest"));
        LocalDate latest = LocalDate.parse((String) committee.get("latest"));
        assertThat(committee).containsEntry("basis", "IF_HANDED_OVER_TODAY");
        assertThat(latest).isAfterOrEqualTo(earliest);
        assertThat((String) committee.get("earliestHijri")).matches("14\\d\\d-\\d\\d-\\d\\d");
        assertThat((String) committee.get("textEnglish")).contains("not less than two weeks")
                .contains(HijriDates.both(earliest, Locale.ENGLISH)).contains(HijriDates.both(latest, Locale.ENGLISH));
        assertThat((String) committee.get("textArabic")).contains("لا تقل عن أسبوعين")
                .contains(HijriDates.both(earliest, Locales.ARABIC));

        HttpResponse<String> theirsWithMyMobile = send(post("api/v1/tracking", tracking(theirReference, "0505550001"))
                .header("Accept-Language", "en"));
        HttpResponse<String> noSuchReference = send(post("api/v1/tracking", tracking("2026-999999", "0505550001"))
                .header("Accept-Language", "en"));
        assertThat(theirsWithMyMobile.statusCode()).isEqualTo(404);
        assertThat(theirsWithMyMobile.body()).isEqualTo(noSuchReference.body())
                .doesNotContain(theirs, "COMPLAINT", "0505550002", theirReference);
        assertThat(map(theirsWithMyMobile)).containsEntry("type", "urn:khidma:problem:not-found")
                .doesNotContainKey("errors");

        HttpResponse<String> locatedWithWrongMobile = send(get("api/v1/requests/" + theirReference)
                .header("X-Mobile", "0505550001"));
        assertThat(locatedWithWrongMobile.statusCode()).isEqualTo(404);
        assertThat(locatedWithWrongMobile.body()).doesNotContain(theirs, "COMPLAINT");
    }

    @Test
    void aBurstBeyondTheLimitIsRefusedWith429AndRetryAfterForThatClientOnly() throws Exception {
        String client = "2001:db8:ffff::" + Integer.toHexString(CLIENTS.incrementAndGet());
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> refused = null;
        // the bucket holds a minute's requests and refills while the burst runs: go on until refused, within bounds
        for (int i = 0; i < 300 && refused == null; i++) {
            HttpResponse<String> response = HTTP.send(get("api/v1/request-types").header("X-Forwarded-For", client)
                    .build(), HttpResponse.BodyHandlers.ofString());
            statuses.add(response.statusCode());
            refused = response.statusCode() == 429 ? response : null;
        }

        assertThat(refused).as("one of %s requests refused", statuses.size()).isNotNull();
        assertThat(statuses.subList(0, statuses.size() - 1)).containsOnly(200);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(map(refused)).containsEntry("type", "urn:khidma:problem:too-many-requests")
                .containsEntry("status", 429L);
        assertThat(send(get("api/v1/request-types")).statusCode()).as("another client").isEqualTo(200);
    }

    @Test
    void aRatingIsStoredAnonymouslyFromTheWebsiteOncePerAddressAndItsMistakesAreNamedByField() throws Exception {
        String client = "2001:db8:aaaa::" + Integer.toHexString(CLIENTS.incrementAndGet());
        String comment = "تجربة الموقع " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> rated = HTTP.send(post("api/v1/ratings", JSON.toJson(Map.of("service", "reception",
                "score", 4, "comment", comment))).header("X-Forwarded-For", client).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(rated.statusCode()).isEqualTo(204);
        assertThat(column("SELECT CONCAT(service, ' ', channel, ' ', score) FROM rating WHERE comment = ?", comment))
                .containsExactly("RECEPTION WEBSITE 4");

        HttpResponse<String> again = HTTP.send(post("api/v1/ratings", JSON.toJson(Map.of("service", "KIOSK",
                "score", 5))).header("X-Forwarded-For", client).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(again.headers().firstValue("Retry-After")).contains("120");
        assertThat(map(again)).containsEntry("type", "urn:khidma:problem:too-many-requests");

        HttpResponse<String> noScore = send(post("api/v1/ratings", JSON.toJson(Map.of("service", "RECEPTION")))
                .header("Accept-Language", "en"));
        assertThat(noScore.statusCode()).isEqualTo(422);
        assertThat(errors(map(noScore))).containsExactly(Map.of("field", "score",
                "message", "Choose one face, from 1 to 5."));
        HttpResponse<String> unknownService = send(post("api/v1/ratings", JSON.toJson(Map.of("service", "PARKING",
                "score", 3))));
        assertThat(errors(map(unknownService))).extracting(error -> error.get("field")).containsExactly("service");
        assertThat((String) errors(map(unknownService)).get(0).get("message")).startsWith("لا توجد خدمة بهذا الاسم");
        HttpResponse<String> replyWithoutMobile = send(post("api/v1/ratings", JSON.toJson(Map.of("service",
                "SUPPORT", "score", 2, "comment", "أرجو الاتصال بي", "wantsReply", true, "replyName", "سعيد")))
                .header("Accept-Language", "en"));
        assertThat(replyWithoutMobile.statusCode()).isEqualTo(422);
        assertThat(errors(map(replyWithoutMobile))).extracting(error -> error.get("field"))
                .containsExactly("replyMobile");
    }

    @Test
    void aCodeFromAnInvitationRatesItsServiceOnceFromTheWebsiteAndAWrongOneIsNamedAsTheCodeField() throws Exception {
        String code = String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
        try (Connection connection = ItDatabase.database().connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO rating_invitation (code_hash, service, "
                     + "channel, expires_on) VALUES (?, 'VOLUNTEERING', 'COUNTER', DATE_ADD(CURDATE(), INTERVAL 3 DAY))")) {
            insert.setString(1, RatingCode.hash(code));
            insert.executeUpdate();
        }
        String comment = "رمز التقييم " + code;
        String arabicIndic = code.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '٠')))
                .collect(java.util.stream.Collectors.joining());
        String client = "2001:db8:cccc::" + Integer.toHexString(CLIENTS.incrementAndGet());

        HttpResponse<String> rated = HTTP.send(post("api/v1/ratings/with-code", JSON.toJson(Map.of("code",
                arabicIndic.substring(0, 4) + " " + arabicIndic.substring(4), "score", 5, "comment", comment)))
                .header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rated.statusCode()).isEqualTo(204);
        assertThat(column("SELECT CONCAT(service, ' ', channel, ' ', score) FROM rating WHERE comment = ?", comment))
                .as("the code's service and channel, not the website's").containsExactly("VOLUNTEERING COUNTER 5");

        HttpResponse<String> twice = HTTP.send(post("api/v1/ratings/with-code", JSON.toJson(Map.of("code", code,
                "score", 1))).header("X-Forwarded-For", client).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(errors(map(twice))).containsExactly(Map.of("field", "code",
                "message", "This code is not valid: it may be mistyped, used already or expired."));
        HttpResponse<String> guessed = HTTP.send(post("api/v1/ratings/with-code", JSON.toJson(Map.of("code",
                "12345678", "score", 3))).header("X-Forwarded-For", client).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(guessed.statusCode()).isEqualTo(422);
        assertThat((String) errors(map(guessed)).get(0).get("message")).startsWith("هذا الرمز غير صالح");
        HttpResponse<String> noScore = HTTP.send(post("api/v1/ratings/with-code", JSON.toJson(Map.of("code", code)))
                .header("X-Forwarded-For", client).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(errors(map(noScore))).extracting(error -> error.get("field")).containsExactly("code");
        assertThat(column("SELECT COUNT(*) FROM rating WHERE comment = ?", comment)).containsExactly("1");
    }

    @Test
    void aSuggestionWithoutARatingGoesToTheImprovementsAndItsReplyContactIsKeptApart() throws Exception {
        String text = "أقترح تتبع الطلب برسالة نصية " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> suggested = send(post("api/v1/suggestions", JSON.toJson(Map.of("service", "SUPPORT",
                "text", text, "wantsReply", true, "replyName", "سعيد", "replyMobile", "٠٥٠١٢٣٤٥٦٧"))));

        assertThat(suggested.statusCode()).isEqualTo(204);
        assertThat(column("SELECT CONCAT(service, ' ', status) FROM suggestion WHERE text = ?", text))
                .containsExactly("SUPPORT RECEIVED");
        assertThat(column("SELECT CONCAT(r.mobile, ' ', r.name) FROM reply_request r JOIN suggestion s "
                + "ON s.id = r.suggestion_id WHERE s.text = ?", text)).containsExactly("+966501234567 سعيد");
        assertThat(column("SELECT a.actor FROM audit_entry a JOIN suggestion s ON a.subject = CONCAT('suggestion/', s.id) "
                + "WHERE s.text = ?", text)).containsOnly("website");

        HttpResponse<String> empty = send(post("api/v1/suggestions", JSON.toJson(Map.of("service", "SUPPORT",
                "text", " "))).header("Accept-Language", "en"));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(errors(map(empty))).extracting(error -> error.get("field")).containsExactly("text");
        assertThat((String) errors(map(empty)).get(0).get("message")).startsWith("Write your suggestion");
    }

    @Test
    void theKnowledgeBaseListsPublishedPublicArticlesInBothLanguagesAndHidesTheRest() throws Exception {
        HttpResponse<String> all = send(get("api/v1/articles"));

        assertThat(all.statusCode()).isEqualTo(200);
        List<Map<String, Object>> articles = list(all);
        assertThat(articles).extracting(article -> article.get("code"))
                .contains("BYLAWS_ROLE", "GUIDE_STEPS", "FAQ_APPLY").doesNotContain("GUIDE_TOOLS");
        assertThat(articles).allSatisfy(article -> assertThat(article)
                .containsKeys("titleArabic", "titleEnglish", "bodyArabic", "bodyEnglish", "category"));

        List<Map<String, Object>> faq = list(send(get("api/v1/articles?category=faq")));
        assertThat(faq).isNotEmpty().extracting(article -> article.get("category")).containsOnly("FAQ");
        List<Map<String, Object>> found = list(send(get("api/v1/articles?q=" + java.net.URLEncoder.encode("التطوع",
                java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(found).extracting(article -> article.get("code")).contains("FAQ_VOLUNTEER");

        HttpResponse<String> one = send(get("api/v1/articles/FAQ_APPLY"));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(map(one)).containsEntry("code", "FAQ_APPLY").containsEntry("category", "FAQ");
        HttpResponse<String> staffOnly = send(get("api/v1/articles/GUIDE_TOOLS").header("Accept-Language", "en"));
        HttpResponse<String> none = send(get("api/v1/articles/NO_SUCH").header("Accept-Language", "en"));
        assertThat(staffOnly.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(map(staffOnly)).containsEntry("type", "urn:khidma:problem:not-found");
        assertThat(staffOnly.body()).doesNotContain("tools", "أدوات");

        HttpResponse<String> badShelf = send(get("api/v1/articles?category=RECIPES").header("Accept-Language", "en"));
        assertThat(badShelf.statusCode()).isEqualTo(422);
        assertThat(errors(map(badShelf))).containsExactly(Map.of("field", "category",
                "message", "There is no shelf of that name. Choose one of [BYLAWS, POLICY_GUIDE, FAQ]."));
    }

    @Test
    void fractionsTwiceGivenKeysAndHiddenCharactersAreRefusedAtTheirFieldAndNothingIsStored() throws Exception {
        String nationalId = Applications.nationalId(770_021);
        HttpResponse<String> halfShares = send(post("api/v1/applications",
                application(nationalId, "0507770021").replaceAll("\"shares\"\\s*:\\s*10", "\"shares\": 10.5"))
                .header("Accept-Language", "en"));
        assertThat(halfShares.statusCode()).isEqualTo(400);
        assertThat(map(halfShares)).containsEntry("type", "urn:khidma:problem:malformed-request");
        assertThat(halfShares.body()).contains("\"field\":\"shares\"").contains("whole number");
        assertThat(column("SELECT reference FROM service_request WHERE applicant_national_id = ?", nationalId))
                .isEmpty();

        HttpResponse<String> halfScore = send(post("api/v1/ratings", "{\"service\":\"RECEPTION\",\"score\":3.5}"));
        assertThat(halfScore.statusCode()).isEqualTo(400);
        assertThat(halfScore.body()).contains("\"field\":\"score\"");
        assertThat((String) map(halfScore).get("detail")).contains("عددًا صحيحًا");

        String name = person();
        HttpResponse<String> twice = send(post("api/v1/requests", "{\"type\":\"CERTIFICATE\",\"name\":\"" + name
                + "\",\"mobile\":\"0501112299\",\"name\":\"admin\"}"));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"field\":\"name\"");

        for (String hostile : List.of(name + "\u202E", name + "\u0000", name + "\n" + name, name + "\u2066")) {
            HttpResponse<String> refused = send(post("api/v1/requests", request("CERTIFICATE", hostile, "0501112299",
                    "أحتاج شهادة")).header("Accept-Language", "en"));
            assertThat(refused.statusCode()).as(hostile).isEqualTo(422);
            assertThat(map(refused)).containsEntry("type", "urn:khidma:problem:validation");
            assertThat(refused.body()).contains("\"field\":\"name\"");
        }
        assertThat(column("SELECT reference FROM service_request WHERE requester_name LIKE ?", name + "%"))
                .as("nothing stored").isEmpty();
    }

    @Test
    void aBodyOverSixtyFourKilobytesIsRefusedWith413BeforeAnythingReadsIt() throws Exception {
        String big = request("CERTIFICATE", person(), "0551234567", "س".repeat(40_000)); // 80 000 bytes of UTF-8
        HttpResponse<String> declared = send(post("api/v1/requests", big).header("Accept-Language", "en"));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(map(declared)).containsEntry("type", "urn:khidma:problem:payload-too-large")
                .containsEntry("title", "The request is too large");

        // the same body in chunks, without a length: read only up to the limit
        HttpRequest.Builder chunked = HttpRequest.newBuilder(base.resolve("api/v1/requests"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        HttpResponse<String> streamed = send(chunked);
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(map(streamed)).containsEntry("title", "الطلب أكبر من المسموح");

        String fits = request("CERTIFICATE", person(), "0551234567", "أحتاج شهادة عضوية");
        HttpRequest.Builder smallChunked = HttpRequest.newBuilder(base.resolve("api/v1/requests"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(fits.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(send(smallChunked).statusCode()).as("a small body in chunks is read as usual").isEqualTo(201);
    }

    @Test
    void theBylawsAreThePdfTheAssociationUploadedOrAnHonest404() throws Exception {
        update("DELETE FROM bylaws_document");
        HttpResponse<String> none = send(HttpRequest.newBuilder(base.resolve("api/v1/bylaws"))
                .header("Accept", "application/pdf").header("Accept-Language", "en"));
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(map(none)).containsEntry("type", "urn:khidma:problem:not-found")
                .containsEntry("detail", "The association's bylaws document has not been published yet.");

        byte[] pdf = "%PDF-1.4\n% the association's bylaws\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (Connection connection = ItDatabase.database().connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bylaws_document (edition, file_name, "
                     + "content, size_bytes, sha256, uploaded_by, uploaded_at) VALUES (4, 'bylaws.pdf', ?, ?, "
                     + "REPEAT('0', 64), 'admin', '2026-06-01 07:30:00')")) {
            insert.setBytes(1, pdf);
            insert.setInt(2, pdf.length);
            insert.executeUpdate();
        }
        HttpResponse<byte[]> bylaws = HTTP.send(HttpRequest.newBuilder(base.resolve("api/v1/bylaws"))
                .header("Accept", "application/pdf").header("X-Forwarded-For", "2001:db8::b1")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bylaws.statusCode()).isEqualTo(200);
        assertThat(bylaws.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(bylaws.headers().firstValue("Content-Disposition"))
                .contains("inline; filename=\"bylaws-edition-4.pdf\"");
        assertThat(bylaws.headers().firstValue("X-Bylaws-Edition")).contains("4");
        assertThat(bylaws.body()).isEqualTo(pdf);
    }

    @Test
    void theOpenApiDocumentListsTheApiAndTheDatabaseIsReady() throws Exception {
        HttpResponse<String> openApi = HTTP.send(HttpRequest.newBuilder(base.resolve("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/v1/request-types", "/v1/privacy-notice", "/v1/requests", "/v1/applications", "/v1/tracking",
                "/v1/ratings", "/v1/suggestions", "/v1/articles", "Idempotency-Key", "urn:khidma:problem:validation",
                "Khidma website channel API", "rating with a suggestion", "suggestion with a reply", "unknown shelf",
                "rated moments ago", "/v1/ratings/with-code", "CodeRatingForm", "wrong code");
        Map<?, ?> document = JSON.toType(openApi.body(), Map.class);
        Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) document.get("components")).get("schemas");
        for (String form : List.of("ServiceRequestForm", "MembershipApplicationForm")) {
            assertThat(((List<?>) ((Map<?, ?>) schemas.get(form)).get("required")).stream().map(String::valueOf))
                    .as(form).contains("privacyNoticeVersion", "privacyNoticeAccepted");
        }
        assertThat(openApi.body()).contains("privacy notice not accepted", "2026-12");

        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("UP").doesNotContain("DOWN");

        HttpResponse<String> live = HTTP.send(HttpRequest.newBuilder(base.resolve("/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(live.statusCode()).isEqualTo(200);

        // MicroProfile Metrics for administrators on the host (the nginx example keeps /metrics off the internet)
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }

    @Test
    void theOpenApiDocumentIsOneALinterAccepts() throws Exception {
        HttpResponse<String> openApi = HTTP.send(HttpRequest.newBuilder(base.resolve("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), openApi.body());
        Map<?, ?> document = JSON.toType(openApi.body(), Map.class);

        assertThat(OpenApiFindings.of(document)).as("what Redocly's recommended rules report as errors").isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    @Test
    void tenConcurrentPostsWithOneKeyFromOneClientFileExactlyOneRequest() throws Exception {
        String client = "2001:db8:1d::" + Integer.toHexString(CLIENTS.incrementAndGet());
        String name = person();
        String body = request("SUPPORT", name, "0503334499", "نقرتان على زر الإرسال");
        String key = UUID.randomUUID().toString();

        List<CompletableFuture<HttpResponse<String>>> taps = new ArrayList<>();
        for (int tap = 0; tap < 10; tap++) {
            taps.add(sendAsyncFrom(client, post("api/v1/requests", body).header("Idempotency-Key", key)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> tap : taps) {
            statuses.add(tap.get(2, TimeUnit.MINUTES).statusCode());
        }

        assertThat(statuses).hasSize(10).contains(201).allMatch(status -> status == 201 || status == 409);
        assertThat(column("SELECT reference FROM service_request WHERE requester_name = ?", name)).hasSize(1);
        HttpResponse<String> afterwards = sendFrom(client, post("api/v1/requests", body).header("Idempotency-Key", key));
        assertThat(afterwards.statusCode()).isEqualTo(201);
        assertThat(afterwards.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(column("SELECT reference FROM service_request WHERE requester_name = ?", name)).hasSize(1);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** Sent from a client address of its own, through the local proxy. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String client = "2001:db8::" + Integer.toHexString(CLIENTS.incrementAndGet());
        return HTTP.send(request.header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sent from the given client address (a retry comes from the client that sent the first attempt). */
    private static HttpResponse<String> sendFrom(String client, HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static CompletableFuture<HttpResponse<String>> sendAsyncFrom(String client, HttpRequest.Builder request) {
        return HTTP.sendAsync(request.header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        String client = "2001:db8::" + Integer.toHexString(CLIENTS.incrementAndGet());
        return HTTP.sendAsync(request.header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String person() {
        return "عضو الموقع " + UUID.randomUUID().toString().substring(0, 8) + " " + PEOPLE.incrementAndGet();
    }

    private static String request(String type, String name, String mobile, String details) {
        return JSON.toJson(details == null ? Map.of("type", type, "name", name, "mobile", mobile,
                "privacyNoticeVersion", "2026-12", "privacyNoticeAccepted", true)
                : Map.of("type", type, "name", name, "mobile", mobile, "details", details,
                "privacyNoticeVersion", "2026-12", "privacyNoticeAccepted", true));
    }

    private static String application(String nationalId, String mobile) {
        return JSON.toJson(Map.of("nationalId", nationalId, "nameArabic", "سعيد بن علي القحطاني",
                "nameLatin", "Saeed Ali Alqahtani", "mobile", mobile, "city", "نجران", "shares", 10,
                "privacyNoticeVersion", "2026-12", "privacyNoticeAccepted", true));
    }

    private static String tracking(String reference, String mobile) {
        return JSON.toJson(Map.of("reference", reference, "mobile", mobile));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(HttpResponse<String> response) {
        return JSON.toType(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(HttpResponse<String> response) {
        return JSON.toType(response.body(), List.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Map<String, Object> problem) {
        return (List<Map<String, Object>>) problem.get("errors");
    }

    private static void update(String sql) throws Exception {
        try (Connection connection = ItDatabase.database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static List<String> column(String sql, String parameter) throws Exception {
        try (Connection connection = ItDatabase.database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
