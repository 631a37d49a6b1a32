package coop.khidma.membership.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The share register as of a day: every member who held shares on it (by membership number) with their shares and
 * the capital they make at the nominal value in force; the totals are the sums of the lines, which are the sums of the
 * movements up to that day.
 */
public record RegisterReport(LocalDate asOf, BigDecimal nominalValue, List<Line> lines, long shares,
                             BigDecimal capital) {

    /** One member's holding on the day and its capital. */
    public record Line(String membershipNumber, String nameArabic, String nameLatin, long shares, BigDecimal capital) {
    }

    public int members() {
        return lines.size();
    }
}
