package coop.khidma.volunteering.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Something volunteers are needed for: what, on which day and in which part of it, how many people, and the skills
 * that help (none: anyone may come). Staff match approved volunteers who are free then and offer one of the skills.
 */
@Entity
@Table(name = "volunteer_opportunity")
public class Opportunity {

    public static final String SUBJECT_TYPE = "OPPORTUNITY";
    public static final int TITLE_MAX = 200;
    public static final int NEEDED_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "on_day", nullable = false)
    private LocalDate onDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_part", nullable = false, length = 10)
    private DayPart dayPart;

    @Column(nullable = false)
    private int needed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_opportunity_skill", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "skill", length = 30)
    private Set<Skill> skills = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_assignment", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "volunteer_id")
    private Set<Long> volunteers = new HashSet<>();

    @Column(name = "planned_by", nullable = false, length = 60)
    private String plannedBy;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Version
    private long version;

    protected Opportunity() {
        // for the persistence provider only
    }

    /**
     * A new opportunity on a day from today on. Breaks {@code rule.opportunity.title}, {@code rule.opportunity.past}
     * or {@code rule.opportunity.needed}.
     */
    public static Opportunity plan(String title, LocalDate onDay, DayPart dayPart, Collection<Skill> skills,
                                   int needed, LocalDate today, String by, Instant at) {
        String trimmed = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty() || trimmed.length() > TITLE_MAX) {
            throw new DomainException("rule.opportunity.title", TITLE_MAX);
        }
        if (onDay == null || onDay.isBefore(today)) {
            throw new DomainException("rule.opportunity.past");
        }
        if (needed < 1 || needed > NEEDED_MAX) {
            throw new DomainException("rule.opportunity.needed", 1, NEEDED_MAX);
        }
        Opportunity opportunity = new Opportunity();
        opportunity.title = trimmed;
        opportunity.onDay = onDay;
        opportunity.dayPart = Objects.requireNonNull(dayPart, "dayPart");
        opportunity.needed = needed;
        Set<Skill> chosen = EnumSet.noneOf(Skill.class);
        if (skills != null) {
            skills.stream().filter(Objects::nonNull).forEach(chosen::add);
        }
        opportunity.skills = new HashSet<>(chosen);
        opportunity.plannedBy = Objects.requireNonNull(by);
        opportunity.plannedAt = Objects.requireNonNull(at);
        return opportunity;
    }

    public Change planned() {
        return Change.of(SUBJECT_TYPE, subject(), "plan", null, onDay + " " + dayPart, plannedBy, plannedAt,
                needed + " needed, skills " + skills);
    }

    /**
     * Whether the volunteer could come: approved, free on this weekday and in this part of the day, and offering one
     * of the skills asked for (any volunteer when none is asked for).
     */
    public boolean fits(Volunteer volunteer) {
        return volunteer.status() == VolunteerStatus.APPROVED
                && volunteer.days().contains(onDay.getDayOfWeek())
                && volunteer.times().contains(dayPart)
                && (skills.isEmpty() || volunteer.skills().stream().anyMatch(skills::contains));
    }

    /** How many of the skills asked for the volunteer offers. */
    public long skillsMatched(Volunteer volunteer) {
        return volunteer.skills().stream().filter(skills::contains).count();
    }

    /**
     * The volunteers who fit and are not on it yet, those offering more of the skills first, then the earliest
     * sign-up.
     */
    public List<Volunteer> candidates(Collection<Volunteer> volunteers) {
        return volunteers.stream()
                .filter(this::fits)
                .filter(volunteer -> !this.volunteers.contains(volunteer.id()))
                .sorted(Comparator.comparingLong(this::skillsMatched).reversed()
                        .thenComparing(Volunteer::signedUpAt).thenComparing(Volunteer::id))
                .toList();
    }

    /**
     * Puts the volunteer on this opportunity. Breaks {@code rule.opportunity.full},
     * {@code rule.opportunity.alreadyAssigned}, {@code rule.opportunity.notFitting} or {@code rule.opportunity.past}.
     */
    public Change assign(Volunteer volunteer, LocalDate today, String by, Instant at) {
        if (onDay.isBefore(today)) {
            throw new DomainException("rule.opportunity.past");
        }
        if (volunteers.contains(volunteer.id())) {
            throw new DomainException("rule.opportunity.alreadyAssigned");
        }
        if (isFull()) {
            throw new DomainException("rule.opportunity.full", needed);
        }
        if (!fits(volunteer)) {
            throw new DomainException("rule.opportunity.notFitting");
        }
        volunteers.add(volunteer.id());
        return Change.of(SUBJECT_TYPE, subject(), "assign", volunteers.size() - 1, volunteers.size(),
                Objects.requireNonNull(by), Objects.requireNonNull(at), volunteer.subject());
    }

    public boolean isFull() {
        return volunteers.size() >= needed;
    }

    public String subject() {
        return "opportunity/" + id;
    }

    public Long id() { return id; }
    public String title() { return title; }
    public LocalDate onDay() { return onDay; }
    public DayPart dayPart() { return dayPart; }
    public int needed() { return needed; }
    public Set<Skill> skills() { return Set.copyOf(skills); }
    public Set<Long> volunteers() { return Set.copyOf(volunteers); }
    public long version() { return version; }
}
