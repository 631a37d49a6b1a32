package coop.khidma.ui.kiosk;

import com.vaadin.flow.component.html.Span;

/**
 * The five faces of the rating scale, drawn as SVG so they look the same on every kiosk (no emoji font needed):
 * from a red frown (1) through a level mouth (3) to a green smile (5).
 */
final class Faces {

    private static final String[] COLOURS = {"#b71c1c", "#e65100", "#f9a825", "#7cb342", "#2e7d32"};

    private Faces() {
    }

    /** The face in a span; the SVG goes in as markup so the browser creates it in the SVG namespace. */
    static Span face(int score) {
        int bend = (score - 3) * 7;
        Span face = new Span();
        face.addClassName("rating-face-picture");
        face.getElement().setProperty("innerHTML", "<svg class=\"rating-face-svg\" viewBox=\"0 0 64 64\" aria-hidden=\"true\" focusable=\"false\">"
                + "<circle cx=\"32\" cy=\"32\" r=\"29\" fill=\"" + COLOURS[score - 1] + "\"/>"
                + "<circle cx=\"22\" cy=\"25\" r=\"4\" fill=\"#1b1b1b\"/>"
                + "<circle cx=\"42\" cy=\"25\" r=\"4\" fill=\"#1b1b1b\"/>"
                + "<path d=\"M18 " + (44 - bend / 2) + " Q32 " + (44 + bend) + " 46 " + (44 - bend / 2)
                + "\" stroke=\"#1b1b1b\" stroke-width=\"4\" fill=\"none\" stroke-linecap=\"round\"/></svg>");
        return face;
    }
}
