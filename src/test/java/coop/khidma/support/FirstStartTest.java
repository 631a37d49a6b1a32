package coop.khidma.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstStartTest {

    @Test
    void theReadyLineGivesTheEnrolmentLinkAndTheAdministratorsLineOfAFirstStart() {
        FirstStart start = new FirstStart();
        start.read("2026-12-04 20:13:00 INFO    fish.payara.micro: Payara Micro ready");
        start.read("==== Khidma first start: open /kiosk/enrol/K7QX2MPA once on the kiosk's browser to make it "
                + "'kiosk 1' (valid 24 hours) ====");
        start.read("==== Khidma first start: sign in to /console as 'admin' with the one-time password Xy12abCD34ef "
                + "(you will be asked to change it) ====");

        assertThat(start.ready(8080, 41.25)).isEqualTo("""

                Khidma is ready in 41.3 s: kiosk http://localhost:8080/ , staff console http://localhost:8080/console
                  First start: open http://localhost:8080/kiosk/enrol/K7QX2MPA once in this browser to make it the kiosk (it then shows the welcome screen)
                  ==== Khidma first start: sign in to /console as 'admin' with the one-time password Xy12abCD34ef (you will be asked to change it) ====
                """);
    }

    @Test
    void aLaterStartGivesTheAddressesOnly() {
        FirstStart start = new FirstStart();
        start.read("2026-12-04 20:13:00 INFO    coop.khidma.platform.persistence.Migrations: schema up to date");

        assertThat(start.ready(8081, 12.0)).isEqualTo(
                "\nKhidma is ready in 12.0 s: kiosk http://localhost:8081/ , staff console http://localhost:8081/console\n");
    }
}
