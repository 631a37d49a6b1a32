package coop.khidma.volunteering.boundary;

import coop.khidma.volunteering.entity.DayPart;
import coop.khidma.volunteering.entity.Opportunity;
import coop.khidma.volunteering.entity.Skill;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An opportunity as staff plan it: what, when, how many, the skills that help, and who is on it (by name). */
public record OpportunityView(long id, String title, LocalDate onDay, DayPart dayPart, int needed, Set<Skill> skills,
                              List<String> volunteers, long version) {

    static OpportunityView of(Opportunity opportunity, List<String> names) {
        return new OpportunityView(opportunity.id(), opportunity.title(), opportunity.onDay(), opportunity.dayPart(),
                opportunity.needed(), opportunity.skills(), names, opportunity.version());
    }

    public boolean full() {
        return volunteers.size() >= needed;
    }
}
