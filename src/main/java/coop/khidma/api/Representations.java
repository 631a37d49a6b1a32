package coop.khidma.api;

import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.intake.boundary.WebsiteRequests;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.personaldata.PrivacyNotice;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.boundary.ExpectedDecision;
import coop.khidma.review.boundary.Reviews;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;

/**
 * The API's JSON documents, as the website sees them. They are the API's own contract, mapped from the boundaries'
 * records, so a change inside intake never silently changes what the website receives.
 */
public final class Representations {

    static final String PRIVACY_NOTICE_VERSION = "The version of the association's privacy notice (GET "
            + "/api/v1/privacy-notice) the person was shown before giving any personal data; it must be the version in "
            + "force, " + PrivacyNotice.VERSION + ". Recorded with the filing.";
    static final String PRIVACY_NOTICE_ACCEPTED = "true when the person accepted that privacy notice; nothing is filed "
            + "without it (missing or false: 422 with the field named).";

    private Representations() {
    }

    @Schema(name = "RequestType", description = "A request type the website may offer, with its intake checklist.")
    public record RequestType(
            @Schema(description = "Stable code to submit with a request", example = "CERTIFICATE") String code,
            @Schema(description = "Name in Arabic", example = "شهادة عضوية") String nameArabic,
            @Schema(description = "Name in English", example = "Membership certificate") String nameEnglish,
            @Schema(description = "Whether the research committee decides requests of this type") boolean needsCommittee,
            @Schema(description = "What the member will be asked for, in order") List<ChecklistItem> checklist) {

        static RequestType of(WebsiteRequests.TypeOffer offer) {
            return new RequestType(offer.code(), offer.nameArabic(), offer.nameEnglish(), offer.needsCommittee(),
                    offer.checklist().stream().map(item -> new ChecklistItem(item.code(), item.labelArabic(),
                            item.labelEnglish(), item.kind().name(), item.mandatory())).toList());
        }
    }

    @Schema(name = "ChecklistItem", description = "One line of a request type's checklist.")
    public record ChecklistItem(
            @Schema(example = "NATIONAL_ID_COPY") String code,
            @Schema(description = "Label in Arabic") String labelArabic,
            @Schema(description = "Label in English") String labelEnglish,
            @Schema(description = "DOCUMENT to bring, FIELD to give, or another kind", example = "DOCUMENT") String kind,
            boolean mandatory) {
    }

    @Schema(name = "ServiceRequestForm", description = "A member service request (any active type but the membership "
            + "application, which has its own form). An inquiry needs its question in details.")
    public record ServiceRequestForm(
            @Schema(required = true, description = "A request type code from GET /api/v1/request-types",
                    example = "CERTIFICATE") String type,
            @Schema(required = true, maxLength = 120, example = "سعيد بن علي القحطاني") String name,
            @Schema(required = true, description = "Saudi mobile; 05XXXXXXXX, +9665XXXXXXXX, Arabic-Indic digits accepted",
                    example = "0501234567") String mobile,
            @Schema(maxLength = 2000, description = "The request or question in the member's words") String details,
            @Schema(required = true, maxLength = PrivacyNotice.VERSION_MAX, description = PRIVACY_NOTICE_VERSION,
                    example = PrivacyNotice.VERSION) String privacyNoticeVersion,
            @Schema(required = true, description = PRIVACY_NOTICE_ACCEPTED, example = "true")
            Boolean privacyNoticeAccepted) {

        PrivacyNotice.Acceptance notice() {
            return new PrivacyNotice.Acceptance(privacyNoticeVersion, privacyNoticeAccepted);
        }
    }

    @Schema(name = "MembershipApplicationForm", description = "An application to join the General Assembly.")
    public record MembershipApplicationForm(
            @Schema(required = true, description = "National ID (starts with 1) or iqama (starts with 2), 10 digits",
                    example = "1000000008") String nationalId,
            @Schema(required = true, description = "Full name in Arabic letters", example = "سعيد بن علي القحطاني")
            String nameArabic,
            @Schema(required = true, description = "Full name in Latin letters, as in the passport",
                    example = "Saeed Ali Alqahtani") String nameLatin,
            @Schema(required = true, example = "0501234567") String mobile,
            @Schema(description = "Optional e-mail address", example = "saeed@example.com") String email,
            @Schema(required = true, example = "نجران") String city,
            @Schema(required = true, minimum = "1", example = "10") Integer shares,
            @Schema(required = true, maxLength = PrivacyNotice.VERSION_MAX, description = PRIVACY_NOTICE_VERSION,
                    example = PrivacyNotice.VERSION) String privacyNoticeVersion,
            @Schema(required = true, description = PRIVACY_NOTICE_ACCEPTED, example = "true")
            Boolean privacyNoticeAccepted,
            @Schema(description = "How the applicant wants to be told: SMS, EMAIL (needs the e-mail address) or "
                    + "LETTER (printed at the counter). Left out: e-mail when an address is given, else SMS.",
                    example = "SMS") String preferredChannel) {

        PrivacyNotice.Acceptance notice() {
            return new PrivacyNotice.Acceptance(privacyNoticeVersion, privacyNoticeAccepted);
        }

        KioskRequests.Application toApplication() {
            return new KioskRequests.Application(nationalId, nameArabic, nameLatin, mobile, email, city,
                    shares == null ? 0 : shares, channel(preferredChannel));
        }
    }

    /** A preferred channel by its name ({@code null} or blank: not chosen). Breaks {@code rule.channel.unknown}. */
    static MessageChannel channel(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(MessageChannel.values())
                .filter(channel -> channel.name().equals(name.strip().toUpperCase(java.util.Locale.ROOT)))
                .findFirst().orElseThrow(() -> new DomainException("rule.channel.unknown"));
    }

    @Schema(name = "PrivacyNotice", description = "The privacy notice in force: show it before asking for anything "
            + "personal, and send its version with the filing once accepted.")
    public record PrivacyNoticeText(
            @Schema(description = "The version to send as privacyNoticeVersion", example = PrivacyNotice.VERSION)
            String version,
            @Schema(description = "The notice in Arabic") String textArabic,
            @Schema(description = "The notice in English") String textEnglish) {
    }

    @Schema(name = "Acknowledgement", description = "The reference to follow the request up with, and when it was filed.")
    public record Acknowledgement(
            @Schema(example = "2026-000042") String reference,
            @Schema(description = "UTC instant, ISO-8601", example = "2026-11-25T10:15:30.123456Z") Instant submittedAt) {

        static Acknowledgement of(KioskRequests.Acknowledgement acknowledgement) {
            return new Acknowledgement(acknowledgement.reference(), acknowledgement.submittedAt());
        }
    }

    @Schema(name = "TrackingForm", description = "The reference and the mobile number given with the request.")
    public record TrackingForm(
            @Schema(required = true, example = "2026-000042") String reference,
            @Schema(required = true, example = "0501234567") String mobile) {
    }

    @Schema(name = "TrackingStatus", description = "Where a request stands; never the person's data.")
    public record TrackingStatus(
            @Schema(example = "2026-000042") String reference,
            @Schema(example = "CERTIFICATE") String type,
            @Schema(description = "SUBMITTED, IN_INTAKE, RETURNED, VERIFIED, WITH_COMMITTEE, BEING_SERVED, ACCEPTED, "
                    + "REJECTED, RESOLVED, COMPLETED or WITHDRAWN", example = "RETURNED") String status,
            Instant submittedAt,
            @Schema(description = "The level of the higher authority that holds it, when referred up",
                    example = "SUPERVISOR") String escalatedTo,
            @Schema(description = "What the member still has to bring") List<MissingItem> missing,
            @Schema(description = "When the research committee decides, for a request it decides and has not decided "
                    + "yet; absent otherwise") CommitteeDecision committeeDecision,
            @Schema(description = "When the higher authority answered the question the request was referred up with "
                    + "(never by whom); absent when it has not") ReferralAnswered referralAnswered) {

        /** The status as tracked, with the committee's window when the committee decides it (the kiosk's too). */
        static TrackingStatus of(KioskRequests.PublicStatus status, Reviews reviews) {
            return of(status, reviews.expectedDecision(status));
        }

        static TrackingStatus of(KioskRequests.PublicStatus status, Optional<ExpectedDecision> expected) {
            return new TrackingStatus(status.reference(), status.typeCode(), status.status().name(),
                    status.submittedAt(), status.escalatedTo().orElse(null), status.missing().stream()
                    .map(item -> new MissingItem(item.labelArabic(), item.labelEnglish(), item.reason())).toList(),
                    expected.map(CommitteeDecision::of).orElse(null),
                    status.referralAnsweredAt().map(ReferralAnswered::of).orElse(null));
        }
    }

    @Schema(name = "CommitteeDecision", description = "The research committee replies within a period of not less "
            + "than two weeks: not before earliest, no later than latest (Riyadh dates, each also in the Umm al-Qura "
            + "calendar), with the sentence the kiosk shows in each language.")
    public record CommitteeDecision(
            @Schema(description = "ON_AGENDA (the request's own window), PAUSED (the clock waits on the member: no "
                    + "dates) or IF_HANDED_OVER_TODAY (not with the committee yet: the window it would get today)",
                    example = "ON_AGENDA") String basis,
            @Schema(description = "Gregorian, ISO-8601; the first day the committee may decide", example = "2026-12-20")
            LocalDate earliest,
            @Schema(description = "Umm al-Qura, year-month-day", example = "1448-06-10") String earliestHijri,
            @Schema(description = "Gregorian, ISO-8601; the committee's reply comes no later than this day",
                    example = "2026-12-24") LocalDate latest,
            @Schema(description = "Umm al-Qura, year-month-day", example = "1448-06-14") String latestHijri,
            String textArabic,
            String textEnglish) {

        static CommitteeDecision of(ExpectedDecision expected) {
            return new CommitteeDecision(expected.basis().name(), expected.earliest(), hijri(expected.earliest()),
                    expected.latest(), hijri(expected.latest()), expected.sentence(Locales.ARABIC),
                    expected.sentence(Locales.ENGLISH));
        }

        private static String hijri(LocalDate day) {
            if (day == null) {
                return null;
            }
            HijrahDate hijri = HijrahDate.from(day);
            return String.format("%04d-%02d-%02d", hijri.get(ChronoField.YEAR), hijri.get(ChronoField.MONTH_OF_YEAR),
                    hijri.get(ChronoField.DAY_OF_MONTH));
        }
    }

    @Schema(name = "ReferralAnswered", description = "The higher authority answered; the answer itself went to the "
            + "member by the channel the request came by")
    public record ReferralAnswered(
            Instant answeredAt,
            @Schema(example = "٢٣ جمادى الآخرة ١٤٤٨ هـ — ٤ ديسمبر ٢٠٢٦ م") String dateArabic,
            @Schema(example = "23 Jumada al-Akhirah 1448 AH — 4 December 2026") String dateEnglish) {

        static ReferralAnswered of(Instant answeredAt) {
            LocalDate on = answeredAt.atZone(HijriDates.RIYADH).toLocalDate();
            return new ReferralAnswered(answeredAt, HijriDates.both(on, Locales.ARABIC),
                    HijriDates.both(on, Locales.ENGLISH));
        }
    }

    @Schema(name = "MissingItem")
    public record MissingItem(String labelArabic, String labelEnglish, String reason) {
    }

    @Schema(name = "CodeRatingForm", description = "A rating given with the one-time code of an invitation (sent after a "
            + "request was closed or a counter visit served): the code chooses the service, the rating keeps nothing of "
            + "it, the request or the person.")
    public record CodeRatingForm(
            @Schema(required = true, description = "The 8 digits of the invitation; spaces, dashes and Arabic-Indic "
                    + "digits accepted", example = "4821 0937") String code,
            @Schema(required = true, minimum = "1", maximum = "5", example = "5") Integer score,
            @Schema(maxLength = 1000, example = "أنهوا طلبي في يوم واحد") String comment) {
    }

    @Schema(name = "RatingForm", description = "A visitor's rating of a service (faces 1 to 5), anonymous; optionally a "
            + "comment, or a suggestion for improvement, and only if a reply is wanted, a name and mobile to call back.")
    public record RatingForm(
            @Schema(required = true, description = "RECEPTION, INQUIRY, MEMBERSHIP, SUPPORT, VOLUNTEERING or KIOSK",
                    example = "RECEPTION") String service,
            @Schema(required = true, minimum = "1", maximum = "5", example = "4") Integer score,
            @Schema(maxLength = 1000, description = "A comment, or with suggestion=true a suggestion",
                    example = "الاستقبال ممتاز ولكن الانتظار طويل") String comment,
            @Schema(description = "Whether the comment is a suggestion for improvement") boolean suggestion,
            @Schema(description = "Whether the visitor wants a reply (then replyName and replyMobile are required)")
            boolean wantsReply,
            @Schema(maxLength = 120, example = "سعيد") String replyName,
            @Schema(example = "0501234567") String replyMobile) {
    }

    @Schema(name = "SuggestionForm", description = "A suggestion for improvement without a rating, anonymous unless a "
            + "reply is wanted.")
    public record SuggestionForm(
            @Schema(required = true, description = "RECEPTION, INQUIRY, MEMBERSHIP, SUPPORT, VOLUNTEERING or KIOSK",
                    example = "SUPPORT") String service,
            @Schema(required = true, maxLength = 1000, example = "أقترح إتاحة تتبع الطلب برسالة نصية")
            String text,
            boolean wantsReply,
            @Schema(maxLength = 120) String replyName,
            @Schema(example = "0501234567") String replyMobile) {
    }

    @Schema(name = "Article", description = "A published public entry of the knowledge base (bylaws, policy guide, "
            + "frequent questions), in Arabic and English.")
    public record Article(
            @Schema(example = "FAQ_MEMBERSHIP") String code,
            @Schema(description = "BYLAWS, POLICY_GUIDE or FAQ", example = "FAQ") String category,
            String titleArabic, String titleEnglish, String bodyArabic, String bodyEnglish,
            @Schema(description = "UTC instant of the last change") Instant updatedAt) {

        static Article of(coop.khidma.knowledge.boundary.ArticleView view) {
            return new Article(view.code(), view.category().name(), view.titleArabic(), view.titleEnglish(),
                    view.bodyArabic(), view.bodyEnglish(), view.updatedAt());
        }
    }

    @Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
    public record Problem(
            @Schema(example = "urn:khidma:problem:validation") String type,
            @Schema(description = "In the language of Accept-Language") String title,
            @Schema(example = "422") int status,
            @Schema(description = "In the language of Accept-Language") String detail,
            @Schema(example = "/api/v1/requests") String instance,
            @Schema(description = "One entry per field with a broken rule") List<FieldError> errors) {
    }

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "mobile") String field,
                             @Schema(example = "رقم الجوال غير صحيح") String message) {
    }
}
