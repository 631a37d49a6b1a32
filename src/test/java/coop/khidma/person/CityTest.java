package coop.khidma.person;

import org.junit.jupiter.api.Test;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class CityTest {

    @Test
    void aCityIsRequiredAndAtMostSixtyCharacters() {
        assertBroken("rule.member.city", () -> City.check(""));
        assertBroken("rule.member.city", () -> City.check("\u00A0\u00A0"));
        assertBroken("rule.member.city", () -> City.check("\u200C"));
        assertBroken("rule.member.city", () -> City.check("x".repeat(61)));
        assertThat(City.check("  نجران \t الجديدة ")).isEqualTo("نجران الجديدة");
        assertThat(City.check("x".repeat(60))).hasSize(60);
    }

    @Test
    void theWidthOfEveryCityColumn() {
        assertThat(City.MAX).isEqualTo(60);
    }
}
