package coop.khidma.ui.console.volunteers;

import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.ui.kiosk.VolunteerForm;
import coop.khidma.volunteering.boundary.OpportunityView;
import coop.khidma.volunteering.boundary.VolunteerView;

import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A volunteer's skills, interests and availability, and an opportunity's skills, as words in the reader's language. */
final class VolunteerTexts {

    private VolunteerTexts() {
    }

    static String skills(VolunteerView volunteer, Locale locale) {
        return volunteer.skills().isEmpty() ? "—"
                : names(volunteer.skills(), skill -> Messages.get(locale, "services.skill." + skill.name()), locale);
    }

    static String interests(VolunteerView volunteer, Locale locale) {
        return volunteer.interests().stream()
                .map(interest -> Messages.get(locale, "services.interest." + interest.name())).sorted()
                .collect(Collectors.joining(separator(locale)));
    }

    /** The weekdays from Sunday, then the parts of the day. */
    static String availability(VolunteerView volunteer, Locale locale) {
        return volunteer.days().stream().sorted(Comparator.comparing(VolunteerForm.WEEK::indexOf))
                .map(day -> day.getDisplayName(TextStyle.FULL, locale)).collect(Collectors.joining(separator(locale)))
                + " — " + names(volunteer.times(), part -> Messages.get(locale, "services.daypart." + part.name()),
                locale);
    }

    /** The skills an opportunity asks for, or "any skill". */
    static String skillsWanted(OpportunityView opportunity, Locale locale) {
        return opportunity.skills().isEmpty() ? Messages.get(locale, "backoffice.opportunity.anySkill")
                : names(opportunity.skills(), skill -> Messages.get(locale, "services.skill." + skill.name()), locale);
    }

    static String separator(Locale locale) {
        return Locales.isRightToLeft(locale) ? "، " : ", ";
    }

    private static <T extends Enum<T>> String names(Collection<T> values, Function<T, String> name,
                                                    Locale locale) {
        return values.stream().sorted().map(name).collect(Collectors.joining(separator(locale)));
    }
}
