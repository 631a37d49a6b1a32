package coop.khidma.satisfaction.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.HiddenCharacters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A visitor's suggestion for improving a service, anonymous like a rating. Staff study it; the supervisor or the
 * director adopts it (it becomes a public improvement: what was suggested, in staff's words, and what was done) or
 * declines it with a public answer. The visitor's own text is never shown publicly: it may hold personal details.
 */
@Entity
@Table(name = "suggestion")
public class Suggestion {

    public static final String SUBJECT_TYPE = "SUGGESTION";
    public static final int TEXT_MAX = 1000;
    public static final int SUMMARY_MAX = 300;
    public static final int ANSWER_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private RatedService service;

    @Column(nullable = false, updatable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SuggestionStatus status;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "summary_ar", length = SUMMARY_MAX)
    private String summaryArabic;

    @Column(name = "summary_en", length = SUMMARY_MAX)
    private String summaryEnglish;

    @Column(name = "answer_ar", length = ANSWER_MAX)
    private String answerArabic;

    @Column(name = "answer_en", length = ANSWER_MAX)
    private String answerEnglish;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Suggestion() {
        // for the persistence provider only
    }

    /** Breaks {@code rule.suggestion.text}. */
    public Suggestion(RatedService service, String text, LocalDate receivedOn) {
        this.service = Objects.requireNonNull(service, "service");
        this.text = required(text, TEXT_MAX, "rule.suggestion.text");
        this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
        this.status = SuggestionStatus.RECEIVED;
    }

    /** The audit fact of its arrival: no text (it may be personal), only the service. */
    public Change received(Instant at) {
        return received(Change.KIOSK, at);
    }

    /** The audit fact of a suggestion that came by a channel other than the kiosk ({@code by} names the channel). */
    public Change received(String by, Instant at) {
        return Change.of(SUBJECT_TYPE, subject(), "suggest", null, status, by, at, service.name());
    }

    /** Staff take it up. Breaks {@code rule.suggestion.notReceived}. */
    public Change study(String by, Instant at) {
        if (status != SuggestionStatus.RECEIVED) {
            throw new DomainException("rule.suggestion.notReceived");
        }
        return move(SuggestionStatus.STUDYING, "study", by, at, null);
    }

    /**
     * It becomes an improvement: what was suggested and what was done, both in Arabic and English, for everyone to
     * read. Breaks {@code rule.suggestion.closed}, {@code rule.suggestion.summary} or {@code rule.suggestion.answer}.
     */
    public Change adopt(String youSaidArabic, String youSaidEnglish, String weDidArabic, String weDidEnglish,
                        String by, Instant at) {
        checkOpen();
        String saidArabic = required(youSaidArabic, SUMMARY_MAX, "rule.suggestion.summary");
        String saidEnglish = required(youSaidEnglish, SUMMARY_MAX, "rule.suggestion.summary");
        answer(weDidArabic, weDidEnglish);
        summaryArabic = saidArabic;
        summaryEnglish = saidEnglish;
        return move(SuggestionStatus.ADOPTED, "adopt", by, at, summaryEnglish);
    }

    /** Not taken up, with the reason as a public answer. Breaks {@code rule.suggestion.closed} or {@code rule.suggestion.answer}. */
    public Change decline(String reasonArabic, String reasonEnglish, String by, Instant at) {
        checkOpen();
        answer(reasonArabic, reasonEnglish);
        return move(SuggestionStatus.DECLINED, "decline", by, at, answerEnglish);
    }

    private void answer(String arabic, String english) {
        String checkedArabic = required(arabic, ANSWER_MAX, "rule.suggestion.answer");
        answerEnglish = required(english, ANSWER_MAX, "rule.suggestion.answer");
        answerArabic = checkedArabic;
    }

    private void checkOpen() {
        if (!status.isOpen()) {
            throw new DomainException("rule.suggestion.closed");
        }
    }

    private Change move(SuggestionStatus next, String action, String by, Instant at, String detail) {
        SuggestionStatus before = status;
        status = next;
        if (!next.isOpen()) {
            decidedBy = Objects.requireNonNull(by);
            decidedAt = Objects.requireNonNull(at);
        }
        return Change.of(SUBJECT_TYPE, subject(), action, before, next, by, at, detail);
    }

    static String required(String text, int max, String rule) {
        String trimmed = text == null ? "" : text.strip();
        if (HiddenCharacters.invisible(trimmed) || trimmed.length() > max) {
            throw new DomainException(rule, max);
        }
        return trimmed;
    }

    public String subject() {
        return "suggestion/" + id;
    }

    public Long id() { return id; }
    public RatedService service() { return service; }
    public String text() { return text; }
    public SuggestionStatus status() { return status; }
    public LocalDate receivedOn() { return receivedOn; }
    public String summaryArabic() { return summaryArabic; }
    public String summaryEnglish() { return summaryEnglish; }
    public String answerArabic() { return answerArabic; }
    public String answerEnglish() { return answerEnglish; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public long version() { return version; }
}
