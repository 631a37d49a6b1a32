package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.board.boundary.BoardPacks;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.PeriodPicker;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * The monthly board pack for the executive director and the administrators: a Hijri or Gregorian month is chosen, the
 * line that sums up each report is shown, and the whole pack opens on A4 to print.
 */
@Route(value = "console/board-pack", layout = ConsoleLayout.class)
@RolesAllowed({Roles.DIRECTOR, Roles.ADMIN})
public class BoardPackView extends Div implements HasDynamicTitle {

    /** The months a pack may cover. */
    static final List<PeriodPicker.Choice> MONTHS = List.of(PeriodPicker.Choice.THIS_GREGORIAN_MONTH,
            PeriodPicker.Choice.LAST_GREGORIAN_MONTH, PeriodPicker.Choice.THIS_HIJRI_MONTH,
            PeriodPicker.Choice.LAST_HIJRI_MONTH);

    private final BoardPacks packs;
    final PeriodPicker picker;
    final Div month = new Div();
    final Div summary = new Div();
    final Anchor print;

    @Inject
    public BoardPackView(BoardPacks packs, Clock clock) {
        this.packs = packs;
        addClassNames("console-page", "reports");
        print = ReportText.printLink("board-pack-print", getLocale());
        month.setId("board-pack-month");
        month.addClassName("console-muted");
        summary.setId("board-pack");
        picker = new PeriodPicker("board-pack", "reports.pack.month", "reports.period.", MONTHS,
                clock.instant().atZone(HijriDates.RIYADH).toLocalDate(), this::show);
        add(new H2(getTranslation("reports.pack.title")), new Paragraph(getTranslation("reports.pack.principle")),
                picker, month, print, summary);
        picker.apply();
    }

    private void show(DayRange range) {
        summary.removeAll();
        month.setText(range.label(getLocale()));
        try {
            summary.add(BoardPackText.summary(packs.pack(range), getLocale()));
            print.setHref("console/print/board-pack?from=" + range.from() + "&to=" + range.to());
            print.setVisible(true);
        } catch (DomainException refused) {
            summary.add(new Paragraph(Messages.of(refused, getLocale())));
            print.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.pack.title") + " · " + getTranslation("console.title");
    }
}
