package coop.khidma.assembly.control;

import coop.khidma.assembly.control.Quorum.Count;
import coop.khidma.assembly.entity.QuorumBasis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuorumTest {

    private static final Quorum BY_MEMBERS = new Quorum(QuorumBasis.MEMBERS, 50, true, 25);
    private static final Quorum BY_SHARES = new Quorum(QuorumBasis.SHARES, 50, true, 25);

    @Test
    void byMembersHalfOfSevenIsFourPresentInPersonOrByProxy() {
        Count entitled = new Count(7, 700);
        Quorum.Standing three = BY_MEMBERS.standing(entitled, new Count(3, 600));
        assertThat(three.first().required()).isEqualTo(4);
        assertThat(three.first().reached()).isFalse();
        assertThat(three.second().required()).isEqualTo(2);
        assertThat(three.second().reached()).isTrue();
        // two in person and two represented by a holder who is present
        Quorum.Standing four = BY_MEMBERS.standing(entitled, Count.NONE.plus(2, 20).plus(2, 20));
        assertThat(four.present()).isEqualTo(4);
        assertThat(four.first().reached()).isTrue();
        assertThat(four.reachedFor(false)).isTrue();
    }

    @Test
    void bySharesFewMembersWithManySharesReachIt() {
        Count entitled = new Count(10, 1000);
        Quorum.Standing standing = BY_SHARES.standing(entitled, new Count(2, 500));
        assertThat(standing.basis()).isEqualTo(QuorumBasis.SHARES);
        assertThat(standing.present()).isEqualTo(500);
        assertThat(standing.entitled()).isEqualTo(1000);
        assertThat(standing.first().required()).isEqualTo(500);
        assertThat(standing.first().reached()).isTrue();
        assertThat(BY_SHARES.standing(entitled, new Count(9, 499)).first().reached())
                .as("nine members of ten with 499 of 1000 shares").isFalse();
        assertThat(BY_MEMBERS.standing(entitled, new Count(2, 500)).first().reached())
                .as("the same people counted by members").isFalse();
    }

    @Test
    void theSecondMeetingHasItsOwnThresholdOnlyWhenTheBylawsAllowIt() {
        Count entitled = new Count(40, 4000);
        Quorum.Standing ten = BY_MEMBERS.standing(entitled, new Count(10, 800));
        assertThat(ten.first().reached()).isFalse();
        assertThat(ten.second().required()).isEqualTo(10);
        assertThat(ten.reachedFor(true)).isTrue();
        assertThat(BY_MEMBERS.standing(entitled, new Count(9, 800)).reachedFor(true)).isFalse();

        Quorum noSecond = new Quorum(QuorumBasis.MEMBERS, 50, false, 0);
        Quorum.Standing standing = noSecond.standing(entitled, new Count(10, 800));
        assertThat(standing.second()).isNull();
        assertThat(standing.reachedFor(true)).isFalse();
    }

    @Test
    void exactlyThePercentageIsEnoughAndOneLessIsNot() {
        Quorum twoThirds = new Quorum(QuorumBasis.MEMBERS, 67, false, 0);
        Count entitled = new Count(300, 3000);
        assertThat(twoThirds.standing(entitled, new Count(201, 0)).first().reached()).isTrue();
        assertThat(twoThirds.standing(entitled, new Count(200, 0)).first().reached()).isFalse();
        Quorum all = new Quorum(QuorumBasis.SHARES, 100, false, 0);
        assertThat(all.standing(new Count(3, 30), new Count(3, 30)).first().reached()).isTrue();
        assertThat(all.standing(new Count(3, 30), new Count(3, 29)).first().reached()).isFalse();
    }

    @Test
    void nobodyEntitledOrNobodyPresentIsNoQuorum() {
        Quorum.Standing empty = BY_MEMBERS.standing(Count.NONE, Count.NONE);
        assertThat(empty.first().reached()).isFalse();
        assertThat(empty.second().reached()).isFalse();
        assertThat(BY_MEMBERS.standing(new Count(1, 10), Count.NONE).first().reached()).isFalse();
        assertThat(BY_MEMBERS.standing(new Count(1, 10), new Count(1, 10)).first().reached()).isTrue();
    }

    @Test
    void impossibleFiguresAreRefused() {
        assertThatThrownBy(() -> new Quorum(QuorumBasis.MEMBERS, 0, false, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quorum(QuorumBasis.MEMBERS, 50, true, 101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BY_MEMBERS.standing(new Count(2, 20), new Count(3, 20)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Count(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
