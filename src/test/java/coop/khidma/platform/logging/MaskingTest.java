package coop.khidma.platform.logging;

import org.junit.jupiter.api.Test;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** No national ID or mobile number survives into a log line, in any usual form. */
class MaskingTest {

    @Test
    void nationalIdsAndIqamasKeepOnlyTheirLastTwoDigits() {
        assertThat(Masking.mask("member 1012345678 applied")).isEqualTo("member ********78 applied");
        assertThat(Masking.mask("iqama 2123456789.")).isEqualTo("iqama ********89.");
    }

    @Test
    void mobilesInEveryUsualFormAreMasked() {
        assertThat(Masking.mask("call 0551234567")).isEqualTo("call ********67");
        assertThat(Masking.mask("call +966551234567")).isEqualTo("call +**********67");
        assertThat(Masking.mask("call 00966 55 123 4567")).doesNotContain("123").endsWith("67");
        assertThat(Masking.mask("جوال ٠٥٥١٢٣٤٥٦٧")).isEqualTo("جوال ********٦٧");
    }

    @Test
    void otherNumbersAreLeftAlone() {
        assertThat(Masking.mask("reference 2026-000042, 3 items, year 1447, port 3306, id 31234567890"))
                .isEqualTo("reference 2026-000042, 3 items, year 1447, port 3306, id 31234567890");
        assertThat(Masking.mask(null)).isNull();
    }

    @Test
    void theFilterMasksFormattedParametersAndExceptionsBeforeAnyHandlerWrites() {
        LogRecord record = new LogRecord(Level.WARNING, "Request from {0} failed");
        record.setParameters(new Object[]{"0551234567"});
        record.setThrown(new IllegalStateException("duplicate national_id 1012345678",
                new RuntimeException("mobile +966551234567")));

        boolean loggable = new MaskedLogs.MaskingFilter(null).isLoggable(record);
        String written = new SimpleFormatter().format(record);

        assertThat(loggable).isTrue();
        assertThat(written).contains("Request from ********67 failed", "IllegalStateException",
                "duplicate national_id ********78").doesNotContain("0551234567", "1012345678", "551234567");
    }

    @Test
    void anEarlierFilterStillDecides() {
        Handler handler = new java.util.logging.ConsoleHandler();
        handler.setFilter(new MaskedLogs.MaskingFilter(record -> false));

        assertThat(handler.isLoggable(new LogRecord(Level.SEVERE, "x"))).isFalse();
    }
}
