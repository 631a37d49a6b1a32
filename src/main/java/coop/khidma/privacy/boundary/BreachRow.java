package coop.khidma.privacy.boundary;

import coop.khidma.privacy.entity.BreachIncident;

import java.time.Duration;
import java.time.Instant;

/**
 * One breach incident with its 72-hour clock read now: the deadline to notify the authority, the time left, whether
 * it is overdue or was notified late.
 */
public record BreachRow(long id, String summary, Instant discoveredAt, String categories, int peopleAffected,
                        String measures, String recordedBy, Instant authorityNotifiedAt, Instant subjectsNotifiedAt,
                        Instant deadline, Duration timeLeft, boolean overdue, boolean notifiedLate, long version) {

    static BreachRow of(BreachIncident incident, Instant now) {
        var clock = incident.clock();
        return new BreachRow(incident.id(), incident.summary(), incident.discoveredAt(), incident.categories(),
                incident.peopleAffected(), incident.measures(), incident.recordedBy(),
                incident.authorityNotifiedAt(), incident.subjectsNotifiedAt(), clock.deadline(), clock.timeLeft(now),
                clock.overdue(now), clock.notifiedLate(), incident.version());
    }
}
