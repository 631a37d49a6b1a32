package coop.khidma.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** What a back-office form emits when its button is pressed: what was typed, for the view to act on. */
public class FormEvent<C extends Component, T> extends ComponentEvent<C> {

    private final T typed;

    protected FormEvent(C form, T typed) {
        super(form, false);
        this.typed = typed;
    }

    public T typed() {
        return typed;
    }
}
