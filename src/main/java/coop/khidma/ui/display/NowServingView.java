package coop.khidma.ui.display;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.reception.boundary.Queue;
import coop.khidma.reception.boundary.Queue.NowServing;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The office TV's "now serving" screen: the tickets called to a desk and not yet closed, the latest first, in large
 * type, Arabic first with English beneath. Read-only and anonymous, so it shows ticket numbers and desk names only.
 * It asks the server again every {@link #POLL_MILLIS} ms (Vaadin's poll; no push needed behind the office's proxy).
 */
@Route("display/now-serving")
@AnonymousAllowed
public class NowServingView extends Div implements HasDynamicTitle {

    static final int POLL_MILLIS = 3000;

    private final Queue queue;
    private final Div calls = new Div();
    private Registration polling;

    @Inject
    public NowServingView(Queue queue) {
        this.queue = queue;
        addClassName("now-serving");
        setId("now-serving");
        H1 title = new H1(both("reception.display.title"));
        title.addClassName("now-serving-title");
        Div heads = new Div(new Span(both("reception.display.ticket")), new Span(both("reception.display.desk")));
        heads.addClassNames("now-serving-row", "now-serving-heads");
        calls.setId("now-serving-calls");
        calls.addClassName("now-serving-calls");
        add(title, heads, calls);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(POLL_MILLIS);
        polling = attach.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void refresh() {
        calls.removeAll();
        List<NowServing> serving = queue.nowServing();
        if (serving.isEmpty()) {
            Paragraph none = new Paragraph(both("reception.display.none"));
            none.setId("now-serving-none");
            none.addClassName("now-serving-none");
            calls.add(none);
        }
        serving.forEach(call -> {
            Span number = new Span(call.number());
            number.addClassName("now-serving-number");
            number.getElement().setAttribute("dir", "ltr");
            Span desk = new Span(call.desk());
            desk.addClassName("now-serving-desk");
            Div row = new Div(number, desk);
            row.setId("now-serving-" + call.number());
            row.addClassName("now-serving-row");
            calls.add(row);
        });
    }

    /** The Arabic text, then the English, for everyone in the room. */
    private String both(String key) {
        return getTranslation(Locales.ARABIC, key) + " · " + getTranslation(Locales.ENGLISH, key);
    }

    @Override
    public String getPageTitle() {
        return both("reception.display.title");
    }
}
