package coop.khidma.operations;

import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.membership.boundary.Registrations;
import coop.khidma.platform.scheduling.DeadlineTimer;
import coop.khidma.reception.boundary.Queue;
import coop.khidma.reception.entity.CounterService;
import coop.khidma.support.Applications;
import coop.khidma.support.ReviewTestData;
import coop.khidma.support.RunAs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only door into one node of the two-node test (it is added to the test deployment, never to the application):
 * the boundaries called as the kiosk or as staff would, and test data dated in the past so deadlines are due now. Plain
 * text answers, one item a line.
 */
@Path("test/node")
@Produces(MediaType.TEXT_PLAIN)
@RequestScoped
public class NodeDriver {

    @Inject
    DeadlineTimer timer;

    @Inject
    ReviewTestData data;

    @Inject
    Applications applications;

    @Inject
    Queue queue;

    @Inject
    Registrations registrations;

    @Inject
    RunAs runAs;

    /** This node's name in the scheduler lease. */
    @GET
    @Path("name")
    public String name() {
        return timer.node();
    }

    /** {@code count} escalations at the first level raised thirty days ago (two working days is its time): overdue now. */
    @POST
    @Path("overdue-escalations")
    public String overdueEscalations(@QueryParam("count") int count) {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            references.add(data.escalation(data.escalationAt("OFFICER", Instant.now().minus(Duration.ofDays(30))))
                    .reference());
        }
        return String.join("\n", references);
    }

    /** {@code count} committee agenda items handed over sixty days ago: past the ceiling, overdue now. */
    @POST
    @Path("overdue-agenda-items")
    public String overdueAgendaItems(@QueryParam("count") int count) {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            references.add(data.handedOverOn(data.today().minusDays(60)).reference());
        }
        return String.join("\n", references);
    }

    /** A ticket taken at the kiosk: its number. */
    @POST
    @Path("tickets/{service}")
    public String ticket(@PathParam("service") CounterService service) {
        return queue.take(service).number();
    }

    /** {@code count} membership applications accepted by the committee, ready for registration: reference and version. */
    @POST
    @Path("accepted-applications")
    public String acceptedApplications(@QueryParam("firstPerson") long firstPerson, @QueryParam("count") int count) {
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RequestRef ref = applications.accepted(Applications.nationalId(firstPerson + i), "0551234567");
            refs.add(ref.reference() + " " + ref.version());
        }
        return String.join("\n", refs);
    }

    /** Staff complete the registration: the new member's number. */
    @POST
    @Path("registrations/{reference}/{version}")
    public String register(@PathParam("reference") String reference, @PathParam("version") long version)
            throws Exception {
        return runAs.staff(() -> registrations.complete(new RequestRef(reference, version))).membershipNumber();
    }
}
