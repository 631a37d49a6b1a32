package coop.khidma.intake.entity;

import java.util.Arrays;
import java.util.List;

/**
 * How a request reached the association: the policy's seven channels ("channels used to communicate with members",
 * in the policy's order), plus the office kiosk. Staff register a request that came by any of the seven; the kiosk
 * is the member's own device, and only it files requests by the kiosk.
 */
public enum Channel {
    IN_PERSON,
    PHONE,
    SOCIAL_MEDIA,
    LETTER,
    HELP_REQUEST,
    VOLUNTEERING,
    WEBSITE,
    KIOSK;

    /** The channels staff may register a request by: the policy's seven, in its order (every one but the kiosk). */
    public static final List<Channel> REGISTERED_BY_STAFF = Arrays.stream(values())
            .filter(Channel::registeredByStaff).toList();

    /**
     * Whether staff may name this channel when they register a request. The kiosk files its own requests (and the
     * counter's tickets) as the member typed them, so a request entered by staff never claims to come from it. The
     * website stays open to staff: a request that came through the site's contact address is typed in by them, while
     * the site's own form files itself through the website API.
     */
    public boolean registeredByStaff() {
        return this != KIOSK;
    }
}
