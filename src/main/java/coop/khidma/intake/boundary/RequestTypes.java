package coop.khidma.intake.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.ChecklistItem;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Administrators keep the request types and their intake checklists (policy item 2: the information each request
 * needs): add a type, add an item, reorder, mandatory or not, offered at the kiosk or staff-only, retire. Requests
 * already filed keep the checklist they were filed with (each request holds its own copy). Every change is audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RequestTypes {

    static final String TYPE = "REQUEST_TYPE";

    /** A request type as the administration view shows it. */
    public record TypeRow(String code, String nameArabic, String nameEnglish, boolean needsCommittee, boolean active,
                          boolean offeredAtKiosk, List<ChecklistItem> checklist, long version, int answerWorkingDays) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AuditLog auditTrail;

    @Inject
    Clock clock;

    public List<TypeRow> types() {
        return em.createQuery("SELECT t FROM RequestType t ORDER BY t.code", RequestType.class).getResultList()
                .stream().map(RequestTypes::row).toList();
    }

    /**
     * The active request types as blank forms for staff to print (policy: the member service request form, one of the
     * three tools it gives staff): those the kiosk offers first, in its order, then the staff-only ones.
     */
    @PermitAll
    public List<TypeRow> forms() {
        return em.createQuery("SELECT t FROM RequestType t WHERE t.active = TRUE "
                        + "ORDER BY CASE WHEN t.kioskPosition IS NULL THEN 1 ELSE 0 END, t.kioskPosition, t.code",
                RequestType.class).getResultList().stream().map(RequestTypes::row).toList();
    }

    /** One active type's blank form (its names and checklist: public knowledge); empty for an unknown or retired type. */
    @PermitAll
    public Optional<TypeRow> form(String code) {
        RequestType type = code == null ? null : em.find(RequestType.class, code);
        return Optional.ofNullable(type).filter(RequestType::isActive).map(RequestTypes::row);
    }

    /** A type's name in the reader's language (types added by administrators have no bundle entry). */
    @PermitAll
    public Optional<String> name(String code, Locale locale) {
        RequestType type = code == null ? null : em.find(RequestType.class, code);
        return Optional.ofNullable(type).map(t -> "ar".equals(locale.getLanguage()) ? t.nameArabic() : t.nameEnglish());
    }

    /**
     * A new type with its first checklist item; the code is made from the English name. Breaks the rules of
     * {@link RequestType#define} and {@link ChecklistItem}.
     */
    public TypeRow define(String nameArabic, String nameEnglish, boolean needsCommittee, boolean offeredAtKiosk,
                          String itemArabic, String itemEnglish, ItemKind kind, boolean mandatory) {
        List<String> taken = em.createQuery("SELECT t.code FROM RequestType t", String.class).getResultList();
        String code = RequestType.codeFor(nameEnglish, java.util.Set.copyOf(taken));
        ChecklistItem first = new ChecklistItem(RequestType.codeFor(itemEnglish, java.util.Set.of()), itemArabic,
                itemEnglish, kind, mandatory);
        RequestType type = RequestType.define(code, nameArabic, nameEnglish, needsCommittee, List.of(first));
        if (offeredAtKiosk) {
            type.offerAtKiosk(nextKioskPosition());
        }
        em.persist(type);
        em.flush();
        audit(type, "define", null, describe(type));
        return row(type);
    }

    public TypeRow addItem(String code, long version, String labelArabic, String labelEnglish, ItemKind kind,
                           boolean mandatory) {
        RequestType type = current(code, version);
        String before = describe(type);
        ChecklistItem item = type.addItem(labelArabic, labelEnglish, kind, mandatory);
        return changed(type, "addItem", before, item.code());
    }

    public TypeRow moveItem(String code, long version, String itemCode, int step) {
        RequestType type = current(code, version);
        String before = describe(type);
        type.rewriteChecklist(edited -> edited.moveItem(itemCode, step), em::flush);
        return changed(type, "moveItem", before, itemCode);
    }

    public TypeRow toggleMandatory(String code, long version, String itemCode) {
        RequestType type = current(code, version);
        String before = describe(type);
        type.rewriteChecklist(edited -> edited.toggleMandatory(itemCode), em::flush);
        return changed(type, "toggleMandatory", before, itemCode);
    }

    /** Offered at the kiosk (after the others) or staff-only. */
    public TypeRow offerAtKiosk(String code, long version, boolean offered) {
        RequestType type = current(code, version);
        String before = describe(type);
        if (offered && !type.offeredAtKiosk()) {
            type.offerAtKiosk(nextKioskPosition());
        } else if (!offered) {
            type.withdrawFromKiosk();
        }
        return changed(type, offered ? "offerAtKiosk" : "withdrawFromKiosk", before, null);
    }

    /**
     * Requests of the type are answered within this many working days from now on (requests already filed keep their
     * due day). Breaks {@code rule.requestType.answerDays}.
     */
    public TypeRow answerWithin(String code, long version, int workingDays) {
        RequestType type = current(code, version);
        String before = String.valueOf(type.answerWorkingDays());
        type.answerWithin(workingDays);
        em.flush();
        auditTrail.record(Change.of(TYPE, type.code(), "answerWithin", before, type.answerWorkingDays(), me(),
                clock.instant(), "working days"));
        return row(type);
    }

    /** No new requests of the type ({@code active = false}), or back again. */
    public TypeRow activate(String code, long version, boolean active) {
        RequestType type = current(code, version);
        String before = describe(type);
        if (active) {
            type.reinstate();
        } else {
            type.retire();
        }
        return changed(type, active ? "reinstate" : "retire", before, null);
    }

    private TypeRow changed(RequestType type, String action, String before, String detail) {
        em.flush();
        auditTrail.record(Change.of(TYPE, type.code(), action, cut(before), cut(describe(type)), me(),
                clock.instant(), detail));
        return row(type);
    }

    private void audit(RequestType type, String action, String before, String after) {
        auditTrail.record(Change.of(TYPE, type.code(), action, before, cut(after), me(), clock.instant(),
                type.checklist().stream().map(ChecklistItem::toString).collect(Collectors.joining(", "))));
    }

    /** The checklist in one line for the audit trail: codes in order, {@code *} for mandatory. */
    private static String describe(RequestType type) {
        return (type.isActive() ? "" : "retired ") + type.checklist().stream().map(ChecklistItem::toString)
                .collect(Collectors.joining(","));
    }

    /** The audit's before/after hold 40 characters; the detail keeps the whole. */
    private static String cut(String text) {
        return text == null || text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    private int nextKioskPosition() {
        Integer last = em.createQuery("SELECT MAX(t.kioskPosition) FROM RequestType t", Integer.class)
                .getSingleResult();
        return last == null ? 0 : last + 1;
    }

    private RequestType current(String code, long version) {
        RequestType type = code == null ? null : em.find(RequestType.class, code);
        if (type == null) {
            throw new DomainException("rule.requestType.unknown", String.valueOf(code));
        }
        if (type.version() != version) {
            throw new OptimisticLockException(code);
        }
        return type;
    }

    static TypeRow row(RequestType type) {
        return new TypeRow(type.code(), type.nameArabic(), type.nameEnglish(), type.needsCommittee(),
                type.isActive(), type.offeredAtKiosk(), type.checklist(), type.version(), type.answerWorkingDays());
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
