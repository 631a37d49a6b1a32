package coop.khidma.ui.console.admin;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers typed in the settings: whole, Arabic-Indic digits welcome, anything else refused at the field. */
class SettingsViewTest {

    @Test
    void wholeNumbersInEitherDigitsAreRead() {
        assertThat(SettingsView.wholeNumber("48")).isEqualTo(OptionalInt.of(48));
        assertThat(SettingsView.wholeNumber(" ١٤ ")).isEqualTo(OptionalInt.of(14));
        assertThat(SettingsView.wholeNumber("")).isEmpty();
        assertThat(SettingsView.wholeNumber("2.5")).isEmpty();
        assertThat(SettingsView.wholeNumber("-3")).isEmpty();
        assertThat(SettingsView.wholeNumber("1234567")).isEmpty();
    }
}
