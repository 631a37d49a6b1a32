package coop.khidma.api.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which field of a website form a broken rule is about, so the website can show each message beside its field. The
 * rules are named by their keys ({@code rule.mobile.invalid} …); the form's field names are the API's JSON
 * properties. A membership application's requester name is its Arabic name.
 */
public final class FieldErrors {

    /** The service request form: {@code type, name, mobile, details, privacyNoticeVersion, privacyNoticeAccepted}. */
    public static final FieldErrors REQUEST = new FieldErrors(Map.of(
            "rule.request.unknownType", "type",
            "rule.request.typeRetired", "type",
            "rule.request.wrongType", "type",
            "rule.name.", "name",
            "rule.mobile.", "mobile",
            "rule.question.", "details",
            "rule.consent.required", "privacyNoticeAccepted",
            "rule.consent.", "privacyNoticeVersion"));

    /** The membership application form. */
    public static final FieldErrors APPLICATION = new FieldErrors(Map.ofEntries(
            Map.entry("rule.nationalId.", "nationalId"),
            Map.entry("rule.member.arabicName", "nameArabic"),
            Map.entry("rule.name.", "nameArabic"),
            Map.entry("rule.member.latinName", "nameLatin"),
            Map.entry("rule.member.latinNameTooLong", "nameLatin"),
            Map.entry("rule.member.city", "city"),
            Map.entry("rule.member.shares", "shares"),
            Map.entry("rule.email.", "email"),
            Map.entry("rule.mobile.", "mobile"),
            Map.entry("rule.consent.required", "privacyNoticeAccepted"),
            Map.entry("rule.consent.", "privacyNoticeVersion"),
            Map.entry("rule.channel.", "preferredChannel")));

    /** The tracking form: {@code reference, mobile}. */
    public static final FieldErrors TRACKING = new FieldErrors(Map.of("rule.mobile.", "mobile"));

    /** The rating form: {@code service, score, comment, suggestion, wantsReply, replyName, replyMobile}. */
    public static final FieldErrors RATING = new FieldErrors(Map.of(
            "rule.website.service", "service",
            "rule.rating.score", "score",
            "rule.rating.commentTooLong", "comment",
            "rule.suggestion.text", "comment",
            "rule.reply.message", "comment",
            "rule.name.", "replyName",
            "rule.mobile.", "replyMobile"));

    /** The rating with a code: {@code code, score, comment}. */
    public static final FieldErrors CODE_RATING = new FieldErrors(Map.of(
            "rule.ratingCode.wrong", "code",
            "rule.rating.score", "score",
            "rule.rating.commentTooLong", "comment"));

    /** The suggestion form: {@code service, text, wantsReply, replyName, replyMobile}. */
    public static final FieldErrors SUGGESTION = new FieldErrors(Map.of(
            "rule.website.service", "service",
            "rule.suggestion.text", "text",
            "rule.reply.message", "text",
            "rule.name.", "replyName",
            "rule.mobile.", "replyMobile"));

    /** The knowledge base's query: {@code category, q}. */
    public static final FieldErrors ARTICLES = new FieldErrors(Map.of("rule.website.category", "category"));

    private final Map<String, String> fieldByKey;

    private FieldErrors(Map<String, String> fieldByKey) {
        this.fieldByKey = new LinkedHashMap<>(fieldByKey);
    }

    /** The field a rule key is about: an exact key first, then a prefix ending in a dot. */
    public Optional<String> fieldOf(String ruleKey) {
        if (ruleKey == null) {
            return Optional.empty();
        }
        if (fieldByKey.containsKey(ruleKey)) {
            return Optional.of(fieldByKey.get(ruleKey));
        }
        return fieldByKey.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(".") && ruleKey.startsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }
}
