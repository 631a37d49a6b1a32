package coop.khidma.satisfaction.control;

import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.satisfaction.entity.RatingChannel;

import java.util.Set;

/**
 * What an invitation to rate a closed request asks about: the service its type belongs to and the channel it came by,
 * as the figures group ratings (policy: satisfaction per service and channel). Pure.
 */
public final class InvitedRating {

    /** The types the membership service handles (applications, the register, certificates, shares, proxies). */
    static final Set<String> MEMBERSHIP = Set.of(RequestType.MEMBERSHIP_APPLICATION, RequestType.MEMBERSHIP_UPDATE,
            RequestType.CERTIFICATE, RequestType.WITHDRAWAL, RequestType.BOARD_SUSPENSION,
            RequestType.PROXY_APPOINTMENT, RequestType.ADDITIONAL_SUBSCRIPTION, RequestType.SHARE_TRANSFER);

    private InvitedRating() {
    }

    /** The service a request of {@code typeCode} that came by {@code channel} rates. */
    public static RatedService service(String typeCode, Channel channel) {
        if (channel == Channel.VOLUNTEERING) {
            return RatedService.VOLUNTEERING;
        }
        if (MEMBERSHIP.contains(typeCode)) {
            return RatedService.MEMBERSHIP;
        }
        return RequestType.INQUIRY.equals(typeCode) ? RatedService.INQUIRY : RatedService.SUPPORT;
    }

    /**
     * The rating channel of a request that came by {@code channel}: the kiosk, the website, the phone and social media
     * are their own; in person, by letter, a help request or volunteering were served at the counter.
     */
    public static RatingChannel channel(Channel channel) {
        return switch (channel) {
            case KIOSK -> RatingChannel.KIOSK;
            case WEBSITE -> RatingChannel.WEBSITE;
            case PHONE -> RatingChannel.PHONE;
            case SOCIAL_MEDIA -> RatingChannel.SOCIAL_MEDIA;
            case IN_PERSON, LETTER, HELP_REQUEST, VOLUNTEERING -> RatingChannel.COUNTER;
        };
    }
}
