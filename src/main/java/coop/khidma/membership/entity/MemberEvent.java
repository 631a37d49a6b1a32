package coop.khidma.membership.entity;

import coop.khidma.audit.entity.Change;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a member's own history (policy clause 5: the register follows the member): what a verb of
 * {@link Member} did to their record — applied, activated, suspended, reinstated, withdrew, contact data changed,
 * shares subscribed, transferred or refunded —
 * kept by the member's id, so the member page finds it whatever the member is called in the audit trail (the masked
 * national ID before the number). Written with the audit fact, never edited.
 */
@Entity
@Table(name = "member_history")
public class MemberEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 60)
    private String actor;

    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "state_before", updatable = false, length = 40)
    private String before;

    @Column(name = "state_after", updatable = false, length = 40)
    private String after;

    @Column(updatable = false, length = Change.DETAIL_MAX)
    private String detail;

    protected MemberEvent() {
        // for the persistence provider only
    }

    /** The line for {@code change}, which a verb of {@code member} (stored already, so with its id) returned. */
    public static MemberEvent of(Member member, Change change) {
        MemberEvent event = new MemberEvent();
        event.memberId = Objects.requireNonNull(member.id(), "the member's id");
        event.at = change.at();
        event.actor = change.actor();
        event.action = change.action();
        event.before = change.before();
        event.after = change.after();
        event.detail = change.detail();
        return event;
    }

    /** The line as the timeline shows it, under the member's current name in the register. */
    public Change asChange(String subject) {
        return new Change(Member.SUBJECT_TYPE, subject, action, before, after, actor, at, detail);
    }
}
