package coop.khidma.assembly.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInCodeTest {

    @Test
    void aCodeIsSixDigitsKeepingItsLeadingZeros() {
        Random seeded = new Random(7);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(CheckInCode.next(seeded));
        }
        assertThat(codes).allMatch(code -> code.matches("\\d{6}"));
        assertThat(codes).as("random, not repeating").hasSizeGreaterThan(990);
        assertThat(CheckInCode.next(new java.util.random.RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public int nextInt(int bound) {
                return 4821;
            }
        })).isEqualTo("004821");
    }
}
