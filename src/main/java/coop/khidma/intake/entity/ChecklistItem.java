package coop.khidma.intake.entity;

import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of a request type's intake checklist: a stable code, a label in Arabic and English, its kind and
 * whether it is mandatory. Serves policy item 2, "make sure the member has provided all the required information".
 */
@Embeddable
@Access(AccessType.FIELD)
public class ChecklistItem {

    public static final int LABEL_MAX = 200;
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "label_ar", nullable = false, length = LABEL_MAX)
    private String labelArabic;

    @Column(name = "label_en", nullable = false, length = LABEL_MAX)
    private String labelEnglish;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ItemKind kind;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    protected ChecklistItem() {
        // for the persistence provider only
    }

    /** Breaks {@code rule.checklist.code} or {@code rule.checklist.label}. */
    public ChecklistItem(String code, String labelArabic, String labelEnglish, ItemKind kind, boolean mandatory) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DomainException("rule.checklist.code");
        }
        this.code = code;
        this.labelArabic = checkLabel(labelArabic);
        this.labelEnglish = checkLabel(labelEnglish);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.mandatory = mandatory;
    }

    public static ChecklistItem mandatory(String code, String labelArabic, String labelEnglish, ItemKind kind) {
        return new ChecklistItem(code, labelArabic, labelEnglish, kind, true);
    }

    public static ChecklistItem optional(String code, String labelArabic, String labelEnglish, ItemKind kind) {
        return new ChecklistItem(code, labelArabic, labelEnglish, kind, false);
    }

    private static String checkLabel(String label) {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty() || trimmed.length() > LABEL_MAX) {
            throw new DomainException("rule.checklist.label", LABEL_MAX);
        }
        return trimmed;
    }

    public String code() {
        return code;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof ChecklistItem item && code.equals(item.code) && labelArabic.equals(item.labelArabic)
                && labelEnglish.equals(item.labelEnglish) && kind == item.kind && mandatory == item.mandatory;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, labelArabic, labelEnglish, kind, mandatory);
    }

    @Override
    public String toString() {
        return code + (mandatory ? "*" : "");
    }
}
