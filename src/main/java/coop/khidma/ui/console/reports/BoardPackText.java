package coop.khidma.ui.console.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import coop.khidma.board.boundary.BoardPack;
import coop.khidma.platform.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * The board pack's opening page: one line per report, written from its figures, in the order the pack prints them.
 */
final class BoardPackText {

    /** A report's title and the line that sums it up. */
    record Line(String title, String summary) {
    }

    private BoardPackText() {
    }

    static List<Line> lines(BoardPack pack, Locale locale) {
        return List.of(
                new Line(Messages.get(locale, "reports.volume.title"), VolumeReport.summary(pack.volume(), locale)),
                new Line(Messages.get(locale, "reports.promises.title"),
                        PromisesReport.summary(pack.promises(), locale)),
                new Line(Messages.get(locale, "reports.committee.title"),
                        CommitteeReport.summary(pack.committee(), locale)),
                new Line(Messages.get(locale, "reports.referrals.title"),
                        ReferralsReport.summary(pack.referrals(), locale)),
                new Line(Messages.get(locale, "reports.backlog.title"), BacklogReport.summary(pack.backlog(), locale)),
                new Line(Messages.get(locale, "reports.reception.title"),
                        ReceptionReport.summary(pack.reception(), locale)),
                new Line(Messages.get(locale, "reports.satisfaction.title"),
                        SatisfactionReport.summary(pack.satisfaction(), locale)));
    }

    /** The lines as a list: each report's title in bold, then its line. */
    static Component summary(BoardPack pack, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.setId("board-pack-summary");
        list.addClassName("board-pack-summary");
        for (Line line : lines(pack, locale)) {
            Span title = new Span(line.title());
            title.addClassName("board-pack-section");
            list.add(new ListItem(title, new Div(line.summary())));
        }
        return list;
    }
}
