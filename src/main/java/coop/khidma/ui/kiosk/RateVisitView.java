package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.reception.boundary.Queue;
import coop.khidma.reception.boundary.Queue.ServedVisit;
import coop.khidma.reception.entity.CounterService;
import coop.khidma.satisfaction.boundary.Ratings;
import coop.khidma.satisfaction.entity.RatedService;
import jakarta.inject.Inject;

/**
 * Rate a counter visit after it: the visitor names the ticket (the service's letter and the number), the kiosk checks
 * the ticket was served today, then takes the faces and a comment for that counter's service. The rating goes through
 * the counter channel with the service and the day only: never the ticket, the desk or the employee who served, and
 * each visit is rated once.
 */
@Route(value = "kiosk/rate-visit", layout = KioskLayout.class)
@AnonymousAllowed
public class RateVisitView extends Div implements HasDynamicTitle {

    private final Queue queue;
    private final Ratings ratings;

    @Inject
    public RateVisitView(Queue queue, Ratings ratings) {
        this.queue = queue;
        this.ratings = ratings;
        addClassNames("kiosk-page", "kiosk-rating");
        ask();
    }

    private void ask() {
        RadioButtonGroup<CounterService> service = new RadioButtonGroup<>(getTranslation("kiosk.visit.service"));
        service.setId("visit-service");
        service.setItems(CounterService.values());
        service.setItemLabelGenerator(counter -> getTranslation("kiosk.visit.service.option",
                String.valueOf(counter.letter()), getTranslation("kiosk.counter." + counter.name())));
        service.setValue(CounterService.MEMBER_SERVICES);
        TextField number = new TextField(getTranslation("kiosk.visit.number"));
        number.setId("visit-number");
        number.setHelperText(getTranslation("kiosk.visit.number.hint"));
        Keyboard.ask(number, Keyboard.DIGITS);
        number.setAutocomplete(Autocomplete.OFF);
        Button next = new Button(getTranslation("kiosk.visit.continue"), click -> {
            String digits = Digits.toAscii(number.getValue()).strip();
            try {
                if (!digits.matches("\\d{1,4}")) {
                    number.setErrorMessage(getTranslation("kiosk.visit.number.invalid"));
                    number.setInvalid(true);
                    return;
                }
                rate(queue.servedToday(service.getValue(), Integer.parseInt(digits)));
            } catch (DomainException broken) {
                number.setErrorMessage(Messages.of(broken, getLocale()));
                number.setInvalid(true);
            }
        });
        next.setId("visit-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button cancel = IdleReset.leave(getTranslation("services.rate.cancel"));
        Div actions = new Div(next, cancel);
        actions.addClassName("kiosk-actions");
        Div form = new Div(service, number, actions);
        form.addClassName("kiosk-form");
        add(new H2(getTranslation("kiosk.visit.title")), new Paragraph(getTranslation("kiosk.visit.intro")), form);
    }

    private void rate(ServedVisit visit) {
        removeAll();
        RatedService counter = RatedService.atCounter(visit.service());
        RatingForm form = new RatingForm().forVisit(counter);
        form.addSubmitListener(submit -> {
            try {
                ratings.rateVisit(RatingView.device(), RatingView.kiosk(), visit.visit(), submit.feedback());
            } catch (DomainException broken) {
                Notification.show(Messages.of(broken, getLocale()), 5000,
                        Notification.Position.MIDDLE);
                return;
            }
            removeAll();
            add(RatingView.thanks(this, submit.feedback()));
        });
        form.addCancelListener(cancel -> IdleReset.endVisit());
        Paragraph which = new Paragraph(getTranslation("kiosk.visit.rating",
                getTranslation("kiosk.counter." + visit.service().name())));
        which.setId("visit-service-rated");
        add(new H2(getTranslation("services.rate.title")), which, form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.visit.title") + " — " + getTranslation("app.name");
    }
}
