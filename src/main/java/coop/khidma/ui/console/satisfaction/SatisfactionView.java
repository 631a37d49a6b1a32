package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.time.ReportPeriod;
import coop.khidma.reception.boundary.WaitingTimes;
import coop.khidma.reception.control.WaitingFigures;
import coop.khidma.satisfaction.boundary.ImprovementItemView;
import coop.khidma.satisfaction.boundary.ImprovementItems;
import coop.khidma.satisfaction.boundary.LowRating;
import coop.khidma.satisfaction.boundary.Ratings;
import coop.khidma.satisfaction.boundary.SuggestionView;
import coop.khidma.satisfaction.boundary.Suggestions;
import coop.khidma.satisfaction.control.RatingFigures;
import coop.khidma.satisfaction.entity.ImprovementItem;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.RatingChannel;
import coop.khidma.satisfaction.entity.SuggestionStatus;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.CsvExport;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the association is doing, for supervisors and the executive director — measured "not for punishment": ratings
 * by service and channel over a period (a group shows figures only from five ratings; there is no per-employee view
 * at all), the trend per week or month beside the counter's waiting time, the low ratings and anonymous comments of a
 * service, the suggestions and their public answers (adopted ones appear on the kiosk as "you said, we did"), and
 * the improvement items opened from a low rating or a suggestion.
 */
@Route(value = "console/satisfaction", layout = ConsoleLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
public class SatisfactionView extends Div implements HasDynamicTitle {

    private final Ratings ratings;
    private final WaitingTimes waitingTimes;
    private final Suggestions suggestions;
    private final ImprovementItems improvements;
    private final Clock clock;

    private final DatePicker from;
    private final DatePicker to;
    private final Select<ReportPeriod> period = new Select<>();
    private final Select<RatedService> service = new Select<>();
    private final Select<RatingChannel> channel = new Select<>();
    private final Grid<RatingFigures.Group> figures = new Grid<>();
    private final Div trend = new Div();
    private final Div serviceDetail = new Div();
    private final Select<SuggestionStatus> suggestionStatus = new Select<>();
    private final Div suggestionList = new Div();
    private final Div improvementList = new Div();
    private LocalDate shownFrom;
    private LocalDate shownTo;
    private List<RatingFigures.Group> shownFigures = List.of();

    @Inject
    public SatisfactionView(Ratings ratings, WaitingTimes waitingTimes, Suggestions suggestions,
                            ImprovementItems improvements, Clock clock) {
        this.ratings = ratings;
        this.waitingTimes = waitingTimes;
        this.suggestions = suggestions;
        this.improvements = improvements;
        this.clock = clock;
        from = date("backoffice.satisfaction.from", today().minusMonths(2).withDayOfMonth(1));
        to = date("backoffice.satisfaction.to", today());
        addClassNames("console-page", "backoffice-satisfaction");
        add(new H2(getTranslation("backoffice.satisfaction.title")),
                new Paragraph(getTranslation("backoffice.satisfaction.principle")), filters(),
                Facts.section(getTranslation("backoffice.satisfaction.figures"), figuresGrid()),
                Facts.section(getTranslation("backoffice.satisfaction.trend"), trend),
                Facts.section(getTranslation("backoffice.satisfaction.service"), serviceDetail),
                Facts.section(getTranslation("backoffice.suggestions.title"), suggestionFilter(), suggestionList),
                Facts.section(getTranslation("backoffice.improvements.title"), improvementExport(), improvementList));
        trend.setId("trend");
        serviceDetail.setId("service-detail");
        suggestionList.setId("suggestions");
        suggestionList.addClassName("console-list");
        improvementList.setId("improvements");
        improvementList.addClassName("console-list");
        showFigures();
        showSuggestions();
        showImprovements();
    }

    // ---- ratings and waiting times -------------------------------------------------------------------------------

    private Component filters() {
        from.setId("satisfaction-from");
        to.setId("satisfaction-to");
        period.setId("satisfaction-period");
        period.setLabel(getTranslation("backoffice.satisfaction.period"));
        period.setItems(ReportPeriod.values());
        period.setItemLabelGenerator(value -> getTranslation("backoffice.period." + value));
        period.setValue(ReportPeriod.MONTH);
        service.setId("satisfaction-service");
        service.setLabel(getTranslation("backoffice.satisfaction.serviceFilter"));
        service.setItems(RatedService.values());
        service.setItemLabelGenerator(value -> value == null ? getTranslation("backoffice.satisfaction.all")
                : getTranslation("services.rated." + value.name()));
        service.setEmptySelectionAllowed(true);
        service.setEmptySelectionCaption(getTranslation("backoffice.satisfaction.all"));
        channel.setId("satisfaction-channel");
        channel.setLabel(getTranslation("backoffice.satisfaction.channel"));
        channel.setItems(RatingChannel.values());
        channel.setItemLabelGenerator(value -> value == null ? getTranslation("backoffice.satisfaction.all")
                : getTranslation("backoffice.channel." + value.name()));
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("backoffice.satisfaction.all"));
        Button show = new Button(getTranslation("backoffice.satisfaction.show"), VaadinIcon.REFRESH.create(),
                click -> showFigures());
        show.setId("satisfaction-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(from, to, period, service, channel, show, figuresExport());
        bar.addClassName("console-filters");
        return bar;
    }

    /** One group of the figures shown, with the period they were shown for. */
    private record ShownGroup(LocalDate from, LocalDate to, RatingFigures.Group group) {
    }

    /**
     * The figures the grid shows, for the period and filters last applied: a group under the minimum with the same
     * withheld marker and no average or spread, and nothing per employee (there is no such grouping).
     */
    private Component figuresExport() {
        return CsvExport.<ShownGroup>named("satisfaction-figures")
                .column("backoffice.satisfaction.from", (row, locale) -> HijriDates.both(row.from(), locale))
                .column("backoffice.satisfaction.to", (row, locale) -> HijriDates.both(row.to(), locale))
                .column("backoffice.satisfaction.serviceColumn",
                        (row, locale) -> getTranslation(locale, "services.rated." + row.group().service()))
                .column("backoffice.satisfaction.channel",
                        (row, locale) -> getTranslation(locale, "backoffice.channel." + row.group().channel()))
                .column("backoffice.satisfaction.ratings", (row, locale) -> row.group().tooFew()
                        ? getTranslation(locale, "backoffice.satisfaction.tooFew", RatingFigures.MINIMUM_GROUP)
                        : row.group().ratings().map(String::valueOf).orElse(""))
                .column("backoffice.satisfaction.average", row -> row.group().average()
                        .map(BigDecimal::toPlainString).orElse("—"))
                .column("backoffice.satisfaction.spread", row -> spread(row.group().perScore()))
                .rows(() -> CsvExport.all(shownFigures.stream()
                        .map(group -> new ShownGroup(shownFrom, shownTo, group)).toList()))
                .link();
    }

    private Component figuresGrid() {
        figures.setId("satisfaction-figures");
        figures.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        figures.addColumn(group -> getTranslation("services.rated." + group.service()))
                .setHeader(getTranslation("backoffice.satisfaction.serviceColumn")).setAutoWidth(true);
        figures.addColumn(group -> getTranslation("backoffice.channel." + group.channel()))
                .setHeader(getTranslation("backoffice.satisfaction.channel")).setAutoWidth(true);
        figures.addColumn(group -> group.tooFew() ? getTranslation("backoffice.satisfaction.tooFew",
                        RatingFigures.MINIMUM_GROUP) : group.ratings().map(String::valueOf).orElse(""))
                .setHeader(getTranslation("backoffice.satisfaction.ratings")).setAutoWidth(true);
        figures.addColumn(group -> group.average().map(BigDecimal::toPlainString).orElse("—"))
                .setHeader(getTranslation("backoffice.satisfaction.average"));
        figures.addColumn(group -> spread(group.perScore()))
                .setHeader(getTranslation("backoffice.satisfaction.spread")).setAutoWidth(true);
        figures.setAllRowsVisible(true);
        return figures;
    }

    private void showFigures() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null || end.isBefore(start)) {
            (start == null ? from : to).setErrorMessage(getTranslation("backoffice.satisfaction.badRange"));
            (start == null ? from : to).setInvalid(true);
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        shownFrom = start;
        shownTo = end;
        shownFigures = ratings.figures(start, end).stream()
                .filter(group -> service.getValue() == null || group.service().equals(service.getValue().name()))
                .filter(group -> channel.getValue() == null || group.channel().equals(channel.getValue().name()))
                .toList();
        figures.setItems(shownFigures);
        showTrend(start, end);
        showServiceDetail(start, end);
    }

    private void showTrend(LocalDate start, LocalDate end) {
        ReportPeriod bucket = period.getValue();
        List<RatingFigures.Point> scores = ratings.trend(start, end, bucket, service.getValue(), channel.getValue());
        List<WaitingFigures.Point> waits = waitingTimes.byPeriod(start, end, bucket);
        DateTimeFormatter label = DateTimeFormatter.ofPattern(bucket == ReportPeriod.MONTH ? "MMM yyyy" : "d MMM",
                getLocale());
        boolean rtl = Locales.isRightToLeft(getLocale());
        List<TrendChart.Bar> scoreBars = scores.stream()
                .map(point -> new TrendChart.Bar(label.format(point.period()), point.average())).toList();
        List<TrendChart.Bar> waitBars = waits.stream()
                .map(point -> new TrendChart.Bar(label.format(point.period()), point.averageMinutes())).toList();
        double longest = waits.stream().flatMap(point -> point.averageMinutes().stream())
                .mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        Div charts = new Div(
                chart("trend-score", "backoffice.trend.score", scoreBars, 5, rtl),
                chart("trend-wait", "backoffice.trend.wait", waitBars, Math.max(1, longest), rtl));
        charts.addClassName("backoffice-charts");
        Grid<Integer> table = new Grid<>();
        table.setId("trend-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.addColumn(i -> HijriDates.both(scores.get(i).period(), getLocale()))
                .setHeader(getTranslation("backoffice.trend.from")).setAutoWidth(true);
        table.addColumn(i -> withheld(scores.get(i).ratings(), String::valueOf, RatingFigures.MINIMUM_GROUP))
                .setHeader(getTranslation("backoffice.satisfaction.ratings")).setAutoWidth(true);
        table.addColumn(i -> scores.get(i).average().map(BigDecimal::toPlainString).orElse("—"))
                .setHeader(getTranslation("backoffice.satisfaction.average"));
        table.addColumn(i -> i < waits.size() ? withheld(waits.get(i).tickets(), String::valueOf,
                        WaitingFigures.MINIMUM_TICKETS) : "")
                .setHeader(getTranslation("backoffice.trend.tickets")).setAutoWidth(true);
        table.addColumn(i -> i < waits.size() ? waits.get(i).averageMinutes().map(BigDecimal::toPlainString)
                        .orElse("—") : "")
                .setHeader(getTranslation("backoffice.trend.waitMinutes"));
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            rows.add(i);
        }
        table.setItems(rows);
        table.setAllRowsVisible(true);
        trend.removeAll();
        trend.add(charts, trendExport(scores, waits, rows), table);
    }

    /**
     * The trend table as shown: per period the ratings and average (withheld under the minimum) beside the tickets
     * and average wait (withheld likewise).
     */
    private Component trendExport(List<RatingFigures.Point> scores, List<WaitingFigures.Point> waits,
            List<Integer> rows) {
        Div bar = new Div(CsvExport.<Integer>named("satisfaction-trend")
                .column("backoffice.trend.from", (i, locale) -> HijriDates.both(scores.get(i).period(), locale))
                .column("backoffice.satisfaction.ratings", (i, locale) -> withheld(scores.get(i).ratings(),
                        String::valueOf, RatingFigures.MINIMUM_GROUP, locale))
                .column("backoffice.satisfaction.average", i -> scores.get(i).average()
                        .map(BigDecimal::toPlainString).orElse("—"))
                .column("backoffice.trend.tickets", (i, locale) -> i < waits.size() ? withheld(waits.get(i).tickets(),
                        String::valueOf, WaitingFigures.MINIMUM_TICKETS, locale) : "")
                .column("backoffice.trend.waitMinutes", i -> i < waits.size() ? waits.get(i).averageMinutes()
                        .map(BigDecimal::toPlainString).orElse("—") : "")
                .rows(() -> CsvExport.all(rows)).link());
        bar.addClassName("console-filters");
        return bar;
    }

    private Component chart(String id, String titleKey, List<TrendChart.Bar> bars, double max, boolean rtl) {
        String title = getTranslation(titleKey);
        Div box = new Div(new Span(title), new TrendChart(id, title, getTranslation("backoffice.trend.description"),
                bars, max, rtl));
        box.addClassName("backoffice-chart-box");
        return box;
    }

    private void showServiceDetail(LocalDate start, LocalDate end) {
        serviceDetail.removeAll();
        RatedService chosen = service.getValue();
        if (chosen == null) {
            serviceDetail.add(new Paragraph(getTranslation("backoffice.satisfaction.chooseService")));
            return;
        }
        List<LowRating> low;
        List<String> comments;
        try {
            low = ratings.lowRatings(chosen, start, end);
            comments = ratings.comments(chosen, start, end);
        } catch (RuntimeException failure) {
            Paragraph withheld = new Paragraph(ErrorMessages.messageFor(failure, getLocale()));
            withheld.setId("service-withheld");
            serviceDetail.add(withheld);
            return;
        }
        Div lowList = new Div();
        lowList.setId("low-ratings");
        lowList.addClassName("console-list");
        lowList.add(new H3(getTranslation("backoffice.satisfaction.low")));
        if (low.isEmpty()) {
            lowList.add(new Paragraph(getTranslation("backoffice.satisfaction.noLow")));
        }
        low.forEach(rating -> {
            Span score = new Span(getTranslation("backoffice.satisfaction.score", rating.score()));
            score.getElement().getThemeList().add("badge error");
            Span text = new Span(rating.comment() == null ? getTranslation("backoffice.satisfaction.noComment")
                    : rating.comment());
            Button improve = new Button(getTranslation("backoffice.improvement.open"), VaadinIcon.TOOLS.create(),
                    click -> openImprovement(rating.comment(), plan -> improvements.fromRating(rating.id(), plan)));
            improve.setId("improve-rating-" + rating.id());
            improve.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div row = new Div(score, new Span(getTranslation("backoffice.channel." + rating.channel())), text, improve);
            row.addClassName("console-list-heading");
            row.setId("low-rating-" + rating.id());
            lowList.add(row);
        });
        Div commentList = new Div(new H3(getTranslation("backoffice.satisfaction.comments")));
        commentList.setId("comments");
        if (comments.isEmpty()) {
            commentList.add(new Paragraph(getTranslation("backoffice.satisfaction.noComments")));
        }
        comments.forEach(comment -> commentList.add(new Paragraph(comment)));
        serviceDetail.add(serviceExports(chosen, low, comments), lowList, commentList);
    }

    /** The low ratings and comments listed, as listed: service, channel, score and text, never a day or a person. */
    private Component serviceExports(RatedService chosen, List<LowRating> low, List<String> comments) {
        Div bar = new Div(CsvExport.<LowRating>named("satisfaction-low")
                .column("backoffice.satisfaction.serviceColumn",
                        (rating, locale) -> getTranslation(locale, "services.rated." + rating.service().name()))
                .column("backoffice.satisfaction.channel",
                        (rating, locale) -> getTranslation(locale, "backoffice.channel." + rating.channel().name()))
                .column("backoffice.satisfaction.scoreColumn", rating -> String.valueOf(rating.score()))
                .column("backoffice.satisfaction.comments", (rating, locale) -> rating.comment() == null
                        ? getTranslation(locale, "backoffice.satisfaction.noComment") : rating.comment())
                .rows(() -> CsvExport.all(low)).link(),
                CsvExport.<String>named("satisfaction-comments")
                        .column("backoffice.satisfaction.serviceColumn", (comment, locale) -> getTranslation(locale,
                                "services.rated." + chosen.name()))
                        .column("backoffice.satisfaction.comments", comment -> comment)
                        .rows(() -> CsvExport.all(comments)).link());
        bar.addClassName("console-filters");
        return bar;
    }

    // ---- suggestions ---------------------------------------------------------------------------------------------

    private Component suggestionFilter() {
        suggestionStatus.setId("suggestion-status");
        suggestionStatus.setLabel(getTranslation("backoffice.suggestions.status"));
        suggestionStatus.setItems(SuggestionStatus.values());
        suggestionStatus.setItemLabelGenerator(status -> status == null ? getTranslation("backoffice.suggestions.open")
                : getTranslation("backoffice.suggestion." + status));
        suggestionStatus.setEmptySelectionAllowed(true);
        suggestionStatus.setEmptySelectionCaption(getTranslation("backoffice.suggestions.open"));
        suggestionStatus.addValueChangeListener(change -> showSuggestions());
        Div bar = new Div(suggestionStatus, CsvExport.<SuggestionView>named("suggestions")
                .column("backoffice.suggestions.status",
                        (suggestion, locale) -> getTranslation(locale, "backoffice.suggestion." + suggestion.status()))
                .column("backoffice.satisfaction.serviceColumn",
                        (suggestion, locale) -> getTranslation(locale, "services.rated." + suggestion.service()))
                .column("kiosk.inquiry.received.when",
                        (suggestion, locale) -> HijriDates.both(suggestion.receivedOn(), locale))
                .column("backoffice.suggestions.text", SuggestionView::text)
                .column("services.improvements.youSaid", (suggestion, locale) -> Locales.isRightToLeft(locale)
                        ? suggestion.summaryArabic() : suggestion.summaryEnglish())
                .column("backoffice.suggestions.publicAnswer", (suggestion, locale) -> Locales.isRightToLeft(locale)
                        ? suggestion.answerArabic() : suggestion.answerEnglish())
                .rows(() -> CsvExport.all(shownSuggestions())).link());
        bar.addClassName("console-filters");
        return bar;
    }

    /** The suggestions in the status chosen, or the open ones (received and being studied). */
    private List<SuggestionView> shownSuggestions() {
        List<SuggestionView> shown = new ArrayList<>();
        if (suggestionStatus.getValue() == null) {
            shown.addAll(suggestions.inStatus(SuggestionStatus.RECEIVED));
            shown.addAll(suggestions.inStatus(SuggestionStatus.STUDYING));
        } else {
            shown.addAll(suggestions.inStatus(suggestionStatus.getValue()));
        }
        return shown;
    }

    private void showSuggestions() {
        suggestionList.removeAll();
        List<SuggestionView> shown = shownSuggestions();
        if (shown.isEmpty()) {
            suggestionList.add(new Paragraph(getTranslation("backoffice.suggestions.none")));
        }
        shown.forEach(suggestion -> suggestionList.add(suggestionCard(suggestion)));
    }

    private Component suggestionCard(SuggestionView suggestion) {
        long id = suggestion.id();
        Span status = new Span(getTranslation("backoffice.suggestion." + suggestion.status()));
        status.setId("suggestion-state-" + id);
        status.getElement().getThemeList().add("badge");
        Div heading = new Div(status, new Span(getTranslation("services.rated." + suggestion.service())),
                Facts.muted(HijriDates.both(suggestion.receivedOn(), getLocale())));
        heading.addClassName("console-list-heading");
        Paragraph text = new Paragraph(suggestion.text());
        text.addClassName("backoffice-suggestion-text");
        Div card = new Div(heading, text);
        card.setId("suggestion-" + id);
        card.addClassName("console-list-card");
        if (suggestion.status().isOpen()) {
            card.add(answer(suggestion));
        } else {
            card.add(publicAnswer(suggestion));
        }
        return card;
    }

    private Component answer(SuggestionView suggestion) {
        long id = suggestion.id();
        TextArea saidArabic = area("said-ar-" + id, "backoffice.suggestions.youSaidArabic", "rtl");
        TextArea saidEnglish = area("said-en-" + id, "backoffice.suggestions.youSaidEnglish", "ltr");
        TextArea answerArabic = area("answer-ar-" + id, "backoffice.suggestions.answerArabic", "rtl");
        TextArea answerEnglish = area("answer-en-" + id, "backoffice.suggestions.answerEnglish", "ltr");
        Div texts = new Div(saidArabic, saidEnglish, answerArabic, answerEnglish);
        texts.addClassName("backoffice-answer");
        Div buttons = new Div();
        buttons.addClassName("request-actions");
        if (suggestion.status() == SuggestionStatus.RECEIVED) {
            buttons.add(button("study-" + id, "backoffice.suggestions.study", ButtonVariant.LUMO_CONTRAST,
                    () -> suggestions.study(suggestion.ref())));
        }
        buttons.add(button("adopt-" + id, "backoffice.suggestions.adopt", ButtonVariant.LUMO_SUCCESS,
                        () -> suggestions.adopt(suggestion.ref(), saidArabic.getValue(), saidEnglish.getValue(),
                                answerArabic.getValue(), answerEnglish.getValue())),
                button("decline-" + id, "backoffice.suggestions.decline", ButtonVariant.LUMO_ERROR,
                        () -> suggestions.decline(suggestion.ref(), answerArabic.getValue(), answerEnglish.getValue())));
        Button improve = new Button(getTranslation("backoffice.improvement.open"), VaadinIcon.TOOLS.create(),
                click -> openImprovement(suggestion.text(), plan -> improvements.fromSuggestion(id, plan)));
        improve.setId("improve-suggestion-" + id);
        buttons.add(improve);
        return new Div(texts, buttons);
    }

    private Component publicAnswer(SuggestionView suggestion) {
        Div answer = new Div();
        answer.setId("suggestion-answer-" + suggestion.id());
        answer.addClassName("request-facts");
        boolean arabic = Locales.isRightToLeft(getLocale());
        if (suggestion.status() == SuggestionStatus.ADOPTED) {
            answer.add(Facts.fact(getTranslation("services.improvements.youSaid"),
                    arabic ? suggestion.summaryArabic() : suggestion.summaryEnglish()));
        }
        answer.add(Facts.fact(getTranslation(suggestion.status() == SuggestionStatus.ADOPTED
                        ? "services.improvements.weDid" : "backoffice.suggestions.publicAnswer"),
                arabic ? suggestion.answerArabic() : suggestion.answerEnglish()));
        return answer;
    }

    private TextArea area(String id, String labelKey, String direction) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.getElement().setAttribute("dir", direction);
        area.addClassName("text-" + direction);
        return area;
    }

    private Button button(String id, String labelKey, ButtonVariant variant, Supplier<?> action) {
        Button button = new Button(getTranslation(labelKey), click -> {
            try {
                action.get();
            } catch (RuntimeException failure) {
                ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
                return;
            }
            Facts.success(getTranslation("backoffice.suggestions.saved"));
            showSuggestions();
        });
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    // ---- improvement items ---------------------------------------------------------------------------------------

    private void openImprovement(String observed, Function<ImprovementItem.Plan, ImprovementItemView> open) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("backoffice.improvement.title"));
        ImprovementForm form = new ImprovementForm(observed, today().plusWeeks(2));
        form.addSavedListener(saved -> {
            try {
                open.apply(saved.typed());
            } catch (RuntimeException failure) {
                ErrorMessages.showAt(failure, getLocale(), form::showError);
                return;
            }
            dialog.close();
            Facts.success(getTranslation("backoffice.improvement.opened"));
            showImprovements();
        });
        Button cancel = new Button(getTranslation("backoffice.improvement.cancel"), click -> dialog.close());
        cancel.setId("improvement-cancel");
        dialog.add(form);
        dialog.getFooter().add(cancel);
        dialog.setWidth("44rem");
        dialog.open();
    }

    private Component improvementExport() {
        Div bar = new Div(CsvExport.<ImprovementItemView>named("improvements")
                .column("backoffice.suggestions.status", (item, locale) -> getTranslation(locale,
                        item.doneOn() != null ? "backoffice.improvements.done"
                                : item.late() ? "backoffice.improvements.late" : "backoffice.improvements.open"))
                .column("backoffice.satisfaction.serviceColumn",
                        (item, locale) -> getTranslation(locale, "services.rated." + item.service()))
                .column("backoffice.improvements.source",
                        (item, locale) -> getTranslation(locale, "backoffice.improvements.from." + item.source()))
                .column("backoffice.improvement.problem", ImprovementItemView::problem)
                .column("backoffice.improvement.rootCause", ImprovementItemView::rootCause)
                .column("backoffice.improvement.action", ImprovementItemView::action)
                .column("backoffice.improvement.owner",
                        (item, locale) -> getTranslation(locale, "backoffice.role." + item.ownerRole()))
                .column("backoffice.improvement.dueOn", (item, locale) -> HijriDates.both(item.dueOn(), locale))
                .column("backoffice.improvement.doneOn", (item, locale) -> item.doneOn() == null ? ""
                        : HijriDates.both(item.doneOn(), locale))
                .rows(() -> CsvExport.all(improvements.all())).link());
        bar.addClassName("console-filters");
        return bar;
    }

    private void showImprovements() {
        improvementList.removeAll();
        List<ImprovementItemView> items = improvements.all();
        if (items.isEmpty()) {
            improvementList.add(new Paragraph(getTranslation("backoffice.improvements.none")));
        }
        items.forEach(item -> improvementList.add(improvementCard(item)));
    }

    private Component improvementCard(ImprovementItemView item) {
        long id = item.id();
        Span state = new Span(item.doneOn() != null ? getTranslation("backoffice.improvements.done")
                : item.late() ? getTranslation("backoffice.improvements.late")
                : getTranslation("backoffice.improvements.open"));
        state.getElement().getThemeList().add(item.doneOn() != null ? "badge success"
                : item.late() ? "badge error" : "badge contrast");
        state.setId("improvement-state-" + id);
        Div heading = new Div(state, new Span(getTranslation("services.rated." + item.service())),
                Facts.muted(getTranslation("backoffice.improvements.from." + item.source())));
        heading.addClassName("console-list-heading");
        Div facts = new Div(Facts.fact(getTranslation("backoffice.improvement.problem"), item.problem()),
                Facts.fact(getTranslation("backoffice.improvement.rootCause"), item.rootCause()),
                Facts.fact(getTranslation("backoffice.improvement.action"), item.action()),
                Facts.fact(getTranslation("backoffice.improvement.owner"),
                        getTranslation("backoffice.role." + item.ownerRole())),
                Facts.fact(getTranslation("backoffice.improvement.dueOn"), HijriDates.both(item.dueOn(), getLocale())));
        if (item.doneOn() != null) {
            facts.add(Facts.fact(getTranslation("backoffice.improvement.doneOn"),
                    HijriDates.both(item.doneOn(), getLocale())));
        }
        facts.addClassName("request-facts");
        Div card = new Div(heading, facts);
        if (item.doneOn() == null) {
            DatePicker doneOn = date("backoffice.improvement.doneOn", today());
            doneOn.setId("improvement-done-on-" + id);
            Button done = new Button(getTranslation("backoffice.improvements.markDone"), VaadinIcon.CHECK.create(),
                    click -> {
                        try {
                            improvements.done(id, item.version(), doneOn.getValue());
                        } catch (RuntimeException failure) {
                            ErrorMessages.showAt(failure, getLocale(), (key, message) -> {
                                doneOn.setErrorMessage(message);
                                doneOn.setInvalid(key.startsWith("rule.improvement."));
                                return doneOn.isInvalid();
                            });
                            return;
                        }
                        Facts.success(getTranslation("backoffice.improvements.recorded"));
                        showImprovements();
                    });
            done.setId("improvement-done-" + id);
            Div actions = new Div(doneOn, done);
            actions.addClassName("request-actions");
            card.add(actions);
        }
        card.setId("improvement-" + id);
        card.addClassName("console-list-card");
        return card;
    }

    // ---- shared --------------------------------------------------------------------------------------------------

    private DatePicker date(String labelKey, LocalDate value) {
        return Facts.datePicker(getTranslation(labelKey), value);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HijriDates.RIYADH));
    }

    private String spread(List<Long> perScore) {
        if (perScore.isEmpty()) {
            return "—";
        }
        StringBuilder text = new StringBuilder();
        for (int score = 1; score <= perScore.size(); score++) {
            text.append(score).append(": ").append(perScore.get(score - 1)).append(score < perScore.size() ? "  " : "");
        }
        return text.toString();
    }

    private <T> String withheld(Optional<T> value, Function<T, String> shown, int minimum) {
        return withheld(value, shown, minimum, getLocale());
    }

    /** The figure, or the "too few to show" marker in the given language. */
    private <T> String withheld(Optional<T> value, Function<T, String> shown, int minimum, Locale locale) {
        return value.map(shown).orElse(getTranslation(locale, "backoffice.satisfaction.tooFew", minimum));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.satisfaction.title") + " — " + getTranslation("console.title");
    }
}
