package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import coop.khidma.intake.control.PeriodChange;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.i18n.Locales;

import java.util.List;
import java.util.Locale;

/** How the reports write a change against the period before, and frame a chart, alike on screen and on paper. */
final class ReportText {

    private ReportText() {
    }

    /** {@code +2}, {@code −3} or {@code 0}. */
    static String difference(PeriodChange change) {
        return change.difference() > 0 ? "+" + change.difference()
                : change.difference() < 0 ? "−" + -change.difference() : "0";
    }

    /** {@code +13%}, {@code −50%}, or a dash when nothing came in the period before. */
    static String percent(PeriodChange change, Locale locale) {
        Integer percent = change.percent();
        if (percent == null) {
            return Messages.get(locale, "reports.change.none");
        }
        return (percent > 0 ? "+" : percent < 0 ? "−" : "") + Math.abs(percent) + "%";
    }

    /** A titled chart box, the same markup the satisfaction trend uses. */
    static Component chart(String id, String title, String description, List<BarChart.Bar> bars, Locale locale) {
        Div box = new Div(new Span(title),
                new BarChart(id, title, description, bars, Locales.isRightToLeft(locale)));
        box.addClassName("backoffice-chart-box");
        box.addClassName("report-chart");
        return box;
    }

    /** The link to a report's print page, opened in a new tab; its address is set when the report is shown. */
    static Anchor printLink(String id, Locale locale) {
        Anchor print = new Anchor("", "");
        print.setId(id);
        print.setTarget("_blank");
        print.add(VaadinIcon.PRINT.create());
        print.add(Messages.get(locale, "reports.print"));
        print.addClassName("console-export");
        return print;
    }

    /** Working days as a report writes them: {@code 2}, {@code 1.5}, or a dash when there is none. */
    static String days(Double days, Locale locale) {
        if (days == null) {
            return Messages.get(locale, "reports.change.none");
        }
        return days == Math.rint(days) ? String.valueOf(days.longValue()) : String.valueOf(days);
    }

    /** {@code 67%}, or a dash when there is nothing to share. */
    static String share(Integer percent, Locale locale) {
        return percent == null ? Messages.get(locale, "reports.change.none") : percent + "%";
    }
}
