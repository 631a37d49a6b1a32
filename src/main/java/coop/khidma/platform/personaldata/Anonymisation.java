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
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
     * Everything held about the person, anonymised (the requests first, with what hangs on them), then the texts of
     * others that name them (the names held for them read first); the counts for the audit trail, e.g.
     * {@code requests 2, members 1, volunteers 0, reply contacts 0, messages 3, texts naming the person 1}, how the
     * person is named, and the records anonymised (for the audit trail's redaction).
     */
    public Erased erase(Subject subject, Instant at) {
        List<Anonymisable> components = inOrder();
        List<String> names = components.stream().flatMap(component -> component.names(subject).stream()).toList();
        Mentions mentions = Mentions.of(subject, names);
        String counts = components.stream().flatMap(component -> Stream.concat(component.erase(subject, at).stream(),
                        component.eraseMentions(mentions, at).stream()))
                .map(RecordCount::toString).collect(Collectors.joining(", "));
        return new Erased(counts, mentions, anonymisedRecords(at));
    }

    /** The records anonymised at {@code at}, as the audit trail names them. */
    public List<String> anonymisedRecords(Instant at) {
        return inOrder().stream().flatMap(component -> component.anonymisedRecords(at).stream()).distinct().toList();
    }

    /** What an erasure did: its counts, how the person is named, the records anonymised. */
    public record Erased(String counts, Mentions mentions, List<String> records) {
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
