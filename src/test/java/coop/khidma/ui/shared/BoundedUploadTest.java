package coop.khidma.ui.shared;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The server, not the browser, bounds what an upload may make it hold. */
class BoundedUploadTest {

    @Test
    void aFileUpToTheLimitIsKeptWhole() throws IOException {
        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(new byte[1000]), 1000)).hasSize(1000);
        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(new byte[0]), 1000)).isEmpty();
    }

    @Test
    void aLargerOneIsRefusedHavingReadOneBytePastTheLimitAndNoMore() throws IOException {
        Counting endless = new Counting();
        assertThat(BoundedUpload.readAtMost(endless, 10 * 1024 * 1024)).isNull();
        assertThat(endless.served).isEqualTo(10 * 1024 * 1024 + 1);
    }

    @Test
    void theUploadParserIsToldTheSameLimitForOneFile() {
        BoundedUpload upload = BoundedUpload.of(5_000_000, (metadata, bytes) -> { }, () -> { });
        assertThat(upload.getFileSizeMax()).isEqualTo(5_000_000);
        assertThat(upload.getFileCountMax()).isEqualTo(1);
        assertThat(upload.getRequestSizeMax()).isEqualTo(5_000_000 + 65_536);
    }

    /** A sender that never stops, counting the bytes taken from it. */
    private static final class Counting extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            return len;
        }
    }
}
