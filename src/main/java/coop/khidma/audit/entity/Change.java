package coop.khidma.audit.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * What a domain verb did, as a fact the boundary writes to the audit trail with {@link AuditEntry#of(Change, int)}.
 * Every verb of the workflow's aggregates returns one (or several), so nothing changes without a trace.
 *
 * @param subjectType which kind of record changed: {@code REQUEST}, {@code ITEM}, {@code ESCALATION},
 *                    {@code AGENDA}, {@code MEMBER}, {@code SETTINGS}, {@code HOLIDAY}, {@code MESSAGE}
 * @param subject     the record, as people name it: a request reference ({@code 2026-000042}), a membership
 *                    number, or {@code reference/item code}
 * @param action      the verb, e.g. {@code completeIntake}, {@code verifyItem}
 * @param before      the state before (status name, item state…), or {@code null} when the record is new
 * @param after       the state after
 * @param actor       the staff username, {@code kiosk} or {@code system} (scheduler)
 * @param at          when, UTC
 * @param detail      what else happened: method, missing items, a board decision's reference; never a national ID
 *                    or personal free text (a reason stays on its record, where erasure reaches it), and redacted
 *                    when its record is anonymised
 */
public record Change(String subjectType, String subject, String action, String before, String after, String actor,
                     Instant at, String detail) {

    public static final String SYSTEM = "system";
    public static final String KIOSK = "kiosk";
    public static final int DETAIL_MAX = 2000;

    public Change {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (detail != null && detail.length() > DETAIL_MAX) {
            detail = detail.substring(0, DETAIL_MAX - 1) + "…";
        }
    }

    public static Change of(String subjectType, String subject, String action, Object before, Object after,
                            String actor, Instant at, String detail) {
        return new Change(subjectType, subject, action, before == null ? null : before.toString(),
                after == null ? null : after.toString(), actor, at, detail);
    }
}
