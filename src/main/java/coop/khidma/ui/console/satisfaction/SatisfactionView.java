package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.reception.boundary.WaitingTimes;
import coop.khidma.satisfaction.boundary.ImprovementItemView;
import coop.khidma.satisfaction.boundary.ImprovementItems;
import coop.khidma.satisfaction.boundary.LowRating;
import coop.khidma.satisfaction.boundary.Ratings;
import coop.khidma.satisfaction.boundary.Suggestions;
import coop.khidma.satisfaction.entity.ImprovementItem;
import coop.khidma.ui.console.ConsoleLayout;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.shared.ErrorMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * How the association is doing, for supervisors and the executive director — measured "not for punishment": ratings
 * by service and channel over a period (a group shows figures only from five ratings; there is no per-employee view
 * at all), the trend per week or month beside the counter's waiting time, the low ratings and anonymous comments of a
 * service, the suggestions and their public answers (adopted ones appear on the kiosk as "you said, we did"), and
 * the improvement items opened from a low rating or a suggestion. The page is built from the components beside it,
 * which emit what was asked for; this view calls the boundaries.
 */
@Route(value = "console/satisfaction", layout = ConsoleLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR})
public class SatisfactionView extends Div implements HasDynamicTitle {

    private final Ratings ratings;
    private final WaitingTimes waitingTimes;
    private final Suggestions suggestions;
    private final ImprovementItems improvements;
    private final Clock clock;
    private final FiguresGrid figures = new FiguresGrid();
    private final TrendPanel trend = new TrendPanel();
    private final ServiceDetailPanel serviceDetail = new ServiceDetailPanel();
    private final SuggestionsPanel suggestionList;
    private final ImprovementsPanel improvementList;

    @Inject
    public SatisfactionView(Ratings ratings, WaitingTimes waitingTimes, Suggestions suggestions,
                            ImprovementItems improvements, Clock clock) {
        this.ratings = ratings;
        this.waitingTimes = waitingTimes;
        this.suggestions = suggestions;
        this.improvements = improvements;
        this.clock = clock;
        suggestionList = new SuggestionsPanel(suggestions::inStatus);
        improvementList = new ImprovementsPanel(improvements::all, this::today);
        RatingFilters filters = new RatingFilters(today(), figures.export());
        addClassNames("console-page", "backoffice-satisfaction");
        add(new H2(getTranslation("backoffice.satisfaction.title")),
                new Paragraph(getTranslation("backoffice.satisfaction.principle")), filters,
                Facts.section(getTranslation("backoffice.satisfaction.figures"), figures),
                Facts.section(getTranslation("backoffice.satisfaction.trend"), trend),
                Facts.section(getTranslation("backoffice.satisfaction.service"), serviceDetail),
                Facts.section(getTranslation("backoffice.suggestions.title"), suggestionList.filters(), suggestionList),
                Facts.section(getTranslation("backoffice.improvements.title"), improvementList.export(),
                        improvementList));
        filters.addShownListener(shown -> show(shown.typed()));
        serviceDetail.addImprovementAskedListener(asked -> openImprovement(asked.typed().comment(),
                plan -> improvements.fromRating(asked.typed().id(), plan)));
        suggestionList.addAnsweredListener(answered -> answer(answered.typed()));
        suggestionList.addImprovementAskedListener(asked -> openImprovement(asked.typed().text(),
                plan -> improvements.fromSuggestion(asked.typed().id(), plan)));
        improvementList.addDoneListener(done -> done(done.typed()));
        filters.apply();
        suggestionList.refresh();
        improvementList.refresh();
    }

    // ---- ratings and waiting times -------------------------------------------------------------------------------

    private void show(RatingFilters.Filter filter) {
        figures.show(filter.from(), filter.to(),
                ratings.figures(filter.from(), filter.to()).stream().filter(filter::admits).toList());
        trend.show(ratings.trend(filter.from(), filter.to(), filter.period(), filter.service(), filter.channel()),
                waitingTimes.byPeriod(filter.from(), filter.to(), filter.period()), filter.period());
        showServiceDetail(filter);
    }

    private void showServiceDetail(RatingFilters.Filter filter) {
        if (filter.service() == null) {
            serviceDetail.chooseService();
            return;
        }
        List<LowRating> low;
        List<String> comments;
        try {
            low = ratings.lowRatings(filter.service(), filter.from(), filter.to());
            comments = ratings.comments(filter.service(), filter.from(), filter.to());
        } catch (RuntimeException failure) {
            serviceDetail.withheld(ErrorMessages.messageFor(failure, getLocale()));
            return;
        }
        serviceDetail.show(filter.service(), low, comments);
    }

    // ---- suggestions ---------------------------------------------------------------------------------------------

    private void answer(SuggestionsPanel.Answer answer) {
        try {
            switch (answer.verdict()) {
                case STUDY -> suggestions.study(answer.suggestion().ref());
                case ADOPT -> suggestions.adopt(answer.suggestion().ref(), answer.saidArabic(), answer.saidEnglish(),
                        answer.answerArabic(), answer.answerEnglish());
                case DECLINE -> suggestions.decline(answer.suggestion().ref(), answer.answerArabic(),
                        answer.answerEnglish());
            }
        } catch (RuntimeException failure) {
            ErrorMessages.show(ErrorMessages.messageFor(failure, getLocale()));
            return;
        }
        Facts.success(getTranslation("backoffice.suggestions.saved"));
        suggestionList.refresh();
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
            improvementList.refresh();
        });
        Button cancel = new Button(getTranslation("backoffice.improvement.cancel"), click -> dialog.close());
        cancel.setId("improvement-cancel");
        dialog.add(form);
        dialog.getFooter().add(cancel);
        dialog.setWidth("44rem");
        dialog.open();
    }

    private void done(ImprovementsPanel.Completion completion) {
        ImprovementItemView item = completion.item();
        try {
            improvements.done(item.id(), item.version(), completion.on());
        } catch (RuntimeException failure) {
            ErrorMessages.showAt(failure, getLocale(),
                    (key, message) -> improvementList.showError(item.id(), key, message));
            return;
        }
        Facts.success(getTranslation("backoffice.improvements.recorded"));
        improvementList.refresh();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HijriDates.RIYADH));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.satisfaction.title") + " — " + getTranslation("console.title");
    }
}
