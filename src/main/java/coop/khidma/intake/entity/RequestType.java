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
import java.util.Set;

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
    public static final String BOARD_SUSPENSION = "BOARD_SUSPENSION";
    /** A member appoints another member as proxy at a General Assembly meeting. */
    public static final String PROXY_APPOINTMENT = "PROXY_APPOINTMENT";
    /**
     * The types whose request, once verified, is carried out on the General Assembly's page
     * ({@code assembly.boundary.Proxies}), never answered freely: the proxy is recorded and the request closed together.
     */
    public static final Set<String> CARRIED_OUT_AT_ASSEMBLY = Set.of(PROXY_APPOINTMENT);
    public static final String ADDITIONAL_SUBSCRIPTION = "ADDITIONAL_SUBSCRIPTION";
    public static final String SHARE_TRANSFER = "SHARE_TRANSFER";
    /**
     * The types whose request, once decided or served, is carried out in the member register by membership
     * ({@code membership.boundary.RegisterChanges}): a withdrawal (with the refund of the shares), a suspension decided
     * by the board, a membership-data update, an additional share subscription, a share transfer the board approved.
     */
    public static final Set<String> CARRIED_OUT_IN_REGISTER = Set.of(WITHDRAWAL, BOARD_SUSPENSION, MEMBERSHIP_UPDATE,
            ADDITIONAL_SUBSCRIPTION, SHARE_TRANSFER);
    /**
     * Every type whose request changes the member register: those above, the application (registration) and the data
     * subject's correction and erasure (carried out on the privacy page). Any other request — an inquiry, a
     * certificate, support, and every type an administrator adds — leaves the register as it is.
     */
    private static final Set<String> CHANGES_REGISTER = Set.of(WITHDRAWAL, BOARD_SUSPENSION, MEMBERSHIP_UPDATE,
            ADDITIONAL_SUBSCRIPTION, SHARE_TRANSFER, MEMBERSHIP_APPLICATION, "DATA_CORRECTION", "DATA_ERASURE");
    public static final int NAME_MAX = 120;
    /** A new type's answer time until an administrator sets its own. */
    public static final int ANSWER_WORKING_DAYS = 5;
    /** The longest answer time an administrator may set (about three months of working days). */
    public static final int ANSWER_WORKING_DAYS_MAX = 60;

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

    /** Where the kiosk offers this type among its tiles (lowest first), or {@code null} when it is staff-only. */
    @Column(name = "kiosk_position")
    private Integer kioskPosition;

    /** Within how many working days the association answers a request of this type (the inbox's due date). */
    @Column(name = "answer_working_days", nullable = false)
    private int answerWorkingDays = ANSWER_WORKING_DAYS;

    /** Read when asked for (filing, the kiosk's and website's offers, administration), not with every request. */
    @ElementCollection(fetch = FetchType.LAZY)
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

    /**
     * An administrator adds a checklist item at the end; its code is made from the English label (upper case, words
     * joined by underscores, a number added when taken). Breaks {@code rule.checklist.label}.
     */
    public ChecklistItem addItem(String labelArabic, String labelEnglish, ItemKind kind, boolean mandatory) {
        ChecklistItem item = new ChecklistItem(codeFor(labelEnglish,
                checklist.stream().map(ChecklistItem::code).collect(java.util.stream.Collectors.toSet())),
                labelArabic, labelEnglish, kind, mandatory);
        checklist.add(item);
        return item;
    }

    /**
     * Moves an item one place up ({@code -1}) or down ({@code +1}); the kiosk asks in this order. At either end
     * nothing moves. Breaks {@code rule.checklist.unknownItem}.
     */
    public void moveItem(String itemCode, int step) {
        int from = indexOf(itemCode);
        int to = from + Integer.signum(step);
        if (to >= 0 && to < checklist.size()) {
            ChecklistItem moved = checklist.remove(from);
            checklist.add(to, moved);
        }
    }

    /** Mandatory becomes optional and back; requests already filed keep what they were asked. */
    public ChecklistItem toggleMandatory(String itemCode) {
        int index = indexOf(itemCode);
        ChecklistItem item = checklist.get(index);
        ChecklistItem toggled = new ChecklistItem(item.code(), item.labelArabic(), item.labelEnglish(), item.kind(),
                !item.isMandatory());
        checklist.set(index, toggled);
        return toggled;
    }

    /**
     * Applies a reorder or a change of an item ({@link #moveItem}, {@link #toggleMandatory}) so that the database can
     * write it: the checklist rows are keyed by (type, position), which row-by-row updates would collide with, so the
     * rows are all removed ({@code flush}) and written back in their new order.
     */
    public void rewriteChecklist(java.util.function.Consumer<RequestType> edit, Runnable flush) {
        edit.accept(this);
        List<ChecklistItem> edited = List.copyOf(checklist);
        checklist.clear();
        flush.run();
        checklist.addAll(edited);
    }

    private int indexOf(String itemCode) {
        for (int i = 0; i < checklist.size(); i++) {
            if (checklist.get(i).code().equals(itemCode)) {
                return i;
            }
        }
        throw new DomainException("rule.checklist.unknownItem", String.valueOf(itemCode));
    }

    /**
     * A stable code for a new type or item, from its English name: {@code "Copy of the lease"} → {@code
     * COPY_OF_THE_LEASE}; {@code _2}, {@code _3}… when taken. Breaks {@code rule.checklist.label} when the name has
     * no Latin letter or digit to make one from.
     */
    public static String codeFor(String englishName, java.util.Set<String> taken) {
        String base = (englishName == null ? "" : englishName).toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            throw new DomainException("rule.checklist.label", ChecklistItem.LABEL_MAX);
        }
        if (!Character.isLetter(base.charAt(0))) {
            base = "X_" + base;
        }
        base = base.length() < 2 ? base + "_1" : base;
        base = base.substring(0, Math.min(base.length(), 36)).replaceAll("_+$", "");
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    /** The kiosk offers this type, at this place among its tiles. */
    public void offerAtKiosk(int position) {
        kioskPosition = Math.max(0, position);
    }

    /** Only staff file this type (by phone, letter, at the counter). */
    public void withdrawFromKiosk() {
        kioskPosition = null;
    }

    public boolean offeredAtKiosk() {
        return kioskPosition != null;
    }

    /**
     * Requests of this type are answered within this many working days (1 to {@value #ANSWER_WORKING_DAYS_MAX});
     * requests already filed keep the date they were promised. Breaks {@code rule.requestType.answerDays}.
     */
    public void answerWithin(int workingDays) {
        if (workingDays < 1 || workingDays > ANSWER_WORKING_DAYS_MAX) {
            throw new DomainException("rule.requestType.answerDays", 1, ANSWER_WORKING_DAYS_MAX);
        }
        answerWorkingDays = workingDays;
    }

    public int answerWorkingDays() {
        return answerWorkingDays;
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

    /** Whether a request of this type changes the member register ("this request does not change the register" otherwise). */
    public static boolean changesRegister(String typeCode) {
        return typeCode != null && CHANGES_REGISTER.contains(typeCode);
    }

    public List<ChecklistItem> checklist() {
        return List.copyOf(checklist);
    }

    public long version() {
        return version;
    }
}
