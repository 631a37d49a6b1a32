package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.shared.Registration;
import coop.khidma.person.PersonName;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.volunteering.entity.DayPart;
import coop.khidma.volunteering.entity.Interest;
import coop.khidma.volunteering.entity.Skill;
import coop.khidma.volunteering.entity.Volunteer;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Volunteer sign-up: name, mobile, skills and interests from the lists, the days and times the person is free, and
 * consent. Each field is checked by the domain's own rule; a valid form emits {@link SubmitEvent}.
 */
public class VolunteerForm extends Composite<Div> {

    /** The week as people in the Kingdom count it, from Sunday. */
    public static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    /** What the person typed and chose. */
    public static class Draft {
        private String name = "";
        private String mobile = "";
        private Set<Skill> skills = new HashSet<>();
        private Set<Interest> interests = new HashSet<>();
        private Set<DayOfWeek> days = new HashSet<>();
        private Set<DayPart> times = new HashSet<>();
        private boolean consent;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getMobile() { return mobile; }
        public void setMobile(String mobile) { this.mobile = mobile; }
        public Set<Skill> getSkills() { return skills; }
        public void setSkills(Set<Skill> skills) { this.skills = skills; }
        public Set<Interest> getInterests() { return interests; }
        public void setInterests(Set<Interest> interests) { this.interests = interests; }
        public Set<DayOfWeek> getDays() { return days; }
        public void setDays(Set<DayOfWeek> days) { this.days = days; }
        public Set<DayPart> getTimes() { return times; }
        public void setTimes(Set<DayPart> times) { this.times = times; }
        public boolean isConsent() { return consent; }
        public void setConsent(boolean consent) { this.consent = consent; }

        public Volunteer.Offer offer() {
            return new Volunteer.Offer(skills, interests, days, times);
        }
    }

    public static class SubmitEvent extends ComponentEvent<VolunteerForm> {
        private final Draft draft;

        SubmitEvent(VolunteerForm source, Draft draft) {
            super(source, false);
            this.draft = draft;
        }

        public Draft draft() {
            return draft;
        }
    }

    public static class CancelEvent extends ComponentEvent<VolunteerForm> {
        CancelEvent(VolunteerForm source) {
            super(source, false);
        }
    }

    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final Draft draft = new Draft();

    public VolunteerForm() {
        Div form = getContent();
        form.addClassNames("kiosk-form", "volunteer-form");

        TextField name = new TextField(getTranslation("services.volunteer.name"));
        name.setId("volunteer-name");
        name.setMaxLength(PersonName.MAX);
        name.setAutocomplete(Autocomplete.OFF);
        TextField mobile = new TextField(getTranslation("services.volunteer.mobile"));
        mobile.setId("volunteer-mobile");
        mobile.setHelperText(getTranslation("services.volunteer.mobile.hint"));
        Keyboard.ask(mobile, Keyboard.PHONE);

        CheckboxGroup<Skill> skills = group("volunteer-skills", "services.volunteer.skills", List.of(Skill.values()),
                skill -> getTranslation("services.skill." + skill.name()));
        CheckboxGroup<Interest> interests = group("volunteer-interests", "services.volunteer.interests",
                List.of(Interest.values()), interest -> getTranslation("services.interest." + interest.name()));
        CheckboxGroup<DayOfWeek> days = group("volunteer-days", "services.volunteer.days", WEEK,
                day -> day.getDisplayName(TextStyle.FULL, getLocale()));
        CheckboxGroup<DayPart> times = group("volunteer-times", "services.volunteer.times", List.of(DayPart.values()),
                part -> getTranslation("services.daypart." + part.name()));

        Checkbox consent = new Checkbox(getTranslation("services.volunteer.consent"));
        consent.setId("volunteer-consent");

        binder.forField(name).withValidator(rule(PersonName::check)).bind(Draft::getName, Draft::setName);
        binder.forField(mobile).withValidator(rule(SaudiMobile::parse)).bind(Draft::getMobile, Draft::setMobile);
        binder.forField(skills).bind(Draft::getSkills, Draft::setSkills);
        binder.forField(interests).withValidator(chosen("rule.volunteer.interests"))
                .bind(Draft::getInterests, Draft::setInterests);
        binder.forField(days).withValidator(chosen("rule.volunteer.days")).bind(Draft::getDays, Draft::setDays);
        binder.forField(times).withValidator(chosen("rule.volunteer.times")).bind(Draft::getTimes, Draft::setTimes);
        binder.forField(consent)
                .withValidator(Boolean::booleanValue, Messages.get(getLocale(), "rule.volunteer.consent"))
                .bind(Draft::isConsent, Draft::setConsent);
        binder.setBean(draft);

        Button send = new Button(getTranslation("services.volunteer.submit"), click -> {
            if (binder.validate().isOk()) {
                fireEvent(new SubmitEvent(this, draft));
            }
        });
        send.setId("volunteer-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button cancel = new Button(getTranslation("services.volunteer.cancel"),
                click -> fireEvent(new CancelEvent(this)));
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(send, cancel);
        actions.addClassName("kiosk-actions");

        Paragraph privacy = new Paragraph(getTranslation("services.volunteer.privacy"));
        privacy.addClassName("kiosk-privacy");
        form.add(name, mobile, interests, skills, days, times, privacy, consent, actions);
    }

    private <T> CheckboxGroup<T> group(String id, String label, List<T> items,
                                       com.vaadin.flow.component.ItemLabelGenerator<T> caption) {
        CheckboxGroup<T> group = new CheckboxGroup<>(getTranslation(label));
        group.setId(id);
        group.setItems(items);
        group.setItemLabelGenerator(caption);
        group.addClassName("kiosk-choices");
        return group;
    }

    private <T extends Collection<?>> Validator<T> chosen(String rule) {
        return (value, context) -> value == null || value.isEmpty()
                ? ValidationResult.error(Messages.get(getLocale(), rule)) : ValidationResult.ok();
    }

    private Validator<String> rule(Consumer<String> check) {
        return (value, context) -> {
            try {
                check.accept(value);
                return ValidationResult.ok();
            } catch (DomainException broken) {
                return ValidationResult.error(Messages.of(broken, getLocale()));
            }
        };
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
