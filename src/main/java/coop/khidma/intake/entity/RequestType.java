package coop.khidma.intake.entity;

import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A kind of member service request, as data (admins may edit it): its names, its intake checklist and whether the
 * research committee must decide it. Serves policy item 2 (the required information per request) and item 4 (which
 * requests are raised to the committee). Requests copy the checklist when they are filed, so a later edit never
 * changes what a member was asked for.
 */
@Entity
@Table(name = "request_type")
public class RequestType {

    public static final String MEMBERSHIP_APPLICATION = "MEMBERSHIP_APPLICATION";
    public static final String MEMBERSHIP_UPDATE = "MEMBERSHIP_UPDATE";
    public static final String SUPPORT = "SUPPORT";
    public static final String INQUIRY = "INQUIRY";
    public static final String COMPLAINT = "COMPLAINT";
    public static final String SUGGESTION = "SUGGESTION";
    public static final String CERTIFICATE = "CERTIFICATE";
    public static final String WITHDRAWAL = "WITHDRAWAL";
    public static final int NAME_MAX = 120;

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_ar", nullable = false, length = NAME_MAX)
    private String nameArabic;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEnglish;

    @Column(name = "needs_committee", nullable = false)
    private boolean needsCommittee;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_type_item", joinColumns = @JoinColumn(name = "request_type_code"))
    @OrderColumn(name = "position")
    private List<ChecklistItem> checklist = new ArrayList<>();

    @Version
    private long version;

    protected RequestType() {
        // for the persistence provider only
    }

    /** Breaks {@code rule.requestType.code}, {@code rule.requestType.name} or the checklist rules of {@link #revise}. */
    public static RequestType define(String code, String nameArabic, String nameEnglish, boolean needsCommittee,
                                     List<ChecklistItem> checklist) {
        if (code == null || !ChecklistItem.CODE.matcher(code).matches()) {
            throw new DomainException("rule.requestType.code");
        }
        RequestType type = new RequestType();
        type.code = code;
        type.active = true;
        type.revise(nameArabic, nameEnglish, needsCommittee, checklist);
        return type;
    }

    /**
     * An admin's edit. The checklist needs at least one item and distinct codes; breaks {@code rule.requestType.name},
     * {@code rule.checklist.empty} or {@code rule.checklist.duplicateItem}. Requests already filed keep their copy.
     */
    public void revise(String nameArabic, String nameEnglish, boolean needsCommittee, List<ChecklistItem> checklist) {
        this.nameArabic = checkName(nameArabic);
        this.nameEnglish = checkName(nameEnglish);
        if (checklist == null || checklist.isEmpty()) {
            throw new DomainException("rule.checklist.empty");
        }
        var codes = new HashSet<String>();
        for (ChecklistItem item : checklist) {
            if (!codes.add(item.code())) {
                throw new DomainException("rule.checklist.duplicateItem", item.code());
            }
        }
        this.needsCommittee = needsCommittee;
        this.checklist.clear();
        this.checklist.addAll(checklist);
    }

    /** No new requests of this type (old ones carry on). */
    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    private static String checkName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new DomainException("rule.requestType.name", NAME_MAX);
        }
        return trimmed;
    }

    public String code() {
        return code;
    }

    public String nameArabic() {
        return nameArabic;
    }

    public String nameEnglish() {
        return nameEnglish;
    }

    public boolean needsCommittee() {
        return needsCommittee;
    }

    public boolean isActive() {
        return active;
    }

    public boolean is(String typeCode) {
        return Objects.equals(code, typeCode);
    }

    public List<ChecklistItem> checklist() {
        return List.copyOf(checklist);
    }

    public long version() {
        return version;
    }
}
