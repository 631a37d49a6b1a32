package coop.khidma.assembly.boundary;

import coop.khidma.assembly.control.NoticePeriod;
import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.AssemblyRules;
import coop.khidma.assembly.entity.DecisionRule;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.time.OfficeCalendar;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * General Assembly meetings: admins and the director schedule a meeting (refused inside the bylaws' notice period
 * unless the settings allow it), revise it and its agenda until the invitations go out, or cancel it; admins enter the
 * bylaws' figures; staff and supervisors read. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
public class Assemblies {

    /** A meeting with the last day its members may be invited with full notice. */
    public record Scheduled(GeneralAssembly assembly, LocalDate inviteBy) {
        public AssemblyRef ref() {
            return new AssemblyRef(assembly.id(), assembly.version());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    OfficeCalendar office;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /** Every meeting, the latest first. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public List<Scheduled> all() {
        return em.createQuery("SELECT a FROM GeneralAssembly a ORDER BY a.firstMeetingAt DESC, a.id DESC",
                GeneralAssembly.class).getResultStream().map(this::scheduled).toList();
    }

    /** One meeting; breaks {@code rule.assembly.notFound}. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public Scheduled find(long id) {
        return scheduled(existing(em, id));
    }

    /** The bylaws' figures as they stand (placeholders until an admin confirms them). */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public AssemblyRules rules() {
        return rules(em);
    }

    /**
     * A new meeting, with the notice period the settings ask for now. Breaks {@code rule.assembly.insideNotice} (or
     * {@code rule.assembly.insideNoticeWorking}) when the first meeting leaves the members less notice than the bylaws
     * require and the settings do not allow it, or a rule of {@link GeneralAssembly#check}.
     */
    public Scheduled schedule(GeneralAssembly.Plan plan) {
        Instant now = clock.instant();
        AssemblyRules rules = rules(em);
        GeneralAssembly.Plan checked = GeneralAssembly.check(plan, rules.secondMeetingAllowed(), now);
        new NoticePeriod(rules.noticeDays(), rules.noticeInWorkingDays()).requireRespected(today(now),
                day(checked.firstMeetingAt()), rules.schedulingInsideNotice(), office.workingDays());
        GeneralAssembly assembly = GeneralAssembly.schedule(checked, rules.secondMeetingAllowed(), rules.noticeDays(),
                rules.noticeInWorkingDays(), now, me());
        em.persist(assembly);
        em.flush();
        audit.record(assembly.scheduled());
        return scheduled(assembly);
    }

    /** New kind, times, place or record date, before the invitations; the same rules as {@link #schedule}. */
    public Scheduled revise(AssemblyRef ref, GeneralAssembly.Plan plan) {
        return change(ref, (assembly, now) -> {
            AssemblyRules rules = rules(em);
            GeneralAssembly.Plan checked = GeneralAssembly.check(plan, rules.secondMeetingAllowed(), now);
            notice(assembly).requireRespected(today(now), day(checked.firstMeetingAt()),
                    rules.schedulingInsideNotice(), office.workingDays());
            return assembly.revise(checked, rules.secondMeetingAllowed(), now, me());
        });
    }

    /** Calls the meeting off before it starts, with a reason (members already invited are not told by this). */
    public Scheduled cancel(AssemblyRef ref, String reason) {
        return change(ref, (assembly, now) -> assembly.cancel(reason, now, me()));
    }

    /** An agenda item at the end; see {@link GeneralAssembly#addItem}. */
    public Scheduled addItem(AssemblyRef ref, AgendaItem.Text text, DecisionRule rule) {
        return change(ref, (assembly, now) -> assembly.addItem(text, rule, now, me()));
    }

    /** New wording or rule for the item at {@code position}. */
    public Scheduled reviseItem(AssemblyRef ref, int position, AgendaItem.Text text, DecisionRule rule) {
        return change(ref, (assembly, now) -> assembly.reviseItem(position, text, rule, now, me()));
    }

    /** Removes the item at {@code position}. */
    public Scheduled removeItem(AssemblyRef ref, int position) {
        return change(ref, (assembly, now) -> assembly.removeItem(position, now, me()));
    }

    /** Moves the item at {@code position} one place up ({@code -1}) or down ({@code +1}). */
    public Scheduled moveItem(AssemblyRef ref, int position, int step) {
        return change(ref, (assembly, now) -> assembly.moveItem(position, step, now, me()));
    }

    /**
     * An admin enters the bylaws' figures (saving confirms them); refused when someone changed them since the screen
     * showed version {@code seenVersion}. See {@link AssemblyRules#change} for the rules.
     */
    @RolesAllowed(Roles.ADMIN)
    public AssemblyRules changeRules(long seenVersion, AssemblyRules.Figures figures) {
        AssemblyRules rules = rules(em);
        if (rules.version() != seenVersion) {
            throw new OptimisticLockException("assembly settings");
        }
        audit.record(rules.change(figures, me(), clock.instant()));
        em.flush();
        return rules;
    }

    private Scheduled change(AssemblyRef ref, BiFunction<GeneralAssembly, Instant, Change> verb) {
        GeneralAssembly assembly = existing(em, ref.id());
        ref.requireCurrent(assembly.version());
        em.lock(assembly, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(verb.apply(assembly, clock.instant()));
        em.flush();
        return scheduled(assembly);
    }

    private Scheduled scheduled(GeneralAssembly assembly) {
        return new Scheduled(assembly, notice(assembly).latestInvitationDay(assembly.meetingDay(),
                office.workingDays()));
    }

    /** The notice period copied onto the meeting when it was scheduled. */
    static NoticePeriod notice(GeneralAssembly assembly) {
        return new NoticePeriod(assembly.noticeDays(), assembly.noticeInWorkingDays());
    }

    /** The one finder of a meeting; breaks {@code rule.assembly.notFound}. */
    static GeneralAssembly existing(EntityManager em, long id) {
        GeneralAssembly assembly = em.find(GeneralAssembly.class, id);
        if (assembly == null) {
            throw new DomainException("rule.assembly.notFound");
        }
        return assembly;
    }

    /** The settings' one row. */
    static AssemblyRules rules(EntityManager em) {
        return em.find(AssemblyRules.class, AssemblyRules.SINGLETON);
    }

    static LocalDate today(Instant now) {
        return day(now);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, HijriDates.RIYADH);
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
