package coop.khidma.volunteering.control;

import coop.khidma.correspondence.control.Letters;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.correspondence.entity.Recipient;
import coop.khidma.volunteering.entity.Volunteer;

/** The text messages volunteering sends a volunteer, in Arabic and English, filed under the volunteer's reference. */
public final class VolunteerLetters {

    private VolunteerLetters() {
    }

    /** The message of {@code key} ({@code key + ".subject"}, {@code key + ".body"} with the arguments). */
    public static Letter to(Volunteer volunteer, String key, Object... arguments) {
        return Letters.toPerson(MessageKind.VOLUNTEERING, volunteer.reference(), volunteer.name(), key, arguments);
    }

    /** A volunteer is reached by text message on the mobile they signed up with. */
    public static Recipient recipient(Volunteer volunteer) {
        return Recipient.bySms(volunteer.name(), volunteer.mobile());
    }
}
