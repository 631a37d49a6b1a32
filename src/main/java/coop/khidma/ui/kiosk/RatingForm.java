package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import coop.khidma.person.PersonName;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.satisfaction.boundary.Feedback;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.Rating;

import java.util.ArrayList;
import java.util.List;

/**
 * Rate the service: which service, one of five faces, optionally a comment or a suggestion and, only if the visitor
 * wants a reply, their name and mobile. Each part is checked by the domain's own rule; a complete form emits
 * {@link SubmitEvent} with the {@link Feedback}.
 */
public class RatingForm extends Composite<Div> {

    public static class SubmitEvent extends ComponentEvent<RatingForm> {
        private final Feedback feedback;

        SubmitEvent(RatingForm source, Feedback feedback) {
            super(source, false);
            this.feedback = feedback;
        }

        public Feedback feedback() {
            return feedback;
        }
    }

    public static class CancelEvent extends ComponentEvent<RatingForm> {
        CancelEvent(RatingForm source) {
            super(source, false);
        }
    }

    private final RadioButtonGroup<RatedService> service = new RadioButtonGroup<>();
    private final List<Button> faces = new ArrayList<>();
    private final Span scoreError = new Span();
    private final TextArea text = new TextArea();
    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
    private final Checkbox wantsReply = new Checkbox();
    private final TextField name = new TextField();
    private final TextField mobile = new TextField();
    private final Div contact = new Div();
    private int score;

    public RatingForm() {
        Div form = getContent();
        form.addClassNames("kiosk-form", "rating-form");

        service.setId("rating-service");
        service.setLabel(getTranslation("services.rate.service"));
        service.setItems(RatedService.values());
        service.setItemLabelGenerator(item -> getTranslation("services.rated." + item.name()));
        service.setValue(RatedService.RECEPTION);
        service.addClassName("rating-service");

        Div scale = new Div();
        scale.addClassName("rating-faces");
        scale.getElement().setAttribute("role", "group");
        scale.getElement().setAttribute("aria-label", getTranslation("services.rate.faces"));
        for (int value = Rating.LOWEST; value <= Rating.HIGHEST; value++) {
            int chosen = value;
            Span caption = new Span(getTranslation("services.rate.face." + value));
            Button face = new Button();
            face.getElement().appendChild(Faces.face(value).getElement(), caption.getElement());
            face.setId("face-" + value);
            face.addClassName("rating-face");
            face.getElement().setAttribute("aria-pressed", "false");
            face.getElement().setAttribute("aria-label", caption.getText());
            face.addClickListener(click -> choose(chosen));
            faces.add(face);
            scale.add(face);
        }
        scoreError.setId("rating-score-error");
        scoreError.addClassName("kiosk-error");
        scoreError.getElement().setAttribute("role", "alert");

        text.setId("rating-text");
        text.setLabel(getTranslation("services.rate.text"));
        text.setHelperText(getTranslation("services.rate.text.hint"));
        text.setMaxLength(Rating.COMMENT_MAX);
        kind.setId("rating-kind");
        kind.setLabel(getTranslation("services.rate.kind"));
        kind.setItems(Boolean.FALSE, Boolean.TRUE);
        kind.setItemLabelGenerator(suggestion -> getTranslation(suggestion
                ? "services.rate.kind.suggestion" : "services.rate.kind.comment"));
        kind.setValue(Boolean.FALSE);

        wantsReply.setId("rating-reply");
        wantsReply.setLabel(getTranslation("services.rate.reply"));
        name.setId("rating-name");
        name.setLabel(getTranslation("services.rate.name"));
        name.setMaxLength(PersonName.MAX);
        mobile.setId("rating-mobile");
        mobile.setLabel(getTranslation("services.rate.mobile"));
        mobile.setHelperText(getTranslation("services.rate.mobile.hint"));
        Keyboard.ask(mobile, Keyboard.PHONE);
        Paragraph privacy = new Paragraph(getTranslation("services.rate.reply.privacy"));
        privacy.addClassName("kiosk-privacy");
        contact.add(privacy, name, mobile);
        contact.addClassName("rating-contact");
        contact.setVisible(false);
        wantsReply.addValueChangeListener(change -> contact.setVisible(change.getValue()));

        Paragraph anonymous = new Paragraph(getTranslation("services.rate.anonymous"));
        anonymous.addClassName("kiosk-privacy");

        Button send = new Button(getTranslation("services.rate.submit"), click -> submit());
        send.setId("rating-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button cancel = new Button(getTranslation("services.rate.cancel"), click -> fireEvent(new CancelEvent(this)));
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(send, cancel);
        actions.addClassName("kiosk-actions");

        form.add(service, new Paragraph(getTranslation("services.rate.faces")), scale, scoreError, anonymous, text,
                kind, wantsReply, contact, actions);
    }

    /**
     * The form for rating one counter visit: the service is the counter's, and the visit takes faces and a comment
     * only (a suggestion or a request for a reply goes through the general rating, so nothing here invites a name).
     */
    public RatingForm forVisit(RatedService counter) {
        service.setValue(counter);
        service.setVisible(false);
        kind.setValue(Boolean.FALSE);
        kind.setVisible(false);
        wantsReply.setValue(false);
        wantsReply.setVisible(false);
        return this;
    }

    private void choose(int value) {
        score = value;
        scoreError.setText("");
        for (int index = 0; index < faces.size(); index++) {
            boolean chosen = index + 1 == value;
            faces.get(index).getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            faces.get(index).getElement().getClassList().set("chosen", chosen);
        }
    }

    private void submit() {
        List.of(name, mobile).forEach(field -> field.setInvalid(false));
        text.setInvalid(false);
        boolean ok = check(() -> Rating.checkScore(score), message -> scoreError.setText(message));
        boolean reply = wantsReply.getValue();
        String typed = text.getValue();
        if (reply) {
            ok &= check(() -> PersonName.check(name.getValue()), message -> invalid(name, message));
            ok &= check(() -> SaudiMobile.parse(mobile.getValue()), message -> invalid(mobile, message));
            ok &= check(() -> {
                if (typed == null || typed.isBlank()) {
                    throw new DomainException("rule.reply.message", Rating.COMMENT_MAX);
                }
            }, message -> invalid(text, message));
        }
        if (ok) {
            fireEvent(new SubmitEvent(this, new Feedback(service.getValue(), score, typed, kind.getValue(), reply,
                    reply ? name.getValue() : null, reply ? mobile.getValue() : null)));
        }
    }

    private boolean check(Runnable rule, java.util.function.Consumer<String> show) {
        try {
            rule.run();
            return true;
        } catch (DomainException broken) {
            show.accept(Messages.of(broken, getLocale()));
            return false;
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
