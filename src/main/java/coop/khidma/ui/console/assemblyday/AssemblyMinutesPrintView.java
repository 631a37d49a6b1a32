package coop.khidma.ui.console.assemblyday;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import coop.khidma.assembly.boundary.AssemblyDay;
import coop.khidma.assembly.boundary.CheckIns;
import coop.khidma.assembly.control.Quorum;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.PrintPage;
import coop.khidma.ui.shared.Dates;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The minutes of a General Assembly meeting on A4 in the reader's language ({@code ?reference=7}): the meeting, its
 * date in Hijri beside Gregorian, place and record date, the meeting time held, attendance (members and shares in
 * person, by proxy, in all, of those entitled), the quorum and whether it was reached, then each agenda item with its
 * rule, its totals and its result; how the votes were counted; lines for the chair's and the secretary's signatures.
 * Totals only: no member's vote.
 */
@Route("console/print/assembly-minutes")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class AssemblyMinutesPrintView extends PrintPage {

    private final CheckIns checkIns;
    private final Clock clock;

    @Inject
    public AssemblyMinutesPrintView(CheckIns checkIns, Clock clock) {
        this.checkIns = checkIns;
        this.clock = clock;
        setId("assembly-minutes-print");
    }

    @Override
    protected void fill(String reference, BeforeEnterEvent event) {
        AssemblyDay day;
        try {
            day = checkIns.day(Long.parseLong(reference.replaceFirst("(?i)^GA-", "").strip()));
        } catch (NumberFormatException | DomainException unknown) {
            sheet.add(new Paragraph(unknown instanceof DomainException broken
                    ? ErrorMessages.messageFor(broken, getLocale()) : getTranslation("assemblyday.print.unknown")));
            return;
        }
        GeneralAssembly assembly = day.assembly();
        H2 title = new H2(getTranslation("assemblyday.print.title",
                getTranslation("assembly.kind." + assembly.kind()), assembly.subject()));
        title.setId("assembly-minutes-title");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"assemblyday.print.date", Dates.bothWithTime(day.secondMeetingHeld()
                ? assembly.secondMeetingAt() : assembly.firstMeetingAt(), getLocale())});
        facts.add(new String[] {"assemblyday.print.held", getTranslation(day.secondMeetingHeld()
                ? "assemblyday.print.second" : "assemblyday.print.first")});
        facts.add(new String[] {"assemblyday.print.place", assembly.place()});
        facts.add(new String[] {"assemblyday.print.recordDate", HijriDates.both(assembly.recordDate(), getLocale())});
        facts.add(count("assemblyday.entitled", day.entitled()));
        facts.add(count("assemblyday.inPerson", day.inPerson()));
        facts.add(count("assemblyday.byProxy", day.byProxy()));
        facts.add(count("assemblyday.present", day.present()));
        Quorum.Threshold threshold = day.secondMeetingHeld() ? day.quorum().second() : day.quorum().first();
        facts.add(new String[] {"assemblyday.print.quorum", getTranslation(threshold.reached()
                        ? "assemblyday.quorum.reached" : "assemblyday.quorum.notReached", threshold.present(),
                threshold.required(), threshold.percent(), getTranslation("assemblyday.basis." + day.quorum().basis()))});
        Div items = new Div();
        items.setId("assembly-minutes-items");
        items.addClassName("print-minutes");
        for (AssemblyDay.Item entry : day.items()) {
            Div item = new Div(new Span(entry.item().position() + ". " + ResultsPanel.title(entry, getLocale())
                    + " — " + getTranslation("assemblyday.rule." + entry.item().decisionRule())));
            String note = rightToLeft() ? entry.item().noteArabic() : entry.item().noteEnglish();
            if (note != null) {
                item.add(text(note, rightToLeft() ? "rtl" : "ltr"));
            }
            Span result = new Span(ResultsPanel.describe(entry.result(), this));
            result.setId("assembly-minutes-result-" + entry.item().position());
            item.add(result);
            item.addClassName("print-minute");
            items.add(item);
        }
        LocalDate today = clock.instant().atZone(HijriDates.RIYADH).toLocalDate();
        Paragraph printed = new Paragraph(getTranslation("reports.print.printed", HijriDates.both(today, getLocale())));
        printed.addClassName("console-muted");
        sheet.add(title, lines(facts), new H3(getTranslation("assemblyday.print.items")), items,
                new Paragraph(getTranslation("assemblyday.print.counting")), printed,
                signatures("assemblyday.print.chair", "assemblyday.print.secretary"));
    }

    private String[] count(String key, Quorum.Count count) {
        return new String[] {key, getTranslation("assemblyday.count", count.members(), count.shares())};
    }

    private boolean rightToLeft() {
        return "ar".equals(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assemblyday.minutes") + " · " + getTranslation("console.title");
    }
}
