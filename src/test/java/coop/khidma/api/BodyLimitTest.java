package coop.khidma.api;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused body is thrown away only up to a bound: a client sending without end gets a closed connection. */
class BodyLimitTest {

    @Test
    void aRefusedBodyIsReadAwayUpToOneMegabyteAndNoFurther() throws IOException {
        assertThat(BodyLimit.discard(new ByteArrayInputStream(new byte[80_000]))).isTrue();
        assertThat(BodyLimit.discard(new ByteArrayInputStream(new byte[1024 * 1024]))).isTrue();
        Endless endless = new Endless();
        assertThat(BodyLimit.discard(endless)).isFalse();
        assertThat(endless.served).isLessThan(1024 * 1024 + 8192 + 1);
    }

    /** A body that never ends, counting what was read of it. */
    private static final class Endless extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            return len;
        }
    }
}
