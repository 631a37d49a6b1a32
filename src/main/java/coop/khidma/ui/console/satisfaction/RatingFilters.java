package coop.khidma.ui.console.satisfaction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import coop.khidma.platform.time.ReportPeriod;
import coop.khidma.satisfaction.control.RatingFigures;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.RatingChannel;
import coop.khidma.ui.console.Facts;
import coop.khidma.ui.console.FormEvent;

import java.time.LocalDate;

/**
 * What the figures are shown for: a period from one day to another (the last two months and this one at first), the
 * trend's step (week or month), and optionally one service and one channel. {@link #apply()} (or the show button)
 * refuses a range that ends before it starts, at the field, and otherwise emits {@link Shown}. Calls no service.
 */
public class RatingFilters extends Div {

    /** The filters as chosen; {@code service} and {@code channel} are {@code null} for all. */
    public record Filter(LocalDate from, LocalDate to, ReportPeriod period, RatedService service,
                         RatingChannel channel) {

        /** Whether a group of figures is one the filters ask for. */
        public boolean admits(RatingFigures.Group group) {
            return (service == null || group.service().equals(service.name()))
                    && (channel == null || group.channel().equals(channel.name()));
        }
    }

    public static class Shown extends FormEvent<RatingFilters, Filter> {
        Shown(RatingFilters filters, Filter filter) {
            super(filters, filter);
        }
    }

    private final DatePicker from;
    private final DatePicker to;
    private final Select<ReportPeriod> period = new Select<>();
    private final Select<RatedService> service = new Select<>();
    private final Select<RatingChannel> channel = new Select<>();

    /** The filters as of {@code today}, with the figures' {@code export} link beside them. */
    public RatingFilters(LocalDate today, Component export) {
        from = Facts.datePicker(getTranslation("backoffice.satisfaction.from"), today.minusMonths(2).withDayOfMonth(1));
        to = Facts.datePicker(getTranslation("backoffice.satisfaction.to"), today);
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
        allowAll(service);
        channel.setId("satisfaction-channel");
        channel.setLabel(getTranslation("backoffice.satisfaction.channel"));
        channel.setItems(RatingChannel.values());
        channel.setItemLabelGenerator(value -> value == null ? getTranslation("backoffice.satisfaction.all")
                : getTranslation("backoffice.channel." + value.name()));
        allowAll(channel);
        Button show = new Button(getTranslation("backoffice.satisfaction.show"), VaadinIcon.REFRESH.create(),
                click -> apply());
        show.setId("satisfaction-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(from, to, period, service, channel, show, export);
        addClassName("console-filters");
    }

    private void allowAll(Select<?> select) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("backoffice.satisfaction.all"));
    }

    /** Emits the filters chosen, unless the range is missing a day or ends before it starts. */
    public void apply() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null || end.isBefore(start)) {
            DatePicker wrong = start == null ? from : to;
            wrong.setErrorMessage(getTranslation("backoffice.satisfaction.badRange"));
            wrong.setInvalid(true);
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        fireEvent(new Shown(this, new Filter(start, end, period.getValue(), service.getValue(), channel.getValue())));
    }

    public Registration addShownListener(ComponentEventListener<Shown> listener) {
        return addListener(Shown.class, listener);
    }
}
