package coop.khidma.privacy.boundary;

import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.personaldata.CorrectionField;
import coop.khidma.platform.personaldata.PersonalRecords;
import coop.khidma.platform.personaldata.PersonalRecords.Section;
import coop.khidma.platform.personaldata.Subject;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything held about one person, found by their verified national ID and the mobile bound to it ({@link #bound})
 * where each component keeps it
 * ({@link PersonalRecords}, in their order): the member register and its share movements, the General Assembly's
 * invitations, proxies, attendance and the person's own votes, the requests they filed or that are about them (with
 * the checklist notes), the privacy notices accepted to file them, volunteering, reply contacts and the messages sent
 * to them. Read for the export; written by a correction, in the caller's transaction. Ratings are anonymous by design
 * and cannot be found.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SubjectRecords {

    @Inject
    @Any
    Instance<PersonalRecords> components;

    /** The export's sections and a line of counts for the audit trail. */
    public record Found(List<Section> sections, String counts) {
    }

    public Found of(Subject subject) {
        List<Section> sections = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (PersonalRecords component : inOrder()) {
            PersonalRecords.Part part = component.copy(subject, List.copyOf(requests));
            sections.add(part.section());
            counts.add(part.count().toString());
            requests.addAll(part.requests());
        }
        return new Found(List.copyOf(sections), String.join(", ", counts));
    }

    /**
     * The person bound to the verified {@code nationalId}, with {@code declaredMobile} only where a record holds that
     * mobile together with that ID (otherwise the mobile finds nothing: it is just what someone said); {@code verifiedOn}
     * is the request staff verified the identity on.
     */
    public Subject bound(NationalId nationalId, SaudiMobile declaredMobile, String verifiedOn) {
        Subject candidate = new Subject(nationalId, declaredMobile, verifiedOn);
        if (declaredMobile == null || inOrder().stream().noneMatch(component -> component.holdsTogether(candidate))) {
            return candidate.withoutMobile();
        }
        return candidate;
    }

    /** Applies the checked value wherever the person's field is held; the number of rows changed. */
    public int correct(Subject subject, CorrectionField field, Object value) {
        return inOrder().stream().mapToInt(component -> component.correct(subject, field, value)).sum();
    }

    private List<PersonalRecords> inOrder() {
        List<PersonalRecords> sorted = new ArrayList<>();
        components.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(PersonalRecords::order));
        return sorted;
    }
}
