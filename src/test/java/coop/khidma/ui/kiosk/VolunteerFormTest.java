package coop.khidma.ui.kiosk;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextField;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.ui.shared.Translations;
import coop.khidma.volunteering.entity.DayPart;
import coop.khidma.volunteering.entity.Interest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The volunteer form without a browser: the domain's rules at each field, in Arabic. */
class VolunteerFormTest {

    private VolunteerForm form;
    private final List<VolunteerForm.Draft> submitted = new ArrayList<>();

    @BeforeEach
    void showTheForm() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locales.ARABIC);
        form = new VolunteerForm();
        form.addSubmitListener(event -> submitted.add(event.draft()));
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCompleteSignUpIsSubmitted() {
        _setValue(_get(form, TextField.class, spec -> spec.withId("volunteer-name")), "عبدالله الصقور");
        _setValue(_get(form, TextField.class, spec -> spec.withId("volunteer-mobile")), "٠٥٥١٢٣٤٥٦٧");
        _setValue((CheckboxGroup<Interest>) _get(form, CheckboxGroup.class, spec -> spec.withId("volunteer-interests")),
                Set.of(Interest.HERITAGE_SITES));
        _setValue((CheckboxGroup<DayOfWeek>) _get(form, CheckboxGroup.class, spec -> spec.withId("volunteer-days")),
                Set.of(DayOfWeek.FRIDAY));
        _setValue((CheckboxGroup<DayPart>) _get(form, CheckboxGroup.class, spec -> spec.withId("volunteer-times")),
                Set.of(DayPart.EVENING));
        _setValue(_get(form, Checkbox.class, spec -> spec.withId("volunteer-consent")), true);
        submit();
        assertThat(submitted).singleElement().satisfies(draft -> {
            assertThat(draft.offer().interests()).containsExactly(Interest.HERITAGE_SITES);
            assertThat(draft.offer().skills()).isEmpty();
            assertThat(draft.isConsent()).isTrue();
        });
    }

    @Test
    void emptyChoicesAndMissingConsentAreExplainedAndNothingIsSubmitted() {
        _setValue(_get(form, TextField.class, spec -> spec.withId("volunteer-name")), "عبدالله");
        _setValue(_get(form, TextField.class, spec -> spec.withId("volunteer-mobile")), "0551234567");
        submit();
        CheckboxGroup<?> interests = _get(form, CheckboxGroup.class, spec -> spec.withId("volunteer-interests"));
        assertThat(interests.isInvalid()).isTrue();
        assertThat(interests.getErrorMessage()).isEqualTo("اختر مجالًا واحدًا على الأقل تود التطوع فيه.");
        assertThat(_get(form, CheckboxGroup.class, spec -> spec.withId("volunteer-days")).isInvalid()).isTrue();
        assertThat(_get(form, Checkbox.class, spec -> spec.withId("volunteer-consent")).isInvalid()).isTrue();
        assertThat(_get(form, CheckboxGroup.class, spec -> spec.withId("volunteer-skills")).isInvalid()).isFalse();
        assertThat(submitted).isEmpty();
    }

    @Test
    void theWeekStartsOnSundayInArabic() {
        CheckboxGroup<?> days = _get(form, CheckboxGroup.class, spec -> spec.withId("volunteer-days"));
        assertThat(days.getListDataView().getItems().map(Object::toString).findFirst()).contains("SUNDAY");
        assertThat(VolunteerForm.WEEK).hasSize(7);
    }

    private void submit() {
        _click(_get(form, Button.class, spec -> spec.withId("volunteer-submit")));
    }
}
