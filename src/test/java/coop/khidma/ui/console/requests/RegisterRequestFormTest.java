package coop.khidma.ui.console.requests;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.entity.Channel;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.ui.shared.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The form staff register another channel's request with, without a browser: it emits what was typed, nothing more. */
class RegisterRequestFormTest {

    private RegisterRequestForm form;
    private final List<RegisterRequestForm.Typed> submitted = new ArrayList<>();

    @BeforeEach
    void showTheForm() {
        System.setProperty("vaadin.i18n.provider", Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locales.ARABIC);
        form = new RegisterRequestForm(List.of("COMPLAINT", "SUGGESTION"));
        form.addSubmittedListener(event -> submitted.add(event.typed()));
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aPhoneCallIsTheDefaultAndWhatWasTypedIsEmittedAsTyped() {
        form.type.setValue("COMPLAINT");
        form.name.setValue("هيا آل سالم");
        form.mobile.setValue("٠٥٠١٢٣٤٥٦٧");
        form.details.setValue("لم يصلني الخطاب");

        _click(_get(form, Button.class, spec -> spec.withId("register-save")));

        assertThat(submitted).containsExactly(new RegisterRequestForm.Typed(Channel.PHONE, "COMPLAINT",
                "هيا آل سالم", "٠٥٠١٢٣٤٥٦٧", "لم يصلني الخطاب", null, null));
        assertThat(form.channel.getListDataView().getItems()).containsExactly(Channel.IN_PERSON, Channel.PHONE,
                Channel.SOCIAL_MEDIA, Channel.LETTER, Channel.HELP_REQUEST, Channel.VOLUNTEERING, Channel.WEBSITE);
    }

    @Test
    void staffRecordHowTheRequesterWantsToBeToldByTextOrALetterButNotEMailTheyHaveNoAddressFor() {
        form.type.setValue("COMPLAINT");
        form.name.setValue("هيا آل سالم");
        form.mobile.setValue("0501234567");
        assertThat(form.preferred.getListDataView().getItems()).containsExactly(MessageChannel.SMS,
                MessageChannel.LETTER);
        form.preferred.setValue(MessageChannel.LETTER);

        _click(_get(form, Button.class, spec -> spec.withId("register-save")));

        assertThat(submitted).singleElement().extracting(RegisterRequestForm.Typed::preferred)
                .isEqualTo(MessageChannel.LETTER);
    }

    @Test
    void withoutATypeNothingIsEmittedAndTheFieldSaysSo() {
        _click(_get(form, Button.class, spec -> spec.withId("register-save")));

        assertThat(submitted).isEmpty();
        assertThat(form.type.isInvalid()).isTrue();
        assertThat(form.type.getErrorMessage()).isEqualTo("يرجى الاختيار من القائمة");
    }

    @Test
    void aBrokenMobileRuleIsShownAtTheMobileField() {
        assertThat(form.showError("rule.mobile.invalid", "رقم الجوال غير صحيح")).isTrue();
        assertThat(form.mobile.isInvalid()).isTrue();
        assertThat(form.showError("rule.request.typeRetired", "…")).isFalse();
    }

    @Test
    void aLetterAsksForItsScanAndARefusedFileIsNamedAtTheScanField() {
        assertThat(form.scan.getElement().getTextRecursively()).contains("إن وُجدت");
        form.channel.setValue(Channel.LETTER);
        assertThat(form.scan.getElement().getTextRecursively()).contains("مطلوبة للخطابات");

        assertThat(form.showError("rule.request.letterScan", "يُسجَّل الطلب الوارد بخطاب مع صورته")).isTrue();
        assertThat(form.scan.getElement().hasAttribute("invalid")).isTrue();
        assertThat(form.showError("rule.attachment.type", "لا يُحفظ إلا ملف PDF أو JPEG أو PNG")).isTrue();
        assertThat(form.scan.getElement().getTextRecursively()).contains("لا يُحفظ إلا ملف PDF");
        assertThat(form.scan.paper()).isNull();
        assertThat(form.mobile.isInvalid()).isFalse();
    }
}
