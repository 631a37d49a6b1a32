package coop.khidma.assembly.control;

import coop.khidma.assembly.control.ItemResult.Outcome;
import coop.khidma.assembly.control.ItemResult.Tally;
import coop.khidma.assembly.entity.DecisionRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemResultTest {

    @Test
    void aMajorityIsMoreThanHalfOfTheVotesCast() {
        ItemResult result = ItemResult.of(DecisionRule.MAJORITY, new Tally(6, 5, 0));
        assertThat(result.required()).isEqualTo(6);
        assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(ItemResult.of(DecisionRule.MAJORITY, new Tally(5, 6, 0)).outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    }

    @Test
    void aTieIsNoMajority() {
        ItemResult tie = ItemResult.of(DecisionRule.MAJORITY, new Tally(5, 5, 3));
        assertThat(tie.required()).isEqualTo(6);
        assertThat(tie.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    }

    @Test
    void abstentionsAreCountedButAreNotVotesCast() {
        // 4 for, 3 against, 10 abstain: 4 of 7 votes cast is a majority although only 4 of 17 voters
        ItemResult result = ItemResult.of(DecisionRule.MAJORITY, new Tally(4, 3, 10));
        assertThat(result.tally().cast()).isEqualTo(7);
        assertThat(result.tally().voters()).isEqualTo(17);
        assertThat(result.required()).isEqualTo(4);
        assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
        // and the same abstentions do not help reach two thirds either: 4 of 7 is less
        assertThat(ItemResult.of(DecisionRule.TWO_THIRDS, new Tally(4, 3, 10)).outcome())
                .isEqualTo(Outcome.NOT_ADOPTED);
    }

    @Test
    void twoThirdsExactlyAdoptsAndJustUnderDoesNot() {
        ItemResult exactly = ItemResult.of(DecisionRule.TWO_THIRDS, new Tally(6, 3, 1));
        assertThat(exactly.required()).isEqualTo(6);
        assertThat(exactly.outcome()).isEqualTo(Outcome.ADOPTED);
        ItemResult under = ItemResult.of(DecisionRule.TWO_THIRDS, new Tally(13, 7, 0));
        assertThat(under.required()).isEqualTo(14);
        assertThat(under.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(ItemResult.of(DecisionRule.TWO_THIRDS, new Tally(14, 7, 0)).outcome()).isEqualTo(Outcome.ADOPTED);
        // a plain majority that is not two thirds: 7 of 12
        assertThat(ItemResult.of(DecisionRule.TWO_THIRDS, new Tally(7, 5, 0)).outcome())
                .isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(ItemResult.of(DecisionRule.MAJORITY, new Tally(7, 5, 0)).outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void noVoteCastAdoptsNothing() {
        assertThat(ItemResult.of(DecisionRule.MAJORITY, Tally.NONE).outcome()).isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(ItemResult.of(DecisionRule.MAJORITY, new Tally(0, 0, 9)).outcome()).isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(ItemResult.of(DecisionRule.TWO_THIRDS, new Tally(0, 0, 9)).outcome())
                .isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(ItemResult.of(DecisionRule.MAJORITY, new Tally(1, 0, 0)).outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void anInformationOnlyItemTakesNoVote() {
        ItemResult information = ItemResult.of(DecisionRule.INFORMATION_ONLY, Tally.NONE);
        assertThat(information.outcome()).isEqualTo(Outcome.INFORMATION);
        assertThat(information.required()).isZero();
        assertThatThrownBy(() -> ItemResult.of(DecisionRule.INFORMATION_ONLY, new Tally(1, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
