package coop.khidma.platform.personaldata;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Personal data anonymised where it is kept, in the caller's transaction: every component's {@link Anonymisable}, in
 * their order, each in its own tables. Used by the retention purge and by erasure (both in {@code privacy}, which
 * audits the counts this returns), and by the component whose rows others hang on ({@link #ofRequests}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Anonymisation {

    @Inject
    @Any
    Instance<Anonymisable> components;

    /** The records of {@code category} closed before {@code cutoff}, anonymised at {@code at}; how many. */
    public int pastRetention(DataCategory category, Instant cutoff, Instant at) {
        return inOrder().stream().mapToInt(component -> component.pastRetention(category, cutoff, at)).sum();
    }

    /**
     * Everything held about the person, anonymised (the requests first, with what hangs on them); the counts for the
     * audit trail, e.g. {@code requests 2, members 1, volunteers 0, reply contacts 0, messages 3}.
     */
    public String erase(Subject subject, Instant at) {
        return inOrder().stream().map(component -> component.erase(subject, at)).flatMap(Optional::stream)
                .map(RecordCount::toString).collect(Collectors.joining(", "));
    }

    /** What hangs on the requests {@code requestIds} (referrals, the committee's reasons, messages sent), anonymised. */
    public void ofRequests(List<Long> requestIds, Instant at) {
        inOrder().forEach(component -> component.ofRequests(requestIds, at));
    }

    /** Whether the person is a current member (active or suspended): the register keeps them while they are. */
    public boolean mustKeep(Subject subject) {
        return inOrder().stream().anyMatch(component -> component.mustKeep(subject));
    }

    /** How many of the person's requests are still open, {@code except} aside (erasure waits for them). */
    public long openRequests(Subject subject, String except) {
        return inOrder().stream().mapToLong(component -> component.openRequests(subject, except)).sum();
    }

    private List<Anonymisable> inOrder() {
        List<Anonymisable> sorted = new ArrayList<>();
        components.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(Anonymisable::order));
        return sorted;
    }
}
