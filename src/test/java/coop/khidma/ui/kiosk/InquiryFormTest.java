package coop.khidma.ui.kiosk;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.ui.shared.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk's inquiry form without a browser: field messages come from the domain rules, in Arabic. */
class InquiryFormTest {

    private InquiryForm form;
    private final List<InquiryForm.Draft> submitted = new ArrayList<>();

    @BeforeEach
    void showTheForm() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locales.ARABIC);
        form = new InquiryForm();
        form.addSubmitListener(event -> submitted.add(event.draft()));
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aCompleteInquiryWithArabicDigitsIsSubmitted() {
        fill("عبدالله الشهري", "٠٥٩ ٨٧٦ ٥٤٣٢", "ما شروط الترشح لمجلس الإدارة؟", true);

        _click(_get(form, Button.class, spec -> spec.withId("inquiry-submit")));

        assertThat(submitted).singleElement().satisfies(draft -> {
            assertThat(draft.getName()).isEqualTo("عبدالله الشهري");
            assertThat(draft.getMobile()).isEqualTo("٠٥٩ ٨٧٦ ٥٤٣٢");
            assertThat(draft.isConsent()).isTrue();
        });
    }

    @Test
    void aWrongMobileIsExplainedAtTheFieldAndNothingIsSubmitted() {
        fill("عبدالله الشهري", "0312345678", "سؤال", true);

        _click(_get(form, Button.class, spec -> spec.withId("inquiry-submit")));

        TextField mobile = _get(form, TextField.class, spec -> spec.withId("inquiry-mobile"));
        assertThat(mobile.isInvalid()).isTrue();
        assertThat(mobile.getErrorMessage()).contains("رقم الجوال غير صحيح");
        assertThat(submitted).isEmpty();
    }

    @Test
    void withoutConsentNothingIsSubmitted() {
        fill("عبدالله الشهري", "0598765432", "سؤال", false);

        _click(_get(form, Button.class, spec -> spec.withId("inquiry-submit")));

        assertThat(_get(form, Checkbox.class, spec -> spec.withId("inquiry-consent")).isInvalid()).isTrue();
        assertThat(submitted).isEmpty();
    }

    @Test
    void anEmptyNameAndQuestionAreExplainedInArabic() {
        fill("   ", "0598765432", "", true);

        _click(_get(form, Button.class, spec -> spec.withId("inquiry-submit")));

        assertThat(_get(form, TextField.class, spec -> spec.withId("inquiry-name")).getErrorMessage())
                .matches(".*\\p{InArabic}.*");
        assertThat(_get(form, TextArea.class, spec -> spec.withId("inquiry-question")).isInvalid()).isTrue();
        assertThat(submitted).isEmpty();
    }

    private void fill(String name, String mobile, String question, boolean consent) {
        _setValue(_get(form, TextField.class, spec -> spec.withId("inquiry-name")), name);
        _setValue(_get(form, TextField.class, spec -> spec.withId("inquiry-mobile")), mobile);
        _setValue(_get(form, TextArea.class, spec -> spec.withId("inquiry-question")), question);
        _setValue(_get(form, Checkbox.class, spec -> spec.withId("inquiry-consent")), consent);
    }
}
