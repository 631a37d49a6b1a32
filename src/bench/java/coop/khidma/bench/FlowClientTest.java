package coop.khidma.bench;

import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load test's protocol client keeps the server's state tree as the browser does: these messages are shaped as
 * Vaadin 24.9 sends them (taken from a kiosk's welcome screen and a console's tap), and the client must find what is
 * on the screen, read its text, forget what was taken off, and answer a listener with the data it asked for.
 */
class FlowClientTest {

    private final FlowClient client = new FlowClient(URI.create("http://127.0.0.1:9/"), null);

    @Test
    void findsAComponentByIdAndReadsItsTextThroughItsTextNodes() {
        client.apply(message("""
                {"syncId":0,"clientId":0,"Vaadin-Security-Key":"k","changes":[
                 {"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
                 {"node":1,"type":"splice","feat":24,"index":0,"addNodes":[3]},
                 {"node":3,"type":"attach"},{"node":3,"type":"put","key":"tag","feat":0,"value":"div"},
                 {"node":3,"type":"splice","feat":2,"index":0,"addNodes":[5,6]},
                 {"node":5,"type":"attach"},{"node":5,"type":"put","key":"tag","feat":0,"value":"span"},
                 {"node":5,"type":"put","key":"id","feat":3,"value":"ticket-number"},
                 {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[7]},
                 {"node":7,"type":"attach"},{"node":7,"type":"put","key":"text","feat":7,"value":"A-017"},
                 {"node":6,"type":"attach"},{"node":6,"type":"put","key":"tag","feat":0,"value":"a"},
                 {"node":6,"type":"put","key":"id","feat":3,"value":"tile-track"},
                 {"node":6,"type":"splice","feat":11,"index":0,"add":["kiosk-tile"]}]}"""));

        assertThat(client.text("ticket-number")).isEqualTo("A-017");
        assertThat(client.present("tile-track")).isTrue();
        assertThat(client.byClassAndText("kiosk-tile", "")).isPresent();
        assertThat(client.present("tile-checkin")).isFalse();
    }

    @Test
    void forgetsWhatWasTakenOffTheScreen() {
        client.apply(message("""
                {"changes":[{"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
                 {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[4,5]},
                 {"node":4,"type":"put","key":"id","feat":3,"value":"first"},
                 {"node":5,"type":"put","key":"id","feat":3,"value":"second"}]}"""));
        client.apply(message("""
                {"changes":[{"node":1,"type":"splice","feat":2,"index":0,"remove":1},
                 {"node":4,"type":"detach"},
                 {"node":5,"type":"remove","feat":3,"key":"id"}]}"""));

        assertThat(client.present("first")).isFalse();
        assertThat(client.present("second")).isFalse();
    }

    @Test
    void answersAListenerWithTheDataItAskedForAsATouchGivesIt() {
        client.apply(message("""
                {"constants":{"c1":{"event.shiftKey":false,"event.detail":false,"event.clientX":false,"}value":false}},
                 "changes":[{"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
                 {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[9]},
                 {"node":9,"type":"put","key":"id","feat":3,"value":"rating-submit"},
                 {"node":9,"type":"put","key":"click","feat":4,"value":"c1"}]}"""));

        JsonObject data = client.eventData(client.find("rating-submit"), "click");

        assertThat(data.keys()).containsExactlyInAnyOrder("event.shiftKey", "event.detail", "event.clientX");
        assertThat(data.getBoolean("event.shiftKey")).isFalse();
        assertThat(data.getNumber("event.detail")).isEqualTo(1.0);
        assertThat(data.getNumber("event.clientX")).isEqualTo(0.0);
    }

    private static JsonObject message(String json) {
        return Json.parse(json);
    }
}
