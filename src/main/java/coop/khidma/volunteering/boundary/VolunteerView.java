package coop.khidma.volunteering.boundary;

import coop.khidma.volunteering.entity.DayPart;
import coop.khidma.volunteering.entity.Interest;
import coop.khidma.volunteering.entity.Skill;
import coop.khidma.volunteering.entity.Volunteer;
import coop.khidma.volunteering.entity.VolunteerStatus;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;

/** A volunteer as staff review them, with the version their decision is made against. */
public record VolunteerView(long id, String name, String mobile, Set<Skill> skills, Set<Interest> interests,
                            Set<DayOfWeek> days, Set<DayPart> times, VolunteerStatus status, Instant signedUpAt,
                            Instant consentAt, String decidedBy, Instant decidedAt, String declineReason,
                            long version) {

    static VolunteerView of(Volunteer volunteer) {
        return new VolunteerView(volunteer.id(), volunteer.name(), volunteer.mobile().national(), volunteer.skills(),
                volunteer.interests(), volunteer.days(), volunteer.times(), volunteer.status(), volunteer.signedUpAt(),
                volunteer.consentAt(), volunteer.decidedBy(), volunteer.decidedAt(), volunteer.declineReason(),
                volunteer.version());
    }

    public Ref ref() {
        return new Ref(id, version);
    }

    /** A volunteer as the staff member saw them. */
    public record Ref(long id, long version) {
    }
}
