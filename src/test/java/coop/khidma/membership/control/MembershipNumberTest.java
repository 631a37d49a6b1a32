package coop.khidma.membership.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class MembershipNumberTest {

    @Test
    void theNumberIsThePrefixTheYearAndAtLeastFourDigits() {
        assertThat(new MembershipNumber(2026, 1)).hasToString("NJT-2026-0001");
        assertThat(new MembershipNumber(2026, 9999)).hasToString("NJT-2026-9999");
        assertThat(new MembershipNumber(2026, 10000)).hasToString("NJT-2026-10000");
    }

    @Test
    void consecutiveSerialsGiveDistinctOrderedNumbersThatReadBack() {
        List<MembershipNumber> numbers = LongStream.rangeClosed(1, 20).mapToObj(n -> new MembershipNumber(2026, n))
                .toList();
        assertThat(numbers.stream().map(MembershipNumber::toString).distinct()).hasSize(20);
        assertThat(numbers).isSorted();
        numbers.forEach(number -> assertThat(MembershipNumber.parse(number.toString())).isEqualTo(number));
        assertThat(new MembershipNumber(2025, 99)).isLessThan(new MembershipNumber(2026, 1));
    }

    @Test
    void itIsReadAsTyped() {
        assertThat(MembershipNumber.parse(" njt-٢٠٢٦-٠٠٤٢ ")).isEqualTo(new MembershipNumber(2026, 42));
        assertThat(MembershipNumber.parse("NJT - 2026 - 0042")).isEqualTo(new MembershipNumber(2026, 42));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NJT-2026-1", "NJT-26-0001", "ABC-2026-0001", "NJT-2026-0000", "NJT-1999-0001",
            "NJT20260001"})
    void otherFormsAreRefused(String raw) {
        assertBroken("rule.membershipNumber.invalid", () -> MembershipNumber.parse(raw));
    }

    @Test
    void theYearIsTheRiyadhYear() {
        assertThat(Registration.yearOf(Instant.parse("2026-12-31T20:59:59Z"))).isEqualTo(2026);
        assertThat(Registration.yearOf(Instant.parse("2026-12-31T21:00:00Z"))).isEqualTo(2027);
    }
}
