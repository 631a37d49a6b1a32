package coop.khidma.ui.kiosk;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.satisfaction.boundary.Feedback;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.ui.shared.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk's rating form without a browser: a face is required, a reply needs a name, a mobile and a text. */
class RatingFormTest {

    private RatingForm form;
    private final List<Feedback> submitted = new ArrayList<>();

    @BeforeEach
    void showTheForm() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locales.ARABIC);
        form = new RatingForm();
        form.addSubmitListener(event -> submitted.add(event.feedback()));
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void withoutAFaceNothingIsSentAndTheVisitorIsToldWhy() {
        submit();
        assertThat(_get(form, Span.class, spec -> spec.withId("rating-score-error")).getText())
                .startsWith("اختر وجهًا واحدًا");
        assertThat(submitted).isEmpty();
    }

    @Test
    void aFaceAloneIsAnAnonymousRating() {
        _click(_get(form, Button.class, spec -> spec.withId("face-5")));
        submit();
        assertThat(submitted).singleElement().satisfies(feedback -> {
            assertThat(feedback.service()).isEqualTo(RatedService.RECEPTION);
            assertThat(feedback.score()).isEqualTo(5);
            assertThat(feedback.wantsReply()).isFalse();
            assertThat(feedback.replyName()).isNull();
            assertThat(feedback.replyMobile()).isNull();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSuggestionWithAReplyCarriesTheContactOnlyThen() {
        _click(_get(form, Button.class, spec -> spec.withId("face-2")));
        _setValue(_get(form, TextArea.class, spec -> spec.withId("rating-text")), "مواقف أكثر للزوار");
        _setValue((RadioButtonGroup<Boolean>) _get(form, RadioButtonGroup.class, spec -> spec.withId("rating-kind")),
                Boolean.TRUE);
        _setValue(_get(form, Checkbox.class, spec -> spec.withId("rating-reply")), true);
        _setValue(_get(form, TextField.class, spec -> spec.withId("rating-name")), "نورة");
        _setValue(_get(form, TextField.class, spec -> spec.withId("rating-mobile")), "0512");
        submit();
        TextField mobile = _get(form, TextField.class, spec -> spec.withId("rating-mobile"));
        assertThat(mobile.isInvalid()).isTrue();
        assertThat(mobile.getErrorMessage()).contains("رقم الجوال غير صحيح");
        assertThat(submitted).isEmpty();

        _setValue(mobile, "٠٥١٢٣٤٥٦٧٨");
        submit();
        assertThat(submitted).singleElement().satisfies(feedback -> {
            assertThat(feedback.suggestion()).isTrue();
            assertThat(feedback.score()).isEqualTo(2);
            assertThat(feedback.replyName()).isEqualTo("نورة");
            assertThat(feedback.text()).isEqualTo("مواقف أكثر للزوار");
        });
    }

    @Test
    void aReplyNeedsSomethingToReplyTo() {
        _click(_get(form, Button.class, spec -> spec.withId("face-3")));
        _setValue(_get(form, Checkbox.class, spec -> spec.withId("rating-reply")), true);
        _setValue(_get(form, TextField.class, spec -> spec.withId("rating-name")), "نورة");
        _setValue(_get(form, TextField.class, spec -> spec.withId("rating-mobile")), "0512345678");
        submit();
        assertThat(_get(form, TextArea.class, spec -> spec.withId("rating-text")).isInvalid()).isTrue();
        assertThat(submitted).isEmpty();
    }

    @Test
    void aCounterVisitIsRatedForItsCounterWithFacesAndACommentOnlyNeverAContact() {
        form.forVisit(RatedService.atCounter(coop.khidma.reception.entity.CounterService.INQUIRIES));
        _assertNone(form, Checkbox.class, spec -> spec.withId("rating-reply"));
        _assertNone(form, RadioButtonGroup.class, spec -> spec.withId("rating-kind"));
        _assertNone(form, RadioButtonGroup.class, spec -> spec.withId("rating-service"));
        _click(_get(form, Button.class, spec -> spec.withId("face-4")));
        _setValue(_get(form, TextArea.class, spec -> spec.withId("rating-text")), "استقبال لطيف");
        submit();
        assertThat(submitted).singleElement().satisfies(feedback -> {
            assertThat(feedback.service()).isEqualTo(RatedService.INQUIRY);
            assertThat(feedback.suggestion()).isFalse();
            assertThat(feedback.wantsReply()).isFalse();
            assertThat(feedback.replyName()).isNull();
            assertThat(feedback.text()).isEqualTo("استقبال لطيف");
        });
    }

    private void submit() {
        _click(_get(form, Button.class, spec -> spec.withId("rating-submit")));
    }
}
