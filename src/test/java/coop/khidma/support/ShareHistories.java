package coop.khidma.support;

import coop.khidma.membership.boundary.MemberTrail;
import coop.khidma.membership.entity.Member;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Test data for container tests: two members whose share registers were written in 2021 by the members' own verbs
 * at fixed instants, so what they held on a past day is known to the share:
 * <ul>
 * <li>2021-01-10 the first subscribes 10 shares; 2021-01-20 the second 6;</li>
 * <li>2021-02-01 the first subscribes 5 more (15);</li>
 * <li>2021-03-01 the first transfers 4 to the second (11 and 10);</li>
 * <li>2021-04-01 22:00 UTC (2021-04-02 in Riyadh) the second withdraws and is refunded (0).</li>
 * </ul>
 */
@Stateless
@PermitAll
public class ShareHistories {

    private static final String BY = "test-staff";

    @PersistenceContext
    EntityManager em;

    @Inject
    MemberTrail trail;

    /** The two members' membership numbers ({@code NJT-2021-} and the last five digits of their national ID). */
    public List<String> writtenIn2021(String firstNationalId, String secondNationalId) {
        Member first = registered(firstNationalId, "0501110001", 10, "2021-01-10T09:00:00Z");
        Member second = registered(secondNationalId, "0501110002", 6, "2021-01-20T09:00:00Z");
        trail.record(first, first.subscribe(5, "R-2021-0002", null, BY, Instant.parse("2021-02-01T09:00:00Z")));
        Member.Transfer transfer = first.transfer(second, 4, "قرار المجلس رقم 3 بتاريخ 1442/07/10", null, BY,
                Instant.parse("2021-03-01T09:00:00Z"));
        trail.record(first, transfer.out());
        trail.record(second, transfer.in());
        Instant left = Instant.parse("2021-04-01T22:00:00Z");
        trail.record(second, second.withdraw("Moved away", BY, left));
        trail.record(second, second.refund("2021-000009", BY, left));
        return List.of(first.membershipNumber(), second.membershipNumber());
    }

    private Member registered(String nationalId, String mobile, int shares, String at) {
        Instant when = Instant.parse(at);
        Member member = Member.applicant(NationalId.parse(nationalId), "عضو مساهم", "Share Holder",
                SaudiMobile.parse(mobile), null, "نجران", new Member.Subscription(shares, "R-2021-0001", null), BY,
                when);
        em.persist(member);
        em.flush();
        member.created(BY).forEach(change -> trail.record(member, change));
        trail.record(member, member.activate("NJT-2021-" + nationalId.substring(5), BY, when));
        return member;
    }
}
