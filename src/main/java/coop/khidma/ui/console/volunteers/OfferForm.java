package coop.khidma.ui.console.volunteers;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.shared.Registration;
import coop.khidma.ui.console.FormEvent;
import coop.khidma.ui.kiosk.VolunteerForm;
import coop.khidma.volunteering.boundary.VolunteerView;
import coop.khidma.volunteering.entity.DayPart;
import coop.khidma.volunteering.entity.Interest;
import coop.khidma.volunteering.entity.Skill;
import coop.khidma.volunteering.entity.Volunteer;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A volunteer's skills, interests and availability as they told staff, to keep the matching right. Emits
 * {@link Revised}; the volunteer's own rules (an interest, a day and a time at least) are the boundary's to check.
 */
public class OfferForm extends FormLayout {

    public static class Revised extends FormEvent<OfferForm, Volunteer.Offer> {
        Revised(OfferForm form, Volunteer.Offer offer) {
            super(form, offer);
        }
    }

    public OfferForm(VolunteerView volunteer) {
        CheckboxGroup<Skill> skills = group("offer-skills", "backoffice.volunteers.skills", List.of(Skill.values()),
                skill -> getTranslation("services.skill." + skill.name()), volunteer.skills());
        CheckboxGroup<Interest> interests = group("offer-interests", "backoffice.volunteers.interests",
                List.of(Interest.values()), interest -> getTranslation("services.interest." + interest.name()),
                volunteer.interests());
        CheckboxGroup<DayOfWeek> days = group("offer-days", "backoffice.volunteers.availability", VolunteerForm.WEEK,
                day -> day.getDisplayName(TextStyle.FULL, getLocale()), volunteer.days());
        CheckboxGroup<DayPart> times = group("offer-times", "backoffice.opportunity.part", List.of(DayPart.values()),
                part -> getTranslation("services.daypart." + part.name()), volunteer.times());
        Button save = new Button(getTranslation("backoffice.article.save"), click -> fireEvent(new Revised(this,
                new Volunteer.Offer(skills.getValue(), interests.getValue(), days.getValue(), times.getValue()))));
        save.setId("offer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(skills, interests, days, times, save);
    }

    private <T> CheckboxGroup<T> group(String id, String label, List<T> items, ItemLabelGenerator<T> caption,
                                       Collection<T> chosen) {
        CheckboxGroup<T> group = new CheckboxGroup<>(getTranslation(label));
        group.setId(id);
        group.setItems(items);
        group.setItemLabelGenerator(caption);
        group.setValue(Set.copyOf(chosen));
        return group;
    }

    public Registration addRevisedListener(ComponentEventListener<Revised> listener) {
        return addListener(Revised.class, listener);
    }
}
