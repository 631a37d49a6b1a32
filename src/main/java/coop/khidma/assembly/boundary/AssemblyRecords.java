package coop.khidma.assembly.boundary;

import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.AssemblyInvitation;
import coop.khidma.assembly.entity.Attendance;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.assembly.entity.Proxy;
import coop.khidma.assembly.entity.Vote;
import coop.khidma.membership.boundary.MemberIdentities;
import coop.khidma.platform.personaldata.PersonalRecords;
import coop.khidma.platform.personaldata.PersonalRecords.Bilingual;
import coop.khidma.platform.personaldata.PersonalRecords.Entry;
import coop.khidma.platform.personaldata.PersonalRecords.Field;
import coop.khidma.platform.personaldata.PersonalRecords.Key;
import coop.khidma.platform.personaldata.PersonalRecords.Section;
import coop.khidma.platform.personaldata.RecordCount;
import coop.khidma.platform.personaldata.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A member's part in the General Assembly, for the data subject's copy: the invitations sent to them (when, how, the
 * shares counted — never the check-in code, of which only a hash is kept), the proxies they gave and held, their
 * attendance and their OWN votes with their choices. A vote is personal data of the member it counts for: it is in
 * their copy only — the votes a proxy holder cast for the member who appointed them are in that member's copy, not in
 * the holder's. Found by the member records of the verified national ID ({@link MemberIdentities}).
 *
 * <p>Nothing here is corrected or anonymised: these rows hold no name, national ID or contact, only the member's record
 * id and membership number, and they are the meeting's minutes, a record the association must keep. Erasure (of a
 * member no longer in the register) anonymises the member's row, after which the membership number names nobody and
 * the copy finds nothing; the minutes' attendance, quorum and vote totals stay exactly as they were. No retention
 * category purges them. The invitation's SMS, e-mail and letter are messages, anonymised with the correspondence.
 */
@ApplicationScoped
public class AssemblyRecords implements PersonalRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    MemberIdentities identities;

    @Override
    public int order() {
        return 12;
    }

    @Override
    public Part copy(Subject subject, List<String> requests) {
        List<Long> ids = identities.idsOf(subject.nationalId());
        List<Entry> entries = new ArrayList<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT i FROM AssemblyInvitation i WHERE i.memberId IN :ids ORDER BY i.sentAt, i.id",
                    AssemblyInvitation.class).setParameter("ids", ids).getResultList()
                    .forEach(invitation -> entries.add(invitation(invitation)));
            em.createQuery("SELECT p FROM AssemblyProxy p WHERE p.grantorMemberId IN :ids OR p.holderMemberId IN :ids "
                    + "ORDER BY p.appointedAt, p.id", Proxy.class).setParameter("ids", ids).getResultList()
                    .forEach(proxy -> entries.add(proxy(proxy, ids.contains(proxy.grantorMemberId()))));
            em.createQuery("SELECT a FROM Attendance a WHERE a.memberId IN :ids ORDER BY a.checkedInAt, a.id",
                    Attendance.class).setParameter("ids", ids).getResultList()
                    .forEach(attendance -> entries.add(attendance(attendance)));
            em.createQuery("SELECT v FROM AssemblyVote v WHERE v.memberId IN :ids "
                    + "ORDER BY v.assemblyId, v.itemPosition", Vote.class).setParameter("ids", ids).getResultList()
                    .forEach(vote -> entries.add(vote(vote)));
        }
        return new Part(new Section("privacy.export.assembly", "privacy.export.none", List.copyOf(entries)),
                new RecordCount("assembly records", entries.size()));
    }

    private Entry invitation(AssemblyInvitation invitation) {
        return new Entry(GeneralAssembly.reference(invitation.assemblyId()), List.of(
                new Field("privacy.field.assemblyRecord", new Key("privacy.assembly.invitation")),
                new Field("privacy.field.meetingAt", meeting(invitation.assemblyId()).firstMeetingAt()),
                new Field("privacy.field.membershipNumber", invitation.membershipNumber()),
                new Field("privacy.field.shares", invitation.shares()),
                new Field("privacy.field.channel", new Key("messageChannel." + invitation.channel())),
                new Field("privacy.field.sentAt", invitation.sentAt())));
    }

    private Entry proxy(Proxy proxy, boolean given) {
        return new Entry(GeneralAssembly.reference(proxy.assemblyId()), List.of(
                new Field("privacy.field.assemblyRecord",
                        new Key(given ? "privacy.assembly.proxyGiven" : "privacy.assembly.proxyHeld")),
                new Field("privacy.field.meetingAt", meeting(proxy.assemblyId()).firstMeetingAt()),
                new Field("privacy.field.proxyGrantor", proxy.grantorNumber()),
                new Field("privacy.field.proxyHolder", proxy.holderNumber()),
                new Field("privacy.field.request", proxy.requestReference()),
                new Field("privacy.field.appointedAt", proxy.appointedAt()),
                new Field("privacy.field.withdrawnAt", proxy.withdrawnAt())));
    }

    private Entry attendance(Attendance attendance) {
        return new Entry(GeneralAssembly.reference(attendance.assemblyId()), List.of(
                new Field("privacy.field.assemblyRecord", new Key("privacy.assembly.attendance")),
                new Field("privacy.field.meetingAt", meeting(attendance.assemblyId()).firstMeetingAt()),
                new Field("privacy.field.membershipNumber", attendance.membershipNumber()),
                new Field("privacy.field.presence", new Key("privacy.assembly.mode." + attendance.mode())),
                new Field("privacy.field.voter", attendance.voterNumber()),
                new Field("privacy.field.shares", attendance.shares()),
                new Field("privacy.field.desk", new Key("assemblyday.desk." + attendance.desk())),
                new Field("privacy.field.checkedInAt", attendance.checkedInAt())));
    }

    private Entry vote(Vote vote) {
        AgendaItem item = em.find(AgendaItem.class, vote.itemId());
        return new Entry(GeneralAssembly.reference(vote.assemblyId()), List.of(
                new Field("privacy.field.assemblyRecord", new Key("privacy.assembly.vote")),
                new Field("privacy.field.agendaItem", new Bilingual(vote.itemPosition() + ". " + item.titleArabic(),
                        vote.itemPosition() + ". " + item.titleEnglish())),
                new Field("privacy.field.choice", new Key("assemblyday.choice." + vote.choice())),
                new Field("privacy.field.castBy", vote.castByNumber()),
                new Field("privacy.field.desk", new Key("assemblyday.desk." + vote.desk())),
                new Field("privacy.field.votedAt", vote.recordedAt())));
    }

    private GeneralAssembly meeting(long id) {
        return em.find(GeneralAssembly.class, id);
    }
}
