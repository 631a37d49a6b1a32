package coop.khidma.assembly.control;

import coop.khidma.assembly.control.Representation.Mode;
import coop.khidma.assembly.control.Representation.Presence;
import coop.khidma.platform.i18n.DomainException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepresentationTest {

    /** Members 11 and 12 gave their proxies to 20; 13 gave theirs to 30. */
    private static final Map<Long, Long> PROXIES = Map.of(11L, 20L, 12L, 20L, 13L, 30L);

    @Test
    void aHolderArrivingBringsInEachGrantorSeparately() {
        List<Presence> arriving = Representation.arrive(20, PROXIES, Map.of());
        assertThat(arriving).containsExactly(new Presence(20, Mode.IN_PERSON, 20),
                new Presence(11, Mode.BY_PROXY, 20), new Presence(12, Mode.BY_PROXY, 20));
        assertThat(Representation.arrive(40, PROXIES, Map.of())).containsExactly(new Presence(40, Mode.IN_PERSON, 40));
    }

    @Test
    void aGrantorWhoCameFirstAttendsInPersonAndIsNotRepresentedToo() {
        Map<Long, Presence> present = new HashMap<>();
        Representation.arrive(11, PROXIES, present).forEach(p -> present.put(p.memberId(), p));
        List<Presence> holder = Representation.arrive(20, PROXIES, present);
        assertThat(holder).extracting(Presence::memberId).containsExactly(20L, 12L);
    }

    @Test
    void nobodyChecksInTwiceNeitherInPersonNorAfterBeingRepresented() {
        Map<Long, Presence> present = new HashMap<>();
        Representation.arrive(20, PROXIES, present).forEach(p -> present.put(p.memberId(), p));
        assertThatThrownBy(() -> Representation.arrive(20, PROXIES, present))
                .isInstanceOf(DomainException.class).hasMessage("rule.checkIn.already");
        assertThatThrownBy(() -> Representation.arrive(12, PROXIES, present))
                .isInstanceOf(DomainException.class).hasMessage("rule.checkIn.represented");
    }

    @Test
    void aHolderVotesForEachGrantorOnceAndForNobodyElse() {
        Map<Long, Presence> present = new HashMap<>();
        Representation.arrive(20, PROXIES, present).forEach(p -> present.put(p.memberId(), p));
        Representation.arrive(30, PROXIES, present).forEach(p -> present.put(p.memberId(), p));
        assertThat(Representation.requireMayVote(20, 11, present, Set.of()).mode()).isEqualTo(Mode.BY_PROXY);
        assertThat(Representation.requireMayVote(20, 20, present, Set.of(11L)).mode()).isEqualTo(Mode.IN_PERSON);
        assertThatThrownBy(() -> Representation.requireMayVote(20, 11, present, Set.of(11L)))
                .hasMessage("rule.vote.already");
        assertThatThrownBy(() -> Representation.requireMayVote(20, 13, present, Set.of()))
                .as("13 is represented by 30, not 20").hasMessage("rule.vote.notTheirs");
        assertThatThrownBy(() -> Representation.requireMayVote(11, 11, present, Set.of()))
                .as("a represented grantor does not vote as well").hasMessage("rule.vote.notTheirs");
        assertThatThrownBy(() -> Representation.requireMayVote(40, 40, present, Set.of()))
                .hasMessage("rule.vote.notPresent");
    }
}
