package coop.khidma.satisfaction.control;

import coop.khidma.satisfaction.control.RatingFigures.Count;
import coop.khidma.satisfaction.control.RatingFigures.Group;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RatingFiguresTest {

    @Test
    void aGroupOfFiveOrMoreShowsItsAverageAndSpread() {
        List<Group> groups = RatingFigures.of(List.of(new Count("RECEPTION", "KIOSK", 5, 3),
                new Count("RECEPTION", "KIOSK", 4, 1), new Count("RECEPTION", "KIOSK", 1, 1)));
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.tooFew()).isFalse();
            assertThat(group.ratings()).contains(5L);
            assertThat(group.average()).contains(new BigDecimal("4.00"));
            assertThat(group.perScore()).containsExactly(1L, 0L, 0L, 1L, 3L);
        });
    }

    @Test
    void aGroupOfFewerThanFiveShowsNothingNotEvenItsCount() {
        List<Group> groups = RatingFigures.of(List.of(new Count("INQUIRY", "KIOSK", 1, 4)));
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.tooFew()).isTrue();
            assertThat(group.ratings()).isEmpty();
            assertThat(group.average()).isEmpty();
            assertThat(group.perScore()).isEmpty();
        });
    }

    @Test
    void groupsAreServiceAndChannelInAStableOrder() {
        List<Group> groups = RatingFigures.of(List.of(new Count("RECEPTION", "PHONE", 3, 5),
                new Count("INQUIRY", "KIOSK", 2, 6), new Count("RECEPTION", "KIOSK", 4, 2)));
        assertThat(groups).extracting(group -> group.service() + "/" + group.channel())
                .containsExactly("INQUIRY/KIOSK", "RECEPTION/KIOSK", "RECEPTION/PHONE");
        assertThat(groups.get(0).average()).contains(new BigDecimal("2.00"));
        assertThat(groups.get(1).tooFew()).isTrue();
    }

    @Test
    void averagesAreRoundedToTwoDecimals() {
        List<Group> groups = RatingFigures.of(List.of(new Count("KIOSK", "KIOSK", 5, 2),
                new Count("KIOSK", "KIOSK", 4, 4)));
        assertThat(groups.get(0).average()).contains(new BigDecimal("4.33"));
    }

    @Test
    void theBoardSeesEachServiceOverEveryChannelThenAllWithSmallServicesWithheld() {
        List<Group> groups = RatingFigures.byService(List.of(new Count("RECEPTION", "", 5, 3),
                new Count("RECEPTION", "", 4, 2), new Count("RECEPTION", "", 1, 1), new Count("SUPPORT", "", 2, 4)),
                List.of("RECEPTION", "INQUIRY", "SUPPORT"));
        assertThat(groups).extracting(Group::service).containsExactly("RECEPTION", "INQUIRY", "SUPPORT", "");
        assertThat(groups.get(0).ratings()).contains(6L);
        assertThat(groups.get(0).average()).contains(new BigDecimal("4.00"));
        assertThat(groups.get(0).perScore()).containsExactly(1L, 0L, 0L, 2L, 3L);
        assertThat(groups.get(1).tooFew()).as("no rating at all").isTrue();
        assertThat(groups.get(2).tooFew()).as("four ratings: withheld, even their count").isTrue();
        assertThat(groups.get(2).ratings()).isEmpty();
        assertThat(groups.get(3).ratings()).contains(10L);
        assertThat(groups.get(3).average()).contains(new BigDecimal("3.20"));
    }
}
