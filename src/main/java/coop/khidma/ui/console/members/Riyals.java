package coop.khidma.ui.console.members;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** An amount of riyals as the reader reads it: their language's digits and grouping, always two decimals. */
final class Riyals {

    private Riyals() {
    }

    static String of(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A number of shares in the reader's digits. */
    static String count(long shares, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(shares);
    }
}
