package coop.khidma.platform.kiosk;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

/** A kiosk device's life: registered, enrolled with its one-time code, recognised by its token, revoked. */
class KioskDeviceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void aDeviceEnrolsOnceWithinADayAndIsThenRecognisedByItsToken() {
        String code = DeviceTokens.newEnrolmentCode();
        KioskDevice device = KioskDevice.register("جهاز الاستقبال", DeviceTokens.hash(code), "admin", NOW);
        assertThat(device.state()).isEqualTo(KioskDevice.State.AWAITING_ENROLMENT);
        assertThat(device.recognises(DeviceTokens.hash(code))).isFalse();

        String token = DeviceTokens.newToken();
        device.enrol(DeviceTokens.hash(token), NOW.plus(Duration.ofHours(23)));
        assertThat(device.state()).isEqualTo(KioskDevice.State.ACTIVE);
        assertThat(device.recognises(DeviceTokens.hash(token))).isTrue();
        assertThat(device.recognises(DeviceTokens.hash(DeviceTokens.newToken()))).isFalse();
        assertBroken("rule.kiosk.enrolmentExpired", () -> device.enrol(DeviceTokens.hash("again"), NOW));
    }

    @Test
    void anOldCodeExpiresAndARevokedDeviceIsNoKiosk() {
        KioskDevice late = KioskDevice.register("kiosk 2", DeviceTokens.hash("CODE"), "admin", NOW);
        assertBroken("rule.kiosk.enrolmentExpired", () -> late.enrol("x", NOW.plus(Duration.ofHours(25))));

        KioskDevice device = KioskDevice.enrolled("kiosk 1", DeviceTokens.hash("token"), "system", NOW);
        assertThat(device.recognises(DeviceTokens.hash("token"))).isTrue();
        device.revoke("admin", NOW);
        assertThat(device.state()).isEqualTo(KioskDevice.State.REVOKED);
        assertThat(device.recognises(DeviceTokens.hash("token"))).isFalse();
        assertBroken("rule.kiosk.revoked", () -> device.newEnrolment(DeviceTokens.hash("C2"), NOW));
        assertBroken("rule.kiosk.name", () -> KioskDevice.register(" ", "h", "admin", NOW));
    }

    @Test
    void tokensAndCodesAreRandomAndKeptAsHashes() {
        assertThat(DeviceTokens.newToken()).hasSize(43).isNotEqualTo(DeviceTokens.newToken());
        assertThat(DeviceTokens.newEnrolmentCode()).matches("[A-HJ-NP-Z2-9]{12}");
        assertThat(DeviceTokens.hash("abc")).hasSize(64).isEqualTo(DeviceTokens.hash(" abc "));
        assertThat(DeviceTokens.hash(" ")).isNull();
    }

    @Test
    void seenIsNotedAtMostHourly() {
        KioskDevice device = KioskDevice.enrolled("kiosk 1", DeviceTokens.hash("t"), "system", NOW);
        device.seen(NOW);
        device.seen(NOW.plus(Duration.ofMinutes(30)));
        assertThat(device.lastSeenAt()).isEqualTo(NOW);
        device.seen(NOW.plus(Duration.ofMinutes(61)));
        assertThat(device.lastSeenAt()).isEqualTo(NOW.plus(Duration.ofMinutes(61)));
    }

    @Test
    void theAdministratorsIdleTimeOverridesTheEnvironmentsDefault() {
        KioskSettings settings = KioskSettings.unset();
        assertThat(settings.effectiveIdleSeconds(Map.of())).isEqualTo(90);
        assertThat(settings.effectiveIdleSeconds(Map.of("KHIDMA_KIOSK_IDLE_SECONDS", "45"))).isEqualTo(45);
        assertThat(settings.effectiveIdleSeconds(Map.of("KHIDMA_KIOSK_IDLE_SECONDS", "soon"))).isEqualTo(90);
        settings.changeIdleSeconds(120, "admin", NOW);
        assertThat(settings.effectiveIdleSeconds(Map.of("KHIDMA_KIOSK_IDLE_SECONDS", "45"))).isEqualTo(120);
        settings.changeIdleSeconds(null, "admin", NOW);
        assertThat(settings.effectiveIdleSeconds(Map.of("KHIDMA_KIOSK_IDLE_SECONDS", "45"))).isEqualTo(45);
        assertBroken("rule.kiosk.idle", () -> settings.changeIdleSeconds(9, "admin", NOW));
        assertBroken("rule.kiosk.idle", () -> settings.changeIdleSeconds(3601, "admin", NOW));
    }
}
