package coop.khidma.intake.boundary;

import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;

/** How many requests of one type came by one channel in a period and stand in one status now. */
public record ChannelCount(Channel channel, String typeCode, RequestStatus status, long requests) {
}
