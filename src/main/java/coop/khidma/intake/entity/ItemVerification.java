package coop.khidma.intake.entity;

import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One checklist item of one request and where it stands: pending, provided, verified (by whom, when and how) or
 * missing (with the reason). A copy of the type's item taken when the request was filed. Part of the
 * {@link ServiceRequest} aggregate: it changes only through the request's verbs. Serves policy item 2.
 */
@Entity
@Table(name = "request_item")
public class ItemVerification {

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ServiceRequest request;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "item_code", nullable = false, updatable = false, length = 40)
    private String itemCode;

    @Column(name = "label_ar", nullable = false, updatable = false, length = ChecklistItem.LABEL_MAX)
    private String labelArabic;

    @Column(name = "label_en", nullable = false, updatable = false, length = ChecklistItem.LABEL_MAX)
    private String labelEnglish;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ItemKind kind;

    @Column(nullable = false, updatable = false)
    private boolean mandatory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemState state;

    /** What the member gave: the value of a field, a description of a document. */
    @Column(length = NOTE_MAX)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private VerificationMethod method;

    @Column(name = "verified_by", length = 60)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "missing_reason", length = NOTE_MAX)
    private String missingReason;

    @Column(name = "changed_by", length = 60)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ItemVerification() {
        // for the persistence provider only
    }

    ItemVerification(ServiceRequest request, int position, ChecklistItem item) {
        this.request = request;
        this.position = position;
        this.itemCode = item.code();
        this.labelArabic = item.labelArabic();
        this.labelEnglish = item.labelEnglish();
        this.kind = item.kind();
        this.mandatory = item.isMandatory();
        this.state = ItemState.PENDING;
    }

    void provide(String note, String by, Instant at) {
        refuseIfVerified();
        this.note = checkNote(note, false);
        this.state = ItemState.PROVIDED;
        this.missingReason = null;
        touch(by, at);
    }

    void verify(VerificationMethod method, String by, Instant at) {
        refuseIfVerified();
        if (!Objects.requireNonNull(method, "method").fits(kind)) {
            throw new DomainException("rule.item.methodNotFit", itemCode, method);
        }
        this.method = method;
        this.verifiedBy = Objects.requireNonNull(by, "by");
        this.verifiedAt = Objects.requireNonNull(at, "at");
        this.state = ItemState.VERIFIED;
        this.missingReason = null;
        touch(by, at);
    }

    void markMissing(String reason, String by, Instant at) {
        refuseIfVerified();
        this.missingReason = checkNote(reason, true);
        this.state = ItemState.MISSING;
        touch(by, at);
    }

    /** A verification recorded by mistake is taken back (with a reason, kept in the audit trail). */
    void reopen(String by, Instant at) {
        if (state != ItemState.VERIFIED) {
            throw new DomainException("rule.item.notVerified", itemCode);
        }
        this.state = note == null ? ItemState.PENDING : ItemState.PROVIDED;
        this.method = null;
        this.verifiedBy = null;
        this.verifiedAt = null;
        touch(by, at);
    }

    private void refuseIfVerified() {
        if (state == ItemState.VERIFIED) {
            throw new DomainException("rule.item.alreadyVerified", itemCode);
        }
    }

    private void touch(String by, Instant at) {
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    private static String checkNote(String text, boolean required) {
        String trimmed = text == null ? "" : text.strip();
        if (required && trimmed.isEmpty()) {
            throw new DomainException("rule.reason.required");
        }
        if (trimmed.length() > NOTE_MAX) {
            throw new DomainException("rule.reason.tooLong", NOTE_MAX);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Holds back the gate at the end of intake: mandatory and not verified. */
    public boolean blocksIntake() {
        return mandatory && state != ItemState.VERIFIED;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String itemCode() {
        return itemCode;
    }

    public String labelArabic() {
        return labelArabic;
    }

    public String labelEnglish() {
        return labelEnglish;
    }

    public ItemKind kind() {
        return kind;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public ItemState state() {
        return state;
    }

    public String note() {
        return note;
    }

    public VerificationMethod method() {
        return method;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public String missingReason() {
        return missingReason;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
